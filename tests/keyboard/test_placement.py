"""The keyboard never covers the focused field: the screens shrink above it and scroll."""

from __future__ import annotations

from typing import Any

import pytest

from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import (
    focus,
    keyboard_of,
    open_account_form,
    rect_in_window,
    show_window,
    start_kiosk_session,
    visible_rect_in_window,
)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_form_field_shows_above_the_keyboard(
    qtbot: Any, app_context: StartApplication, language: str
) -> None:
    context = app_context("--mode", "kiosk", "--lang", language)
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    # The longest form: seven fields, the last ones below the fold once the keys show.
    form = open_account_form(qtbot, context, "siv_professional")
    checked = 0
    for name, edit in form.edits.items():
        # At a kiosk each field has its own screen (K-2): shown, then tapped (a tap
        # opens the keys; the earlier field's screen went with its focus).
        form.go_to_field(name)
        focus(qtbot, edit)
        assert keyboard.isVisible(), name
        keys = rect_in_window(keyboard)
        field = rect_in_window(edit)
        assert not field.intersects(keys), f"{name}: {field} under the keyboard {keys}"
        # And the whole field is on screen, not scrolled away or clipped.
        assert visible_rect_in_window(edit) == field, name
        checked += 1
    assert checked == 7
    # The keyboard takes the bottom of the window, the screens what is left.
    window = context.window
    assert rect_in_window(keyboard).bottom() == window.rect().bottom()
    assert rect_in_window(window.stack).bottom() < rect_in_window(keyboard).top()


def test_the_screens_get_their_room_back_when_it_hides(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    window = context.window
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["email"])
    window.centralWidget().layout().activate()
    assert rect_in_window(window.stack).bottom() < rect_in_window(keyboard).top()
    keyboard.hide_keyboard()
    window.centralWidget().layout().activate()
    assert rect_in_window(window.stack).bottom() == window.rect().bottom()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_field_and_continue_stay_in_view_when_the_keys_change_page(
    qtbot: Any, app_context: StartApplication, monkeypatch: Any, language: str
) -> None:
    """At the kiosk's "Larger text" (125 %) on a 1024 × 768 screen, "?123" (another
    number of rows) left the password half under the keys and Continue wholly under
    them: nothing showed the field again once the keys changed."""
    from assist_desk.views.keyboard.layouts import Action
    from tests.keyboard.helpers import kiosk_of_size, tap

    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "1.25")
    context = kiosk_of_size(qtbot, app_context, language, (1024, 768))
    keyboard = keyboard_of(context)
    form = open_account_form(qtbot, context, "individual")
    screen = context.window.current_screen()
    form.go_to_field("password")
    edit = form.edits["password"]
    focus(qtbot, edit)
    assert keyboard.isVisible()
    for action in (Action.SYMBOLS, Action.LETTERS, Action.NEXT_LAYOUT):
        tap(qtbot, keyboard, action)
        qtbot.wait(20)
        for widget in (edit, screen.next_button):
            seen, whole = visible_rect_in_window(widget), rect_in_window(widget)
            assert seen == whole, (action, widget.objectName(), seen, whole)
            assert not whole.intersects(rect_in_window(keyboard)), (action, widget.objectName())
