"""The home screen: large, plain tiles, one per available feature."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from assist_desk import theme
from assist_desk.i18n import translated
from assist_desk.views.features import tile
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.choice_tile import ChoiceTile


class HomeTile(ChoiceTile):
    """A home tile: a :class:`ChoiceTile` (pictogram, title, description) that opens a screen.

    Denser than a wizard's answer, so that the home shows every tile without scrolling
    (K-2): its title is a subtitle and its hint body text (the style sheet's
    ``density="compact"``), and it keeps the kiosk's 80-px target by itself.
    """

    PADDING = 10

    def __init__(self, pictogram: str = "", parent: QWidget | None = None) -> None:
        super().__init__(pictogram, parent=parent)
        self.setProperty("density", "compact")

    def _make_fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setBold(True)
        hint = QFont(self.font())
        hint.setBold(False)
        # The tile's font is the subtitle size (QSS); its hint is the screens' body size.
        ratio = theme.SUBTITLE_RATIO[_kiosk_style()]
        if self.font().pixelSize() > 0:
            hint.setPixelSize(round(self.font().pixelSize() / ratio))
        else:
            hint.setPointSizeF(self.font().pointSizeF() / ratio)
        return title, hint

    def heightForWidth(self, width: int) -> int:
        least = theme.KIOSK_CHOICE_PX if _kiosk_style() else 0
        return max(super().heightForWidth(width), least)


class _ColumnText(QLabel):
    """A wrapped text kept to the reading column (its maximum width) in a wider home.

    Its height for a wider width is its height at the column's width: Qt's layouts ask
    for the width they offer, and would squeeze the tiles under a text taller than said.
    """

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))


class HomeScreen(Screen):
    """Every tile in sight without scrolling, at the kiosk's 1920×1080 and on a
    1280×800 workstation (K-2): one column of full-width tiles when they fit the
    visible height, else two columns when no word of a tile is cut at half the width
    (they fit, or the page scrolls less), else one column that scrolls (large text:
    WCAG 1.4.10, no tile cut, none taller than the visible page)."""

    screen_id = "home"

    SPACING = 12
    MARGINS = (32, 20, 32, 20)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tiles: dict[str, HomeTile] = {}
        self._heading = _ColumnText()
        self._heading.setObjectName("homeHeading")
        self._heading.setProperty("role", "title")
        self._heading.setWordWrap(True)
        self._intro = _ColumnText()
        self._intro.setObjectName("homeIntro")
        self._intro.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setSpacing(self.SPACING)
        self._columns = 1
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*self.MARGINS)
        layout.setSpacing(self.SPACING)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(self._grid)
        layout.addWidget(self._empty)
        layout.addStretch(1)
        self._mark_wide()
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
                button = HomeTile(tile(screen_id).pictogram)
                button.setObjectName(f"tile_{screen_id}")
                button.clicked.connect(lambda _=False, sid=screen_id: self.sig_navigate.emit(sid))
                self._tiles[screen_id] = button
        self._tiles = {sid: self._tiles[sid] for sid in screen_ids}
        self._place_tiles()
        self.retranslate_ui()
        first = self.initial_focus()
        if had_focus and first is not None and not any(b.hasFocus() for b in self._tiles.values()):
            first.setFocus()

    def columns(self) -> int:
        return self._columns

    def _wanted_columns(self) -> int:
        tiles = list(self._tiles.values())
        width = self._grid_width()
        room = self._room_for_tiles(width)
        if _tiles_height(tiles, width, 1, self.SPACING) <= room:
            return 1
        half = (width - self.SPACING) // 2
        if any(tile.required_width() > half for tile in tiles):
            return 1  # a word would be cut
        # Two columns when they fit, or scroll less; never a tile taller than the page.
        tallest = max(tile.heightForWidth(half) for tile in tiles)
        shorter = _tiles_height(tiles, width, 2, self.SPACING) < _tiles_height(
            tiles, width, 1, self.SPACING
        )
        return 2 if shorter and tallest <= room else 1

    def _grid_width(self) -> int:
        left, _, right, _ = self.MARGINS
        return self.width() - left - right

    def _room_for_tiles(self, width: int) -> int:
        """The height left for the tiles in the visible part of the screen."""
        viewport = self.parentWidget()
        visible = viewport.height() if viewport is not None else self.height()
        _, top, _, bottom = self.MARGINS
        above = sum(label.heightForWidth(width) + self.SPACING for label in self._texts())
        return visible - top - bottom - above

    def _texts(self) -> list[QLabel]:
        return [self._heading, self._intro]

    def _place_tiles(self) -> None:
        self._columns = self._wanted_columns()
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < self._columns else 0)
        for button in self._tiles.values():
            self._grid.removeWidget(button)  # re-placed below, in the new order
        for index, button in enumerate(self._tiles.values()):
            # The tiles of a row as tall as its tallest (their texts centred in them).
            self._grid.addWidget(button, index // self._columns, index % self._columns)
            button.show()  # at once, not queued: it can take the focus right away

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            self._mark_wide()
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._keep_texts_to_the_column()
            self._refit_columns()

    def _keep_texts_to_the_column(self) -> None:
        """The heading and the intro keep to the reading column's ~75 characters (V-3)
        in a home wider than it."""
        font_px = self.font().pixelSize()
        if font_px > 0:
            for label in self._texts():
                label.setMaximumWidth(font_px * theme.COLUMN_EMS)

    def _mark_wide(self) -> None:
        """On a workstation the home may be wider than the reading column (its tiles
        hold no long lines: two columns of them fit a 1280×800 window); a kiosk keeps
        its centred column (K-2). The style sheet reads ``wide``."""
        wide = not _kiosk_style()
        if self.property("wide") != wide:
            self.setProperty("wide", wide)
            self.style().unpolish(self)
            self.style().polish(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit_columns()

    def _refit_columns(self) -> None:
        if self._tiles and self._wanted_columns() != self._columns:
            self._place_tiles()

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


def _kiosk_style() -> bool:
    """Whether the application is styled for a kiosk (theme.apply records its choice)."""
    app = QApplication.instance()
    args = app.property("assist_desk_style_args") if app is not None else None
    return bool(args and len(args) > 2 and args[2])


def _tiles_height(tiles: list[HomeTile], width: int, columns: int, spacing: int) -> int:
    """The height of ``tiles`` laid out in ``columns`` across ``width`` (rows top-aligned)."""
    tile_width = (width - spacing * (columns - 1)) // columns
    heights = [tile.heightForWidth(tile_width) for tile in tiles]
    rows = [max(heights[start : start + columns]) for start in range(0, len(heights), columns)]
    return sum(rows) + spacing * max(0, len(rows) - 1)
