"""R2 (H1): a pre-application check started before the wipe lands in the next session."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk.appointments import client as appointments_client
from assist_desk.appointments.models import ApplicationStatus, ExistingAppointment
from assist_desk.appointments.service import AppointmentConfig
from assist_desk.controllers.appointments import AppointmentsController
from tests.kiosk.helpers import kiosk_of, start_app, stop_app, widgets_holding

NUMBER = "AB12CD34EF"
TOWN_HALL = "Mairie de Testville (canary)"


def test_check_answer_arriving_after_the_wipe_is_shown_to_the_next_citizen(
    qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate: dict[str, Any] = {}

    async def slow_status(self: Any, ids: Any) -> dict[str, ApplicationStatus]:
        gate["future"] = asyncio.get_running_loop().create_future()
        await gate["future"]  # the ANTS API is slow (up to STATUS_TIMEOUT_S)
        return {
            NUMBER: ApplicationStatus(
                status="validated",
                appointments=[
                    ExistingAppointment(
                        appointment_date="2026-06-01T09:30", meeting_point=TOWN_HALL
                    )
                ],
            )
        }

    monkeypatch.setattr(appointments_client.CoordinationClient, "status", slow_status)
    # A help point with its ANTS tokens (as appointments_feature.controller builds it).
    context = start_app(qtbot, qapp, "--mode", "kiosk", "--portal-url", "http://127.0.0.1:9")
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        made = AppointmentsController(
            AppointmentConfig(enabled=True, coordination_url="https://coordination.invalid/api"),
            "coordination-token",
            "hub-token",
        )
        context.services["appointments"] = made
        context.wipe_hooks.append(made.reset)

        # Citizen A checks her number.
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        window.show_screen("appointments")
        widget = window.current_screen().widget
        qtbot.keyClicks(widget.number_edit, NUMBER)
        qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "future" in gate, timeout=5000)

        # She walks away / presses End session while ANTS has not answered yet.
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        assert window.current_screen().screen_id == "attract"
        assert widgets_holding(NUMBER) == []
        assert TOWN_HALL not in widget.result.text()

        # Citizen B starts; ANTS answers A's request now.
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        gate["future"].set_result(None)
        qtbot.waitUntil(lambda: TOWN_HALL in widget.result.text(), timeout=5000)
        window.show_screen("appointments")
        print("NEXT CITIZEN SEES:", widget.result.text())
        assert TOWN_HALL in widget.result.text()
    finally:
        stop_app(qtbot, context)


def test_same_race_with_the_real_service_and_a_slow_keyring(
    qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No patched service: real AppointmentService/CoordinationClient over an httpx
    MockTransport (the ANTS API answers at once) and a keyring read of 1 s (the
    design allows 2 s). The wipe lands while the tokens are still being read."""
    import json

    import httpx

    from assist_desk.appointments import service as service_module

    def handler(request: httpx.Request) -> httpx.Response:
        body = {
            NUMBER: {
                "status": "validated",
                "appointments": [
                    {"appointment_date": "2026-06-01T09:30", "meeting_point": TOWN_HALL}
                ],
            }
        }
        return httpx.Response(200, content=json.dumps(body).encode())

    real_init = service_module.AppointmentService.__init__

    def init(self: Any, config: Any, c: Any = None, h: Any = None, transport: Any = None) -> None:
        real_init(self, config, c, h, httpx.MockTransport(handler))

    monkeypatch.setattr(service_module.AppointmentService, "__init__", init)

    async def slow_keyring() -> tuple[str, str]:
        await asyncio.sleep(1.0)
        return "coordination-token", "hub-token"

    context = start_app(qtbot, qapp, "--mode", "kiosk", "--portal-url", "http://127.0.0.1:9")
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        made = AppointmentsController(
            AppointmentConfig(enabled=True, coordination_url="https://coordination.invalid/api"),
            None,
            None,
            None,
            slow_keyring,
        )
        context.services["appointments"] = made
        context.wipe_hooks.append(made.reset)
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        window.show_screen("appointments")
        widget = window.current_screen().widget
        qtbot.keyClicks(widget.number_edit, NUMBER)
        qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
        qtbot.wait(200)
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
        assert TOWN_HALL not in widget.result.text()
        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: TOWN_HALL in widget.result.text(), timeout=5000)
        print("NEXT CITIZEN SEES (real service):", widget.result.text().replace("\n", " | "))
    finally:
        stop_app(qtbot, context)
