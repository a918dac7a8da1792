"""R6 (M2): the 5-attempt pause does not hold against a burst of PINs (USB keyboard injector)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk import credentials
from assist_desk.controllers.mediator import UNLOCKED
from assist_desk.credentials import MEDIATOR_ENTRY, hash_secret
from tests.kiosk.helpers import kiosk_of, start_app, stop_app


def test_burst_of_pins_beats_the_pause(
    qtbot: Any, qapp: Any, memory_keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    checked: list[str] = []
    real_verify = credentials.verify_secret

    def counting(secret: str, stored: str) -> bool:
        checked.append(secret)
        return real_verify(secret, stored)

    monkeypatch.setattr(credentials, "verify_secret", counting)
    context = start_app(qtbot, qapp, "--mode", "kiosk")
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        kiosk = kiosk_of(context)
        qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: kiosk.sign_in.pin.isVisibleTo(window), timeout=5000)
        failures: list[str] = []
        kiosk.mediator.sig_sign_in_failed.connect(failures.append)
        guesses = [f"{n:06d}" for n in range(100000, 100030)] + ["739204"]
        for guess in guesses:  # typed as fast as a HID injector types: no pause between
            qtbot.keyClicks(kiosk.sign_in.pin, guess)
            qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: (
                len(failures) + (kiosk.mediator.state == UNLOCKED) >= len(guesses)
                or kiosk.mediator.state == UNLOCKED
            ),
            timeout=30000,
        )
        qtbot.waitUntil(lambda: not kiosk.mediator.busy, timeout=30000)
        print(
            f"guesses typed: {len(guesses)}; actually verified: {len(checked)}; "
            f"'wrong': {failures.count('wrong')}; 'paused': {failures.count('paused')}; "
            f"state: {kiosk.mediator.state}"
        )
        assert len(checked) > 5
        assert kiosk.mediator.state == UNLOCKED
    finally:
        stop_app(qtbot, context)
