"""The mediator PIN back-off holds against a burst and across restarts (issue 17, M2)."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk import credentials, pin_attempts
from assist_desk.controllers.mediator import LOCKED, UNLOCKED, MediatorController
from assist_desk.credentials import MEDIATOR_ENTRY, MIN_SECRET_LENGTH, MemoryStore, hash_secret
from assist_desk.pin_attempts import FIRST_PAUSE_S, FREE_ATTEMPTS, AttemptLedger, pause_after
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import FakeClock, kiosk_of

RIGHT = "739204"


def test_a_burst_of_pins_is_checked_one_at_a_time(
    qtbot: Any,
    qapp: Any,
    memory_keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret(RIGHT)
    checked: list[str] = []
    real_verify = credentials.verify_secret

    def counting(secret: str, stored: str) -> bool:
        checked.append(secret)
        return real_verify(secret, stored)

    monkeypatch.setattr(credentials, "verify_secret", counting)
    context = app_context("--mode", "kiosk")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.sign_in.pin.isVisibleTo(window), timeout=5000)
    qtbot.waitUntil(lambda: kiosk.mediator.state == LOCKED, timeout=5000)
    guesses = [f"{n:06d}" for n in range(100000, 100030)] + [RIGHT]
    for guess in guesses:  # as fast as a USB key injector types
        qtbot.keyClicks(kiosk.sign_in.pin, guess)
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not kiosk.mediator.busy, timeout=10000)
    qtbot.wait(200)
    print(f"guesses typed: {len(guesses)}; checked: {len(checked)}")
    assert len(checked) == 1
    assert kiosk.mediator.attempts.failures == 1
    assert kiosk.mediator.state == LOCKED


def test_the_pause_doubles_and_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "attempts.json"
    ledger = AttemptLedger(path, clock)
    for _ in range(FREE_ATTEMPTS - 1):
        ledger.reserve()
        assert ledger.pause_left() == 0
    ledger.reserve()
    assert ledger.pause_left() == FIRST_PAUSE_S
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    restarted = AttemptLedger(path, clock)  # the application crashed and came back
    assert restarted.failures == FREE_ATTEMPTS
    assert restarted.pause_left() == FIRST_PAUSE_S
    clock.advance(FIRST_PAUSE_S)
    restarted.reserve()
    assert restarted.pause_left() == 2 * FIRST_PAUSE_S
    assert [pause_after(n) for n in (4, 5, 6, 7)] == [0, 60, 120, 240]
    assert pause_after(40) == pin_attempts.LONGEST_PAUSE_S
    restarted.succeeded()
    assert AttemptLedger(path, clock).failures == 0


def test_an_unreadable_attempts_file_pauses_sign_in(tmp_path: Path) -> None:
    path = tmp_path / "attempts.json"
    path.write_text("not json", encoding="utf-8")
    assert AttemptLedger(path, FakeClock()).pause_left() == FIRST_PAUSE_S


def _controller(path: Path, store: MemoryStore, clock: FakeClock) -> MediatorController:
    return MediatorController(store, attempts=AttemptLedger(path, clock))


def test_wrong_pins_pause_the_next_process_too(qapp: Any, tmp_path: Path) -> None:
    store = MemoryStore()
    store.values[MEDIATOR_ENTRY] = hash_secret(RIGHT)
    clock = FakeClock()
    path = tmp_path / "attempts.json"

    async def scenario() -> tuple[list[str], list[str], str]:
        first = _controller(path, store, clock)
        reasons: list[str] = []
        first.sig_sign_in_failed.connect(reasons.append)
        for _ in range(FREE_ATTEMPTS):
            await first.sign_in_now("000000")
        second = _controller(path, store, clock)  # after a restart
        later: list[str] = []
        second.sig_sign_in_failed.connect(later.append)
        await second.sign_in_now(RIGHT)  # even the right PIN waits
        clock.advance(FIRST_PAUSE_S)
        await second.sign_in_now(RIGHT)
        return reasons, later, second.state

    reasons, later, state = asyncio.run(scenario())
    assert reasons == ["wrong"] * (FREE_ATTEMPTS - 1) + ["paused"]
    assert later == ["paused"]
    assert state == UNLOCKED


def test_an_attempt_cut_short_by_the_wipe_still_counts(qapp: Any, tmp_path: Path) -> None:
    store = MemoryStore()
    store.values[MEDIATOR_ENTRY] = hash_secret(RIGHT)

    async def scenario() -> tuple[int, str, bool]:
        controller = _controller(tmp_path / "attempts.json", store, FakeClock())
        controller.sign_in(RIGHT)
        controller.scope.end()  # the session is wiped while the PIN is checked
        await asyncio.sleep(0.3)
        return controller.attempts.failures, controller.state, controller.busy

    failures, state, busy = asyncio.run(scenario())
    assert failures == 1
    assert state != UNLOCKED
    assert not busy


@pytest.mark.parametrize(
    "weak", ["12345", "000000", "111111111", "123456", "987654", "890123", "short-pw"]
)
def test_weak_pins_and_short_passwords_are_refused(weak: str) -> None:
    assert MIN_SECRET_LENGTH >= 6
    with pytest.raises(credentials.SecretTooShort):
        asyncio.run(credentials.set_mediator_secret(MemoryStore(), weak))


@pytest.mark.parametrize("good", ["739204", "48291573", "a long passphrase"])
def test_six_digit_pins_and_long_passwords_are_accepted(good: str) -> None:
    assert credentials.secret_is_strong_enough(good)
