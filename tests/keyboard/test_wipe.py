"""A canary typed with the on-screen keyboard is gone after the session wipe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from assist_desk.views.keyboard.layouts import Action, Page
from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import (
    focus,
    keyboard_of,
    open_account_form,
    show_window,
    start_kiosk_session,
    tap,
    type_with_keyboard,
)
from tests.kiosk.helpers import Canary, files_holding, gc_strings_holding, widgets_holding


def _held_by(keyboard: Any, needle: str) -> list[str]:
    """Every text the keyboard and its keys hold: attributes, labels, accessible names."""
    found = [name for name, value in vars(keyboard).items() if needle in repr(value)]
    for button, key in keyboard.key_buttons():
        texts = (button.text(), button.accessibleName(), button.accessibleDescription(), key.text)
        found += [text for text in texts if needle in text]
    return found


def test_canary_typed_with_the_keyboard_is_gone_after_end_session(
    qtbot: Any, app_context: StartApplication, isolated_home: Path
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    canary = Canary()
    needle = canary.needle()
    focus(qtbot, form.edits["given_names"])
    type_with_keyboard(qtbot, keyboard, canary.text())
    focus(qtbot, form.edits["email"])
    type_with_keyboard(qtbot, keyboard, canary.email())
    tap(qtbot, keyboard, Action.NEXT_LAYOUT)  # the citizen changed the layout, left Shift on
    tap(qtbot, keyboard, Action.SHIFT)
    assert needle in form.edits["given_names"].text()  # the test sees what it looks for
    assert needle in form.edits["email"].text()
    assert widgets_holding(needle)

    with qtbot.waitSignal(context.sig_session_wiped, timeout=2000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)

    assert not keyboard.isVisible()
    assert keyboard.layout_code == "fr"  # the site's layout for the next person
    assert not keyboard.shifted
    assert keyboard.page is Page.LETTERS
    assert _held_by(keyboard, needle) == []
    assert widgets_holding(needle) == []
    assert gc_strings_holding(needle) == []  # every Python string reachable in memory
    assert files_holding(isolated_home, needle) == []  # config, data, cache, state, temp
