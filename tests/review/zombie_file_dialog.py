"""Standalone script for R3c (L2), run in a subprocess by test_r3c_zombie_file_dialog.py."""

import faulthandler
import os
import sys
from pathlib import Path

faulthandler.enable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# This file lives in tests/review/: parents[0] is tests/review, parents[1] tests,
# parents[2] the repository root (where the assist_desk package is).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from assist_desk.kiosk import KioskLockdown, close_transient_windows

app = QApplication([])
w = QWidget()
w.resize(800, 600)
w.show()
lk = KioskLockdown(w)
lk.engage()
lk.sig_refused.connect(lambda what: print("REFUSED", what, flush=True))
ticks = [0]


def tick():
    ticks[0] += 1
    fds = [x for x in QApplication.topLevelWidgets() if isinstance(x, QFileDialog)]
    print(
        f"tick {ticks[0]}: event loop alive; file dialogs: {[(x.isVisible(), x.result()) for x in fds]}",
        flush=True,
    )
    if ticks[0] == 2:
        print("wipe closes transient windows:", close_transient_windows(), flush=True)
    if ticks[0] == 4:
        print("giving up: static getSaveFileName never returned", flush=True)
        os._exit(3)


t = QTimer()
t.timeout.connect(tick)
t.start(500)


def go():
    print("calling QFileDialog.getSaveFileName (what QPrintDialog's '...' does)", flush=True)
    r = QFileDialog.getSaveFileName(w, "Print To File ...")
    print("returned", r, flush=True)
    app.exit(0)


QTimer.singleShot(100, go)
app.exec()
