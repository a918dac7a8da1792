"""R9 (L1): after a sign-in, the wipe leaves "Signed in as <name>" in a hidden label."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from assist_desk import flows_feature
from tests.kiosk.helpers import kiosk_of, start_app, stop_app, widgets_holding


def test_display_name_survives_in_a_hidden_label(
    qtbot: Any, qapp: Any, training_portal: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    context = start_app(
        qtbot, qapp, "--mode", "kiosk", "--lang", "en", "--portal-url", training_portal.url
    )
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.home.tile("new_request"), Qt.MouseButton.LeftButton)
        screen = window.current_screen()
        qtbot.mouseClick(screen.sign_in_page.fc_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(opened), timeout=10000)
        attempt = opened[0].rsplit("/", 1)[1]
        page = httpx.get(opened[0]).text
        identity = page.split('name="identity_id" value="', 1)[1].split('"', 1)[0]
        httpx.post(
            f"{training_portal.url}/training/franceconnect/{attempt}/choose",
            data={"identity_id": identity},
            headers=training_portal.trainer_headers,
        )
        session = flows_feature.service(context).session
        qtbot.waitUntil(lambda: session.account is not None, timeout=15000)
        name = session.account.display_name
        label = screen.sign_in_page.signed_in
        print("label before the wipe:", repr(label.text()))
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        print("after the wipe:", repr(label.text()), "visible:", label.isVisibleTo(window))
        print("widgets holding the name:", widgets_holding(name))
        assert name in label.text()
    finally:
        stop_app(qtbot, context)
