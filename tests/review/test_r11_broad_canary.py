"""R11 (M5): canary through FAQ search, places search, sign-in with a wrong password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from assist_desk import flows_feature
from tests.kiosk.helpers import (
    Canary,
    files_holding,
    kiosk_of,
    start_app,
    stop_app,
    widgets_holding,
)
from tests.review.deep import deep_holding


def test_broad_canary(qtbot: Any, qapp: Any, isolated_home: Path, training_portal: Any) -> None:
    context = start_app(
        qtbot, qapp, "--mode", "kiosk", "--lang", "en", "--portal-url", training_portal.url
    )
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        canary = Canary()
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: window.has_feature("faq") and window.has_feature("places"), timeout=20000
        )
        window.show_screen("faq")
        faq = window.current_screen()
        qtbot.keyClicks(faq.search_box, f"passeport {canary.text()}")
        qtbot.wait(600)
        window.show_screen("places")
        places = window.current_screen()
        qtbot.keyClicks(places.search_edit, canary.text())
        qtbot.keyClick(places.search_edit, Qt.Key.Key_Return)
        window.show_screen("new_request")
        screen = window.current_screen()
        page = screen.sign_in_page
        qtbot.keyClicks(page.email, canary.email())
        qtbot.keyClicks(page.password, "pw-" + canary.text())
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
        requests = flows_feature.service(context).requests
        qtbot.waitUntil(lambda: requests.last_error is not None, timeout=10000)
        context.switch_language("ar")
        before = deep_holding(canary.needle())
        print("before:", len(before), "| widgets", len(widgets_holding(canary.needle())))
        del before
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        qtbot.wait(500)
        after = deep_holding(canary.needle())
        print("after: widgets", widgets_holding(canary.needle()), "| deep", len(after))
        for hit in after:
            print("   ", hit)
        print("files:", files_holding(isolated_home, canary.needle()))
    finally:
        stop_app(qtbot, context)
