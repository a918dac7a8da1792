"""Typing into the app's own fields with the on-screen keyboard, at a kiosk."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from assist_desk.views.keyboard.layouts import Action, FieldKind, Page
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

SIRET = "73282932000074"


def test_email_typed_into_the_account_form(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    assert not keyboard.isVisible()  # the home screen has no text field
    form = open_account_form(qtbot, context, "individual")
    email = form.edits["email"]
    focus(qtbot, email)
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.EMAIL
    assert keyboard.layout_code == "fr"
    shown = {key.text for _, key in keyboard.key_buttons()}
    assert {"@", ".fr", ".com", ".gouv.fr"} <= shown

    type_with_keyboard(qtbot, keyboard, "Jean.Dupont75")
    tap(qtbot, keyboard, Action.CHAR, "@")
    type_with_keyboard(qtbot, keyboard, "exemple")
    tap(qtbot, keyboard, Action.CHAR, ".gouv.fr")
    tap(qtbot, keyboard, Action.BACKSPACE)
    type_with_keyboard(qtbot, keyboard, "r")
    assert email.text() == "Jean.Dupont75@exemple.gouv.fr"
    # The screen saw typing, as from a hardware keyboard: the form's data follows.
    account = context.features.flows.service.get().account
    assert account.data["fields"]["email"] == "Jean.Dupont75@exemple.gouv.fr"
    assert email.hasFocus()  # no key took the focus

    # Enter goes to the next field of the form, whose keyboard is for plain text: at a
    # kiosk on the next screen (K-2), through Continue (an animated click).
    tap(qtbot, keyboard, Action.ENTER)
    qtbot.waitUntil(form.edits["given_names"].hasFocus, timeout=2000)
    assert keyboard.kind is FieldKind.TEXT


def test_siret_typed_on_the_digit_pad(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "legal_entity")
    siret = form.edits["siret"]
    focus(qtbot, siret)
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.NUMBER
    assert keyboard.page is Page.DIGITS
    typed = {key.text for _, key in keyboard.key_buttons() if key.action is Action.CHAR}
    assert typed == set("0123456789")  # a digit pad, nothing else to type
    type_with_keyboard(qtbot, keyboard, SIRET)
    assert siret.text() == SIRET
    assert not form.errors["siret"].isVisibleTo(form)  # a valid SIRET: no error shown

    # Leaving the text fields hides the keyboard.
    context.window.home_button.setFocus(Qt.FocusReason.TabFocusReason)
    assert not keyboard.isVisible()


def test_a_rebuilt_form_and_a_spin_box(qtbot: Any, app_context: StartApplication) -> None:
    """Another profile's form replaces the fields; a spin box gets the digit pad."""
    from PySide6.QtWidgets import QSpinBox

    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["given_names"])
    account = context.features.flows.service.get().account
    account.restart()
    form = open_account_form(qtbot, context, "legal_entity")  # the fields are rebuilt
    focus(qtbot, form.edits["siret"])
    assert keyboard.kind is FieldKind.NUMBER

    screen = context.window.current_screen()
    spin = QSpinBox(screen)
    spin.setRange(0, 500)
    spin.show()
    focus(qtbot, spin)
    assert keyboard.kind is FieldKind.NUMBER
    spin.lineEdit().selectAll()
    type_with_keyboard(qtbot, keyboard, "125")
    assert spin.value() == 125


def test_the_watched_field_deleted_under_the_keyboard(qtbot: Any) -> None:
    """The focused field is deleted (a form rebuilt): the next focus change must not touch
    it (a call on a deleted Qt object raises in the focus slot)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
    from shiboken6 import isValid

    from assist_desk.views.keyboard.controller import KeyboardController
    from assist_desk.views.keyboard.widget import OnScreenKeyboard

    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    doomed, other = QLineEdit(), QLineEdit()
    column.addWidget(doomed)
    column.addWidget(other)
    keyboard = OnScreenKeyboard(["fr"], lambda: "fr")
    column.addWidget(keyboard)
    controller = KeyboardController(keyboard, lambda: True, lambda _field: None, host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    focus(qtbot, doomed)
    assert keyboard.isVisible()
    doomed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(doomed)
    focus(qtbot, other)  # raised RuntimeError in the slot before the isValid guard
    assert keyboard.isVisible()
    controller.dispose()


def test_insee_code_starts_on_digits_with_letters_one_key_away(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "ar")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "town_hall_dr")
    insee = form.edits["insee_code"]
    focus(qtbot, insee)
    assert keyboard.kind is FieldKind.DIGITS_FIRST
    assert keyboard.page is Page.SYMBOLS
    assert keyboard.layout_code == "fr"  # Latin letters for a code, in Arabic too
    type_with_keyboard(qtbot, keyboard, "2A004")  # a commune of Corse-du-Sud
    assert insee.text() == "2A004"


def test_enter_on_the_last_field_presses_continue(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    screen = context.window.current_screen()
    assert screen.next_button.property("role") == "primary"
    form.go_to_field("password_confirm")  # the form's last screen at a kiosk (K-2)
    focus(qtbot, form.edits["password_confirm"])  # the form's last field
    with qtbot.waitSignal(screen.next_button.clicked, timeout=2000):
        tap(qtbot, keyboard, Action.ENTER)


def test_the_keys_stay_up_from_one_field_screen_to_the_next(
    qtbot: Any, app_context: StartApplication
) -> None:
    """K-2: at a kiosk each field has its own screen. A tap on Continue took the focus to
    the button, which hid the keys at every field: one more tap each time."""
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    screen = context.window.current_screen()
    focus(qtbot, form.edits["email"])
    type_with_keyboard(qtbot, keyboard, "a@b.fr")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert form.edits["given_names"].hasFocus()
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.TEXT
    type_with_keyboard(qtbot, keyboard, "Camille")
    assert form.edits["given_names"].text() == "Camille"
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)  # Back: the same
    assert form.edits["email"].hasFocus()
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.EMAIL
