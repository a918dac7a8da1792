"""Printing checklists to take home: large type, help point, date, QR codes.

A printed page holds only bundled content (never anything a citizen typed):
the checklist, its fee, where to go, the help point's name, the date, and QR
codes to the official pages.

* At a workstation it prints after a print preview (:class:`PrintPreview`, which
  owns its printer), or to a PDF file the mediator asked for.
* At a kiosk there is no system dialog at all: :func:`print_copies` sends the
  document to the configured printer (else the system default), never to a file;
  :func:`kiosk_printer` says when there is no usable printer.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from assist_desk.content import ChecklistView
from assist_desk.content.pack import StampView
from assist_desk.views.content_common import checklist_html, esc, local_date
from assist_desk.views.widgets.qr import qr_image

#: Body text size on paper, in points (large type for reading at home).
PRINT_POINT_SIZE = 12
#: The least resolution a page is laid out at (what most office printers print at).
HIGH_RESOLUTION_DPI = 600


def build_document(
    view: ChecklistView,
    site_name: str,
    today: dt.date,
    note: str = "",
    lang: str = "fr",
    stamp: StampView | None = None,
) -> QTextDocument:
    """The printable checklist (no personal data), with QR codes as image resources."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    qr_links = [
        (QCoreApplication.translate("Printing", "Official website"), view.official_url),
        (QCoreApplication.translate("Printing", "Official information"), view.source),
    ]
    cells = []
    for number, (caption, url) in enumerate(qr_links):
        name = f"qr://{number}"
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), qr_image(url, border=2)
        )
        cells.append(
            f"<td align='center' style='padding: 8px'><img src='{name}' width='150' "
            f"height='150'/><br/>{esc(caption)}<br/><small>{esc(url)}</small></td>"
        )
    date_text = local_date(today, lang)
    header = QCoreApplication.translate("Printing", "Prepared at %1 on %2")
    header = esc(header).replace("%1", f"<b>{esc(site_name)}</b>").replace("%2", esc(date_text))
    footer = QCoreApplication.translate(
        "Printing",
        "This sheet holds no personal information. Rules and prices can change: "
        "the official pages above prevail. assist_desk is not an ANTS product.",
    )
    heading = QCoreApplication.translate("Printing", "Documents to bring")
    parts = [
        f"<p>{header}</p>",
        f"<h1>{esc(heading)} — {esc(view.category_name)}</h1>",
    ]
    if note:
        parts.append(f"<p><i>{esc(note)}</i></p>")
    parts.append(checklist_html(view, stamp))
    parts.append(f"<table align='center'><tr>{''.join(cells)}</tr></table>")
    parts.append(f"<p><small>{esc(footer)}</small></p>")
    document.setHtml("".join(parts))
    return document


def configure_printer(printer: QPrinter, printer_name: str | None = None) -> QPrinter:
    """Make ``printer`` the named one if it exists (else leave the default), A4, high resolution."""
    if printer_name and printer_name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(printer_name)
    if printer.resolution() < HIGH_RESOLUTION_DPI:
        printer.setResolution(HIGH_RESOLUTION_DPI)  # text evenly spaced on paper
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def make_printer(printer_name: str | None = None) -> QPrinter:
    """A high-resolution A4 printer: the named one if it exists, else the default."""
    return configure_printer(QPrinter(QPrinter.PrinterMode.HighResolution), printer_name)


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


class PrintOutcome(enum.Enum):
    """What became of a kiosk print."""

    PRINTED = "printed"
    NO_PRINTER = "no_printer"
    FAILED = "failed"


#: The most copies a citizen may ask for at once (paper is the help point's).
MAX_COPIES = 5


def kiosk_printer(printer_name: str | None = None) -> QPrinter | None:
    """The configured printer (else the system default), or None if it cannot be used.

    Never a file: the output goes to the printing system or nowhere. Qt falls back to
    writing a PDF when there is no printing system, so that is checked here.
    """
    names = QPrinterInfo.availablePrinterNames()
    if printer_name and printer_name not in names:
        return None  # the configured printer is gone: do not print elsewhere
    if not printer_name and QPrinterInfo.defaultPrinter().isNull():
        return None
    printer = make_printer(printer_name or QPrinterInfo.defaultPrinterName())
    printer.setOutputFileName("")
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    if printer.outputFormat() is not QPrinter.OutputFormat.NativeFormat:
        return None
    if not printer.isValid() or printer.outputFileName():
        return None
    return printer


def print_copies(document: QTextDocument, printer: QPrinter | None, copies: int) -> PrintOutcome:
    """Send ``copies`` copies of ``document`` to ``printer`` (from :func:`kiosk_printer`)."""
    if printer is None:
        return PrintOutcome.NO_PRINTER
    printer.setCopyCount(max(1, min(MAX_COPIES, copies)))
    document.print_(printer)
    if printer.printerState() is QPrinter.PrinterState.Error:
        return PrintOutcome.FAILED
    return PrintOutcome.PRINTED


def print_to_pdf(document: QTextDocument, path: Path) -> Path:
    """Write ``document`` as a PDF file (A4, large type)."""
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document.print_(printer)
    return path


class PrintPreview(QPrintPreviewDialog):
    """A print preview that owns its printer, and its document as a child.

    ``QPrintPreviewDialog(printer, parent)`` does not take ownership of ``printer``:
    a Python printer freed before the dialog left it painting on freed memory (a
    crash). Built without one, the dialog makes its own printer and deletes it
    itself, after everything that uses it; it is configured here.
    """

    def __init__(
        self, document: QTextDocument, parent: QWidget, printer_name: str | None = None
    ) -> None:
        super().__init__(parent)
        configure_printer(self.printer(), printer_name)
        document.setParent(self)  # a QObject child: freed with the dialog, not before
        self.paintRequested.connect(document.print_)


def open_preview(
    parent: QWidget, document: QTextDocument, printer_name: str | None = None
) -> QPrintPreviewDialog:
    """Show a print preview (non-modal ``open()``); printing goes to the chosen printer.

    Workstations only: a kiosk prints with :func:`print_copies`, without any dialog.
    """
    dialog = PrintPreview(document, parent, printer_name)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
