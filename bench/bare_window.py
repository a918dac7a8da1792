"""The baseline: a bare PySide6 window with one label, exiting after its first frame.

With ``BENCH_HARD_EXIT=1`` it leaves at once after printing (instruction counts
should not include the tear-down).
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"FIRST_FRAME {time.time():.6f}", flush=True)
            if os.environ.get("BENCH_HARD_EXIT"):
                os._exit(0)
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv[:1])
label = QLabel("Bonjour")
probe = FirstFrame()
label.installEventFilter(probe)
label.resize(1280, 800)
label.show()
app.exec()
