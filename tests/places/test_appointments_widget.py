"""The pre-application number widget: as-you-type checks, statuses over HTTP, fallbacks."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtGui import QAccessible

from assist_desk.appointments.service import TRAINING_TOKEN, AppointmentConfig
from assist_desk.bidi import plain_address_text, unbreakable_address
from assist_desk.controllers.appointments import AppointmentsController
from assist_desk.i18n import isolate, strip_isolates
from assist_desk.views.appointments import AppointmentsScreen, PreApplicationWidget

pytestmark = pytest.mark.usefixtures("english")


def _run(controller: AppointmentsController, slot: str, *args: Any) -> None:
    """Run a controller slot's coroutine to its end, then close the clients.

    WORKAROUND: after an earlier test's ``AppContext.shutdown()`` (tests/gui), qasync
    timers no longer fire in the same process, so the slot's task runs on a fresh
    asyncio loop instead (the session scope starts it there). The signals it emits
    reach the widget directly (same thread).
    """

    async def scenario() -> None:
        try:
            getattr(controller, slot)(*args)  # starts in the controller's session scope
            await controller.scope.wait_idle()
        finally:
            await controller.aclose()

    asyncio.run(scenario())


def _widget(qtbot: Any, controller: AppointmentsController) -> PreApplicationWidget:
    widget = PreApplicationWidget(controller)
    qtbot.addWidget(widget)
    return widget


def test_feedback_as_you_type(qtbot: Any) -> None:
    widget = _widget(qtbot, AppointmentsController(AppointmentConfig()))
    widget.number_edit.setText("ab12")
    assert widget.feedback.text() == "4 of 10 characters"
    assert not widget.check_button.isEnabled()
    widget.number_edit.setText("ab12 cd34 e!")
    assert widget.feedback.text() == "Only letters A to Z and digits: “!” is not accepted"
    assert widget.number_edit.property("invalid") == "true"
    widget.number_edit.setText("ab12 cd34 ef")
    assert widget.feedback.text() == f"Complete number: {isolate('AB12 CD34 EF')}"
    assert widget.check_button.isEnabled()
    assert "only the form of the number is checked" in widget.result.text()
    assert not widget.slots_button.isVisible()
    name = QAccessible.queryAccessibleInterface(widget.number_edit).text(QAccessible.Text.Name)
    assert name == "Pre-application number"


def test_without_services_the_person_is_sent_to_the_official_site(
    qtbot: Any,
) -> None:
    controller = AppointmentsController(AppointmentConfig())
    widget = _widget(qtbot, controller)
    widget.number_edit.setText("VA12345678")
    assert widget.check_button.isEnabled()
    _run(controller, "check_number", widget.number_edit.text())
    assert "cannot be checked from here" in widget.result.text()
    # The address is one unbreakable unit (AR-5: word joiners, in its own isolate).
    shown = widget.handoff.text()
    assert "https://rendezvouspasseport.ants.gouv.fr/" in plain_address_text(shown)
    assert unbreakable_address("https://rendezvouspasseport.ants.gouv.fr/") in shown


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("VR12345678", "Valid:"),
        ("CB12345678", "Already used:"),
        ("DC12345678", "Not recognised by ANTS yet:"),
        ("XY12345678", "Unknown:"),
        ("ED12345678", "Expired:"),
    ],
)
def test_status_from_the_training_portal(
    qtbot: Any,
    ants_emulation_url: str,
    number: str,
    expected: str,
) -> None:
    controller = AppointmentsController(
        AppointmentConfig.training(ants_emulation_url), TRAINING_TOKEN, TRAINING_TOKEN
    )
    widget = _widget(qtbot, controller)
    widget.number_edit.setText(number.lower())
    assert widget.check_button.isEnabled()
    _run(controller, "check_number", widget.number_edit.text())
    assert widget.result.text().startswith(expected)
    if number == "VR12345678":
        shown = strip_isolates(widget.result.text())
        assert "Appointment: 2026-12-14 09:30:00 at Mairie fictive" in shown


def test_slots_near_the_help_point(qtbot: Any, ants_emulation_url: str) -> None:
    controller = AppointmentsController(
        AppointmentConfig.training(ants_emulation_url),
        TRAINING_TOKEN,
        TRAINING_TOKEN,
        site=(45.76, 4.83),
    )
    screen = AppointmentsScreen(controller)
    qtbot.addWidget(screen)
    screen.show()
    widget = screen.widget
    assert widget.slots_button.isVisible()
    _run(controller, "find_slots")
    assert widget.slots.count() == 3
    assert widget.slots.item(0).text().startswith("Mairie fictive des Tilleuls (formation)")
    widget.number_edit.setText("VA12345678")
    screen.clear_citizen_data()
    assert widget.number_edit.text() == ""
    assert not widget.slots.isVisible()
    assert screen.initial_focus() is widget.number_edit
