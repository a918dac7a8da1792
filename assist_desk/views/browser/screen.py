"""The controlled browser screen: a simple bar above one web view, no address bar.

The bar: "Back to the application", Back, Reload, text smaller / larger, and the
host of the page shown as text. Under it, one of: the web view; a calm notice (an
address this kiosk does not open, with a QR code to open it on a phone; a page
that stopped; a file that cannot be shown); a downloaded or printed document with
the kiosk's print panel.

The web view and its page are made for the current citizen session's profile and
deleted when that profile ends (``sig_ending`` of the web session).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget
from shiboken6 import delete, isValid

from assist_desk.i18n import isolate
from assist_desk.views.browser.document import DocumentPanel
from assist_desk.views.browser.page import ControlledPage
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.qr import qr_pixmap
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton

log = logging.getLogger(__name__)

ZOOM_STEPS = (0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5)
#: The notice's column, at most this wide (a line stays readable).
NOTICE_WIDTH = 1000


class WebSessionLike(Protocol):
    """What the screen needs of :class:`assist_desk.session.web_profile.WebSession`."""

    sig_ending: SignalInstance
    sig_download_finished: SignalInstance
    sig_download_failed: SignalInstance
    focus_prefix: str

    def profile(self) -> QWebEngineProfile: ...

    def register_page(self, page: QWebEnginePage) -> None: ...

    def downloads_folder(self) -> Path: ...


class PageStack(QStackedWidget):
    """A stack sized by the page it shows. A plain stack is as tall as its tallest page:
    the hidden notice (its QR code) or document kept the web view over 600 px high, so
    with the on-screen keyboard up the screen scrolled instead of the page, and a tapped
    field stayed under the keys (issue 15: the keyboard never covers the field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.sizeHint() if shown is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        shown = self.currentWidget()
        return shown.minimumSizeHint() if shown is not None else super().minimumSizeHint()


class BrowserScreen(Screen):
    """Official sites inside the application, for the current citizen session only.

    Args:
        session: the citizen session's web profile.
        allows: True for an address the browser may show.
        choose_scans: the scan folder's files for an upload (multiple?, accepted types).
        permissions: the kinds of permission the site file allows.
        kiosk: a kiosk (the page starts a little larger).
        printer_name: the help point's printer for documents.

    Signals:
        sig_back_to_app(): the person leaves the browser.
        sig_field_focus(bool, str): an editable field of the page gained (True) or
            lost the focus; its kind: text, email, tel, number, date or password.
        sig_field_tapped(str): the citizen tapped a field of the page (its kind).
    """

    screen_id = "browser"
    sig_back_to_app = Signal()
    sig_field_focus = Signal(bool, str)
    sig_field_tapped = Signal(str)

    def __init__(
        self,
        session: WebSessionLike,
        allows: Callable[[str], bool],
        choose_scans: Callable[[bool, list[str]], list[str]],
        permissions: Iterable[str] = (),
        kiosk: bool = False,
        printer_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.allows = allows
        self.choose_scans = choose_scans
        self.permissions = tuple(permissions)
        self.default_zoom = 1.25 if kiosk else 1.0
        self.view: QWebEngineView | None = None
        self.page: ControlledPage | None = None
        self.refused_url = ""
        self._notice_kind = ""
        self._prints = 0

        self.back_to_app = self._button("browserBackToApp", primary=True)
        self.back_to_app.clicked.connect(self.sig_back_to_app.emit)
        self.back_button = self._button("browserBack")
        self.back_button.clicked.connect(self.go_back)
        self.reload_button = self._button("browserReload")
        self.reload_button.clicked.connect(self.reload)
        self.zoom_out = self._button("browserZoomOut")
        self.zoom_out.setText(isolate("A−"))  # an isolate keeps "A+" in this order in Arabic too
        self.zoom_out.clicked.connect(lambda: self.zoom(-1))
        self.zoom_in = self._button("browserZoomIn")
        self.zoom_in.setText(isolate("A+"))
        self.zoom_in.clicked.connect(lambda: self.zoom(+1))
        self.host = QLabel()
        self.host.setObjectName("browserHost")
        self.host.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.host.setTextFormat(Qt.TextFormat.PlainText)
        bar = ReflowRow()  # a column when it does not fit (text at 200 %, long words)
        for widget in (self.back_to_app, self.back_button, self.reload_button):
            bar.addWidget(widget)
        bar.addWidget(self.host, 1)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)

        self.web_holder = QWidget()
        self.web_holder.setObjectName("browserWebHolder")
        self.web_column = QVBoxLayout(self.web_holder)
        self.web_column.setContentsMargins(0, 0, 0, 0)
        self.notice = self._make_notice()
        self.document = DocumentPanel(printer_name)
        self.document.sig_closed.connect(self.show_web)
        self.stack = PageStack()
        for page_widget in (self.web_holder, self.notice, self.document):
            self.stack.addWidget(page_widget)
        column = QVBoxLayout(self)
        column.addLayout(bar)
        column.addWidget(self.stack, 1)

        session.sig_ending.connect(self.drop_page)
        session.sig_download_finished.connect(self._on_download)
        session.sig_download_failed.connect(lambda _name: self._show_notice("download-failed"))
        self.retranslate_ui()
        self._update_bar()

    def _button(self, name: str, primary: bool = False) -> WrapButton:
        button = WrapButton()
        button.setObjectName(name)
        if primary:
            button.setProperty("role", "primary")
        return button

    def _make_notice(self) -> QWidget:
        """A calm page: a title, what happened, the address and its QR code, one action."""
        panel = QWidget()
        panel.setObjectName("browserNotice")
        self.notice_title = QLabel()
        self.notice_title.setObjectName("browserNoticeTitle")
        self.notice_title.setProperty("role", "title")
        self.notice_title.setWordWrap(True)
        self.notice_text = QLabel()
        self.notice_text.setObjectName("browserNoticeText")
        self.notice_text.setWordWrap(True)
        self.notice_address = QLabel()
        self.notice_address.setObjectName("browserNoticeAddress")
        self.notice_address.setProperty("role", "muted")
        self.notice_address.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_address.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.notice_qr = QLabel()
        self.notice_qr.setObjectName("browserNoticeQr")
        self.notice_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_action = self._button("browserNoticeAction", primary=True)
        self.notice_action.clicked.connect(self._notice_action)
        column_widget = QWidget()
        column_widget.setMaximumWidth(NOTICE_WIDTH)
        column = QVBoxLayout(column_widget)
        column.setSpacing(16)
        for widget in (self.notice_title, self.notice_text, self.notice_address):
            column.addWidget(widget)
        column.addWidget(self.notice_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.notice_action, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        centred = QHBoxLayout(panel)  # stretches on both sides: centred, up to NOTICE_WIDTH
        centred.setContentsMargins(16, 24, 16, 16)
        centred.addStretch(1)
        centred.addWidget(column_widget, 100)
        centred.addStretch(1)
        return panel

    # -- the page ----------------------------------------------------------------------

    def ensure_page(self) -> ControlledPage:
        """The web view and its page for this session's profile (made now if need be)."""
        if self.page is not None and isValid(self.page):
            return self.page
        profile = self.session.profile()
        view = QWebEngineView(self.web_holder)
        view.setObjectName("browserView")
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        view.setAcceptDrops(False)
        page = ControlledPage(
            profile,
            self.allows,
            self.choose_scans,
            self.permissions,
            self.session.focus_prefix,
            parent=view,
        )
        self.session.register_page(page)
        view.setPage(page)
        view.setZoomFactor(self.default_zoom)
        page.sig_refused.connect(self.show_refused)
        page.sig_field_focus.connect(self.sig_field_focus.emit)
        page.sig_field_tapped.connect(self.sig_field_tapped.emit)
        # Queued: Chromium is inside its file chooser call when the page says so.
        page.sig_no_scan.connect(self._show_no_scan, Qt.ConnectionType.QueuedConnection)
        page.urlChanged.connect(lambda _url: self._update_bar())
        page.loadFinished.connect(lambda _ok: self._update_bar())
        page.renderProcessTerminated.connect(self._on_render_process_ended)
        page.printRequested.connect(self._print_page)
        page.pdfPrintingFinished.connect(self._printed)
        self.web_column.addWidget(view)
        view.setAccessibleName(self.tr("Official site"))
        self.view, self.page = view, page
        return page

    def open(self, url: str) -> None:
        """Show ``url`` (or, off the allow-list, the notice with its QR code)."""
        if not self.allows(url):
            self.show_refused(url)
            return
        page = self.ensure_page()
        assert self.view is not None
        self.view.setZoomFactor(self.default_zoom)
        page.load(QUrl(url))
        self.show_web()

    def drop_page(self) -> None:
        """The profile ends: the view and its page are deleted now (render process ends)."""
        view, self.view, self.page = self.view, None, None
        if view is not None and isValid(view):
            delete(view)
        self.refused_url = ""
        self.document.clear()
        self.notice_qr.setPixmap(QPixmap())
        self.notice_address.clear()
        self.stack.setCurrentWidget(self.web_holder)
        self._update_bar()

    def render_process_id(self) -> int:
        return self.page.renderProcessPid() if self.page is not None else 0

    # -- the bar -------------------------------------------------------------------------

    def go_back(self) -> None:
        if self.stack.currentWidget() is not self.web_holder and self.page is not None:
            self.show_web()  # from a notice or a document, back to the page
            return
        if self.view is not None and self.view.history().canGoBack():
            self.view.back()

    def reload(self) -> None:
        if self.page is None:
            return
        if self._notice_kind == "crashed":
            self.show_web()
        self.page.triggerAction(QWebEnginePage.WebAction.Reload)

    def zoom(self, direction: int) -> None:
        if self.view is None:
            return
        current = self.view.zoomFactor()
        if direction > 0:
            larger = [z for z in ZOOM_STEPS if z > current + 0.01]
            if larger:
                self.view.setZoomFactor(larger[0])
        else:
            smaller = [z for z in ZOOM_STEPS if z < current - 0.01]
            if smaller:
                self.view.setZoomFactor(smaller[-1])
        self._update_bar()

    def host_text(self) -> str:
        # On a notice no site is shown: the page's host there would read as the refused one's.
        if self.page is None or self.stack.currentWidget() is self.notice:
            return ""
        return urlsplit(self.page.url().toString()).hostname or ""

    def _update_bar(self) -> None:
        self.host.setText(self.host_text())
        self.host.setAccessibleName(self.tr("Site shown: %1").replace("%1", self.host.text()))
        on_page = self.page is not None
        can_go_back = bool(self.view is not None and self.view.history().canGoBack())
        self.back_button.setEnabled(
            on_page and (can_go_back or self.stack.currentWidget() is not self.web_holder)
        )
        self.reload_button.setEnabled(on_page)
        zoom = self.view.zoomFactor() if self.view is not None else self.default_zoom
        self.zoom_out.setEnabled(on_page and zoom > ZOOM_STEPS[0] + 0.01)
        self.zoom_in.setEnabled(on_page and zoom < ZOOM_STEPS[-1] - 0.01)

    # -- notices, documents, printing ----------------------------------------------------

    def show_web(self) -> None:
        self._notice_kind = ""
        self.stack.setCurrentWidget(self.web_holder)
        self._update_bar()

    def show_refused(self, url: str) -> None:
        self.refused_url = url
        self._show_notice("refused")
        self.notice_address.setText(url if len(url) <= 80 else url[:77] + "…")
        self.notice_address.show()
        pixmap = qr_pixmap(url) if urlsplit(url).scheme in ("http", "https") else QPixmap()
        self.notice_qr.setPixmap(pixmap)
        self.notice_qr.setVisible(not pixmap.isNull())
        if not pixmap.isNull():
            self.notice_qr.setFixedSize(pixmap.size() + QSize(16, 16))

    def _show_notice(self, kind: str) -> None:
        self._notice_kind = kind
        if kind != "refused":
            self.notice_qr.setPixmap(QPixmap())
            self.notice_qr.hide()
            self.notice_address.clear()
            self.notice_address.hide()
        self._retranslate_notice()
        self.stack.setCurrentWidget(self.notice)
        self._update_bar()
        self.notice_action.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_no_scan(self) -> None:
        self._show_notice("no-scan")

    def _notice_action(self) -> None:
        if self._notice_kind == "crashed":
            self.reload()
        elif self.page is not None and self.page.url().isValid() and not self.page.url().isEmpty():
            self.show_web()
        else:
            self.sig_back_to_app.emit()

    def _on_render_process_ended(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int
    ) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return
        log.warning("the browser's render process ended (%s, %d)", status.name, code)
        self._show_notice("crashed")

    def _print_page(self) -> None:
        """``window.print()``: the page as a PDF in the session folder, then shown here."""
        if self.page is None:
            return
        self._prints += 1
        path = self.session.downloads_folder() / f"page-{self._prints}.pdf"
        self.page.printToPdf(str(path))

    def _printed(self, path: str, ok: bool) -> None:
        if ok:
            self._on_download(path, "application/pdf")
        else:
            self._show_notice("download-failed")

    def _on_download(self, path: str, mime: str) -> None:
        if self.document.show_pdf(Path(path)):
            self.stack.setCurrentWidget(self.document)
            self._update_bar()
        else:
            self._show_notice("not-viewable")

    # -- Screen ----------------------------------------------------------------------------

    def window_title(self) -> str:
        return self.tr("Official site")

    def retranslate_ui(self) -> None:
        for button, text, name in (
            (self.back_to_app, self.tr("Back to the application"), None),
            (self.back_button, self.tr("Back"), self.tr("Previous page")),
            (self.reload_button, self.tr("Reload"), self.tr("Load the page again")),
            (self.zoom_out, None, self.tr("Smaller text")),
            (self.zoom_in, None, self.tr("Larger text")),
        ):
            if text is not None:
                button.setText(text)
            button.setAccessibleName(name or text or "")
        if self.view is not None:
            self.view.setAccessibleName(self.tr("Official site"))
        self._retranslate_notice()
        self._update_bar()

    def _retranslate_notice(self) -> None:
        kind = self._notice_kind
        if kind == "refused":
            title = self.tr("This page is not available at this kiosk")
            text = self.tr(
                "This kiosk only opens official sites, to keep your information safe. "
                "To open this page on your phone, scan the code with its camera."
            )
            action = self.tr("Back")
        elif kind == "crashed":
            title = self.tr("This page stopped working")
            text = self.tr(
                "This can happen. Start the page again; if it stops again, ask a mediator."
            )
            action = self.tr("Start again")
        elif kind == "no-scan":
            title = self.tr("No scanned document yet")
            text = self.tr(
                "To send a document, first scan it with this help point's scanner, then "
                "press the page's button again. If you see no scanner, ask a mediator."
            )
            action = self.tr("Back to the page")
        elif kind == "download-failed":
            title = self.tr("The document could not be received")
            text = self.tr("Try again on the page. If it fails again, ask a mediator.")
            action = self.tr("Back")
        else:
            title = self.tr("This document cannot be shown here")
            text = self.tr(
                "Only PDF documents can be shown and printed here. A mediator can help you."
            )
            action = self.tr("Back")
        self.notice_title.setText(title)
        self.notice_text.setText(text)
        self.notice_action.setText(action)
        self.notice_action.setAccessibleName(action)
        self.notice_qr.setAccessibleName(self.tr("Code to scan with a phone to open this page"))

    def initial_focus(self) -> QWidget | None:
        return self.view if self.view is not None else self.back_to_app

    def minimumSizeHint(self) -> QSize:
        """As tall as the bar at this width (a row, or a column at large text) and the
        page shown. Qt's hint is the bar folded into a column at its narrowest (360 px
        and more): the screen scrolled under a kiosk's on-screen keyboard instead of the
        web page, and a tapped field stayed under the keys (issue 15)."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is None or self.width() <= hint.width():
            return hint
        return QSize(hint.width(), min(hint.height(), layout.heightForWidth(self.width())))

    def clear_citizen_data(self) -> None:
        self.drop_page()
