"""Printing checklists to take home: large type, help point, date, QR codes.

A printed page holds only bundled content (never anything a citizen typed):
the checklist, its fee, where to go, the help point's name, the date, and QR
codes to the official pages. It prints to the configured printer (or the
system default) after a print preview, or to a PDF file.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from assist_desk.content import ChecklistView
from assist_desk.content.pack import StampView
from assist_desk.views.content_common import checklist_html, esc, local_date

#: Body text size on paper, in points (large type for reading at home).
PRINT_POINT_SIZE = 12


def qr_image(url: str) -> QImage:
    """A QR code for ``url`` (segno), as an image ready for a QTextDocument."""
    import segno

    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


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
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), qr_image(url))
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


def make_printer(printer_name: str | None = None) -> QPrinter:
    """A high-resolution A4 printer: the named one if it exists, else the default."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_name:
        for info in QPrinterInfo.availablePrinters():
            if info.printerName() == printer_name:
                printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
                break
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def print_to_pdf(document: QTextDocument, path: Path) -> Path:
    """Write ``document`` as a PDF file (A4, large type)."""
    printer = make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document.print_(printer)
    return path


def open_preview(
    parent: QWidget, document: QTextDocument, printer_name: str | None = None
) -> QPrintPreviewDialog:
    """Show a print preview (non-modal ``open()``); printing goes to the chosen printer."""
    printer = make_printer(printer_name)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(document.print_)
    document.setParent(dialog)  # lives as long as the dialog
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
