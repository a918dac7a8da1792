"""Headings and French blocks in right-to-left pages (AR-2).

Qt lays a paragraph out in the direction of its first strong letter: a heading that
is only a Latin name ("FranceConnect") is left-to-right, and ``AlignLeft`` puts it at
the left edge of an Arabic page while its step line sits on the right. The eye then
zig-zags across the page.

- :func:`align_with_page`: the label keeps to the page's reading side whatever its
  letters (absolute alignment, set again when the page's direction changes);
- :class:`LatinBlock`: French text inside an Arabic page gets a box of its own, laid
  out left to right, so that it reads as a quoted block, not as a stray paragraph.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from assist_desk.bidi import strip_isolates

_HORIZONTAL = Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignAbsolute


class _PageSide(QObject):
    """Re-aligns its label when the label's layout direction changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange and isinstance(watched, QLabel):
            _align(watched)
        return False


def _align(label: QLabel) -> None:
    vertical = label.alignment() & ~_HORIZONTAL
    if label.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        side = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    else:
        side = Qt.AlignmentFlag.AlignLeft
    label.setAlignment(vertical | side)


def align_with_page(label: QLabel) -> None:
    """Keep ``label`` on the page's reading side (right in Arabic), whatever its text."""
    if label.property("alignsWithPage"):
        return
    if label.alignment() & Qt.AlignmentFlag.AlignHCenter:
        return  # centred on purpose (the attract screen): the same in both directions
    label.setProperty("alignsWithPage", True)
    side = _PageSide(label)  # the label owns its filter
    label.installEventFilter(side)
    _align(label)


class LatinBlock(QFrame):
    """French (or any Latin) text shown inside a page of another direction: a box of
    its own, left to right, named by its language for screen readers."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("latinBlock")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.label = QLabel()
        self.label.setObjectName("latinBlockText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.setText(text)

    def setText(self, text: str) -> None:
        self.label.setText(text)
        # Spoken without the invisible bidi isolates (read out as noise).
        self.label.setAccessibleName(strip_isolates(text))
