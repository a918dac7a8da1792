"""End to end: the guided flows' screens and controllers against the training portal over HTTP.

Real parts only: the training portal (FastAPI + SQLite in a thread, loopback HTTP),
the PortalClient, the controllers and the Qt screens, driven with clicks and typing.
Waits are ``qtbot.waitSignal`` / ``qtbot.waitUntil``.
"""

from __future__ import annotations

import asyncio
import gc
import re
from collections.abc import Coroutine, Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from assist_desk.controllers.account import (
    AccountController,
    FlowSession,
    ReacceptanceController,
)
from assist_desk.controllers.handoff import UrlOpener
from assist_desk.controllers.requests import RequestController
from assist_desk.flows.catalogue import CATEGORIES, PREREQUISITES, PROCEDURES
from assist_desk.portal.client import PortalClient
from assist_desk.tours.samples import FORMS, GOOD_SIRET, PASSWORD
from assist_desk.views.account.screen import AccountScreen
from assist_desk.views.request.screen import ReacceptanceScreen, RequestScreen
from tests.portal_fixtures import TrainingPortal

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _keep_qt_loop_alive(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """WORKAROUND: qasync's ``QEventLoop.stop()`` calls ``QApplication.exit()``, which
    breaks every later Qt wait in the session (pytest-qt docs, "app_exit"); the shared
    ``qasync_loop`` fixture stops its loop at teardown. Set up before it, undone after.
    """
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "exit", lambda *args, **kwargs: None)
    yield
    # WORKAROUND: collect the test's cycles (closed qasync loops and their timer objects,
    # controllers) here in the GUI thread; left to chance, the garbage collector may run
    # in the training portal's thread and destroy QObjects there ("Timers cannot be
    # stopped from another thread", then crashes).
    gc.collect()
    # qasync's QEventLoop(already_running=True) registers itself as the running loop and
    # only forgets it when the application quits: forget it here, or a later
    # ``asyncio.run()`` in the suite fails ("cannot be called from a running event loop").
    asyncio.events._set_running_loop(None)


class Flows:
    """Controllers and screens wired as the feature installer does, on one client."""

    def __init__(self, qtbot: Any, client: PortalClient | None) -> None:
        self.client = client
        # One owner for every QObject of the test, deleted as a whole at teardown, so that
        # no controller outlives the screens connected to it.
        self.holder = QWidget()
        qtbot.addWidget(self.holder)
        self.session = FlowSession(self.holder)
        portal = lambda: self.client  # noqa: E731
        self.account = AccountController(portal, self.session, parent=self.holder)
        self.requests = RequestController(portal, self.session, parent=self.holder)
        self.reacceptance = ReacceptanceController(portal, self.session, parent=self.holder)
        self.opener = UrlOpener(
            [
                "https://immatriculation.ants.gouv.fr/",
                "https://permisdeconduire.ants.gouv.fr/",
                "https://passeport.ants.gouv.fr/",
            ],
            parent=self.holder,
        )
        self.account_screen = AccountScreen(self.account)
        self.number_checks: list[str] = []
        self.request_screen = RequestScreen(
            self.requests,
            opener=self.opener,
            open_appointments=lambda: self.number_checks.append("opened") is None,
        )
        self.terms_screen = ReacceptanceScreen(self.reacceptance)
        for screen in (self.account_screen, self.request_screen, self.terms_screen):
            screen.setParent(self.holder)
            screen.resize(1280, 800)


@pytest.fixture
def flows(qtbot: Any, qasync_loop: Any, training_portal: TrainingPortal) -> Iterator[Flows]:
    client = PortalClient(training_portal.url, deadline_s=10.0, backoff_base_s=0.05)
    built = Flows(qtbot, client)
    yield built
    for controller in (built.account, built.requests, built.reacceptance):
        controller.restart()  # cancels running tasks, stops the poll timer
    built.account.poll_timer.stop()
    task = qasync_loop.create_task(client.aclose())
    qtbot.waitUntil(task.done, timeout=5000)


def run(qtbot: Any, coroutine: Coroutine[Any, Any, Any]) -> Any:
    """Run ``coroutine`` on the qasync loop, waiting with qtbot."""
    task = asyncio.get_event_loop().create_task(coroutine)
    qtbot.waitUntil(task.done, timeout=15000)
    return task.result()


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, checkbox: Any) -> None:
    """Tick a box with the keyboard, as a person using the keyboard only would."""
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)
    assert checkbox.isChecked()


def wait_step(qtbot: Any, controller: Any, step: str, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: controller.current == step and not controller.busy, timeout=timeout)


def follow_outbox_link(portal: TrainingPortal, account_id: str) -> None:
    """Do what the person does: open the e-mail's link and press "Activate"."""
    token = portal.activation_token(account_id)
    response = httpx.post(
        f"{portal.url}/activate",
        # An SIV or town-hall account chooses its password here (ignored for the others).
        data={
            "token": token,
            "password": "Choisi-au-lien-2026",
            "password_confirm": "Choisi-au-lien-2026",
        },
        headers={"Accept": "text/html", **portal.trainer_headers},
        timeout=10,
        trust_env=False,
    )
    assert response.status_code == 200
    assert "actif" in response.text


def reach_form(qtbot: Any, flows: Flows, profile: str) -> None:
    screen, account = flows.account_screen, flows.account
    screen.page("profile").choose(profile)
    click(qtbot, screen.next_button)
    assert account.current == "prerequisites"
    for question in PREREQUISITES[profile]:
        screen.page("prerequisites").answer(question, True)
    click(qtbot, screen.next_button)
    if profile == "individual":
        screen.page("method").choose("ants_account")
        click(qtbot, screen.next_button)


def submit_account(qtbot: Any, flows: Flows, profile: str, values: dict[str, str]) -> None:
    screen, account = flows.account_screen, flows.account
    reach_form(qtbot, flows, profile)
    screen.page(account.current).fill(values)
    # Every profile ticks the Terms, a town hall's request too (M12).
    with qtbot.waitSignal(account.sig_terms_loaded, timeout=10000):
        click(qtbot, screen.next_button)
    assert account.current == "terms"
    click(qtbot, screen.next_button)  # refused: the box is not ticked
    assert account.current == "terms"
    assert screen.error_frame.isVisibleTo(screen)
    tick(qtbot, screen.terms_page.checkbox)
    assert account.data["terms_read"] is True
    click(qtbot, screen.next_button)
    assert account.current == "declaration"
    click(qtbot, screen.next_button)


@pytest.mark.parametrize("profile", list(PREREQUISITES))
def test_account_creation_each_profile(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal, profile: str
) -> None:
    account = flows.account
    submit_account(qtbot, flows, profile, FORMS[profile])
    if profile == "town_hall_dr":
        wait_step(qtbot, account, "request_sent")
        assert account.account is not None
        assert account.account.status.value == "request_received"
        return
    if profile == "siv_professional":
        wait_step(qtbot, account, "prefecture_pending")
        assert not flows.account_screen.back_button.isVisibleTo(flows.account_screen)
        training_portal.validate(account.data["account_id"])
        # The screen polls the account by itself and moves on.
        qtbot.waitUntil(lambda: account.current == "check_email", timeout=10000)
        assert any(m["kind"] == "siv_instructions" for m in training_portal.outbox())
    else:
        wait_step(qtbot, account, "check_email")
    assert account.account is not None
    assert account.account.terms_current
    follow_outbox_link(training_portal, account.data["account_id"])
    click(qtbot, flows.account_screen.findChild(QPushButton, "checkNowButton"))
    wait_step(qtbot, account, "account_ready")
    assert account.account.status.value == "active"
    current = run(qtbot, flows.client.current_terms())  # type: ignore[union-attr]
    assert account.account.terms_accepted_version == current.id  # ticked in the creation
    if profile == "siv_professional":
        # Its password was chosen on the portal's page: the app never saw it, so the
        # professional signs in for a request (no session before activation, M12).
        assert flows.session.account is None
        return
    # The app signed in with the password typed in the form, once the account was active.
    assert flows.session.account is not None
    assert flows.client.has_session(account.data["account_id"])  # type: ignore[union-attr]


def test_franceconnect_individual(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    screen, account = flows.account_screen, flows.account
    screen.page("profile").choose("individual")
    click(qtbot, screen.next_button)
    screen.page("prerequisites").answer("has_email", True)
    click(qtbot, screen.next_button)
    screen.page("method").choose("franceconnect")
    click(qtbot, screen.next_button)
    assert account.current == "franceconnect"
    with qtbot.waitSignal(account.sig_terms_loaded, timeout=10000):
        click(qtbot, screen.next_button)
    tick(qtbot, screen.terms_page.checkbox)
    click(qtbot, screen.next_button)
    with qtbot.waitSignal(account.sig_open_url, timeout=10000) as opened:
        click(qtbot, screen.next_button)
    attempt = re.search(r"/training/franceconnect/([A-Za-z0-9_-]+)", opened.args[0])
    assert attempt is not None
    training_portal.choose_franceconnect(attempt.group(1))
    wait_step(qtbot, account, "account_ready")
    assert flows.session.account is not None
    assert flows.session.account.franceconnect
    assert flows.session.account.terms_current


def make_active_account(
    qtbot: Any, flows: Flows, portal: TrainingPortal, profile: str, email: str
) -> None:
    client = flows.client
    assert client is not None
    payload = {k: v for k, v in FORMS[profile].items() if k != "password_confirm"}
    payload.update(profile=profile, email=email)
    if "birth_date" in payload:
        payload["birth_date"] = "1985-07-14"
    terms = run(qtbot, client.current_terms())
    payload["terms"] = {"version_id": terms.id, "sha256": terms.sha256, "site_id": "test"}
    created = run(qtbot, client.create_account(payload))
    follow_outbox_link(portal, created.id)


def sign_in(
    qtbot: Any, flows: Flows, email: str, category: str = "identity_card", fc: str = "yes"
) -> None:
    """C-4: what the request is about, the FranceConnect answer if asked, then sign in."""
    page = flows.request_screen.sign_in_page
    flows.requests.begin()
    qtbot.waitUntil(lambda: flows.requests.catalogue is not None, timeout=10000)
    choose_and_next(qtbot, flows, "category", category)
    if flows.requests.current == "franceconnect_check":
        choose_and_next(qtbot, flows, "franceconnect_check", fc)
    if flows.requests.current == "vehicle_paths":
        choose_and_next(qtbot, flows, "vehicle_paths", "third_party")
    assert flows.requests.current == "sign_in"
    qtbot.keyClicks(page.email, email)
    qtbot.keyClicks(page.password, PASSWORD)
    click(qtbot, page.sign_in_button)


def choose_and_next(qtbot: Any, flows: Flows, step: str, value: str) -> None:
    assert flows.requests.current == step
    flows.request_screen.page(step).choose(value)  # type: ignore[attr-defined]
    click(qtbot, flows.request_screen.next_button)


@pytest.mark.parametrize("category", CATEGORIES)
def test_new_request_each_category(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal, category: str
) -> None:
    make_active_account(qtbot, flows, training_portal, "individual", "claude@example.org")
    requests, screen = flows.requests, flows.request_screen
    # C-4: a vehicle registration asks about FranceConnect first: "no", then the
    # trusted person's way, and only then the sign-in.
    sign_in(qtbot, flows, "claude@example.org", category, fc="no")
    walked = list(requests.wizard.history)
    if category == "vehicle_registration":
        assert walked[:3] == ["category", "franceconnect_check", "vehicle_paths"]
    wait_step(qtbot, requests, "procedure")
    procedure = PROCEDURES[category][-1]
    assert procedure in screen.page("procedure").radios
    screen.page("procedure").choose(procedure)
    click(qtbot, screen.next_button)
    assert requests.current == "summary"
    summary = requests.summary()
    assert summary is not None
    assert summary.procedure_id == procedure
    assert summary.pre_application_number == (category in ("identity_card", "passport"))
    click(qtbot, screen.next_button)
    assert requests.current == "declaration"
    click(qtbot, screen.next_button)
    wait_step(qtbot, requests, "handoff")
    assert requests.data["handoff_url"] == summary.handoff_url
    listed = run(qtbot, flows.client.list_requests(requests.data["account_id"]))  # type: ignore[union-attr]
    assert [r.procedure_id for r in listed] == [procedure]
    # Mediator mode: the official site opens in the system browser (intercepted here).
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        click(qtbot, screen.handoff.open_button)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == [summary.handoff_url]
    # Identity card and passport: the pre-application number can be checked next.
    offers_check = category in ("identity_card", "passport")
    assert screen.handoff.number_button.isVisibleTo(screen) == offers_check
    if offers_check:
        click(qtbot, screen.handoff.number_button)
        assert flows.number_checks == ["opened"]


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_account_only_profile_says_no_procedure(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    make_active_account(qtbot, flows, training_portal, "road_safety_centre", "cssr2@example.org")
    sign_in(qtbot, flows, "cssr2@example.org")
    wait_step(qtbot, flows.requests, "no_procedures")
    assert not flows.requests.wizard.step.counts  # F-1: a side page, no "2 of 2"
    assert flows.request_screen.home_button.isVisibleTo(flows.request_screen)


def test_reacceptance_after_v2_terms(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    training_portal.set_current_terms("v1")
    try:
        make_active_account(qtbot, flows, training_portal, "legal_entity", "old@example.org")
    finally:
        training_portal.set_current_terms(None)
    flows.requests.sig_reacceptance_needed.connect(flows.reacceptance.begin)
    with qtbot.waitSignal(flows.reacceptance.sig_changes, timeout=10000) as changes:
        sign_in(qtbot, flows, "old@example.org", "vehicle_registration", "professional_account")
    old, new, changed = changes.args[0]
    assert (old.id, new.id) == ("v1", "v2")
    assert changed, "v2 amends some sections of v1"
    text = flows.terms_screen.page("changes").text.text()
    assert all(change.section_id for change in changed)
    assert "v1" in text
    screen, reaccept = flows.terms_screen, flows.reacceptance
    click(qtbot, screen.next_button)
    assert reaccept.current == "confirm"
    click(qtbot, screen.next_button)  # not ticked: refused
    assert reaccept.current == "confirm"
    tick(qtbot, screen.terms_page.checkbox)
    with qtbot.waitSignal(reaccept.sig_done, timeout=10000):
        click(qtbot, screen.next_button)
    assert flows.session.account is not None
    assert flows.session.account.terms_current
    assert flows.session.account.terms_accepted_version == "v2"
    flows.requests.go_next()
    wait_step(qtbot, flows.requests, "procedure")


def test_portal_down_keeps_data_and_retry_succeeds(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal, qasync_loop: Any
) -> None:
    account, screen = flows.account, flows.account_screen
    values = dict(FORMS["legal_entity"], email="retry@example.org")
    reach_form(qtbot, flows, "legal_entity")
    screen.page("form").fill(values)
    with qtbot.waitSignal(account.sig_terms_loaded, timeout=10000):
        click(qtbot, screen.next_button)
    tick(qtbot, screen.terms_page.checkbox)
    click(qtbot, screen.next_button)
    real = flows.client
    dead = PortalClient("http://127.0.0.1:9", deadline_s=2.0, max_attempts=2, backoff_base_s=0.01)
    flows.client = dead
    with qtbot.waitSignal(account.sig_error, timeout=10000) as error:
        click(qtbot, screen.next_button)
    assert error.args[0] == "unavailable"
    assert account.current == "declaration"
    assert screen.error_frame.isVisibleTo(screen)
    assert screen.retry_button.isVisibleTo(screen)
    assert "conservé" in screen.error_label.text() or "kept" in screen.error_label.text()
    assert account.data["fields"]["email"] == "retry@example.org"
    flows.client = real
    click(qtbot, screen.retry_button)
    wait_step(qtbot, account, "check_email")
    assert not screen.error_frame.isVisibleTo(screen)
    task = qasync_loop.create_task(dead.aclose())
    qtbot.waitUntil(task.done)


def test_portal_validation_error_lands_on_the_field(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    make_active_account(qtbot, flows, training_portal, "individual", "taken@example.org")
    account, screen = flows.account, flows.account_screen
    submit_account(
        qtbot, flows, "legal_entity", dict(FORMS["legal_entity"], email="taken@example.org")
    )
    qtbot.waitUntil(lambda: account.current == "form" and not account.busy, timeout=10000)
    form = screen.page("form")
    assert form.errors["email"].isVisibleTo(screen)
    assert "e-mail" in form.errors["email"].text()
    assert form.edits["siret"].text() == GOOD_SIRET  # nothing typed is lost


def test_back_keeps_typed_data_and_wipe_forgets_it(qtbot: Any, flows: Flows) -> None:
    screen, account = flows.account_screen, flows.account
    reach_form(qtbot, flows, "legal_entity")
    form = screen.page("form")
    qtbot.keyClicks(form.edits["organisation_name"], "Ecole du Lac")
    qtbot.keyClicks(form.edits["siret"], "1234")
    # Not while typing (a screen reader would say it at the first digit, issue 19 m4):
    assert form.errors["siret"].text() == ""
    form.edits["siret"].editingFinished.emit()  # the person leaves the field
    assert "SIRET" in form.errors["siret"].text()
    assert form.edits["siret"].accessibleDescription() == form.errors["siret"].text()
    qtbot.keyClicks(form.edits["siret"], "5")  # typing on changes or clears it at once
    assert "SIRET" in form.errors["siret"].text()
    click(qtbot, screen.back_button)
    assert account.current == "prerequisites"
    click(qtbot, screen.next_button)
    assert form.edits["organisation_name"].text() == "Ecole du Lac"
    screen.clear_citizen_data()
    assert account.current == "profile"
    assert account.data == {}
    assert form.edits["organisation_name"].text() == ""
