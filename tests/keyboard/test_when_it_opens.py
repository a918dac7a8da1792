"""The keyboard opens when the citizen taps a field, never because a screen focused one
by itself (issue 15: the FAQ's search box under half a screen of keys), nor on Tab
(whoever presses Tab has a real keyboard)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from assist_desk.views.faq import FaqScreen
from assist_desk.views.keyboard.layouts import FieldKind
from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import (
    focus,
    keyboard_of,
    open_account_form,
    show_window,
    start_kiosk_session,
)


def test_a_screen_focusing_its_search_box_opens_no_keys_a_tap_does(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr", wait=True)
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    window = context.window
    qtbot.mouseClick(window.home.tile("faq"), Qt.MouseButton.LeftButton)
    faq = window.screen_of(FaqScreen)
    qtbot.waitUntil(lambda: window.current_screen() is faq, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is faq.search_box, timeout=5000)
    qtbot.wait(100)
    assert not keyboard.isVisible(), "the screen's own focus opened the keys"
    focus(qtbot, faq.search_box)  # the citizen taps the search box
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.TEXT


def test_tab_opens_no_keys_and_keys_up_follow_the_focus(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    show_window(qtbot, context)
    keyboard = keyboard_of(context)
    start_kiosk_session(qtbot, context)
    form = open_account_form(qtbot, context, "individual")
    email, *others = form.edits.values()
    email.setFocus(Qt.FocusReason.TabFocusReason)
    assert email.hasFocus()
    assert not keyboard.isVisible()
    focus(qtbot, email)
    assert keyboard.isVisible()
    assert keyboard.kind is FieldKind.EMAIL
    # Keys up: the next field (their Enter, or Tab) gets its own keys at once.
    others[0].setFocus(Qt.FocusReason.TabFocusReason)
    assert keyboard.isVisible()
    # Hidden by the citizen: the next field reached with Tab brings nothing back...
    keyboard.hide_keyboard()
    email.setFocus(Qt.FocusReason.TabFocusReason)
    assert not keyboard.isVisible()
    # ...a tap on the focused field does.
    qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    assert keyboard.isVisible()
