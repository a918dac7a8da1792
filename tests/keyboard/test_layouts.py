"""Layouts follow the interface language and the field; a key switches them; Arabic (RTL)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from assist_desk.i18n import strip_isolates
from assist_desk.views.keyboard.layouts import Action, FieldKind, Page
from assist_desk.views.widgets.date_parts import DateParts
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


def _letters(keyboard: Any) -> str:
    return "".join(key.text for _, key in keyboard.key_buttons() if len(key.text) == 1)


def test_layout_follows_the_language_and_the_switch_key(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["given_names"])
    assert keyboard.kind is FieldKind.TEXT
    assert keyboard.layout_code == "fr"
    assert "azertyuiop" in _letters(keyboard)
    assert "é" in _letters(keyboard)  # French accents without a long press
    # The switch key names the layout it goes to, in that layout's own script.
    switch = keyboard.button_for(Action.NEXT_LAYOUT)
    assert strip_isolates(switch.text()) == "EN"
    assert "English" in switch.accessibleName()
    tap(qtbot, keyboard, Action.NEXT_LAYOUT)
    assert keyboard.layout_code == "en"
    assert "qwertyuiop" in _letters(keyboard)
    tap(qtbot, keyboard, Action.NEXT_LAYOUT)
    assert keyboard.layout_code == "ar"
    assert "ضصثقفغعهخحج" in _letters(keyboard)
    tap(qtbot, keyboard, Action.NEXT_LAYOUT)
    assert keyboard.layout_code == "fr"

    type_with_keyboard(qtbot, keyboard, "Hélène")
    assert form.edits["given_names"].text() == "Hélène"
    assert not keyboard.shifted  # Shift held for one letter only

    # The citizen switches the interface to English: the letters follow.
    context.switch_language("en")
    qtbot.waitUntil(lambda: keyboard.layout_code == "en")  # at the LanguageChange event
    assert keyboard.button_for(Action.BACKSPACE).accessibleName() == "Backspace"
    context.switch_language("fr")
    qtbot.waitUntil(lambda: keyboard.layout_code == "fr")
    assert keyboard.button_for(Action.BACKSPACE).accessibleName() == "Effacer"


def test_arabic_interface_types_arabic_and_keeps_latin_for_email(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "ar")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    window = context.window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    form = open_account_form(qtbot, context, "individual")
    name = form.edits["given_names"]
    focus(qtbot, name)
    assert keyboard.layout_code == "ar"
    # Keys sit where the keycaps are: ض at the left, as on an Arabic PC keyboard.
    assert keyboard.layoutDirection() == Qt.LayoutDirection.LeftToRight
    keyboard.grid.activate()  # the keys' places now, not at the next event loop turn
    first = keyboard.button_for(Action.CHAR, "ض")
    last = keyboard.button_for(Action.CHAR, "ج")
    assert (
        first.mapTo(window, first.rect().center()).x()
        < last.mapTo(window, last.rect().center()).x()
    )
    assert Action.SHIFT not in {key.action for _, key in keyboard.key_buttons()}
    type_with_keyboard(qtbot, keyboard, "سلمى")
    tap(qtbot, keyboard, Action.SPACE)
    type_with_keyboard(qtbot, keyboard, "أمين")
    tap(qtbot, keyboard, Action.BACKSPACE)
    assert name.text() == "سلمى أمي"  # logical order; Backspace took the last letter
    # The function keys speak Arabic.
    assert keyboard.button_for(Action.BACKSPACE).accessibleName() == "مسح"

    # An e-mail address is typed in Latin letters, with the e-mail keys.
    focus(qtbot, form.edits["email"])
    assert keyboard.kind is FieldKind.EMAIL
    assert keyboard.layout_code == "fr"
    type_with_keyboard(qtbot, keyboard, "salma")
    tap(qtbot, keyboard, Action.CHAR, "@")
    type_with_keyboard(qtbot, keyboard, "exemple")
    tap(qtbot, keyboard, Action.CHAR, ".fr")
    assert form.edits["email"].text() == "salma@exemple.fr"


def test_each_date_field_opens_the_digit_pad(qtbot: Any, app_context: StartApplication) -> None:
    """E-4: Day, Month and Year are three fields; a tap on each opens the digit pad, and
    two digits in Day or Month move on to the next field."""
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    date = form.edits["birth_date"]
    assert isinstance(date, DateParts)
    for name in ("year", "month", "day"):  # each one, tapped on its own
        if keyboard.isVisible():
            tap(qtbot, keyboard, Action.HIDE)  # so that the tap below has to open it
            assert not keyboard.isVisible()
        focus(qtbot, date.parts[name])
        qtbot.waitUntil(keyboard.isVisible)
        assert keyboard.kind is FieldKind.NUMBER
        assert keyboard.page is Page.DIGITS
    type_with_keyboard(qtbot, keyboard, "14")
    assert date.parts["month"].hasFocus()  # moved on; the keyboard types there now
    type_with_keyboard(qtbot, keyboard, "071985")
    assert date.text() == "14/07/1985"
    focus(qtbot, form.edits["password"])
    assert keyboard.kind is FieldKind.PASSWORD
    type_with_keyboard(qtbot, keyboard, "Correct-horse-42")
    assert form.edits["password"].text() == "Correct-horse-42"
