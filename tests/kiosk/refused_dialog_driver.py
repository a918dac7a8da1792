"""Refused dialogs opened with exec() return at once (run in a process of its own by
test_refused_dialogs_return.py: a dialog that never returns would hang pytest).

1. Under the kiosk lockdown: the static file dialogs (what the print dialog's "…"
   calls) and exec() of the print, page set-up and preview dialogs.
2. A hidden dialog left inside exec() (rejected while it was being shown, as the
   lockdown used to do): the wipe's ``close_transient_windows`` ends its loop.
"""

import faulthandler
import os
import sys
from pathlib import Path

faulthandler.enable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtPrintSupport import (  # noqa: E402
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget  # noqa: E402

from assist_desk.session.lockdown import KioskLockdown  # noqa: E402
from assist_desk.session.wipe import close_transient_windows  # noqa: E402

app = QApplication([])
window = QWidget()
window.resize(800, 600)
window.show()
current = ["start"]


def watchdog() -> None:
    print(f"never returned: {current[0]}", flush=True)
    os._exit(3)


dog = QTimer()
dog.setSingleShot(True)
dog.timeout.connect(watchdog)


def run(name, call) -> None:  # type: ignore[no-untyped-def]
    current[0] = name
    dog.start(5000)
    result = call()
    dog.stop()
    print(f"returned: {name} -> {result!r}", flush=True)


def exec_watched(dialog: QDialog) -> str:
    dialog.winId()
    mapped: list[bool] = []
    dialog.windowHandle().visibleChanged.connect(mapped.append)
    code = dialog.exec()
    return f"{code} mapped={mapped}"


lockdown = KioskLockdown(window)
lockdown.engage()
lockdown.sig_refused.connect(lambda what: print("refused", what, flush=True))
printer = QPrinter()
run("getSaveFileName", lambda: QFileDialog.getSaveFileName(window, "Print To File ..."))
run("getOpenFileName", lambda: QFileDialog.getOpenFileName(window))
run("getExistingDirectory", lambda: QFileDialog.getExistingDirectory(window))
run("QPrintDialog.exec", lambda: exec_watched(QPrintDialog(printer, window)))
run("QPageSetupDialog.exec", lambda: exec_watched(QPageSetupDialog(printer, window)))
run("QPrintPreviewDialog.exec", lambda: exec_watched(QPrintPreviewDialog(printer, window)))
lockdown.release()


class RejectWhileShowing(QObject):
    """What the lockdown used to do: reject during show(), before exec()'s loop exists."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShowToParent and isinstance(watched, QDialog):
            watched.reject()
        return False


old_style = RejectWhileShowing()
app.installEventFilter(old_style)
stuck = QDialog(window)
wiped: list[int] = []


def wipe() -> None:
    app.removeEventFilter(old_style)  # the refusal is over; now the citizen's session ends
    hidden = stuck.isHidden()
    shown = close_transient_windows()  # counts shown windows only; this one is hidden
    wiped.append(shown)
    print(f"wipe while stuck (hidden={hidden}): closed {shown} shown", flush=True)


QTimer.singleShot(300, wipe)
run("hidden dialog in exec()", stuck.exec)
print(f"it returned after the wipe: {wiped == [0]}", flush=True)
print("ALL RETURNED", flush=True)
