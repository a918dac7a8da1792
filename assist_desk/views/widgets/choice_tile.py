"""A choice tile (V-1, K-2): the whole tile is the target, with a pictogram, a title and a hint.

One button: a screen reader meets a push button whose name is the title and whose
description is the hint (the pictogram stands beside the title, so it is not read
twice). The QSS (``role="tile"``) draws its frame, colours and focus ring; the tile
paints its pictogram and its two wrapping texts, and reports a height for its width,
so it grows with the text size instead of cutting it.

A *checkable* tile is one answer of a question (in an exclusive ``QButtonGroup``,
like radio buttons: the arrow keys move between answers). It shows its state
without relying on colour: a ring on its trailing side, filled with a tick when
chosen, and a thicker border.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionButton, QStylePainter, QWidget

from assist_desk.views.widgets.measured_button import MeasuredButton
from assist_desk.views.widgets.pictogram import pictogram_pixmap

_WRAP = Qt.TextFlag.TextWordWrap


class ChoiceTile(MeasuredButton):
    """A large button: pictogram, bold title, smaller hint; optionally checkable."""

    PADDING = 14
    GAP = 6
    #: Space between the pictogram (or the check ring) and the texts.
    SIDE_GAP = 16

    def __init__(
        self, pictogram: str = "", checkable: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = ""
        self._description = ""
        self._pictogram = pictogram
        self._prominent = False
        self.setProperty("role", "tile")
        self.setCheckable(checkable)
        # One answer among several: screen readers get a radio button (a checkable push
        # button alone is exported as a check box); the page's button group rules.
        self.setAutoExclusive(checkable)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_texts(self, title: str, description: str) -> None:
        self._title = title
        self._description = description
        self.forget_measures()
        # The plain text too (not painted by Qt: see paintEvent), for code and tests
        # that read ``text()``; "&" doubled so that it is not taken as a shortcut key.
        self.setText(f"{title}\n{description}".replace("&", "&&"))
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.updateGeometry()
        self.update()

    def set_pictogram(self, name: str) -> None:
        if name != self._pictogram:
            self._pictogram = name
            self.forget_measures()
            self.updateGeometry()
            self.update()

    def set_prominent(self, prominent: bool) -> None:
        """A larger title and pictogram: the answer most people give (F-5)."""
        if prominent != self._prominent:
            self._prominent = prominent
            self.forget_measures()
            self.updateGeometry()
            self.update()

    def pictogram(self) -> str:
        return self._pictogram

    def title(self) -> str:
        return self._title

    def description(self) -> str:
        return self._description

    # -- geometry ------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        return self.measured("fonts", self._make_fonts)

    def _make_fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        if self._prominent:
            if title.pixelSize() > 0:
                title.setPixelSize(round(title.pixelSize() * 1.25))
            else:
                title.setPointSizeF(title.pointSizeF() * 1.25)
        description = QFont(self.font())
        description.setBold(False)
        if self.font().pixelSize() > 0:  # QSS gives pixel sizes; the description is smaller
            description.setPixelSize(max(12, round(self.font().pixelSize() / 1.35)))
        else:
            description.setPointSizeF(max(9.0, self.font().pointSizeF() / 1.35))
        return title, description

    def pictogram_size(self) -> int:
        """About two lines of the title: large enough to recognise at arm's length."""
        if not self._pictogram:
            return 0
        lines = 2.4 if self._prominent else 1.8
        return max(32, round(QFontMetrics(self._fonts()[0]).height() * lines))

    def _ring_size(self) -> int:
        return max(22, round(QFontMetrics(self._fonts()[0]).height() * 0.9))

    def _sides(self) -> int:
        """Width taken beside the texts by the pictogram and the check ring."""
        taken = 0
        if self._pictogram:
            taken += self.pictogram_size() + self.SIDE_GAP
        if self.isCheckable():
            taken += self._ring_size() + self.SIDE_GAP
        return taken

    def _frame(self) -> tuple[int, int]:
        """Horizontal and vertical space taken by the QSS border, padding and our margin."""
        frame_w, frame_h = self.style_frame()
        return frame_w + 2 * self.PADDING, frame_h + 2 * self.PADDING

    def _inner_rect(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return inner.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

    def _text_height(self, width: int) -> int:
        return self.measured(width, lambda: self._measure_text_height(width))

    def _title_font(self, text_width: int) -> QFont:
        """The title's font for texts ``text_width`` wide: smaller, down to the hint's
        size, when its longest word would not fit a line (a long word, such as
        "d'immatriculation", at 200 % text on an 800-px kiosk), so that no word is cut."""
        return self.measured(("title_font", text_width), lambda: self._fit_title(text_width))

    def _fit_title(self, text_width: int) -> QFont:
        title_font, description_font = self._fonts()
        size, least = title_font.pixelSize(), description_font.pixelSize()
        words = self._title.split()
        if not words or size <= 0 or least <= 0:
            return title_font
        fitted = QFont(title_font)

        def widest() -> int:
            metrics = QFontMetrics(fitted)
            return max(metrics.horizontalAdvance(word) for word in words)

        while size > least and widest() > text_width:
            size -= 1
            fitted.setPixelSize(size)
        return fitted

    def _least_title_font(self) -> QFont:
        """The title's font at its smallest (see :meth:`_title_font`)."""
        return self._title_font(0)

    def _measure_text_height(self, width: int) -> int:
        _, description_font = self._fonts()
        title_font = self._title_font(width)
        box = QRect(0, 0, max(1, width), 100000)
        title = QFontMetrics(title_font).boundingRect(box, _WRAP, self._title).height()
        if not self._description:
            return title
        described = QFontMetrics(description_font).boundingRect(box, _WRAP, self._description)
        return title + self.GAP + described.height()

    def _widest_word(self) -> int:
        return self.measured("widest_word", self._measure_widest_word)

    def _measure_widest_word(self) -> int:
        title_font, description_font = self._fonts()
        title_words = QFontMetrics(title_font)
        hint_words = QFontMetrics(description_font)
        return max(
            [title_words.horizontalAdvance(word) for word in self._title.split()]
            + [hint_words.horizontalAdvance(word) for word in self._description.split()],
            default=0,
        )

    def stacked(self, width: int) -> bool:
        """Whether, at ``width``, the pictogram and the ring go above the texts: beside
        them, the longest word would be cut (large text on a narrow screen)."""
        return width < self.unstacked_width()

    def unstacked_width(self, line_chars: int = 0) -> int:
        """The least width at which the pictogram and the ring stay beside the texts and
        every word keeps the title's full size; with ``line_chars``, also a line of that
        many average characters of the title (the least share of a row of tiles)."""
        line = line_chars * QFontMetrics(self._fonts()[0]).averageCharWidth()
        return self._frame()[0] + max(self._widest_word(), line) + self._sides()

    def _top_row(self) -> int:
        """Height of the pictogram and ring's row above the texts of a stacked tile."""
        return max(self.pictogram_size(), self._ring_size() if self.isCheckable() else 0)

    def required_height(self, width: int) -> int:
        """Height needed to show both texts and the pictogram in full at ``width``."""
        frame_w, frame_h = self._frame()
        if self.stacked(width):
            text = self._text_height(width - frame_w)
            return self._top_row() + self.GAP + text + frame_h
        text = self._text_height(width - frame_w - self._sides())
        return max(text, self.pictogram_size(), self._ring_size() if self.isCheckable() else 0) + (
            frame_h
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.required_height(width), self.minimumHeight())

    def sizeHint(self) -> QSize:
        title_font, _ = self._fonts()
        frame_w, _ = self._frame()
        one_line = QFontMetrics(title_font).horizontalAdvance(self._title) + frame_w + self._sides()
        width = max(280, min(one_line, 520))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # The longest word must fit: below that, text would be cut mid-word.
        width = self.required_width()
        return QSize(width, self.heightForWidth(width))

    def required_width(self) -> int:
        """The least width at which no word is cut (the pictogram and the ring above the
        texts, see :meth:`stacked`; the title at its smallest); the checker reads it."""
        return self.measured("required_width", self._measure_required_width)

    def _measure_required_width(self) -> int:
        title_words = QFontMetrics(self._least_title_font())
        hint_words = QFontMetrics(self._fonts()[1])
        widest = max(
            [title_words.horizontalAdvance(word) for word in self._title.split()]
            + [hint_words.horizontalAdvance(word) for word in self._description.split()],
            default=0,
        )
        top_row = self.pictogram_size() + self._ring_size() + self.SIDE_GAP
        return self._frame()[0] + max(widest, top_row)

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        inner = self._inner_rect()
        direction = self.layoutDirection()
        text_rect = QRect(inner)
        stacked = self.stacked(self.width())
        # Beside the texts, centred on their height; or in a row above them (stacked).
        row = QRect(inner.left(), inner.top(), inner.width(), self._top_row()) if stacked else inner
        if stacked:
            text_rect.setTop(inner.top() + self._top_row() + self.GAP)
        if self._pictogram:  # on the reading side
            side = self.pictogram_size()
            box = QRect(row.left(), row.top() + (row.height() - side) // 2, side, side)
            box = QStyle.visualRect(direction, inner, box)
            pixmap = pictogram_pixmap(self._pictogram, side, colour, self.devicePixelRatioF())
            painter.drawPixmap(box.topLeft(), pixmap)
            if not stacked:
                text_rect.setLeft(text_rect.left() + side + self.SIDE_GAP)
        if self.isCheckable():  # on the trailing side
            ring = self._ring_size()
            top = row.top() + (row.height() - ring) // 2
            box = QRect(row.right() - ring + 1, top, ring, ring)
            self._paint_ring(painter, QStyle.visualRect(direction, inner, box), colour)
            if not stacked:
                text_rect.setRight(text_rect.right() - ring - self.SIDE_GAP)
            if self.isChecked():  # a second, inner border: the choice is seen without colour
                pen = QPen(colour, 3)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(5.5, 5.5, -5.5, -5.5))
        text_rect = QStyle.visualRect(direction, inner, text_rect)
        width = text_rect.width()
        title_font, description_font = self._title_font(width), self._fonts()[1]
        tall = QRect(0, 0, width, 100000)
        title_h = QFontMetrics(title_font).boundingRect(tall, _WRAP, self._title)
        total = self._text_height(width)
        top = text_rect.top() + max(0, (text_rect.height() - total) // 2)
        flags = int(QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft)) | int(_WRAP)
        painter.setPen(colour)
        painter.setFont(title_font)
        painter.drawText(QRect(text_rect.left(), top, width, title_h.height()), flags, self._title)
        if self._description:
            painter.setFont(description_font)
            rest = QRect(text_rect.left(), top + title_h.height() + self.GAP, width, total)
            painter.drawText(rest, flags, self._description)

    def _paint_ring(self, painter: QStylePainter, box: QRect, colour: QColor) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2))
        painter.setBrush(colour if self.isChecked() else Qt.BrushStyle.NoBrush)
        circle = QRectF(box).adjusted(1, 1, -1, -1)
        painter.drawEllipse(circle)
        if self.isChecked():  # a tick in the background colour
            tick = QPainterPath()
            w, h, x, y = circle.width(), circle.height(), circle.left(), circle.top()
            tick.moveTo(QPointF(x + w * 0.27, y + h * 0.52))
            tick.lineTo(QPointF(x + w * 0.44, y + h * 0.68))
            tick.lineTo(QPointF(x + w * 0.74, y + h * 0.35))
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Button), max(2, w / 9)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
