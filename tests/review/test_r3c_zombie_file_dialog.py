"""R3c (L2): a file dialog refused by the lockdown during exec() never returns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_refused_static_file_dialog_leaves_a_nested_loop_forever() -> None:
    script = Path(__file__).with_name("zombie_file_dialog.py")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    print(run.stdout)
    assert "REFUSED file-dialog" in run.stdout
    assert "wipe closes transient windows: 0" in run.stdout
    assert "never returned" in run.stdout and "returned (" not in run.stdout
