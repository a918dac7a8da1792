"""R5 (H4): in kiosk mode, "Sign in with FranceConnect" hands a URL to the system browser."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.kiosk.helpers import kiosk_of, start_app, stop_app


def test_kiosk_franceconnect_calls_qdesktopservices(
    qtbot: Any, qapp: Any, training_portal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    context = start_app(qtbot, qapp, "--mode", "kiosk", "--portal-url", training_portal.url)
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        kiosk = kiosk_of(context)
        assert kiosk.lockdown.engaged
        qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.home.tile("new_request"), Qt.MouseButton.LeftButton)
        screen = window.current_screen()
        assert screen.screen_id == "new_request"
        fc = screen.sign_in_page.fc_button
        assert fc.isVisibleTo(window)  # offered to a citizen alone at the kiosk
        qtbot.mouseClick(fc, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened), timeout=10000)
        print("KIOSK ASKED THE OS TO OPEN:", opened)
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    finally:
        stop_app(qtbot, context)
