"""The wizard's action bar is never cut at a kiosk, 1280 × 800 or 1024 × 768 (issue 14, E-2, K-2).

Before, the on-screen keyboard (about half the window) or an error banner, with the
Arabic top bar in two rows, left the account wizard too little height: the whole screen
scrolled, and Back and Continue were cut at its bottom edge or wholly below it (the
tour's keyboard and error scenes: 9 findings in Arabic, 6 in French). Now what is above
the bar scrolls on its own and the bar stays whole in view. The real application, its
style, the real keyboard and the real wizard; the portal's failure is the controller's
signal, as the portal client sends it.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from assist_desk.devtools.design_check import check_clipped_controls
from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import (
    focus,
    keyboard_of,
    kiosk_of_size,
    open_account_form,
    rect_in_window,
    visible_rect_in_window,
)

#: The kiosk sizes the tour was run at (the smallest a kiosk may have: 1024 × 768).
KIOSK_SIZES = [(1280, 800), (1024, 768)]


def _settle(qtbot: Any) -> None:
    qtbot.wait(50)  # queued layout requests and the scroll areas' refits


def _assert_whole_in_view(widget: QWidget) -> None:
    assert widget.isVisible(), widget.objectName()
    assert visible_rect_in_window(widget) == rect_in_window(widget), (
        f"{widget.objectName()}: {visible_rect_in_window(widget)} of {rect_in_window(widget)}"
    )


@pytest.mark.parametrize("size", KIOSK_SIZES)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_back_and_continue_whole_above_the_keyboard(
    qtbot: Any, app_context: StartApplication, language: str, size: tuple[int, int]
) -> None:
    context = kiosk_of_size(qtbot, app_context, language, size)
    keyboard = keyboard_of(context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["email"])
    assert keyboard.isVisible()
    _settle(qtbot)
    screen = context.window.current_screen()
    keys = rect_in_window(keyboard)
    for widget in (form.edits["email"], screen.back_button, screen.next_button):
        _assert_whole_in_view(widget)
        assert not rect_in_window(widget).intersects(keys), widget.objectName()
    assert check_clipped_controls(context.window) == []


@pytest.mark.parametrize("size", KIOSK_SIZES)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_back_and_retry_whole_under_the_portal_down_banner(
    qtbot: Any, app_context: StartApplication, language: str, size: tuple[int, int]
) -> None:
    context = kiosk_of_size(qtbot, app_context, language, size)
    open_account_form(qtbot, context, "individual")
    account = context.features.flows.service.get().account
    # The declaration's long text, as in the tour: the portal fails when it is sent.
    account.update(fields={"email": "camille.martin@example.org"})
    account.wizard.history = [*account.wizard.history, "terms", "declaration"]
    account.sig_step_changed.emit("declaration")
    account.last_error = ("unavailable", "")
    account.sig_error.emit("unavailable", "")
    _settle(qtbot)
    screen = context.window.current_screen()
    assert screen.error_frame.kind == "warning"
    # Continue gives its place to the one "Try again" (V-2): Back and it stay whole,
    # and so do the banner's title and text.
    assert not screen.next_button.isVisible()
    for widget in (
        screen.back_button,
        screen.retry_button,
        screen.error_frame.title,
        screen.error_label,
    ):
        _assert_whole_in_view(widget)
    assert check_clipped_controls(context.window) == []


@pytest.mark.parametrize("size", KIOSK_SIZES)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_at_200_percent_the_keys_leave_the_field_and_the_actions_whole(
    qtbot: Any, app_context: StartApplication, monkeypatch: Any, language: str, size: Any
) -> None:
    """Text at 200 %: the keys (about 390 px), the banner and the bar left the wizard
    less than its least height; its screen scrolled inside the stack and cut Back and
    Continue by 7 to 11 px, and the e-mail field showed its top half. The wizard's least
    height now reaches the window's column, which scrolls the banner and bar up."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = kiosk_of_size(qtbot, app_context, language, size)
    keyboard = keyboard_of(context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["email"])
    assert keyboard.isVisible()
    screen = context.window.current_screen()
    keys = rect_in_window(keyboard)

    def whole_above_the_keys() -> bool:
        shown = (form.edits["email"], screen.back_button, screen.next_button)
        return all(
            visible_rect_in_window(w) == rect_in_window(w)
            and not rect_in_window(w).intersects(keys)
            for w in shown
        )

    qtbot.waitUntil(whole_above_the_keys, timeout=3000)
    assert check_clipped_controls(context.window) == []
    assert context.window.height() == size[1]  # the window did not grow
