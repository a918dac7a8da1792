"""H3: at a kiosk, printing goes to the configured printer with no system dialog.

Replaces the review's reproduction R3 (the preview's Print action led to Qt's print
dialog, whose "Print to File" browsed the file system and overwrote site.toml).
Now: the only choice is the number of copies, in the application's own panel; a
missing printer is said calmly; and the lockdown refuses the print, page set-up,
preview and file dialogs before their window is ever mapped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import (
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
)
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from assist_desk.modes import LANGUAGES
from assist_desk.session.lockdown import KioskLockdown
from assist_desk.views import printing
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.printing import MAX_COPIES, PrintOutcome
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of

PORTAL = ("--portal-url", "http://127.0.0.1:9")


def visible_dialogs() -> list[str]:
    return [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible()
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_kiosk_checklist_print_opens_no_dialog_and_says_there_is_no_printer(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    lang: str,
    app_context: StartApplication,
) -> None:
    # The operator followed packaging/site.toml: the kiosk account's own site file
    # (what the print dialog's "Print to File" used to overwrite).
    site = isolated_home / ".config" / "assist-desk" / "site.toml"
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text('mode = "kiosk"\nsite_name = "Mairie"\n', encoding="utf-8")
    before = site.read_bytes()
    context = app_context("--mode", "kiosk", "--lang", lang, *PORTAL)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    refused: list[str] = []
    kiosk.lockdown.sig_refused.connect(refused.append)
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.has_feature("checklists"), timeout=20000)
    window.show_screen("checklists")
    screen = window.current_screen()
    screen.show_procedure("id_first_adult")
    assert not screen.pdf_button.isVisible()  # a kiosk saves no file
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert visible_dialogs() == []
    assert refused == []  # no dialog was even attempted
    panel = screen.kiosk_print
    assert panel.isVisible()
    # This machine has no printing system: said in the panel, no Print button.
    assert panel.outcome is PrintOutcome.NO_PRINTER
    assert not panel.print_button.isVisible()
    message = panel.status.text()
    assert message
    assert panel.status.accessibleName() == message
    if lang == "en":
        assert message.startswith("There is no printer here")
    else:  # translated, not the English source
        assert "printer" not in message
    assert panel.close_button.hasFocus()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert site.read_bytes() == before


def test_print_panel_sends_the_chosen_number_of_copies(qtbot: Any, tmp_path: Path) -> None:
    """The copies buttons and "Print" as a citizen presses them.

    The test machine has no printing system (CUPS), so the printer here writes a PDF
    in the test's folder: it stands in for the spool and shows what was rendered."""
    out = tmp_path / "spool.pdf"
    used: list[QPrinter] = []

    def spool_printer() -> QPrinter:
        printer = printing.make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        used.append(printer)
        return printer

    def document() -> QTextDocument:
        doc = QTextDocument()
        doc.setPlainText("Documents to bring: passport photo")
        return doc

    panel = KioskPrintPanel(document, printer_for=spool_printer)
    qtbot.addWidget(panel)
    panel.open()
    assert panel.isVisible()
    assert panel.outcome is None
    assert panel.copies == 1
    assert not panel.fewer_button.isEnabled()
    for _ in range(MAX_COPIES + 2):  # more presses than allowed
        if panel.more_button.isEnabled():
            qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert panel.copies == MAX_COPIES
    assert not panel.more_button.isEnabled()
    for _ in range(MAX_COPIES - 3):
        qtbot.mouseClick(panel.fewer_button, Qt.MouseButton.LeftButton)
    assert panel.copies == 3
    assert panel.copies_label.text() == "3"
    assert "3" in panel.copies_label.accessibleName()
    with qtbot.waitSignal(panel.sig_finished) as finished:
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert finished.args == [PrintOutcome.PRINTED.value]
    assert used[-1].copyCount() == 3
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_size > 1000
    assert "3" in panel.status.text()
    panel.reset()  # the session wipe
    assert not panel.isVisible()
    assert panel.copies == 1
    assert panel.status.text() == ""


def test_the_kiosk_printer_is_never_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    assert printing.kiosk_printer("No such printer") is None  # never another printer
    real = QPrinterInfo.availablePrinterNames()
    if real:  # a machine with a printing system
        printer = printing.kiosk_printer(real[0])
        assert printer is not None
        assert printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
        assert printer.outputFileName() == ""
    else:
        assert printing.kiosk_printer(None) is None
    # Qt falls back to writing a PDF file when the printing system cannot print:
    # a configured name that Qt lists but cannot open must not become a file.
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Office"]))
    printer = printing.kiosk_printer("Office")
    if printer is not None:
        assert printer.outputFormat() is QPrinter.OutputFormat.NativeFormat
        assert printer.outputFileName() == ""
    assert printing.print_copies(QTextDocument(), None, 2) is PrintOutcome.NO_PRINTER


@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")
def test_lockdown_refuses_print_and_file_dialogs_before_their_window_shows(
    qtbot: Any,
) -> None:
    """Opened with open() here (the suite forbids exec(); refused_dialog_driver.py runs
    the exec() cases in a process of its own)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    lockdown = KioskLockdown(window)
    lockdown.engage()
    refused: list[str] = []
    lockdown.sig_refused.connect(refused.append)
    printer = QPrinter()
    makers = {
        "QFileDialog": lambda: QFileDialog(window),
        "QPrintDialog": lambda: QPrintDialog(printer, window),
        "QPageSetupDialog": lambda: QPageSetupDialog(printer, window),
        "QPrintPreviewDialog": lambda: QPrintPreviewDialog(printer, window),
    }
    try:
        for name, make in makers.items():
            dialog = make()
            dialog.winId()  # its platform window exists: watch whether it is ever shown
            mapped: list[bool] = []
            dialog.windowHandle().visibleChanged.connect(mapped.append)
            finished: list[int] = []
            dialog.finished.connect(finished.append)
            QDialog.open(dialog)  # (QPrintDialog.open wants a receiver)
            qtbot.waitUntil(lambda f=finished: f != [], timeout=2000)
            assert finished == [QDialog.DialogCode.Rejected.value], name
            assert mapped == [], f"{name}: its window was shown ({mapped})"
            assert not dialog.isVisible()
            # Once hidden, nothing of the refusal stays on it (for after the lockdown).
            assert not dialog.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            dialog.deleteLater()
        assert refused == ["file-dialog", "print-dialog", "print-dialog", "print-dialog"]
        plain = QDialog(window)  # an ordinary dialog is not refused
        plain.open()
        qtbot.wait(20)
        assert plain.isVisible()
        plain.accept()
        assert len(refused) == 4
    finally:
        lockdown.release()
