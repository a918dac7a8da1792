"""The first screen is the real home: its tiles are there before the features start."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from assist_desk.app import build
from assist_desk.cli import build_parser
from assist_desk.i18n import translated
from assist_desk.modes import Mode
from assist_desk.views.features import TILE_IDS, TILES, Feature, tile_position
from assist_desk.views.main_window import MainWindow, ShellInfo
from assist_desk.views.screen import Screen
from tests.app_fixtures import StartApplication, stop_application


class _PlainScreen(Screen):
    screen_id = "faq"

    def __init__(self) -> None:
        super().__init__()
        QVBoxLayout(self).addWidget(QLabel("FAQ"))

    def window_title(self) -> str:
        return "FAQ"

    def retranslate_ui(self) -> None:
        pass


def _window(qtbot: Any, tiles: tuple[str, ...]) -> MainWindow:
    window = MainWindow(ShellInfo("Test point", Mode.MEDIATOR, ("fr", "en"), "en"), tiles)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_every_announced_tile_before_any_feature(qtbot: Any, qapp: Any) -> None:
    context = build(build_parser().parse_args([]), qapp)
    assert not isinstance(context, int)
    window = context.window
    qtbot.addWidget(window)
    # No feature installer has run: the tiles are there, named, in the home order.
    assert [tile.objectName() for tile in window.home.tiles()] == [
        f"tile_{screen_id}" for screen_id in TILE_IDS
    ]
    assert all(tile.accessibleName() for tile in window.home.tiles())
    assert window.home.initial_focus() is window.home.tile("new_request")


def test_a_tile_chosen_while_starting_opens_when_its_feature_comes(qtbot: Any) -> None:
    window = _window(qtbot, ("new_request", "faq"))
    qtbot.mouseClick(window.home.tile("faq"), Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"  # nothing to open yet, no error
    window.add_feature(Feature("faq", _PlainScreen))
    assert window.current_screen().screen_id == "faq"


def test_a_tile_chosen_then_left_does_not_open_later(qtbot: Any) -> None:
    window = _window(qtbot, ("faq", "places"))
    qtbot.mouseClick(window.home.tile("faq"), Qt.MouseButton.LeftButton)
    window.show_screen("home")  # the person changed their mind
    window.add_feature(Feature("faq", _PlainScreen))
    assert window.current_screen().screen_id == "home"


def test_tiles_of_features_that_never_came_are_withdrawn(qtbot: Any) -> None:
    window = _window(qtbot, ("new_request", "faq", "places"))
    window.add_feature(Feature("faq", _PlainScreen))
    window.withdraw_unprovided_tiles()
    assert [tile.objectName() for tile in window.home.tiles()] == ["tile_faq"]
    assert window.home.tile("faq").isVisible()


def test_a_started_application_keeps_its_tiles_in_order(app_context: StartApplication) -> None:
    window = app_context("--lang", "en", wait=True).window
    names = [tile.objectName() for tile in window.home.tiles()]
    assert names == [f"tile_{screen_id}" for screen_id in TILE_IDS]
    assert all(window.has_feature(screen_id) for screen_id in TILE_IDS)


def test_a_tile_clicked_during_a_stepwise_start_opens(qtbot: Any, qapp: Any) -> None:
    context = build(build_parser().parse_args(["--lang", "fr"]), qapp)
    assert not isinstance(context, int)
    window = context.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    context.finish_startup(stepwise=True)
    try:
        assert not context.ready  # the features are still coming, one per event-loop turn
        qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_screen().screen_id == "account", timeout=20000)
        qtbot.waitUntil(lambda: context.ready, timeout=20000)
        assert window.current_screen().screen_id == "account"  # not sent back home
    finally:
        qtbot.waitUntil(lambda: not context.pending_startup, timeout=20000)
        stop_application(qtbot, context)


def test_tiles_keep_the_home_order_whatever_order_features_come_in(qtbot: Any) -> None:
    window = _window(qtbot, ())
    for screen_id in reversed(TILE_IDS):  # installers finishing in any order
        window.add_feature(Feature(screen_id, _PlainScreen))
    assert [tile.objectName() for tile in window.home.tiles()] == [
        f"tile_{screen_id}" for screen_id in TILE_IDS
    ]
    assert [tile_position(screen_id) for screen_id in TILE_IDS] == list(range(len(TILES)))


def test_every_tile_has_its_own_words(qtbot: Any) -> None:
    window = _window(qtbot, TILE_IDS)
    titles = [tile.title() for tile in window.home.tiles()]
    hints = [tile.description() for tile in window.home.tiles()]
    assert titles == [translated("Home", tile.title) for tile in TILES]
    assert all(hints)
    assert len(set(titles)) == len(set(hints)) == len(TILES)


def test_a_feature_without_a_home_tile_is_refused() -> None:
    with pytest.raises(ValueError, match="no home tile 'museum'"):
        Feature("museum", _PlainScreen)
