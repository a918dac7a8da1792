"""H2: a print preview never outlives its printer (it crashed with SIGSEGV).

Replaces the review's reproduction R3b. The preview runs in a process of its own
(preview_driver.py), so a crash fails this test instead of killing pytest. With
the printer freed when ``open_preview`` returned, the driver died in its first
``settle()`` with rc -11 (checked against commit f232bcc).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("preview_driver.py")


def test_every_preview_renders_and_all_its_actions_work_after_python_let_go() -> None:
    run = subprocess.run([sys.executable, str(DRIVER)], capture_output=True, text=True, timeout=100)
    print(run.stdout)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Fatal" not in run.stderr
    assert "Traceback" not in run.stderr
    for call_site in ("open_preview", "checklists", "triage"):
        assert f"{call_site}: rendered, 12 actions triggered, closed" in run.stdout
    # "Page setup" and "Print" really opened their modal dialogs (closed by the timer).
    assert "['QPageSetupDialog', 'QPrintDialog'] 6" in run.stdout
    assert run.stdout.rstrip().endswith("ALIVE")
