"""A push button whose text wraps onto several lines instead of being cut.

Text at 200 % on an 800-px-wide kiosk (WCAG 1.4.4 and 1.4.10): a plain
``QPushButton`` keeps its text on one line and is cut by the window's edge.
``WrapButton`` paints its own text, word-wrapped and centred, and reports a
height for its width (height-for-width), like the home screen's tiles. The QSS
(``role="primary"``, ``#attractStart``…) still draws its frame, padding and
focus ring; a screen reader still meets one button with its text as name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from assist_desk.views.widgets.measured_button import MeasuredButton

_FLAGS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_LARGE = 100_000


class WrapButton(MeasuredButton):
    """Use like a ``QPushButton`` with a text (no icon); the text wraps when needed."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        # The text is set apart: QPushButton(text, parent) makes PySide try the
        # (QIcon, text) overload, and QIcon's 157 enum members, on the first frame's path.
        super().__init__(parent)
        if text:
            self.setText(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.forget_measures()
        self.updateGeometry()

    # -- geometry ------------------------------------------------------------------

    def _frame(self) -> tuple[int, int]:
        """Space around the text: the QSS border and padding, and the focus ring."""
        return self.style_frame()

    def _text_size(self, width: int) -> QSize:
        box = QRect(0, 0, max(1, width), _LARGE)
        return self.measured(
            ("text", width),
            lambda: QFontMetrics(self.font()).boundingRect(box, int(_FLAGS), self.text()).size(),
        )

    def one_line_width(self, text: str) -> int:
        """The width ``text`` asks for on one line, frame included (a bar that tries a
        shorter text measures it without setting it: see ``bar_fit``)."""
        frame_w, _ = self._frame()
        box = QRect(0, 0, _LARGE, _LARGE)
        return QFontMetrics(self.font()).boundingRect(box, int(_FLAGS), text).width() + frame_w

    def _qt_hint(self) -> QSize:
        """QPushButton's own size hint (QSS min-height and padding included)."""
        return self.measured("hint", lambda: super(WrapButton, self).sizeHint())

    def required_height(self, width: int) -> int:
        """Height needed to show the whole text at ``width`` (used by the a11y checker)."""
        frame_w, frame_h = self._frame()
        return self._text_size(width - frame_w).height() + frame_h

    def required_width(self) -> int:
        """Width below which the longest word would be cut (used by the a11y checker)."""
        return self.measured("required_width", self._measure_required_width)

    def _measure_required_width(self) -> int:
        frame_w, _ = self._frame()
        metrics = QFontMetrics(self.font())
        words = self.text().replace("&&", "&").replace("&", "").split()
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + frame_w

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = self._qt_hint().height()
        return max(self.required_height(width), one_line, self.minimumHeight())

    def sizeHint(self) -> QSize:
        frame_w, _ = self._frame()
        one_line = self._text_size(_LARGE).width() + frame_w
        width = max(self._qt_hint().width(), one_line, self.minimumWidth())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = max(self.required_width(), self.minimumWidth())
        return QSize(width, self.heightForWidth(width))

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        enabled = self.isEnabled()
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        painter.setFont(self.font())
        # The style says whether underlines show (never on citizen screens nor in Arabic,
        # where one fell on a letter's dots: "البدء" read "اليدء"; V-6, AR-4).
        flags = int(_FLAGS | Qt.AlignmentFlag.AlignCenter)
        if not self.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, self):
            flags = (flags & ~int(Qt.TextFlag.TextShowMnemonic)) | int(Qt.TextFlag.TextHideMnemonic)
        painter.drawText(inner, flags, self.text())
