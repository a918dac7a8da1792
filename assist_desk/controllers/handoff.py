"""Opening official systems' URLs: only those the site allows, through the system browser."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)


def is_allowed(url: str, allowed_prefixes: Sequence[str], extra: Sequence[str] = ()) -> bool:
    """True when ``url`` starts with one of the allowed prefixes (scheme and host exact)."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        return False
    return any(url.startswith(prefix) for prefix in (*allowed_prefixes, *extra))


class UrlOpener(QObject):
    """Opens allowed URLs in the system browser (mediator and training modes).

    ``extra_allowed`` holds the portal's own base URL (its simulated FranceConnect
    pages in training). A refused URL is logged by host only, never opened.

    Signals:
        sig_opened(str): the URL was handed to the system browser.
        sig_refused(str): the URL is not on the site's allow-list.
    """

    sig_opened = Signal(str)
    sig_refused = Signal(str)

    def __init__(
        self,
        allowed: Sequence[str],
        extra_allowed: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.allowed = list(allowed)
        self.extra_allowed = list(extra_allowed)

    def allows(self, url: str) -> bool:
        return is_allowed(url, self.allowed, self.extra_allowed)

    def open(self, url: str) -> bool:
        if not self.allows(url):
            log.warning("refused to open a URL on %s (not allowed)", urlsplit(url).netloc)
            self.sig_refused.emit(url)
            return False
        opened = QDesktopServices.openUrl(QUrl(url))
        if opened:
            self.sig_opened.emit(url)
        return bool(opened)
