"""A search field whose example text (placeholder) is never cut (issue 14).

Qt cuts a placeholder that does not fit with "…": at an Arabic kiosk the FAQ's search
showed "مثلاً: جواز سفر مفقود، بطاقة تسجيل السيارة (cart…", the example lost. The
field asks for the width of its example; a reflowing row then puts its neighbours
under it rather than squeezing it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton

#: Qt's own room between a line edit's frame and its text, each side (qlineedit.cpp).
LINE_EDIT_TEXT_MARGIN_PX = 2


def placeholder_room(edit: QLineEdit) -> int:
    """The width a line edit's placeholder has: its contents less its text margins,
    Qt's own margin and its inside buttons (the clear button)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    left = room.left() + margins.left()
    right = room.right() - margins.right()
    for button in edit.findChildren(QToolButton):
        if not button.isVisible():
            continue
        if button.geometry().center().x() > edit.width() // 2:
            right = min(right, button.geometry().left() - 1)
        else:
            left = max(left, button.geometry().right() + 1)
    return right - left + 1 - 2 * LINE_EDIT_TEXT_MARGIN_PX


class WholePlaceholderEdit(QLineEdit):
    """A line edit that asks for the width its placeholder needs (in its current font).

    Only its size hint: its minimum stays Qt's, so on a screen too narrow for the
    example (200 % text on 800 px) the page still fits and the example is cut.
    """

    def _placeholder_width(self) -> int:
        placeholder = self.placeholderText()
        if not placeholder:
            return 0
        needed = self.fontMetrics().horizontalAdvance(placeholder)
        chrome = max(self.width() - placeholder_room(self), 0)  # frame, margins, buttons
        return needed + chrome + 1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._placeholder_width()), hint.height())

    def setPlaceholderText(self, text: str) -> None:
        super().setPlaceholderText(text)
        self.updateGeometry()  # the row measures the field again
