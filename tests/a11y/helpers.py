"""Show the started application (app_context fixture) as a person meets it; visit each screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtWidgets import QApplication

from assist_desk.app import AppContext
from assist_desk.modes import Mode
from assist_desk.views.main_window import MainWindow
from assist_desk.views.screen import Screen
from tests.app_fixtures import SETTLE_TIMEOUT_MS

MEDIATOR_SIZE = (1280, 800)
KIOSK_SIZE = (1920, 1080)


def shown(qtbot: Any, context: AppContext) -> AppContext:
    """The window shown at a realistic size for its mode, once the features that load in
    the background (content, training portal) have added their tiles, as a person waits."""
    window = context.window
    window.resize(*(KIOSK_SIZE if context.settings.mode is Mode.KIOSK else MEDIATOR_SIZE))
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not context.pending_startup, timeout=SETTLE_TIMEOUT_MS)
    settle()
    return context


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def screen_ids(window: MainWindow) -> list[str]:
    """Home, every feature offered by a tile, then every other screen the window knows."""
    ids = ["home", *(tile.objectName().removeprefix("tile_") for tile in window.home.tiles())]
    ids += [screen_id for screen_id in window.screen_ids() if screen_id not in ids]
    return ids


def visit(window: MainWindow) -> Iterator[Screen]:
    """Show each screen in turn (laid out and painted) and yield it."""
    for screen_id in screen_ids(window):
        window.show_screen(screen_id)
        settle()
        yield window.current_screen()


class DemoForm(Screen):
    """A small form screen (label + field + button) for shell-level keyboard tests."""

    screen_id = "demo_form"

    def __init__(self) -> None:
        from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout

        super().__init__()
        self.label = QLabel()
        self.field = QLineEdit()
        self.field.setObjectName("demoField")
        self.label.setBuddy(self.field)
        self.button = QPushButton()
        self.button.setObjectName("demoContinue")
        self.pressed = 0
        self.button.clicked.connect(self._on_pressed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.retranslate_ui()

    def _on_pressed(self) -> None:
        self.pressed += 1

    def window_title(self) -> str:
        return "Demo"

    def retranslate_ui(self) -> None:
        from assist_desk.i18n import translated

        self.label.setText("&Name")
        # A string that exists in the catalogues, so the language visibly changes.
        self.button.setText(translated("MainWindow", "End session"))

    def initial_focus(self) -> Any:
        return self.field

    def clear_citizen_data(self) -> None:
        self.field.clear()


def ensure_tiles(window: MainWindow) -> None:
    """Until the features land, offer the standard tiles (with placeholder screens)."""
    from assist_desk.views.features import TILE_IDS, Feature

    if window.home.tiles():
        return
    for screen_id in TILE_IDS:

        def factory(sid: str = screen_id) -> Screen:
            screen = DemoForm()
            screen.screen_id = sid
            screen.setObjectName(sid)
            return screen

        window.add_feature(Feature(screen_id, factory))
