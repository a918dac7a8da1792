"""Drives every print preview of the application in a process of its own (see
test_print_preview_lifetime.py): a crash there kills this process, not pytest.

For each way a preview opens (``printing.open_preview`` itself, the checklist
and the triage screens), it lets the preview render, drops every Python
reference, collects garbage, then triggers the toolbar's actions: zoom, fit,
orientation, pages, "Page setup" and "Print" (whose modal dialogs a timer
closes), and finally closes the preview and lets Qt delete it.
"""

import faulthandler
import gc
import os
import sys
from pathlib import Path

faulthandler.enable()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository root

from PySide6.QtCore import QCoreApplication, QEvent, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QTextDocument  # noqa: E402
from PySide6.QtPrintSupport import (  # noqa: E402
    QPageSetupDialog,
    QPrintDialog,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from assist_desk.content import ContentPack  # noqa: E402
from assist_desk.views import printing  # noqa: E402
from assist_desk.views.checklists import ChecklistsScreen  # noqa: E402
from assist_desk.views.content_common import ContentEnv  # noqa: E402
from assist_desk.views.triage import TriageScreen  # noqa: E402

ACTIONS = (
    "Zoom in",
    "Zoom out",
    "Fit width",
    "Fit page",
    "Landscape",
    "Portrait",
    "Next page",
    "Show facing pages",
    "Show overview of all pages",
    "Show single page",
    "Page setup",
    "Print",
)

app = QApplication([])
closed_dialogs: list[str] = []


def close_modal_dialogs() -> None:
    """What a person cancelling the page set-up or print dialog does."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QPageSetupDialog | QPrintDialog) and widget.isVisible():
            closed_dialogs.append(type(widget).__name__)
            widget.reject()


closer = QTimer()
closer.timeout.connect(close_modal_dialogs)
closer.start(50)


def settle() -> None:
    for _ in range(30):
        app.processEvents()
    gc.collect()  # a printer held only by Python would be freed here
    for _ in range(30):
        app.processEvents()


def exercise(label: str, open_it: object) -> None:
    window = QWidget()
    window.resize(900, 700)
    window.show()
    open_it(window)  # type: ignore[operator]
    settle()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintPreviewDialog)]
    preview = next(w for w in previews if w.isVisible())
    actions = {action.text(): action for action in preview.findChildren(QAction)}
    missing = [name for name in ACTIONS if name not in actions]
    if missing:
        print(f"{label}: actions not found: {missing}", flush=True)
        sys.exit(4)
    for name in ACTIONS:
        actions[name].trigger()  # "Page setup" and "Print" run exec() until the timer closes them
        settle()
    preview.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()
    print(f"{label}: rendered, {len(ACTIONS)} actions triggered, closed", flush=True)


def plain_document(window: QWidget) -> None:
    document = QTextDocument()
    document.setPlainText("checklist")
    printing.open_preview(window, document)  # the return value dropped at once


pack = ContentPack.load()
env = ContentEnv(pack=pack, language=lambda: "fr", site_name="Test", max_age_days=9999)


def checklist(window: QWidget) -> None:
    screen = ChecklistsScreen(env, window)
    screen.show_procedure("id_first_adult")
    screen.print_preview()


def triage(window: QWidget) -> None:
    screen = TriageScreen(env, window)
    while screen.session.current is not None:  # identity card, first, adult
        screen.choose(screen.session.current.options[0].id)
    assert screen.session.outcome is not None
    assert screen.session.outcome.procedure
    screen.print_preview()


exercise("open_preview", plain_document)
exercise("checklists", checklist)
exercise("triage", triage)
print("dialogs closed by the timer:", sorted(set(closed_dialogs)), len(closed_dialogs), flush=True)
print("ALIVE", flush=True)
