"""Driving the on-screen keyboard as a citizen does: one tap per key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from assist_desk.flows.catalogue import PREREQUISITES
from assist_desk.views.keyboard.layouts import Action
from assist_desk.views.keyboard.widget import OnScreenKeyboard
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of

KIOSK_SIZE = (1920, 1080)


def keyboard_of(context: Any) -> OnScreenKeyboard:
    feature = context.features.keyboard
    assert feature is not None, "the keyboard feature is installed"
    keyboard: OnScreenKeyboard = feature.keyboard
    return keyboard


def show_window(qtbot: Any, context: Any, size: tuple[int, int] = KIOSK_SIZE) -> None:
    context.window.resize(*size)
    with qtbot.waitActive(context.window):
        context.window.show()
        context.window.activateWindow()


def focus(qtbot: Any, widget: QWidget) -> None:
    """Tap a field, as a citizen does: it takes the focus."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    assert widget.hasFocus()


def tap(qtbot: Any, keyboard: OnScreenKeyboard, action: Action, text: str = "") -> None:
    qtbot.mouseClick(keyboard.button_for(action, text), Qt.MouseButton.LeftButton)


def _shown_chars(keyboard: OnScreenKeyboard) -> set[str]:
    return {key.typed(keyboard.shifted) for _, key in keyboard.key_buttons()}


def type_with_keyboard(qtbot: Any, keyboard: OnScreenKeyboard, text: str) -> None:
    """Tap the keys that type ``text``: Shift for a capital, the symbols page for a digit
    or a sign, as a person would."""
    for char in text:
        if char == " ":
            tap(qtbot, keyboard, Action.SPACE)
            continue
        for _attempt in range(3):
            if char in _shown_chars(keyboard):
                break
            actions = {key.action for _, key in keyboard.key_buttons()}
            if char.lower() != char and Action.SHIFT in actions and not keyboard.shifted:
                tap(qtbot, keyboard, Action.SHIFT)
            elif Action.SYMBOLS in actions:
                tap(qtbot, keyboard, Action.SYMBOLS)
            elif Action.LETTERS in actions:
                tap(qtbot, keyboard, Action.LETTERS)
        tap(qtbot, keyboard, Action.CHAR, char)


def rect_in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def visible_rect_in_window(widget: QWidget) -> QRect:
    """The part of ``widget`` a person sees: clipped by every scrolling parent."""
    visible = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(widget.window(), visible.topLeft()), visible.size())


def start_kiosk_session(qtbot: Any, context: Any) -> None:
    kiosk = kiosk_of(context)
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)


def open_account_form(qtbot: Any, context: Any, profile: str) -> Any:
    """From the home screen to the account form of ``profile``; returns the form page."""
    window = context.window
    qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    account = context.features.flows.service.get().account
    screen.page("profile").choose(profile)
    account.go_next()
    for key in PREREQUISITES[profile]:
        screen.page("prerequisites").answer(key, True)
    if account.current == "prerequisites":  # a kiosk moved on with the last answer (K-2)
        account.go_next()
    if profile == "individual":
        screen.page("method").choose("ants_account")
        account.go_next()
    assert account.current in ("form", "town_hall_request")
    return screen.page(account.current)


def kiosk_of_size(
    qtbot: Any, app_context: StartApplication, language: str, size: tuple[int, int]
) -> Any:
    """A kiosk of ``size``, whatever the test screen's size (as the tour: off screen)."""
    context = app_context("--mode", "kiosk", "--lang", language)
    window = context.window
    window.hide()
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    start_kiosk_session(qtbot, context)
    assert (window.width(), window.height()) == size
    return context
