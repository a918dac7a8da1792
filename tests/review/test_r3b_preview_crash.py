"""R3b (H2): the print preview's QPrinter is freed when open_preview returns."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

# This file is meant to live in tests/review/: parents[2] is the repository root.
ROOT = Path(__file__).resolve().parents[2]


SCRIPT = textwrap.dedent("""
    import faulthandler, os, sys
    faulthandler.enable()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QWidget
    from PySide6.QtGui import QTextDocument
    from assist_desk.views import printing
    app = QApplication([])
    window = QWidget(); window.resize(800, 600); window.show()
    doc = QTextDocument(); doc.setPlainText("checklist")
    dialog = printing.open_preview(window, doc)   # what ChecklistsScreen.print_preview does
    print("opened", flush=True)
    for _ in range(50):
        app.processEvents()
    print("still alive after the preview rendered", flush=True)
""")


def test_opening_the_preview_and_letting_it_render_kills_the_process() -> None:
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, cwd=ROOT
    )  # "-c" puts the working directory first on sys.path
    print("rc", run.returncode, "stdout", run.stdout.strip().splitlines())
    print([line for line in run.stderr.splitlines() if "Fatal" in line])
    assert run.returncode == -11  # SIGSEGV
