"""Big keys with translated names, checked by the app's accessibility checker."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk.devtools import a11y_check
from assist_desk.modes import LANGUAGES
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
)

#: The function keys' accessible names in each language.
NAMES = {
    "fr": {
        Action.BACKSPACE: "Effacer",
        Action.SHIFT: "Majuscule",
        Action.HIDE: "Masquer le clavier",
    },
    "en": {Action.BACKSPACE: "Backspace", Action.SHIFT: "Shift", Action.HIDE: "Hide the keyboard"},
    "ar": {Action.BACKSPACE: "مسح", Action.HIDE: "إخفاء لوحة المفاتيح"},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_big_named_keys(
    qtbot: Any, app_context: StartApplication, language: str
) -> None:
    context = app_context("--mode", "kiosk", "--lang", language)
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    pages = 0
    for field, expected in (
        ("given_names", Page.LETTERS),
        ("email", Page.LETTERS),
        ("birth_date", Page.DIGITS),
    ):
        edit = form.edits[field]
        focus(qtbot, edit.parts["day"] if isinstance(edit, DateParts) else edit)
        assert keyboard.page is expected
        for symbols in (False, True):
            if symbols:
                if expected is Page.DIGITS:
                    continue
                tap(qtbot, keyboard, Action.SYMBOLS)
            keyboard.grid.activate()
            for button, key in keyboard.key_buttons():
                assert button.accessibleName(), key
                # This test's screen is 800 × 800: tall keys, narrower than on a kiosk
                # (test_keys_are_big_on_a_full_hd_kiosk), never under 44 px.
                assert button.height() >= 60, (key, button.size())
                assert button.width() >= 44, (key, button.size())
            for action, name in NAMES[language].items():
                if any(key.action is action for _, key in keyboard.key_buttons()):
                    assert keyboard.button_for(action).accessibleName() == name
            findings = a11y_check.check_screen(keyboard, kiosk=True)
            assert findings == [], a11y_check.describe(findings)
            pages += 1
    assert pages == 5
    assert keyboard.accessibleName() != ""


def test_the_hide_key_hides_and_a_tap_on_the_field_shows_again(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    email = form.edits["email"]
    focus(qtbot, email)
    tap(qtbot, keyboard, Action.HIDE)
    assert not keyboard.isVisible()
    assert email.hasFocus()  # the field keeps the focus and what was typed
    focus(qtbot, email)
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.EMAIL


def test_keys_are_big_on_a_full_hd_kiosk(qtbot: Any, qapp: Any) -> None:
    """At a 1920 × 1080 kiosk with the kiosk theme every key is at least 60 × 60 px."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from assist_desk import theme
    from assist_desk.views.keyboard.widget import OnScreenKeyboard

    theme.apply(qapp, "default", 1.0, mode="kiosk")
    try:
        host = QWidget()
        qtbot.addWidget(host)
        column = QVBoxLayout(host)
        column.addWidget(QLineEdit(), 1)
        keyboard = OnScreenKeyboard(list(LANGUAGES), lambda: "fr")
        column.addWidget(keyboard)
        host.resize(1920, 1080)
        host.show()
        sizes = []
        for kind in (FieldKind.TEXT, FieldKind.EMAIL, FieldKind.NUMBER):
            keyboard.show_for(kind)
            column.activate()
            keyboard.grid.activate()
            sizes += [button.size() for button, _ in keyboard.key_buttons()]
        assert len(sizes) > 90
        assert min(size.height() for size in sizes) >= 60
        assert min(size.width() for size in sizes) >= 60
        assert keyboard.height() <= 1080 // 2  # the screens keep half the height
    finally:
        qapp.setStyleSheet("")
