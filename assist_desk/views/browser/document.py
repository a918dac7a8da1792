"""A downloaded PDF (or a page printed with ``window.print()``), shown and printed in
the application: never saved anywhere but the session folder, never a system dialog.

:func:`pdf_images` renders the pages with QtPdf; :class:`DocumentPanel` shows them
with the kiosk's own print panel (copies, then the help point's printer).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_desk.views.a11y import steady_scroll_children
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton

#: Pages rendered at most (a receipt has one or two; a long file is the site's to print).
MAX_PAGES = 20
#: Width of a rendered page, in pixels (about 150 dpi on A4).
PAGE_WIDTH = 1240


def pdf_images(path: Path, max_pages: int = MAX_PAGES) -> list[QImage]:
    """The pages of a PDF file as images; empty when it cannot be read."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return []
        images = []
        for index in range(min(document.pageCount(), max_pages)):
            size = document.pagePointSize(index)
            if size.width() <= 0:
                continue
            height = round(PAGE_WIDTH * size.height() / size.width())
            image = document.render(index, QSize(PAGE_WIDTH, height))
            if not image.isNull():
                images.append(image)
        return images
    finally:
        document.close()


class DocumentPanel(QWidget):
    """The pages of a document, "Print" (copies, the site's printer) and "Close".

    Signals:
        sig_closed(): the person is done with the document.
    """

    sig_closed = Signal()

    def __init__(self, printer_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("browserDocument")
        self.images: list[QImage] = []
        self.title = QLabel()
        self.title.setObjectName("browserDocumentTitle")
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.pages = QWidget()
        self.pages_column = QVBoxLayout(self.pages)
        scroll = QScrollArea()
        steady_scroll_children(scroll)  # see there: the bus may read it as it goes
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.print_button = WrapButton()
        self.print_button.setObjectName("browserDocumentPrint")
        self.print_button.setProperty("role", "primary")
        self.print_panel = KioskPrintPanel(self.print_document, printer_name)
        self.print_button.clicked.connect(self.print_panel.open)
        self.close_button = WrapButton()
        self.close_button.setObjectName("browserDocumentClose")
        self.close_button.clicked.connect(self.sig_closed.emit)
        row = ReflowRow()
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addLayout(row)
        column.addWidget(self.print_panel)
        column.addWidget(scroll, 1)
        self.retranslate_ui()

    def show_pdf(self, path: Path) -> bool:
        """Show the file's pages; False (nothing shown) when it is not a readable PDF."""
        self.clear()
        self.images = pdf_images(path)
        for number, image in enumerate(self.images, start=1):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image).scaledToWidth(800))
            page.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            page.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_column.addWidget(page)
        return bool(self.images)

    def print_document(self) -> QTextDocument | None:
        """The pages as one printable document (one image per sheet). The caller's
        alone: a child of this panel would keep every citizen's pages in memory until
        the application ends."""
        if not self.images:
            return None
        document = QTextDocument()
        parts = []
        for index, image in enumerate(self.images):
            url = QUrl(f"page{index}.png")
            document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
            parts.append(f'<p><img src="{url.toString()}" width="640"></p>')
        document.setHtml("".join(parts))
        return document

    def clear(self) -> None:
        """No page kept (also at the session wipe)."""
        self.images = []
        self.print_panel.reset()
        while self.pages_column.count():
            item = self.pages_column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Your document"))
        for button, text in (
            (self.print_button, self.tr("Print")),
            (self.close_button, self.tr("Close the document")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
