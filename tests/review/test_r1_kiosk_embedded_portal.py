"""R1 (C1): a kiosk with the shipped site.toml (portal_url = "") keeps citizens' data on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.kiosk.helpers import Canary, files_holding, start_app, stop_app
from tests.kiosk.test_wipe_account_flow import drive_account_wizard_to_submission


def test_kiosk_on_the_default_embedded_portal_keeps_the_canary_on_disk(
    qtbot: Any, qapp: Any, isolated_home: Path
) -> None:
    # Exactly what packaging/linux runs: --mode kiosk, site.toml with portal_url = "".
    context = start_app(qtbot, qapp, "--mode", "kiosk")
    try:
        assert context.settings.uses_training_portal
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        # No "training: nothing is sent to ANTS" banner is shown to the citizen.
        assert not window.banner.isVisibleTo(window)
        handle = context.services["training_portal"]
        qtbot.waitUntil(handle.started.is_set, timeout=30000)
        canary = Canary()
        account = drive_account_wizard_to_submission(qtbot, context, canary)
        account.go_next()
        qtbot.waitUntil(
            lambda: not account.busy and account.current != "declaration", timeout=15000
        )
        assert account.current == "check_email"
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        assert window.current_screen().screen_id == "attract"
        hits = files_holding(isolated_home, canary.needle())
        print("FILES HOLDING THE CANARY AFTER THE WIPE:", hits)
        assert hits, "expected the embedded portal's database to keep the citizen's data"
    finally:
        stop_app(qtbot, context)
