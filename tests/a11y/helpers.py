"""Start the application as a person would meet it, and visit each of its screens."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from assist_desk.app import AppContext, create_window
from assist_desk.cli import build_parser
from assist_desk.i18n import LanguageSwitcher
from assist_desk.views.main_window import MainWindow
from assist_desk.views.screen import Screen

MEDIATOR_SIZE = (1280, 800)
KIOSK_SIZE = (1920, 1080)


def reset_application(app: Any) -> None:
    """No catalogue, style sheet or right-to-left direction left by an earlier test."""
    LanguageSwitcher.remove_all(app)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    app.setStyleSheet("")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def start(qtbot: Any, qapp: Any, *argv: str) -> AppContext:
    """The application with its features installed, its window shown at a realistic size."""
    args: argparse.Namespace = build_parser().parse_args(list(argv))
    built = create_window(args, qapp)
    assert not isinstance(built, int)
    window, switcher, settings = built
    qtbot.addWidget(window)
    context = AppContext(qapp, window, switcher, args, settings)
    context.finish_startup()
    kiosk = "kiosk" in argv
    window.resize(*(KIOSK_SIZE if kiosk else MEDIATOR_SIZE))
    window.show()
    qtbot.waitExposed(window)
    # Features that load in the background (content, training portal) add their
    # tiles when done: wait for them, as a person would.
    qtbot.waitUntil(lambda: not context.pending_startup, timeout=20000)
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


def stop(qtbot: Any, context: AppContext) -> None:
    """Quit as the application does, letting the portal client close its pool first.

    (``close_nowait`` schedules a task that a closing loop would never run.)
    """
    import asyncio

    client = context.services.get("portal")
    if client is not None and context.loop is not None and not context.loop.is_closed():
        task = asyncio.ensure_future(client.aclose(), loop=context.loop)
        qtbot.waitUntil(task.done, timeout=5000)
    context.shutdown()
