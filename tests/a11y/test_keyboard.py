"""Keyboard only: Tab and Shift+Tab in visual order, Enter and Space activate, Escape
closes, and the language can be changed live without losing what was typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.a11y.helpers import DemoForm, ensure_tiles, settle, shown
from tests.app_fixtures import StartApplication


def _press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> QWidget:
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    if modifier is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifier)
    settle()
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _tab_cycle(qtbot: Any, backwards: bool = False) -> list[QWidget]:
    first = QApplication.focusWidget()
    seen = [first]
    for _ in range(40):
        if backwards:
            focus = _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            focus = _press(qtbot, Qt.Key.Key_Tab)
        if focus is first:
            return seen
        seen.append(focus)
    raise AssertionError("Tab never came back to where it started")


def _reading_key(widget: QWidget, rtl: bool) -> tuple[int, int]:
    centre = widget.mapTo(widget.window(), widget.rect().center())
    top = widget.mapTo(widget.window(), widget.rect().topLeft()).y()
    return (top // 8, -centre.x() if rtl else centre.x())


def _assert_visual_order(chain: list[QWidget], rtl: bool) -> None:
    """The chain read as a cycle is in reading order (rows down, then along the line).

    Positions are read with every area scrolled to its top: the order is the layout's
    (Tab scrolled the screen to its last tile when the screen is taller than the window).
    """
    for area in chain[0].window().findChildren(QScrollArea):
        area.verticalScrollBar().setValue(0)
    keys = [_reading_key(w, rtl) for w in chain]
    start_at = keys.index(min(keys))
    rotated = keys[start_at:] + keys[:start_at]
    names = [w.objectName() for w in chain[start_at:] + chain[:start_at]]
    assert rotated == sorted(rotated), f"focus order is not the reading order: {names}"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_tab_and_shift_tab_follow_the_reading_order(
    qtbot: Any, qapp: Any, lang: str, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", lang))
    window = context.window
    ensure_tiles(window)
    window.show_screen("home")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    settle()
    assert QApplication.focusWidget() is window.home.tiles()[0]
    forwards = _tab_cycle(qtbot)
    tiles = window.home.tiles()
    assert all(tile in forwards for tile in tiles)
    assert window.end_button in forwards
    assert window.language_box in forwards
    _assert_visual_order(forwards, rtl=lang == "ar")
    backwards = _tab_cycle(qtbot, backwards=True)
    assert backwards == [forwards[0], *reversed(forwards[1:])]


def test_enter_and_space_activate_tiles_and_buttons(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", "fr"))
    window = context.window
    ensure_tiles(window)
    window.show_screen("home")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for index, key in enumerate((Qt.Key.Key_Return, Qt.Key.Key_Space)):
        tile = window.home.tiles()[index]
        tile.setFocus()
        target = tile.objectName().removeprefix("tile_")
        # (Enter and Space animate the press like a click; wait for the screen.)
        qtbot.keyClick(tile, key)
        qtbot.waitUntil(lambda target=target: window.current_screen().screen_id == target)
        screen = window.current_screen()
        # (after a short wait for the portal, the step's initial focus: asked again
        # while waiting, since the catalogue's arrival makes it the first category)
        qtbot.waitUntil(
            lambda screen=screen: (
                QApplication.focusWidget() is (screen.initial_focus() or window.language_box)
            )
        )
        window.show_screen("home")
    form = DemoForm()
    window.add_screen(form)
    window.show_screen(form.screen_id)
    assert QApplication.focusWidget() is form.field  # initial focus of the step
    qtbot.keyClicks(form.field, "Dupont")
    _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.button
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: form.pressed == 1)
    _press(qtbot, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: form.pressed == 2)
    # Back home with the keyboard: Tab to the Home button, then Space.
    for _ in range(10):
        if QApplication.focusWidget() is window.home_button:
            break
        _press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.home_button
    qtbot.keyClick(window.home_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_screen() is window.home)
    assert QApplication.focusWidget() is window.home.tiles()[0]


# The offscreen platform cannot raise a popup or grab the keyboard; it says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_escape_closes_the_language_list_without_changing_anything(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", "fr"))
    window = context.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    box = window.language_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_F4)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert context.switcher.language == "fr"
    assert box.currentData() == "fr"


def test_language_switches_live_keeping_the_step_and_what_was_typed(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", "fr"))
    window = context.window
    form = DemoForm()
    window.add_screen(form)
    window.show_screen(form.screen_id)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClicks(form.field, "Dupont")
    assert form.button.text() == "Terminer la session"
    # The keyboard way: focus the language list and choose Arabic with the arrows.
    window.language_box.setFocus()
    while context.switcher.language != "ar":
        qtbot.keyClick(window.language_box, Qt.Key.Key_Down)
        settle()
        assert window.language_box.currentIndex() < window.language_box.count()
    assert window.current_screen() is form
    assert form.field.text() == "Dupont"
    assert form.button.text() == "إنهاء الجلسة"
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.end_button.text() == "إنهاء الجلسة"
    # The session wipe returns to the help point's language and forgets the citizen.
    context.wipe_session()
    assert context.switcher.language == "fr"
    assert window.language_box.currentData() == "fr"
    assert form.field.text() == ""
    assert form.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.current_screen() is window.home
