"""Mediator sign-in: first PIN, wrong PIN, re-lock after inactivity, no secure storage."""

from __future__ import annotations

from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from assist_desk.controllers.mediator import LOCKED, NO_SECRET, NO_STORAGE, UNLOCKED
from assist_desk.credentials import MEDIATOR_ENTRY, hash_secret, verify_secret
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import FakeClock, kiosk_of, with_clock


def type_pin(qtbot: Any, field: Any, pin: str) -> None:
    qtbot.keyClicks(field, pin)


def test_first_pin_is_chosen_at_the_workstation(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "mediator", "--lang", "en")
    window = context.window
    kiosk = kiosk_of(context)
    assert window.staff_button.isVisibleTo(window)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed) as changed:
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    assert changed.args == [NO_SECRET]
    sign_in = kiosk.sign_in
    assert sign_in.repeat.isVisibleTo(window)
    with qtbot.waitSignal(kiosk.mediator.sig_secret_set_failed) as failed:
        type_pin(qtbot, sign_in.pin, "739204")
        type_pin(qtbot, sign_in.repeat, "739999")
        qtbot.mouseClick(sign_in.submit, Qt.MouseButton.LeftButton)
    assert failed.args == ["different"]
    assert sign_in.error.isVisibleTo(window)
    assert sign_in.pin.text() == ""
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed) as changed:
        type_pin(qtbot, sign_in.pin, "739204")
        type_pin(qtbot, sign_in.repeat, "739204")
        qtbot.mouseClick(sign_in.submit, Qt.MouseButton.LeftButton)
    assert changed.args == [UNLOCKED]
    assert window.current_screen().screen_id == "mediator_tools"
    assert verify_secret("739204", memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)])
    assert window.windowTitle().startswith("Mediator tools")


def test_tools_re_lock_after_inactivity(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    clock = FakeClock()
    context = with_clock(app_context("--mode", "mediator"), clock)
    window = context.window
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed) as changed:
        type_pin(qtbot, kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    assert changed.args == [UNLOCKED]
    assert window.current_screen().screen_id == "mediator_tools"
    relock_s = context.settings.mediator_relock_s
    assert relock_s == 15 * 60
    clock.advance(relock_s - 1)
    kiosk.relock.check()
    assert kiosk.mediator.state == UNLOCKED
    qtbot.keyClick(kiosk.tools, Qt.Key.Key_Shift)  # activity restarts the count
    clock.advance(relock_s - 1)
    kiosk.relock.check()
    assert kiosk.mediator.state == UNLOCKED
    clock.advance(1)
    kiosk.relock.check()
    assert kiosk.mediator.state == LOCKED
    assert window.current_screen().screen_id == "mediator_signin"


def test_wrong_pins_pause_sign_in(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    context = app_context("--mode", "mediator")
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(context.window.staff_button, Qt.MouseButton.LeftButton)
    reasons = []
    for _ in range(5):
        with qtbot.waitSignal(kiosk.mediator.sig_sign_in_failed) as failed:
            type_pin(qtbot, kiosk.sign_in.pin, "000000")
            qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
        reasons.append(failed.args[0])
    assert reasons == ["wrong"] * 4 + ["paused"]
    with qtbot.waitSignal(kiosk.mediator.sig_sign_in_failed) as failed:
        type_pin(qtbot, kiosk.sign_in.pin, "739204")  # even the right one waits
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    assert failed.args == ["paused"]
    assert kiosk.mediator.state == LOCKED


def test_no_secure_storage_is_said_clearly_and_citizens_go_on(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    keyring.set_keyring(fail.Keyring())
    context = app_context("--mode", "kiosk", "--lang", "en")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed) as changed:
        qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    assert changed.args == [NO_STORAGE]
    assert not kiosk.sign_in.pin.isVisibleTo(window)
    explain = kiosk.sign_in._explain.text()
    assert "no safe place to keep the mediator PIN" in explain
    assert "What to do" in explain  # M-1 (issue 14): what to do, not "system keyring"
    assert "keyring" not in explain
    # M-1: not a dead end: Back leads to the welcome screen, where the staff button was.
    assert kiosk.sign_in.home.isVisibleTo(window)
    assert kiosk.sign_in.home.text() == "Back"
    qtbot.mouseClick(kiosk.sign_in.home, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "attract"
    qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == kiosk.sign_in.screen_id
    # Citizens keep the desk: End session returns to the attract screen and a
    # new session starts normally.
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "attract"
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"


def test_a_kiosk_without_pin_cannot_choose_one(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk")
    window = context.window
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed) as changed:
        qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    assert changed.args == [NO_SECRET]
    assert not kiosk.sign_in.pin.isVisibleTo(window)
    assert "assist-desk pin set" in kiosk.sign_in._explain.text()
    assert kiosk.sign_in.home.isVisibleTo(window)  # M-1: it leads back


def test_training_reset_is_one_click(
    qtbot: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    context = app_context()  # training mode by default
    window = context.window
    kiosk = kiosk_of(context)
    assert context.features.portal.training is not None  # training mode: the real one
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        type_pin(qtbot, kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    assert kiosk.tools.reset_button.isVisibleTo(window)
    with qtbot.waitSignal(kiosk.mediator.sig_training_reset) as done:
        qtbot.mouseClick(kiosk.tools.reset_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert kiosk.tools.reset_result.text()


def test_mode_switch_to_kiosk_wipes_and_locks(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication, training_portal: Any
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    # A real portal: a workstation on the embedded training portal may not become a
    # kiosk (its database is on disk; see the test below).
    context = app_context("--mode", "mediator", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        type_pin(qtbot, kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    with qtbot.waitSignal(context.sig_session_wiped):
        qtbot.mouseClick(kiosk.tools.kiosk_button, Qt.MouseButton.LeftButton)
    assert kiosk.session.mode.value == "kiosk"
    assert kiosk.lockdown.engaged
    assert kiosk.mediator.state == LOCKED
    assert window.current_screen().screen_id == "attract"
    assert not window.staff_button.isVisibleTo(window)
    assert window.close() is False


def test_a_workstation_on_the_training_portal_cannot_become_a_kiosk(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    context = app_context("--mode", "mediator")  # no portal URL: the embedded one, on disk
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        type_pin(qtbot, kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    assert not kiosk.tools.kiosk_button.isEnabled()
    kiosk.tools.sig_switch_mode.emit("kiosk")  # even if asked another way
    assert kiosk.session.mode.value == "mediator"
    assert not kiosk.lockdown.engaged


def test_a_workstation_switched_to_kiosk_never_opens_a_url(
    qtbot: Any,
    qapp: Any,
    app_context: StartApplication,
    training_portal: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtGui import QDesktopServices

    from assist_desk.modes import Mode

    opened: list[Any] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    context = app_context("--mode", "mediator", "--portal-url", training_portal.url)
    flows = context.features.flows
    assert flows is not None
    opener = flows.service.get().opener
    url = "https://ants.gouv.fr/"
    assert opener.allows(url)
    kiosk_of(context).session.switch_mode(Mode.KIOSK)  # as staff do from the tools
    assert opener.open(url) is False
    assert opened == []


def test_tools_lead_to_the_sources_and_licences_and_back(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    """O-3: the sources, licences and pack details live with the mediator tools."""
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    context = app_context("--mode", "mediator", "--lang", "fr")
    window = context.window
    window.show()  # the facts are read when the screen is shown
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        type_pin(qtbot, kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    tools = window.current_screen()
    assert tools.sources_button.text() == "Sources et licences"
    tools.sources_button.click()
    sources = window.current_screen()
    assert sources.screen_id == "about_sources"
    assert sources.heading.text() == "Sources et licences"
    assert "resources/places" in sources.sources.toPlainText()
    assert "Lieux (resources/places)" in sources.sources.toPlainText()  # translated title
    sources.back_button.click()
    assert window.current_screen().screen_id == "mediator_tools"
