"""Opening official systems' URLs: only those the site allows, through the system browser.

Never at a kiosk: there no address goes to the operating system (a browser is a
way out of the kiosk, and what it keeps outlives the wipe); the screens show a
QR code instead. The opener refuses there too, as a second line of defence.
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
    """Opens allowed URLs in the system browser (mediator and training modes only).

    ``extra_allowed`` holds the portal's own base URL (its simulated FranceConnect
    pages in training). A refused URL is logged by host only, never opened. With
    ``kiosk``, every URL is refused.

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
    ) -> None:
        super().__init__(parent)
        self.allowed = list(allowed)
        self.extra_allowed = list(extra_allowed)
        # A callable is asked at each open: staff may switch a workstation to kiosk mode.
        self._kiosk = kiosk

    @property
    def kiosk(self) -> bool:
        return self._kiosk() if callable(self._kiosk) else self._kiosk

    def allows(self, url: str) -> bool:
        return is_allowed(url, self.allowed, self.extra_allowed)

    def open(self, url: str) -> bool:
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
