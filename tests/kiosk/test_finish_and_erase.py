"""K-3 (issue 14): at a kiosk the last screen of a flow ends the session.

Its one filled button is "Finish and erase my information", beside "Do something
else"; a short goodbye screen follows ("Don't forget your printed summary" when
something was printed: tests/design/test_success_screens.py), and a tap or a few
seconds end the session through the usual End-session wipe, back to the attract
screen. At a workstation the last screen keeps "Back to the home screen".
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from assist_desk.views.farewell import FarewellScreen
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of

EMAIL = "camille.finish@example.org"


def _at_last_account_step(qtbot: Any, context: Any, kiosk: bool) -> tuple[Any, Any]:
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    if kiosk:
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    account = context.features.flows.service.get().account
    # The citizen's account is active: the flow's last step.
    account.wizard.history.append("account_ready")
    account.update(profile="individual", fields={"email": EMAIL})
    account.sig_step_changed.emit("account_ready")
    assert account.wizard.is_last()
    return screen, account


def test_the_last_kiosk_step_finishes_and_erases(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "en")
    window = context.window
    screen, account = _at_last_account_step(qtbot, context, kiosk=True)
    finish = screen.finish_button
    assert finish.isVisibleTo(window)
    assert finish.text() == "Finish and erase my information"
    assert screen.home_button.text() == "Do something else"
    assert screen.home_button.isVisibleTo(window)
    # One filled button on the screen: the page's own actions give way to Finish.
    filled = [
        button
        for button, _ in screen.current_page().buttons
        if button.isVisibleTo(window) and button.property("role") == "primary"
    ]
    assert filled == []
    assert finish.property("role") == "primary"

    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    farewell = window.current_screen()
    assert isinstance(farewell, FarewellScreen)
    # Nothing was printed in this session: no reminder of a paper there is not.
    assert farewell.heading.text() == "Thank you, goodbye"
    assert not window.end_button.isVisibleTo(window)  # one end action: the screen's
    assert "10" in farewell.countdown.text()
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(farewell, Qt.MouseButton.LeftButton)  # a tap anywhere
    assert window.current_screen().screen_id == "attract"
    assert account.data.get("fields", {}).get("email") != EMAIL
    assert account.current == "profile"


def test_the_prefectures_wait_is_no_dead_end_at_a_kiosk(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    """A professional's request waits days for the prefecture: the kiosk offers to finish
    there (the screen once had no action at all, only the top bar)."""
    context = app_context("--mode", "kiosk", "--lang", "en")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    account = context.features.flows.service.get().account
    account.update(profile="siv_professional", fields={"email": EMAIL})
    account.wizard.history = ["profile", "prerequisites", "form", "terms", "declaration"]
    account.wizard.history.append("prefecture_pending")
    account.sig_step_changed.emit("prefecture_pending")
    assert not account.wizard.is_last()
    assert screen.finish_button.isVisibleTo(window)
    assert screen.finish_button.property("role") == "primary"
    assert screen.home_button.isVisibleTo(window)
    assert screen.home_button.text() == "Do something else"
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), FarewellScreen)


def test_the_reminder_ends_the_session_by_itself(
    qtbot: Any, qapp: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FarewellScreen, "SECONDS", 2)
    context = app_context("--mode", "kiosk", "--lang", "en")
    window = context.window
    screen, _ = _at_last_account_step(qtbot, context, kiosk=True)
    wiped: list[bool] = []
    context.sig_session_wiped.connect(lambda: wiped.append(True))
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    farewell = window.current_screen()
    assert isinstance(farewell, FarewellScreen)
    qtbot.waitUntil(lambda: "1" in farewell.countdown.text(), timeout=3000)  # live countdown
    qtbot.waitUntil(lambda: window.current_screen().screen_id == "attract", timeout=5000)
    assert wiped == [True]  # one wipe, the End-session one


def test_leaving_the_reminder_by_home_still_erases_once(
    qtbot: Any, qapp: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reminder says everything is erased when it closes: leaving it by the top bar's
    Home keeps that promise (a fresh review found the next citizen's "Your account is
    ready" with the previous person's e-mail address), with one wipe, not a second one
    when the countdown would have ended."""
    monkeypatch.setattr(FarewellScreen, "SECONDS", 1)
    context = app_context("--mode", "kiosk", "--lang", "en")
    window = context.window
    screen, _ = _at_last_account_step(qtbot, context, kiosk=True)
    wiped: list[bool] = []
    context.sig_session_wiped.connect(lambda: wiped.append(True))
    qtbot.mouseClick(screen.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "farewell"
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiped == [True])
    qtbot.wait(1500)  # past the countdown: no second wipe
    assert wiped == [True]
    assert window.current_screen().screen_id == "attract"
    window.show_screen("account")
    assert "@" not in " ".join(
        label.text() for label in window.current_screen().findChildren(QLabel)
    )


def test_a_workstation_keeps_back_to_home(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--lang", "en")
    screen, _ = _at_last_account_step(qtbot, context, kiosk=False)
    assert not screen.finish_button.isVisibleTo(context.window)
    assert screen.home_button.text() == "Back to the home screen"
