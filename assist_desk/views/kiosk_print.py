"""The kiosk's own print panel: the number of copies, then the configured printer.

At a kiosk no system dialog may open (the print dialog's "Print to File" browses
and overwrites files). The only choice a citizen makes is how many copies, with
large "−" and "+" buttons; "Print" sends the page to the help point's printer
(:func:`printing.print_copies`), never to a file. A missing printer, or one that
refuses the page, is said calmly, in the panel, in the citizen's language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from assist_desk.views import printing
from assist_desk.views.printing import MAX_COPIES, PrintOutcome
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton


class KioskPrintPanel(QFrame):
    """Copies and "Print", shown inside the screen (no window of its own).

    Args:
        document_for: builds the document to print (None: nothing to print).
        printer_name: the configured printer (settings.printer; None: the default).
        printer_for: where the printer comes from (default: :func:`printing.kiosk_printer`
            for ``printer_name``, None when no printer is usable).

    Signals:
        sig_finished(str): a print was tried (a :class:`PrintOutcome` value).
    """

    sig_finished = Signal(str)

    def __init__(
        self,
        document_for: Callable[[], QTextDocument | None],
        printer_name: str | None = None,
        printer_for: Callable[[], QPrinter | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskPrintPanel")
        self._document_for = document_for
        self._printer_for = printer_for or (lambda: printing.kiosk_printer(printer_name))
        self.copies = 1
        self.outcome: PrintOutcome | None = None
        #: A page went to the printer in this session (the farewell screen's reminder);
        #: Close keeps it, the session wipe forgets it (:meth:`forget_prints`).
        self.printed = False
        self.copies_caption = QLabel()
        self.copies_caption.setObjectName("kioskPrintCopiesCaption")
        self.copies_caption.setWordWrap(True)
        self.copies_label = QLabel()  # the number alone, between "−" and "+"
        self.copies_label.setObjectName("kioskPrintCopies")
        self.copies_label.setProperty("role", "title")
        self.copies_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fewer_button = WrapButton("−")
        self.fewer_button.setObjectName("kioskPrintFewer")
        self.fewer_button.clicked.connect(lambda: self.set_copies(self.copies - 1))
        self.more_button = WrapButton("+")
        self.more_button.setObjectName("kioskPrintMore")
        self.more_button.clicked.connect(lambda: self.set_copies(self.copies + 1))
        self.print_button = WrapButton()
        self.print_button.setObjectName("kioskPrintNow")
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_now)
        self.close_button = WrapButton()
        self.close_button.setObjectName("kioskPrintClose")
        self.close_button.clicked.connect(self.reset)
        self.status = QLabel()
        self.status.setObjectName("kioskPrintStatus")
        self.status.setWordWrap(True)
        count_row = QHBoxLayout()  # "−  1  +", kept together
        count_row.addWidget(self.fewer_button)
        count_row.addWidget(self.copies_label)
        count_row.addWidget(self.more_button)
        count_row.addStretch(1)
        actions = ReflowRow()
        actions.addWidget(self.print_button)
        actions.addWidget(self.close_button)
        actions.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.addWidget(self.copies_caption)
        column.addLayout(count_row)
        column.addLayout(actions)
        column.addWidget(self.status)
        self.hide()
        self.retranslate_ui()

    # -- what the screens call ---------------------------------------------------------

    def open(self) -> None:
        """Show the panel; straight away say so if there is no printer."""
        self.set_copies(1)
        self._say(None)
        self.show()
        if self._printer_for() is None:
            self._say(PrintOutcome.NO_PRINTER)
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self) -> None:
        """Hidden, one copy, no message (also at the session wipe)."""
        self.hide()
        self.set_copies(1)
        self._say(None)

    def set_copies(self, copies: int) -> None:
        self.copies = max(1, min(MAX_COPIES, copies))
        self.fewer_button.setEnabled(self.copies > 1)
        self.more_button.setEnabled(self.copies < MAX_COPIES)
        self._show_copies()

    def print_now(self) -> PrintOutcome:
        document = self._document_for()
        if document is None:
            outcome = PrintOutcome.FAILED
        else:
            outcome = printing.print_copies(document, self._printer_for(), self.copies)
        self.printed = self.printed or outcome is PrintOutcome.PRINTED
        self._say(outcome)
        self.sig_finished.emit(outcome.value)
        return outcome

    # -- texts ----------------------------------------------------------------------

    def _show_copies(self) -> None:
        self.copies_label.setText(str(self.copies))
        self.copies_label.setMinimumWidth(self.copies_label.fontMetrics().horizontalAdvance("00"))
        self.copies_label.setAccessibleName(self.tr("Number of copies: %n", "", self.copies))

    def _say(self, outcome: PrintOutcome | None) -> None:
        self.outcome = outcome
        self.print_button.setVisible(outcome is not PrintOutcome.NO_PRINTER)
        for widget in (self.fewer_button, self.more_button, self.copies_label, self.copies_caption):
            widget.setVisible(outcome is not PrintOutcome.NO_PRINTER)
        if outcome is None:
            text, role = "", "muted"
        elif outcome is PrintOutcome.PRINTED:
            text = self.tr(
                "Sent to the printer: %n copy(ies). Take your page(s) there.", "", self.copies
            )
            role = "muted"
        elif outcome is PrintOutcome.NO_PRINTER:
            text = self.tr("There is no printer here at the moment. A mediator can help you.")
            role = "notice"
        else:
            text = self.tr("The page could not be printed. A mediator can help you.")
            role = "notice"
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Print"))
        self.copies_caption.setText(self.tr("Number of copies"))
        self.fewer_button.setAccessibleName(self.tr("One copy fewer"))
        self.more_button.setAccessibleName(self.tr("One copy more"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print now"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the print panel"))
        self._show_copies()
        self._say(self.outcome)


def printed_in(window: QWidget) -> bool:
    """Whether any print panel of ``window`` printed a page in this session."""
    return any(panel.printed for panel in window.findChildren(KioskPrintPanel))


def forget_prints(window: QWidget) -> None:
    """The session wipe: no panel of ``window`` remembers a print any more."""
    for panel in window.findChildren(KioskPrintPanel):
        panel.printed = False
