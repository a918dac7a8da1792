"""L2: a dialog the kiosk refuses leaves no nested event loop behind.

Replaces the review's reproduction R3c (a refused static file dialog never returned
from exec(), and the wipe could not reach it). The cases run in a process of their
own (refused_dialog_driver.py): a dialog that never returns would hang pytest, and
the suite forbids exec() in-process. Against commit f232bcc the driver stops at its
first case: "never returned: getSaveFileName".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DRIVER = Path(__file__).with_name("refused_dialog_driver.py")


def test_refused_dialogs_return_from_exec_and_the_wipe_ends_a_hidden_one() -> None:
    run = subprocess.run([sys.executable, str(DRIVER)], capture_output=True, text=True, timeout=60)
    print(run.stdout)
    assert run.returncode == 0, run.stdout + run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert "returned: getSaveFileName -> ('', '')" in lines
    assert "returned: getOpenFileName -> ('', '')" in lines
    assert "returned: getExistingDirectory -> ''" in lines
    for dialog in ("QPrintDialog", "QPageSetupDialog", "QPrintPreviewDialog"):
        # Rejected (0), and its window was never shown.
        assert f"returned: {dialog}.exec -> '0 mapped=[]'" in lines
    assert lines.count("refused file-dialog") == 3
    assert lines.count("refused print-dialog") == 3
    assert "wipe while stuck (hidden=True): closed 0 shown" in lines
    assert "returned: hidden dialog in exec() -> 0" in lines
    assert "it returned after the wipe: True" in lines
    assert lines[-1] == "ALL RETURNED"
