"""A drop-down whose shown text is never cut (issue 14).

Qt's combo box measures its items once, at first show, and its style sheet's padding
is not in that measure: at the French kiosk the cost calculator's region drop-down
showed "Choisissez votre ré…". This one asks, as its size hint and minimum, for its
longest item in its current font plus the room its style keeps around the text; a
form then puts it under its label rather than squeezing it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

#: A width to measure the style's frame, padding and arrow on (any width larger than them).
_PROBE_WIDTH_PX = 1000


def combo_text_room(combo: QComboBox, width: int | None = None) -> int:
    """The width ``combo``'s style gives its shown text at ``width`` (default: its
    current width): the box less frame, padding and arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    if width is not None:
        option.rect = QRect(0, 0, width, combo.height())
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


class WholeTextComboBox(QComboBox):
    """A non-editable drop-down as wide as its longest item needs."""

    def _whole_width(self) -> int:
        metrics = QFontMetrics(self.font())  # the font it is drawn in (style sheet included)
        widest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        chrome = _PROBE_WIDTH_PX - combo_text_room(self, _PROBE_WIDTH_PX)
        return widest + chrome + 1

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._whole_width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._whole_width()), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The kiosk's style sheet sets a larger font (and its own min-width, which a
        # layout prefers to any minimum size hint) after the form measured the box.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.texts_changed()

    def texts_changed(self) -> None:
        """Call after items were added or renamed: the box asks for its whole width again."""
        self.setMinimumWidth(self._whole_width())
