"""Nothing of a citizen is left in memory after the wipe, by the strict detector (issue 17, M5).

The canary goes through the account flow, the FAQ search, the places search and
a sign-in (wrong password); after the wipe no str or bytes reachable from the
GC or the modules holds it (:mod:`tests.kiosk.deep`), nor any widget or file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.app_fixtures import StartApplication
from tests.kiosk.deep import deep_holding
from tests.kiosk.helpers import (
    Canary,
    files_holding,
    kiosk_of,
    widgets_holding,
)
from tests.kiosk.test_wipe_account_flow import drive_account_wizard_to_submission


def test_account_flow_leaves_nothing_in_memory(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    training_portal: Any,
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    canary = Canary()
    account = drive_account_wizard_to_submission(qtbot, context, canary)
    account.go_next()
    qtbot.waitUntil(lambda: not account.busy and account.current != "declaration", timeout=15000)
    assert account.current == "check_email"
    held_before = len(deep_holding(canary.needle()))
    assert held_before > 0  # the detector sees the citizen's data while it is in use
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    after = deep_holding(canary.needle())
    print(f"held before the wipe: {held_before}; after: {after}")
    assert after == []
    assert widgets_holding(canary.needle()) == []


def test_searches_and_sign_in_leave_nothing(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    training_portal: Any,
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "en", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    canary = Canary()
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.has_feature("faq") and window.has_feature("places"), timeout=20000
    )
    window.show_screen("faq")
    qtbot.keyClicks(window.current_screen().search_box, f"passeport {canary.text()}")
    qtbot.wait(600)
    window.show_screen("places")
    places = window.current_screen()
    qtbot.keyClicks(places.search_edit, canary.text())
    qtbot.keyClick(places.search_edit, Qt.Key.Key_Return)
    window.show_screen("new_request")
    requests = context.features.flows.service.get().requests
    qtbot.waitUntil(lambda: requests.catalogue is not None, timeout=10000)
    window.current_screen().page("category").choose("identity_card")  # C-4: first
    requests.go_next()
    assert requests.current == "sign_in"
    page = window.current_screen().sign_in_page
    qtbot.keyClicks(page.email, canary.email())
    qtbot.keyClicks(page.password, "pw-" + canary.text())
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: requests.last_error is not None, timeout=10000)
    context.switch_language("ar")
    held_before = len(deep_holding(canary.needle()))
    assert held_before > 0
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)
    after = deep_holding(canary.needle())
    print(f"held before the wipe: {held_before}; after: {after}")
    assert after == []
    assert widgets_holding(canary.needle()) == []
    assert files_holding(isolated_home, canary.needle()) == []
