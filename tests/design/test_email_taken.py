"""E-5 (issue 14): "An account already uses this e-mail address" offers the way out.

Under the message: "Sign in with this address" and "Forgot your password?". Either
leads to the New request's sign-in with the address already typed (and, for the
second, the reset panel open with it). Real controllers and screens; the portal's
refusal arrives as the controller reports it (``sig_field_errors``).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from assist_desk.controllers.requests import RequestController
from assist_desk.sandbox import seed
from assist_desk.views.account.screen import FormPage
from assist_desk.views.request.screen import RequestScreen
from tests.design.test_flow_alerts import GOOD, account_screen, walk_to

HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_holders() -> Any:
    yield
    HOLDERS.clear()


def _taken(qtbot: Any) -> tuple[Any, Any, FormPage, list[str]]:
    controller, screen, _ = account_screen(qtbot)
    walk_to(
        controller,
        ["profile", "prerequisites", "method", "form"],
        profile="individual",
        has_email=True,
        method="ants_account",
    )
    page = screen.page("form")
    assert isinstance(page, FormPage)
    page.fill(GOOD)
    assert not page.taken_actions.isVisibleTo(page)  # nothing to offer yet
    controller.sig_field_errors.emit({"email": "email_taken"})
    navigated: list[str] = []
    screen.sig_navigate.connect(navigated.append)
    return controller, screen, page, navigated


def _request_screen(qtbot: Any, session: Any) -> RequestScreen:
    holder = QWidget()
    HOLDERS.append(holder)
    qtbot.addWidget(holder)
    controller = RequestController(lambda: None, session, parent=holder)
    controller.catalogue = seed.catalogue()  # loaded: showing the screen calls no portal
    screen = RequestScreen(controller)
    screen.setParent(holder)
    holder.resize(1280, 800)
    return screen


def test_sign_in_with_the_taken_address(qtbot: Any) -> None:
    controller, _, page, navigated = _taken(qtbot)
    assert page.taken_actions.isVisibleTo(page)
    assert page.sign_in_instead.text() == "Sign in with this address"
    assert page.forgot_instead.text() == "Forgot your password?"
    page.sign_in_instead.click()
    assert navigated == ["new_request"]
    request = _request_screen(qtbot, controller.session)
    request.parentWidget().show()  # the window shows the screen
    assert request.sign_in_page.email.text() == GOOD["email"]
    assert not request.sign_in_page.reset.body.isVisibleTo(request)
    assert controller.session.sign_in_instead is None  # taken once


def test_forgot_password_for_the_taken_address(qtbot: Any) -> None:
    controller, _, page, navigated = _taken(qtbot)
    page.forgot_instead.click()
    assert navigated == ["new_request"]
    request = _request_screen(qtbot, controller.session)
    request.parentWidget().show()  # the window shows the screen
    # C-4: what the request is about comes first, then the sign-in, address typed there.
    request.page("category").choose("identity_card")  # type: ignore[attr-defined]
    request.controller.go_next()
    assert request.controller.current == "sign_in"
    reset = request.sign_in_page.reset
    assert reset.body.isVisibleTo(request)
    assert reset.email.text() == GOOD["email"]


def test_the_actions_go_when_the_address_changes(qtbot: Any) -> None:
    _, _, page, _ = _taken(qtbot)
    page.fill({"email": "other.person@example.org"})
    assert not page.taken_actions.isVisibleTo(page)


def test_a_wipe_forgets_the_address(qtbot: Any) -> None:
    controller, _, page, _ = _taken(qtbot)
    page.sign_in_instead.click()
    controller.session.clear()
    assert controller.session.sign_in_instead is None
