"""Opening official systems' URLs: in the application's controlled browser, or (at a
workstation) the system browser, only for addresses the site allows.

At a kiosk no address ever goes to the operating system (a browser is a way out of
the kiosk, and what it keeps outlives the wipe): the controlled browser shows it
(:mod:`assist_desk.features.browser`, its own allow-list, a profile destroyed at
the wipe), and without one the opener refuses; the screens also show a QR code.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from assist_desk.url_rules import is_allowed

log = logging.getLogger(__name__)

__all__ = ["LinkRouter", "UrlOpener", "is_allowed", "open_link"]


class UrlOpener(QObject):
    """Opens URLs in the controlled browser when ``in_app`` says so, else allowed URLs in
    the system browser (never at a kiosk).

    ``extra_allowed`` holds the portal's own base URL (its simulated FranceConnect
    pages in training). A refused URL is logged by host only, never opened. With
    ``kiosk`` and no controlled browser, every URL is refused.

    ``browser(url) -> bool`` shows a URL in the controlled browser (which applies its
    own allow-list); ``use_browser()`` says whether to use it now (asked at each open).

    Signals:
        sig_opened(str): the URL was handed to the system browser.
        sig_refused(str): the URL is not on the site's allow-list, or this is a kiosk.
    """

    sig_opened = Signal(str)
    sig_refused = Signal(str)

    def __init__(
        self,
        allowed: Sequence[str],
        extra_allowed: Sequence[str] = (),
        parent: QObject | None = None,
        kiosk: bool | Callable[[], bool] = False,
        browser: Callable[[str], bool] | None = None,
        use_browser: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._browser = browser
        self._use_browser = use_browser
        self.allowed = list(allowed)
        self.extra_allowed = list(extra_allowed)
        # A callable is asked at each open: staff may switch a workstation to kiosk mode.
        self._kiosk = kiosk

    @property
    def kiosk(self) -> bool:
        return self._kiosk() if callable(self._kiosk) else self._kiosk

    @property
    def in_app(self) -> bool:
        """True when URLs open in the application's controlled browser now."""
        return self._browser is not None and self._use_browser()

    def allows(self, url: str) -> bool:
        return is_allowed(url, self.allowed, self.extra_allowed)

    def open(self, url: str) -> bool:
        if self._browser is not None and self.in_app:
            opened = self._browser(url)
            if opened:
                self.sig_opened.emit(url)
            else:
                self.sig_refused.emit(url)
            return opened
        if self.kiosk:
            log.warning("refused to open a URL on %s (kiosk mode)", urlsplit(url).hostname)
            self.sig_refused.emit(url)
            return False
        if not self.allows(url):
            log.warning("refused to open a URL on %s (not allowed)", urlsplit(url).hostname)
            self.sig_refused.emit(url)
            return False
        opened = QDesktopServices.openUrl(QUrl(url))
        if opened:
            self.sig_opened.emit(url)
        return bool(opened)


# -- Links of the content screens (one handler for every http(s) link) -----------------

#: The schemes the application's link handler takes.
LINK_SCHEMES = ("https", "http")


#: The installed link handler (None: links open nowhere, never straight to the system).
_router: LinkRouter | None = None


def open_link(url: QUrl | str) -> bool:
    """Open an http(s) link through the application's link handler (:class:`LinkRouter`);
    anything else is ignored (a relative or ``file:`` link of the content never opens),
    and so is every link while no handler is installed (its feature failed: a kiosk
    must not hand the address to the system browser)."""
    address = QUrl(url)
    if _router is None or address.scheme() not in LINK_SCHEMES:
        log.info("link not opened (%s)", "no handler" if _router is None else "not http(s)")
        return False
    return bool(QDesktopServices.openUrl(address))


def open_in_system_browser(url: QUrl) -> bool:
    """The system browser (a workstation only): called from inside the link handler,
    Qt opens the desktop's browser instead of calling the handler again."""
    return bool(QDesktopServices.openUrl(url))


class LinkRouter(QObject):
    """The application's handler of http(s) links (``QDesktopServices.setUrlHandler``):
    every link of the content screens (``views/links.py``) comes here.

    ``use_browser()`` true: ``browser(url)`` shows it in the controlled browser (the
    page, or the refusal page with its QR code off the allow-list). Else at a kiosk
    nothing opens (a system browser is a way out of the kiosk, and what it keeps
    outlives the wipe); at a workstation, the system browser.
    """

    def __init__(
        self,
        use_browser: Callable[[], bool],
        browser: Callable[[str], object],
        kiosk: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._use_browser = use_browser
        self._browser = browser
        self._kiosk = kiosk

    def install(self) -> None:
        global _router
        _router = self
        for scheme in LINK_SCHEMES:
            # PySide6 6.11 takes the slot's name as str only (bytes: "wrong argument values").
            QDesktopServices.setUrlHandler(scheme, self, "open_url")  # type: ignore[arg-type]

    @staticmethod
    def uninstall() -> None:
        global _router
        _router = None
        for scheme in LINK_SCHEMES:
            QDesktopServices.unsetUrlHandler(scheme)

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        address = url.toString()
        if self._use_browser():
            self._browser(address)
        elif self._kiosk():
            log.warning("link to %s not opened (kiosk, no browser)", urlsplit(address).hostname)
        else:
            open_in_system_browser(url)
