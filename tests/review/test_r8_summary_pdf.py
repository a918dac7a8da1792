"""R8 (M4): the kiosk's "Print" on the hand-off page, without a usable printer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from assist_desk import flows_feature, paths
from tests.kiosk.helpers import kiosk_of, start_app, stop_app


def test_summary_pdf_lands_in_the_data_folder_and_survives_the_wipe(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QPrinter, "isValid", lambda self: False)  # no printer system
    # The shipped kiosk configuration (embedded portal: its data folder exists).
    context = start_app(qtbot, qapp, "--mode", "kiosk", "--lang", "en")
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(context.services["training_portal"].started.is_set, timeout=30000)
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.home.tile("new_request"), Qt.MouseButton.LeftButton)
        screen = window.current_screen()
        requests = flows_feature.service(context).requests
        qtbot.waitUntil(lambda: requests.catalogue is not None, timeout=10000)
        procedure = requests.catalogue.categories[0].procedures[0]
        requests.update(procedure=procedure.id, handoff_url=procedure.handoff_url)
        text = screen.handoff.summary_document().toPlainText()
        screen.handoff.print_summary()
        pdf = paths.data_dir() / "request-summary.pdf"
        print("written:", pdf.relative_to(isolated_home), pdf.stat().st_size, "bytes")
        print("it holds:", text.replace("\n", " | ")[:200])
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        assert pdf.exists(), "survives End session"
        print("after End session the file is still there:", pdf.exists())
    finally:
        stop_app(qtbot, context)
