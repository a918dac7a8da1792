"""When the keyboard serves: the site's setting and the desk's mode."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from assist_desk.features.keyboard import keyboard_serves
from assist_desk.modes import Mode
from assist_desk.settings import SettingsError, load_settings
from assist_desk.views.keyboard.layouts import FieldKind
from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import focus, keyboard_of, open_account_form, show_window


def _focus_a_text_field(qtbot: Any, context: Any) -> QLineEdit:
    """The account form's e-mail field: a text field every mode has."""
    field: QLineEdit = open_account_form(qtbot, context, "individual").edits["email"]
    focus(qtbot, field)  # tapped, as a citizen does
    return field


def test_hidden_in_mediator_mode_by_default(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context("--mode", "mediator", "--lang", "fr")
    show_window(qtbot, context, (1280, 800))
    keyboard = keyboard_of(context)  # installed: a mediator may switch to kiosk mode
    _focus_a_text_field(qtbot, context)
    assert not keyboard.isVisible()
    assert keyboard.key_buttons() == []  # its keys were never even made


def test_shown_in_mediator_mode_when_the_site_says_on(
    qtbot: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSIST_DESK_ONSCREEN_KEYBOARD", "on")
    context = app_context("--mode", "mediator", "--lang", "fr")
    show_window(qtbot, context, (1280, 800))
    keyboard = keyboard_of(context)
    _focus_a_text_field(qtbot, context)
    assert keyboard.isVisible()
    # A workstation's keys are smaller than a kiosk's, still easy targets.
    assert min(button.height() for button, _ in keyboard.key_buttons()) >= 48


def test_never_in_kiosk_mode_when_the_site_says_off(
    qtbot: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSIST_DESK_ONSCREEN_KEYBOARD", "off")
    context = app_context("--mode", "kiosk", "--lang", "fr")
    assert context.features.keyboard is None
    assert context.window.findChild(type(context.window), "onScreenKeyboard") is None


def test_the_setting_and_the_mode() -> None:
    assert keyboard_serves("auto", Mode.KIOSK)
    assert not keyboard_serves("auto", Mode.MEDIATOR)
    assert not keyboard_serves("auto", Mode.TRAINING)
    assert keyboard_serves("on", Mode.MEDIATOR)
    assert not keyboard_serves("off", Mode.KIOSK)
    assert load_settings(overrides={"onscreen_keyboard": "on"}).onscreen_keyboard == "on"
    with pytest.raises(SettingsError) as refused:
        load_settings(overrides={"onscreen_keyboard": "yes"})
    assert "onscreen_keyboard" in refused.value.lines[0]


def test_the_browser_reports_its_fields(qtbot: Any, app_context: StartApplication) -> None:
    """What the controlled browser calls when a page's field gets or loses the focus."""
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    feature = context.features.keyboard
    assert feature is not None
    feature.web_field_focused("email")  # focused by the page itself: no keys
    assert not feature.keyboard.isVisible()
    feature.web_field_tapped("email")  # the citizen taps it
    assert feature.keyboard.isVisible()
    assert feature.keyboard.kind is FieldKind.EMAIL
    feature.web_field_focused("text", "numeric")  # the keys up follow the focus
    assert feature.keyboard.kind is FieldKind.NUMBER
    feature.web_field_focused("checkbox")  # no typing: no keys
    assert not feature.keyboard.isVisible()
    feature.web_field_focused("password")
    feature.web_field_blurred()
    assert not feature.keyboard.isVisible()


def test_the_browser_gets_no_keyboard_where_it_does_not_serve(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "mediator", "--lang", "fr")
    feature = context.features.keyboard
    assert feature is not None
    feature.web_field_tapped("email")
    assert not feature.keyboard.isVisible()
