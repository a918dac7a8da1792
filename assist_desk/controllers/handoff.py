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

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from assist_desk.url_rules import is_allowed

log = logging.getLogger(__name__)

__all__ = ["UrlOpener", "is_allowed"]


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
