"""The home screen: large, plain tiles, one per available feature."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QVBoxLayout, QWidget

from assist_desk.i18n import translated
from assist_desk.views.features import tile
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.choice_tile import ChoiceTile


class HomeTile(ChoiceTile):
    """A home tile: a :class:`ChoiceTile` (pictogram, title, description) that opens a screen."""


class HomeScreen(Screen):
    screen_id = "home"

    COLUMNS = 2
    #: At a kiosk the type is larger: two columns of tiles wrap every line and push the
    #: last tile below the fold, so tiles stack in one full-width column there.
    KIOSK_COLUMNS = 1
    #: Two columns only when the screen is at least this many average characters wide
    #: (a tile's pictogram and about 30 characters of text per column). The screen is
    #: capped to a reading column of 37 em (theme.COLUMN_EMS), about 83 characters: two
    #: tiles' columns in it wrapped titles on three lines and cut "Documents" at 100 %,
    #: and at 200 % a tile grew taller than the visible page (WCAG 1.4.10).
    TWO_COLUMNS_CHARS = 90

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
        self._columns = self.COLUMNS
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

    def _wanted_columns(self) -> int:
        if _kiosk_style():
            return self.KIOSK_COLUMNS
        across = self.width() // max(1, self.fontMetrics().averageCharWidth())
        narrow = across < self.TWO_COLUMNS_CHARS
        return 1 if narrow else self.COLUMNS

    def _place_tiles(self) -> None:
        self._columns = self._wanted_columns()
        for column in range(max(self.COLUMNS, self.KIOSK_COLUMNS)):
            self._grid.setColumnStretch(column, 1 if column < self._columns else 0)
        for button in self._tiles.values():
            self._grid.removeWidget(button)  # re-placed below, in the new order
        for index, button in enumerate(self._tiles.values()):
            # Tiles of a row start at its top (Qt centres a tile shorter than its row:
            # with the larger type, a description of three lines beside one of two).
            self._grid.addWidget(
                button, index // self._columns, index % self._columns, Qt.AlignmentFlag.AlignTop
            )
            button.show()  # at once, not queued: it can take the focus right away

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._refit_columns()

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
