"""R10 (M5): the project's account-flow canary test, re-checked with a stricter detector."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.kiosk.helpers import Canary, gc_strings_holding, start_app, stop_app, widgets_holding
from tests.kiosk.test_wipe_account_flow import drive_account_wizard_to_submission
from tests.review.deep import deep_holding


def test_account_flow_deep(
    qtbot: Any, qapp: Any, isolated_home: Path, training_portal: Any
) -> None:
    context = start_app(qtbot, qapp, "--mode", "kiosk", "--portal-url", training_portal.url)
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        canary = Canary()
        account = drive_account_wizard_to_submission(qtbot, context, canary)
        account.go_next()
        qtbot.waitUntil(
            lambda: not account.busy and account.current != "declaration", timeout=15000
        )
        assert account.current == "check_email"
        before = deep_holding(canary.needle())
        print(
            "before the wipe, deep detector:",
            len(before),
            "hits; project detector:",
            len(gc_strings_holding(canary.needle())),
        )
        for hit in before:
            print("   ", hit)
        del before
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        qtbot.wait(500)
        after = deep_holding(canary.needle())
        print(
            "after the wipe: widgets",
            len(widgets_holding(canary.needle())),
            "| project gc detector",
            len(gc_strings_holding(canary.needle())),
        )
        print("deep detector after the wipe:", len(after))
        for hit in after[:15]:
            print("   ", hit)
    finally:
        stop_app(qtbot, context)
