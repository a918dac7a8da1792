"""PySide6 6.12.0 on CPython 3.11 aborts after a few thousand signal emissions.

The dependency marker in pyproject.toml keeps 3.11 on a safe release; this test
proves the installed combination survives 20 000 emissions and 5 000 timer
callbacks (in a subprocess, since the failure is an abort).
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
class Emitter(QObject):
    sig = Signal()
emitter = Emitter()
count = [0]
emitter.sig.connect(lambda: count.__setitem__(0, count[0] + 1))
for _ in range(20000):
    emitter.sig.emit()
fired = [0]
def tick():
    fired[0] += 1
    if fired[0] == 5000:
        app.quit()
    else:
        QTimer.singleShot(0, tick)
QTimer.singleShot(0, tick)
app.exec()
print(count[0], fired[0])
"""


def test_many_signals_and_timers_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["20000", "5000"]
