"""The home screen: large, plain tiles, one per available feature."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from assist_desk.i18n import translated
from assist_desk.views.features import tile
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.measured_button import MeasuredButton

_WRAP = Qt.TextFlag.TextWordWrap


class HomeTile(MeasuredButton):
    """A large button with a title and a description that wrap instead of clipping.

    It paints its own two texts, so a screen reader meets one button whose
    name is the title and whose description is the description; the QSS
    (``role="tile"``) still draws its frame, colours and focus ring. Its height
    follows its width (height-for-width), so tiles grow with the text size.
    """

    PADDING = 14
    GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._description = ""
        self.setProperty("role", "tile")
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
        description = QFont(self.font())
        description.setBold(False)
        if self.font().pixelSize() > 0:  # QSS gives pixel sizes; the description is smaller
            description.setPixelSize(max(12, round(self.font().pixelSize() / 1.35)))
        else:
            description.setPointSizeF(max(9.0, self.font().pointSizeF() / 1.35))
        return title, description

    def _frame(self) -> tuple[int, int]:
        """Horizontal and vertical space taken by the QSS border, padding and our margin."""
        frame_w, frame_h = self.style_frame()
        return frame_w + 2 * self.PADDING, frame_h + 2 * self.PADDING

    def _text_rect(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return inner.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)

    def _text_height(self, width: int) -> int:
        return self.measured(width, lambda: self._measure_text_height(width))

    def _measure_text_height(self, width: int) -> int:
        title_font, description_font = self._fonts()
        box = QRect(0, 0, max(1, width), 100000)
        title = QFontMetrics(title_font).boundingRect(box, _WRAP, self._title).height()
        if not self._description:
            return title
        described = QFontMetrics(description_font).boundingRect(box, _WRAP, self._description)
        return title + self.GAP + described.height()

    def required_height(self, width: int) -> int:
        """Height needed to show both texts in full at ``width`` (used by the checker)."""
        frame_w, frame_h = self._frame()
        return self._text_height(width - frame_w) + frame_h

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.required_height(width), self.minimumHeight())

    def sizeHint(self) -> QSize:
        title_font, _ = self._fonts()
        frame_w, _ = self._frame()
        one_line = QFontMetrics(title_font).horizontalAdvance(self._title) + frame_w
        width = max(280, min(one_line, 520))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        title_font, _ = self._fonts()
        frame_w, _ = self._frame()
        # The longest word must fit: below that, text would be cut mid-word.
        words = (self._title + " " + self._description).split()
        metrics = QFontMetrics(title_font)
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        width = widest + frame_w
        return QSize(width, self.heightForWidth(width))

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        rect = self._text_rect()
        align = QStyle.visualAlignment(
            self.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        title_font, description_font = self._fonts()
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.setFont(title_font)
        flags = int(align) | int(_WRAP)
        used = painter.boundingRect(rect, flags, self._title)
        painter.drawText(rect, flags, self._title)
        if self._description:
            rest = rect.adjusted(0, used.height() + self.GAP, 0, 0)
            painter.setFont(description_font)
            painter.drawText(rest, flags, self._description)


class HomeScreen(Screen):
    screen_id = "home"

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: dict[str, HomeTile] = {}
        self._heading = QLabel()
        self._heading.setObjectName("homeHeading")
        self._heading.setProperty("role", "title")
        self._heading.setWordWrap(True)
        self._intro = QLabel()
        self._intro.setObjectName("homeIntro")
        self._intro.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        for column in range(self.COLUMNS):
            self._grid.setColumnStretch(column, 1)
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        layout.addStretch(1)
        self.retranslate_ui()

    def set_tiles(self, screen_ids: list[str]) -> None:
        """Show one tile per screen id, in this order (tiles already shown are kept)."""
        had_focus = any(button.hasFocus() for button in self._tiles.values())
        for screen_id in [sid for sid in self._tiles if sid not in screen_ids]:
            button = self._tiles.pop(screen_id)
            self._grid.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        for screen_id in screen_ids:
            if screen_id not in self._tiles:
                button = HomeTile()
                button.setObjectName(f"tile_{screen_id}")
                button.clicked.connect(lambda _=False, sid=screen_id: self.sig_navigate.emit(sid))
                self._tiles[screen_id] = button
        self._tiles = {sid: self._tiles[sid] for sid in screen_ids}
        for button in self._tiles.values():
            self._grid.removeWidget(button)  # re-placed below, in the new order
        for index, button in enumerate(self._tiles.values()):
            # Tiles of a row start at its top (Qt centres a tile shorter than its row:
            # with the larger type, a description of three lines beside one of two).
            self._grid.addWidget(
                button, index // self.COLUMNS, index % self.COLUMNS, Qt.AlignmentFlag.AlignTop
            )
            button.show()  # at once, not queued: it can take the focus right away
        self.retranslate_ui()
        first = self.initial_focus()
        if had_focus and first is not None and not any(b.hasFocus() for b in self._tiles.values()):
            first.setFocus()

    def tile(self, screen_id: str) -> HomeTile:
        return self._tiles[screen_id]

    def tiles(self) -> list[HomeTile]:
        return list(self._tiles.values())

    def window_title(self) -> str:
        return self.tr("Home")

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("What would you like to do?"))
        self._intro.setText(
            self.tr("Choose one of the buttons below. You can come back here at any time.")
        )
        self._empty.setText(self.tr("Loading…") if not self._tiles else "")
        self._empty.setVisible(not self._tiles)
        for screen_id, button in self._tiles.items():
            texts = tile(screen_id)
            button.set_texts(translated("Home", texts.title), translated("Home", texts.hint))

    def initial_focus(self) -> QWidget | None:
        for button in self._tiles.values():
            return button
        return None
