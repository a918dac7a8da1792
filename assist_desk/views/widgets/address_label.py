"""A word-wrapped label with a web address that breaks only when it must (AR-5).

The address is one unbreakable unit (:func:`assist_desk.bidi.unbreakable_address`), so
it is never split across lines while it fits a line. At 200 % text on an 800-px kiosk
"https://rendezvouspasseport.ants.gouv.fr/" is wider than the whole screen: then, and
only then, the label shows it with break points after its dots and slashes, so the page
still fits (it asks for no more than its longest piece as minimum width).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.bidi import isolate_ltr, unbreakable_address

#: Invisible: a line may break here (after a dot or a slash of an address that cannot fit).
ZERO_WIDTH_SPACE = "\u200b"


def breakable(address: str) -> str:
    """``address`` in its isolate, a line allowed to break after each "." and "/"."""
    return isolate_ltr(re.sub(r"(?<=[./])(?=.)", ZERO_WIDTH_SPACE, address))


class AddressLabel(QLabel):
    """``set_address_text(template, address)``: the template's "%1" is the address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._template = ""
        self._address = ""

    def set_address_text(self, template: str, address: str) -> None:
        self._template, self._address = template, address
        self._apply()

    def _fits(self) -> bool:
        room = self.contentsRect().width() - 2 * self.margin()
        needed = QFontMetrics(self.font()).horizontalAdvance(self._address)
        return room <= 0 or needed <= room

    def _apply(self) -> None:
        shown = unbreakable_address(self._address) if self._fits() else breakable(self._address)
        text = self._template.replace("%1", shown)
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        pieces = re.split(r"[\s\u200b]+", self._address.replace("/", "/ ").replace(".", ". "))
        metrics = QFontMetrics(self.font())
        longest = max((metrics.horizontalAdvance(p) for p in pieces), default=0)
        words = [w for w in re.split(r"\s+", self._template.replace("%1", "")) if w]
        longest = max([longest, *(metrics.horizontalAdvance(w) for w in words)])
        margins = self.contentsMargins()
        width = longest + margins.left() + margins.right() + 2 * self.margin()
        return QSize(min(hint.width(), width), hint.height())
