"""The base of buttons that paint and size their own, wrapping text (home tiles, WrapButton).

Layouts ask a height-for-width widget for its sizes dozens of times per pass, and
each answer costs several calls into the style; the answers change only with the
text, the font, the style or the enabled state. So they are kept until one of
those changes (subclasses call :meth:`forget_measures` when their text changes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

T = TypeVar("T")

_MEASURE_CHANGES = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.EnabledChange,
    QEvent.Type.LanguageChange,
)


class MeasuredButton(QPushButton):
    #: The focus ring is 1 px thicker than the border on each side (QSS).
    FOCUS_GROWTH = 2

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._measures: dict[object, object] = {}
        super().__init__(*args, **kwargs)

    def measured(self, key: object, measure: Callable[[], T]) -> T:
        """``measure()``, computed once until the text, font, style or state changes."""
        if key not in self._measures:
            self._measures[key] = measure()
        return self._measures[key]  # type: ignore[return-value]

    def forget_measures(self) -> None:
        self._measures.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _MEASURE_CHANGES:
            self.forget_measures()
        super().changeEvent(event)

    def style_frame(self) -> tuple[int, int]:
        """Horizontal and vertical space of the QSS border and padding, focus ring included
        (measured without the focus, so the size does not change with it)."""
        return self.measured("style_frame", self._measure_style_frame)

    def _measure_style_frame(self) -> tuple[int, int]:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.state &= ~QStyle.StateFlag.State_HasFocus
        option.rect = QRect(0, 0, 1000, 1000)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return 1000 - inner.width() + self.FOCUS_GROWTH, 1000 - inner.height() + self.FOCUS_GROWTH
