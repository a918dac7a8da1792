"""V-2: every step of a flow shows exactly one filled primary button (issue 14).

The screen review found next steps drawn as outlined buttons ("Start a new request"
after the Terms were accepted again), and nothing filled to say what to do next.
Each step of the account and Terms flows is shown in turn, at a workstation and at a
kiosk, and the design check counts the filled buttons shown. Real controllers and
screens; no portal call is made.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QScrollArea, QWidget

from assist_desk.controllers.account import AccountController, FlowSession, ReacceptanceController
from assist_desk.devtools import design_check
from assist_desk.views.account.screen import AccountScreen
from assist_desk.views.request.screen import ReacceptanceScreen
from assist_desk.views.wizard import WizardScreen
from tests.design.holding import hold_in_scroll_area

HOLDERS: list[QWidget] = []
#: Each step's answers so far, as a person who reached it would have given them.
PROFILE_OF_STEP = {
    "siv_authorisation_help": "siv_professional",
    "siret_help": "legal_entity",
    "approval_help": "driving_school",
    "town_hall_request": "town_hall_dr",
    "prefecture_pending": "siv_professional",
    "request_sent": "town_hall_dr",
}


def _hold(qtbot: Any, screen: WizardScreen) -> QScrollArea:
    return hold_in_scroll_area(qtbot, screen, HOLDERS)


def _primary_findings(screen: WizardScreen, holder: QScrollArea) -> dict[str, list[str]]:
    """The steps whose screen does not show exactly one filled button."""
    controller = screen.controller
    start = controller.wizard.navmap.start
    wrong: dict[str, list[str]] = {}
    for step_id in screen.step_ids():  # each page built as its step is shown
        controller.update(profile=PROFILE_OF_STEP.get(step_id, "individual"))
        controller.wizard.history = [start] if step_id == start else [start, step_id]
        controller.sig_step_changed.emit(step_id)
        findings = design_check.check_primary_count(holder)
        if findings:
            wrong[step_id] = [finding.detail for finding in findings]
    return wrong


@pytest.mark.parametrize("kiosk", [False, True], ids=["workstation", "kiosk"])
def test_every_account_step_has_one_filled_primary(qtbot: Any, kiosk: bool) -> None:
    holder = QScrollArea()
    controller = AccountController(lambda: None, FlowSession(holder), parent=holder)
    screen = AccountScreen(controller, kiosk=kiosk)
    shown = _hold(qtbot, screen)
    HOLDERS.append(holder)
    assert _primary_findings(screen, shown) == {}


@pytest.mark.parametrize("kiosk", [False, True], ids=["workstation", "kiosk"])
def test_every_terms_step_has_one_filled_primary(qtbot: Any, kiosk: bool) -> None:
    holder = QScrollArea()
    controller = ReacceptanceController(lambda: None, FlowSession(holder), parent=holder)
    screen = ReacceptanceScreen(controller)
    screen.kiosk = kiosk
    shown = _hold(qtbot, screen)
    HOLDERS.append(holder)
    assert _primary_findings(screen, shown) == {}


def test_the_check_counts_filled_buttons(qtbot: Any) -> None:
    """The check itself: none and two are findings, one is not."""
    holder = QScrollArea()
    controller = ReacceptanceController(lambda: None, FlowSession(holder), parent=holder)
    screen = ReacceptanceScreen(controller)
    shown = _hold(qtbot, screen)
    HOLDERS.append(holder)
    assert design_check.check_primary_count(shown) == []  # the first step: "Continue"
    screen.next_button.setProperty("role", None)
    assert [f.kind for f in design_check.check_primary_count(shown)] == ["primary-count"]
    screen.next_button.setProperty("role", "primary")
    screen.back_button.setProperty("role", "primary")
    screen.back_button.show()
    assert "2 filled" in design_check.check_primary_count(shown)[0].detail


def test_a_portal_that_is_down_leaves_retry_as_the_one_filled_button(qtbot: Any) -> None:
    """error-02-portal-down: Continue gave way to "Try again", outlined: nothing filled."""
    holder = QScrollArea()
    HOLDERS.append(holder)
    controller = AccountController(lambda: None, FlowSession(holder), parent=holder)
    screen = AccountScreen(controller)
    shown = _hold(qtbot, screen)
    controller.update(profile="individual")
    controller.wizard.history = ["profile", "declaration"]
    controller.sig_step_changed.emit("declaration")
    controller.sig_error.emit("unavailable", "")
    assert screen.retry_button.isVisibleTo(screen)
    assert not screen.next_button.isVisibleTo(screen)
    assert design_check.check_primary_count(shown) == []
    assert screen.retry_button.property("role") == "primary"
