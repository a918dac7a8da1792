"""The feature installers in a real application context (training mode)."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk.views.appointments import PreApplicationWidget
from tests.app_fixtures import StartApplication

pytestmark = pytest.mark.usefixtures("english")


def test_places_tile_and_appointments_services(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context("--lang", "en")
    window = context.window
    assert window.home.tile("places").accessibleName() == "Help points and town halls"
    assert "places" not in {s.screen_id for s in window.built_screens()}  # built on demand
    appointments = context.features.appointments
    assert appointments is not None
    controller = appointments.controller.get()
    assert controller.can_check_numbers  # the training portal's emulation
    assert appointments.controller.get() is controller  # made once
    widget = PreApplicationWidget(controller)
    qtbot.addWidget(widget)
    assert widget.number_edit.accessibleName() == "Pre-application number"
    appointments.show_screen()
    assert window.current_screen().screen_id == "appointments"
    window.show_screen("places")
    places = window.current_screen()
    assert places.screen_id == "places"
    assert places.initial_focus() is places.search_edit  # type: ignore[attr-defined]
    assert context.features.places is not None
    context.features.places.wait_loaded()
    context.wipe_session()
    assert window.current_screen().screen_id == "home"
