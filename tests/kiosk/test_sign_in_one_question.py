"""K-2 at the kiosk's sign-in (issue 14, noticed after session 8): the e-mail, then the
password with "Show", one per screen, as the account form asks its fields.

Continue checks the address (its error under it); Back returns to it; the password
screen keeps T-1's words on where the password goes; a refused sign-in stays on the
password screen with the address in view; the wipe starts the next person at the
e-mail. Driven with taps and typing through the real application and training portal.
A workstation keeps the one form (checked on the page alone, without the application).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.sandbox import seed
from assist_desk.tours.samples import FORMS, PASSWORD
from assist_desk.views import flow_texts as T
from assist_desk.views.request.screen import RequestScreen
from assist_desk.views.request.sign_in import SignInPage
from tests.app_fixtures import StartApplication
from tests.design.test_email_taken import _taken
from tests.design.test_flow_alerts import GOOD
from tests.gui.test_flows_e2e import follow_outbox_link
from tests.kiosk.helpers import kiosk_of
from tests.kiosk.test_one_question_per_screen import _has_focus_in, _start, shown_parts

HOLDERS: list[QWidget] = []


def _open_sign_in(qtbot: Any, context: Any) -> tuple[Any, Any, SignInPage]:
    window = context.window
    qtbot.mouseClick(window.home.tile("new_request"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    requests = context.features.flows.service.get().requests
    qtbot.waitUntil(lambda: requests.catalogue is not None, timeout=10000)
    qtbot.mouseClick(screen.page("category").radios["identity_card"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert requests.current == "sign_in"
    return screen, requests, screen.sign_in_page


def _type(qtbot: Any, edit: QLineEdit, text: str) -> None:
    assert edit.isVisible(), f"{edit.objectName()}: not on the screen"
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def _tap(qtbot: Any, button: Any) -> None:
    assert button.isVisible(), f"{button.objectName()}: not on the screen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _active_account(qtbot: Any, context: Any, portal: Any, email: str) -> None:
    client = context.features.portal.client.get()
    payload = {k: v for k, v in FORMS["individual"].items() if k != "password_confirm"}
    payload.update(profile="individual", email=email, birth_date="1985-07-14")
    terms_task = context.loop.create_task(client.current_terms())
    qtbot.waitUntil(terms_task.done, timeout=15000)
    terms = terms_task.result()
    payload["terms"] = {"version_id": terms.id, "sha256": terms.sha256, "site_id": "test"}
    created = context.loop.create_task(client.create_account(payload))
    qtbot.waitUntil(created.done, timeout=15000)
    follow_outbox_link(portal, created.result().id)


def test_the_kiosk_asks_the_email_then_the_password(
    qtbot: Any, training_portal: Any, app_context: StartApplication
) -> None:
    context, _account = _start(qtbot, app_context, training_portal.url)
    email = f"claude.k2.{id(context)}@example.org"
    _active_account(qtbot, context, training_portal, email)
    screen, requests, page = _open_sign_in(qtbot, context)

    # The e-mail alone, with the other ways in; Continue is the wizard's.
    assert shown_parts(page) == ["email"]
    assert page.position.text() == "Question 1 of 2"
    assert _has_focus_in(page.email)
    assert screen.next_button.isVisible()
    assert screen.next_button.property("role") == "primary"
    assert page.fc_button.isVisible()
    assert page.no_account.isVisible()
    assert not page.password.isVisible()
    assert not page.sign_in_button.isVisible()

    _tap(qtbot, screen.next_button)  # nothing typed: the error under the field
    assert shown_parts(page) == ["email"]
    assert page.email_error.isVisible()
    assert page.email_error.text() == T.t(T.FIELD_ERRORS["required"])
    assert page.email_error.text() in page.email.accessibleDescription()
    assert _has_focus_in(page.email)
    _type(qtbot, page.email, "claude@")
    _tap(qtbot, screen.next_button)
    assert shown_parts(page) == ["email"]
    assert page.email_error.text() == T.t(T.FIELD_ERRORS["invalid_email"])

    _type(qtbot, page.email, email)
    _tap(qtbot, screen.next_button)
    assert shown_parts(page) == ["password"]
    assert page.position.text() == "Question 2 of 2"
    assert not page.email_error.isVisible()
    assert _has_focus_in(page.password)
    # The action bar's button (in view on a short screen too) now signs in.
    assert screen.next_button.isVisible()
    assert screen.next_button.text() == "Sign in"
    assert screen.next_button.property("role") == "primary"
    assert not page.sign_in_button.isVisible()
    assert page.where.isVisible()  # T-1: where the password goes, on its screen
    assert not page.intro.isVisible()  # said on the e-mail's screen
    assert page.secure.isVisible()  # T-1, under the password
    assert page.secure.text() == T.t(T.SECURE_CONNECTION)
    assert page.email_recap.isVisible()
    assert email in page.email_recap.text()
    assert page.reset.toggle.isVisible()  # "Forgot your password?"

    _tap(qtbot, screen.next_button)  # no password: its error, no portal call
    assert page.password_error.isVisible()
    assert requests.last_error is None
    _type(qtbot, page.password, "Pas-le-bon-2026")
    _tap(qtbot, page.show_password)
    assert page.password.echoMode() == QLineEdit.EchoMode.Normal
    assert page.show_password.text() == "Hide"
    assert not page.password_error.isVisible() or page.password.text()

    # Back: the e-mail, as typed; Continue: the password again.
    assert screen.back_button.isVisible()
    _tap(qtbot, screen.back_button)
    assert (requests.current, shown_parts(page)) == ("sign_in", ["email"])
    assert page.email.text() == email
    assert _has_focus_in(page.email)
    assert screen.next_button.text() == "Continue"
    assert page.intro.isVisible()
    _tap(qtbot, screen.next_button)
    assert shown_parts(page) == ["password"]

    # Refused: the same screen, the alert, the address in view, the password to retype.
    _tap(qtbot, screen.next_button)
    qtbot.waitUntil(lambda: requests.last_error is not None and not requests.busy, timeout=15000)
    assert requests.last_error[0] == "auth"
    assert (requests.current, shown_parts(page)) == ("sign_in", ["password"])
    assert screen.error_frame.isVisible()
    assert email in page.email_recap.text()
    assert _has_focus_in(page.password)
    assert screen.next_button.text() == "Sign in"

    _type(qtbot, page.password, PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: requests.current == "procedure", timeout=15000)


def test_the_wipe_starts_the_next_person_at_the_email(
    qtbot: Any, training_portal: Any, app_context: StartApplication
) -> None:
    context, _account = _start(qtbot, app_context, training_portal.url)
    screen, requests, page = _open_sign_in(qtbot, context)
    _type(qtbot, page.email, "dominique.k2@example.org")
    _tap(qtbot, screen.next_button)
    _type(qtbot, page.password, "Un-mot-de-passe-2026")
    _tap(qtbot, page.show_password)
    _tap(qtbot, screen.next_button)
    qtbot.waitUntil(lambda: requests.last_error is not None and not requests.busy, timeout=15000)
    assert shown_parts(page) == ["password"]

    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)
    assert page.presenter.index == 0
    assert page.email.text() == page.password.text() == ""
    assert page.email_recap.text() == ""
    assert not page.show_password.isChecked()
    assert page.password.echoMode() == QLineEdit.EchoMode.Password

    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    screen, requests, page = _open_sign_in(qtbot, context)
    assert shown_parts(page) == ["email"]
    assert not page.email_error.isVisibleTo(page)
    assert _has_focus_in(page.email)
    assert not screen.back_button.isVisible() or requests.wizard.can_back()


def test_a_workstation_keeps_the_one_form(qtbot: Any) -> None:
    holder = QWidget()
    HOLDERS.append(holder)  # qtbot keeps only a weak reference
    qtbot.addWidget(holder)
    controller = RequestController(
        lambda: None, FlowSession(holder), content=lambda: None, language=lambda: "en"
    )
    controller.setParent(holder)
    page = SignInPage(controller, kiosk=False)
    page.setParent(holder)
    page.load()
    holder.show()
    assert shown_parts(page) == ["email", "password"]
    assert not page.position.isVisibleTo(page)
    assert not page.where.isVisibleTo(page)  # the intro above says it
    for widget in (page.email, page.password, page.secure, page.sign_in_button, page.fc_button):
        assert widget.isVisibleTo(page)
    assert not page.email_recap.isVisibleTo(page)
    assert not page.next_within()
    assert not page.has_previous_part()
    HOLDERS.clear()


@pytest.mark.parametrize("forgot", [False, True])
def test_an_address_taken_on_the_account_form_leads_to_the_password_screen(
    qtbot: Any, forgot: bool
) -> None:
    """E-5 at a kiosk: "Sign in with this address" (or "Forgot your password?") on the
    account form; C-4 asks what the request is about first, and no field of the
    sign-in, not yet shown, takes the focus meanwhile."""
    controller, _, form, _navigated = _taken(qtbot)
    (form.forgot_instead if forgot else form.sign_in_instead).click()
    holder = QWidget()
    HOLDERS.append(holder)
    qtbot.addWidget(holder)
    requests = RequestController(lambda: None, controller.session, parent=holder)
    requests.catalogue = seed.catalogue()  # loaded: showing the screen calls no portal
    screen = RequestScreen(requests, kiosk=True)
    screen.setParent(holder)
    holder.resize(1280, 800)
    with qtbot.waitActive(holder):
        holder.show()
        holder.activateWindow()
    focused = QApplication.focusWidget()
    assert focused is None or focused.isVisible(), focused.objectName()
    page = screen.sign_in_page
    screen.page("category").choose("identity_card")  # type: ignore[attr-defined]
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert requests.current == "sign_in"
    assert shown_parts(page) == ["password"]
    assert GOOD["email"] in page.email_recap.text()
    assert page.reset.body.isVisible() is forgot
    target = page.reset.email if forgot else page.password
    assert target.hasFocus()
    assert screen.next_button.text() == "Sign in"
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)  # the address, typed
    assert shown_parts(page) == ["email"]
    assert page.email.text() == GOOD["email"]
    HOLDERS.clear()
