"""Idle handling with an injectable clock: warn on time, one key extends, no input wipes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import FakeClock, kiosk_of, with_clock


def test_warning_at_the_right_time_then_one_key_extends(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    clock = FakeClock()
    context = with_clock(app_context("--mode", "kiosk"), clock)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    idle_s = context.settings.idle_timeout_s
    warning_s = context.settings.idle_warning_s
    assert warning_s >= 20  # WCAG 2.2.1: at least 20 s to respond
    # Nobody on the attract screen: nothing to watch.
    assert not kiosk.idle.active
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    assert kiosk.idle.active

    clock.advance(idle_s - 1)
    kiosk.idle.check()
    assert not kiosk.warning.isVisible()

    clock.advance(1)
    with qtbot.waitSignal(kiosk.idle.sig_warning) as warned:
        kiosk.idle.check()
    assert warned.args == [warning_s]
    assert kiosk.warning.isVisible()
    assert str(warning_s) in kiosk.warning.last_announcement
    assert window.focusWidget() is kiosk.warning.stay_button

    clock.advance(10)
    with qtbot.waitSignal(kiosk.idle.sig_tick) as ticked:
        kiosk.idle.check()
    assert ticked.args == [warning_s - 10]
    assert str(warning_s - 10) in kiosk.warning.last_announcement

    # One key anywhere extends the session.
    with qtbot.waitSignal(kiosk.idle.sig_extended):
        qtbot.keyClick(window.current_screen(), Qt.Key.Key_Shift)
    assert not kiosk.warning.isVisible()
    clock.advance(idle_s - 1)
    kiosk.idle.check()
    assert not kiosk.warning.isVisible()
    assert window.current_screen().screen_id == "home"


def test_the_button_extends_and_no_input_wipes(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    clock = FakeClock()
    context = with_clock(app_context("--mode", "kiosk"), clock)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    idle_s = context.settings.idle_timeout_s
    warning_s = context.settings.idle_warning_s
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    clock.advance(idle_s)
    kiosk.idle.check()
    with qtbot.waitSignal(kiosk.idle.sig_extended):
        qtbot.mouseClick(kiosk.warning.stay_button, Qt.MouseButton.LeftButton)
    assert not kiosk.warning.isVisible()

    wiped: list[bool] = []
    context.sig_session_wiped.connect(lambda: wiped.append(True))
    clock.advance(idle_s)
    kiosk.idle.check()
    assert kiosk.warning.isVisible()
    clock.advance(warning_s - 1)
    kiosk.idle.check()
    assert not wiped
    clock.advance(1)
    kiosk.idle.check()
    assert wiped == [True]
    assert window.current_screen().screen_id == "attract"
    assert not kiosk.warning.isVisible()
    assert not kiosk.idle.active
    assert not kiosk.session.in_session


def test_workstation_modes_do_not_wipe_on_idle(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    clock = FakeClock()
    context = with_clock(app_context("--mode", "mediator"), clock)
    kiosk = kiosk_of(context)
    assert not kiosk.idle.active
    clock.advance(10_000)
    kiosk.idle.check()
    assert context.window.current_screen().screen_id == "home"
