"""End to end (screens, controllers, client, training portal over HTTP): what the app
says of the portal's states (issue 18): a suspended account, maintenance, and the
"Forgot your password?" panel of the sign-in page."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from assist_desk.views import portal_state_texts as S
from assist_desk.views.flow_texts import t
from tests.gui.test_flows_e2e import (  # noqa: F401  (fixtures)
    Flows,
    _keep_qt_loop_alive,
    click,
    flows,
    make_active_account,
    sign_in,
)
from tests.portal_fixtures import TrainingPortal

pytestmark = pytest.mark.slow


def trainer_post(portal: TrainingPortal, path: str, data: dict[str, str]) -> None:
    response = httpx.post(
        f"{portal.url}{path}", data=data, headers=portal.trainer_headers, trust_env=False
    )
    response.raise_for_status()


def test_a_suspended_account_is_explained_with_the_agencys_reason(
    qtbot: Any,
    flows: Flows,  # noqa: F811  (the fixture imported above)
    training_portal: TrainingPortal,
) -> None:
    make_active_account(qtbot, flows, training_portal, "individual", "suspendu@example.org")
    account_id = training_portal.outbox()[0]["account_id"]
    trainer_post(
        training_portal,
        f"/training/accounts/{account_id}/suspend",
        {"reason": "Connexion inhabituelle", "days": "5"},
    )
    screen = flows.request_screen
    with qtbot.waitSignal(flows.requests.sig_error, timeout=10000) as error:
        sign_in(qtbot, flows, "suspendu@example.org")
    assert error.args[0] == "account_suspended"
    text = screen.error_label.text()
    assert t(S.STATE_ERRORS["account_suspended"]) in text  # in the interface's language
    assert "Connexion inhabituelle" in text  # the agency's reason
    assert screen.error_frame.kind == "error"
    assert flows.session.account is None


def test_maintenance_is_a_calm_notice_and_the_data_stays(
    qtbot: Any,
    flows: Flows,  # noqa: F811  (the fixture imported above)
    training_portal: TrainingPortal,
) -> None:
    trainer_post(
        training_portal,
        "/training/maintenance",
        {"message": "Maintenance jusqu'à 14 h", "retry_after_s": "3600"},
    )
    screen = flows.request_screen
    with qtbot.waitSignal(flows.requests.sig_error, timeout=10000) as error:
        flows.requests.begin()  # loads the catalogue: 503 maintenance
    assert error.args[0] == "maintenance"
    assert t(S.STATE_ERRORS["maintenance"]) in screen.error_label.text()
    assert "Maintenance jusqu'à 14 h" in screen.error_label.text()
    assert screen.error_frame.kind == "warning"  # calm: the service, not the person
    assert screen.retry_button.isVisibleTo(screen)
    trainer_post(training_portal, "/training/maintenance", {"message": ""})
    click(qtbot, screen.retry_button)
    qtbot.waitUntil(lambda: flows.requests.catalogue is not None, timeout=10000)


def test_forgot_password_from_the_sign_in_page(
    qtbot: Any,
    flows: Flows,  # noqa: F811  (the fixture imported above)
    training_portal: TrainingPortal,
) -> None:
    make_active_account(qtbot, flows, training_portal, "individual", "oubli@example.org")
    page = flows.request_screen.sign_in_page
    flows.requests.begin()
    qtbot.keyClicks(page.email, "oubli@example.org")
    panel = page.reset
    assert not panel.body.isVisibleTo(page)
    click(qtbot, panel.toggle)
    assert panel.body.isVisibleTo(page)
    assert panel.email.text() == "oubli@example.org"  # taken from the sign-in form
    with qtbot.waitSignal(panel.controller.sig_sent, timeout=10000):
        click(qtbot, panel.send_button)
    assert panel.status.text() == t(S.RESET_SENT)
    mail = training_portal.outbox()[0]
    assert (mail["kind"], mail["to_addr"]) == ("password_reset", "oubli@example.org")
    with qtbot.waitSignal(panel.controller.sig_failed, timeout=10000) as again:
        click(qtbot, panel.send_button)
    assert again.args[0] == "rate_limited"
    assert panel.status.text() == t(S.RESET_TOO_SOON)
    # The session wipe forgets the address.
    page.clear()
    assert panel.email.text() == ""
    assert not panel.body.isVisibleTo(page)


def test_a_refused_siv_request_is_explained_and_the_wait_ends(
    qtbot: Any,
    flows: Flows,  # noqa: F811  (the fixture imported above)
    training_portal: TrainingPortal,
) -> None:
    from assist_desk.tours.samples import FORMS
    from tests.gui.test_flows_e2e import submit_account, wait_step

    account, screen = flows.account, flows.account_screen
    submit_account(qtbot, flows, "siv_professional", FORMS["siv_professional"])
    wait_step(qtbot, account, "prefecture_pending")
    training_portal.refuse(account.data["account_id"])
    with qtbot.waitSignal(account.sig_error, timeout=10000) as error:
        account.poll_now()
    assert error.args[0] == "account_refused"
    assert screen.error_label.text() == t(S.STATE_ERRORS["account_refused"])
    assert not screen.retry_button.isVisibleTo(screen)  # trying again would not help
    assert not account.poll_timer.isActive()
