"""No answer crosses the wipe (issue 17, H1).

Every asynchronous operation of every controller starts in the application's
:class:`~assist_desk.session_scope.SessionScope`; the wipe ends it. These tests
check the sources for that (so a new operation cannot be forgotten), then start
every session operation, wipe while their answers are held back, let the
answers arrive, and check that nothing changed on screen or in any controller.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import inspect
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QApplication

from assist_desk.appointments import client as appointments_client
from assist_desk.appointments import service as service_module
from assist_desk.appointments.models import ApplicationStatus, ExistingAppointment
from assist_desk.appointments.service import (
    AppointmentConfig,
    AppointmentService,
    NumberOutcome,
    SlotsOutcome,
)
from assist_desk.controllers import mediator as mediator_module
from assist_desk.controllers.account import AccountController, PasswordResetController
from assist_desk.controllers.appointments import AppointmentsController
from assist_desk.controllers.mediator import UNLOCKED
from assist_desk.models import Account
from assist_desk.portal.client import PortalClient
from assist_desk.session_scope import SessionScope
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of, widget_texts, widgets_holding

ROOT = Path(__file__).resolve().parents[2]
CONTROLLERS = ROOT / "assist_desk" / "controllers"
NUMBER = "AB12CD34EF"
TOWN_HALL = "Mairie de Testville (canary)"

#: Every place a controller starts work for the citizen's session, by
#: (module, class, method). The generic test below starts each of them.
SESSION_OPERATIONS = {
    ("flow_base", "FlowController", "retry"),
    ("account", "AccountController", "go_next"),
    ("account", "AccountController", "_entered"),
    ("account", "AccountController", "load_terms"),
    ("account", "AccountController", "poll_now"),
    ("account", "AccountController", "resend"),
    ("account", "ReacceptanceController", "begin"),
    ("account", "ReacceptanceController", "go_next"),
    ("account", "PasswordResetController", "send"),
    ("requests", "RequestController", "begin"),
    ("requests", "RequestController", "sign_in"),
    ("requests", "RequestController", "sign_in_franceconnect"),
    ("requests", "RequestController", "go_next"),
    ("appointments", "AppointmentsController", "check_number"),
    ("appointments", "AppointmentsController", "find_slots"),
    ("mediator", "MediatorController", "sign_in"),
}
#: Device work that holds nothing of a citizen, so a wipe does not cut it short.
LASTING_OPERATIONS = {
    ("appointments", "AppointmentsController", "__init__"),  # the help point's ANTS tokens
    ("appointments", "AppointmentsController", "_close_later"),  # closing a replaced client
    ("mediator", "MediatorController", "refresh"),  # is secure storage there, a PIN set?
    ("mediator", "MediatorController", "set_secret"),  # staff PIN, while signed in
    ("mediator", "MediatorController", "refresh_status"),  # portal up? content age?
    ("mediator", "MediatorController", "reset_training"),  # staff tool
}
#: The funnel itself: FlowController.run hands every flow operation to the scope.
FUNNELS = {("flow_base", "FlowController", "run")}
#: Ways of starting work outside the scope; none may appear in a controller.
FORBIDDEN_CALLS = {"create_task", "ensure_future", "run_coroutine_threadsafe", "asyncSlot"}


def _calls_in_controllers() -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]], list]:
    """(session starts, lasting starts, forbidden uses) found in the controllers' sources."""
    session: set[tuple[str, str, str]] = set()
    lasting: set[tuple[str, str, str]] = set()
    forbidden: list[str] = []
    for path in sorted(CONTROLLERS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in tree.body if isinstance(n, ast.ClassDef)]:
            for function in [n for n in cls.body if isinstance(n, ast.FunctionDef)]:
                where = (path.stem, cls.name, function.name)
                for node in ast.walk(function):
                    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                        continue
                    name, owner = node.func.attr, ast.unparse(node.func.value)
                    if name == "run" and owner in ("self", "self.scope"):
                        session.add(where)
                    elif name == "run_lasting" and owner == "self.scope":
                        lasting.add(where)
        for node in ast.walk(tree):
            called = node.func if isinstance(node, ast.Call) else node
            name = getattr(called, "attr", None) or getattr(called, "id", None)
            if name in FORBIDDEN_CALLS or (
                isinstance(node, ast.ImportFrom) and node.module == "qasync"
            ):
                forbidden.append(f"{path.name}:{node.lineno}")
    return session, lasting, forbidden


def test_every_controller_operation_goes_through_the_session_scope() -> None:
    session, lasting, forbidden = _calls_in_controllers()
    assert forbidden == []
    assert session == SESSION_OPERATIONS | FUNNELS
    assert lasting == LASTING_OPERATIONS


def test_the_scope_cancels_at_the_end_and_drops_late_results() -> None:
    async def scenario() -> tuple[list[str], bool, bool]:
        scope = SessionScope()
        results: list[str] = []
        gate = asyncio.Event()

        async def answer(text: str) -> str:
            await gate.wait()
            return text

        held = scope.run(answer("first citizen"), results.append)
        lasting = scope.run_lasting(answer("device"))
        await asyncio.sleep(0)
        assert scope.end() == 1
        gate.set()
        late = scope.run(answer("second citizen"), results.append)
        assert held is not None
        assert lasting is not None
        assert late is not None
        await asyncio.gather(held, lasting, late, return_exceptions=True)
        return results, held.cancelled(), lasting.result() == "device"

    results, cancelled, lasting_done = asyncio.run(scenario())
    assert results == ["second citizen"]
    assert cancelled
    assert lasting_done


def test_a_result_of_an_ended_session_is_dropped_even_if_not_cancelled() -> None:
    async def scenario() -> list[str]:
        scope = SessionScope()
        results: list[str] = []

        async def answer() -> str:
            with contextlib.suppress(asyncio.CancelledError):  # work that swallows it
                await asyncio.sleep(10)
            return "first citizen"

        task = scope.run(answer(), results.append)
        await asyncio.sleep(0)
        scope.end()
        assert task is not None
        await task
        return results

    assert asyncio.run(scenario()) == []


# -- the generic race: every session operation, held, wiped, then answered ---------------


class Gate:
    """Holds every answer until released; counts calls still inside."""

    def __init__(self) -> None:
        self.held: list[asyncio.Future[None]] = []
        self.inside = 0
        self.passed = 0

    def wrap(self, real: Any, canned: Any = None) -> Any:
        gate = self

        async def held(*args: Any, **kwargs: Any) -> Any:
            gate.inside += 1
            try:
                future = asyncio.get_running_loop().create_future()
                gate.held.append(future)
                await future
                gate.passed += 1
                return canned if canned is not None else await real(*args, **kwargs)
            finally:
                gate.inside -= 1

        return held

    def release(self) -> None:
        for future in self.held:
            if not future.done():
                future.set_result(None)


def _account() -> Account:
    return Account.model_validate(
        {
            "id": "acc_race",
            "profile": "individual",
            "status": "pending_activation",
            "next_step": "check_email",
            "email": "race@example.org",
            "display_name": "Race Citizen",
            "created": "2026-12-01T10:00:00Z",
            "terms_current": True,
        }
    )


def _snapshot(context: Any, controllers: dict[str, Any]) -> dict[str, Any]:
    """What the next citizen could see: each controller's state and every widget's text."""
    state: dict[str, Any] = {}
    for name, controller in controllers.items():
        for attribute in (
            "current",
            "busy",
            "last_error",
            "account",
            "terms",
            "catalogue",
            "old",
            "new",
            "state",
            "failures",
        ):
            if hasattr(controller, attribute):
                state[f"{name}.{attribute}"] = repr(getattr(controller, attribute))
        if hasattr(controller, "data"):
            state[f"{name}.data"] = repr(sorted(controller.data.items()))
    state["session.account"] = repr(context.features.flows.service.get().session.account)
    state["widgets"] = sorted(
        f"{type(w).__name__}#{w.objectName()}:{text}"
        for w in QApplication.allWidgets()
        for text in widget_texts(w)
    )
    return state


def _count_signals(controllers: dict[str, Any]) -> list[str]:
    emitted: list[str] = []
    for name, controller in controllers.items():
        for attribute in dir(type(controller)):
            if attribute.startswith("sig_"):
                signal = getattr(controller, attribute)
                if isinstance(signal, SignalInstance):
                    signal.connect(lambda *_a, n=f"{name}.{attribute}": emitted.append(n))
    return emitted


def _start_every_session_operation(controllers: dict[str, Any]) -> set[tuple[str, str, str]]:
    """Start each of :data:`SESSION_OPERATIONS` (returns the ones started)."""
    account, requests, reaccept = (controllers[k] for k in ("account", "requests", "reaccept"))
    appointments, mediator = controllers["appointments"], controllers["mediator"]
    citizen = _account()
    started: set[tuple[str, str, str]] = set()

    def did(module: str, cls: str, method: str) -> None:
        started.add((module, cls, method))

    # Requests: begin first (it restarts its own flow), then the others.
    requests.begin()
    did("requests", "RequestController", "begin")
    requests.sign_in("race@example.org", "race-password")
    did("requests", "RequestController", "sign_in")
    requests.sign_in_franceconnect()
    did("requests", "RequestController", "sign_in_franceconnect")
    requests._retry = requests._load_catalogue
    requests.retry()
    did("flow_base", "FlowController", "retry")
    requests.session.set_account(citizen)  # signed in, terms current, no catalogue yet
    requests.wizard.history.append("sign_in")  # the category chosen (C-4: it comes first)
    requests.update(category="identity_card")
    requests.go_next()
    did("requests", "RequestController", "go_next")
    # Terms re-acceptance for that account.
    reaccept.begin()
    did("account", "ReacceptanceController", "begin")
    reaccept.wizard.history.append("confirm")
    reaccept.update(
        terms_read=True, account_id=citizen.id, terms_version="v2", terms_sha256="0" * 64
    )
    reaccept.go_next()
    did("account", "ReacceptanceController", "go_next")
    # Account creation: the declaration creates the account, the Terms ticked in the
    # same call (issue 18, M12); another citizen's form, so that no account is set yet.
    creator = controllers["creator"]
    creator.wizard.history.append("declaration")
    creator.update(
        profile="individual",
        terms_version="v2",
        terms_sha256="0" * 64,
        fields={
            "email": "race@example.org",
            "given_names": "Race",
            "family_name": "Citizen",
            "birth_date": "01/02/1980",
            "password": "Race-password-42",
            "password_confirm": "Race-password-42",
        },
    )
    creator.go_next()
    did("account", "AccountController", "go_next")
    # Waiting for the e-mail link, the terms.
    account.account = citizen
    account.poll_now()
    did("account", "AccountController", "poll_now")
    account.resend()
    did("account", "AccountController", "resend")
    account.load_terms()
    did("account", "AccountController", "load_terms")
    account._entered("terms")
    did("account", "AccountController", "_entered")
    # "Forgot your password?" from the sign-in page.
    controllers["reset"].send("race@example.org")
    did("account", "PasswordResetController", "send")
    # Appointments and the staff PIN.
    appointments.check_number(NUMBER)
    did("appointments", "AppointmentsController", "check_number")
    appointments.find_slots()
    did("appointments", "AppointmentsController", "find_slots")
    mediator.sign_in("739204")
    did("mediator", "MediatorController", "sign_in")
    return started


def test_no_answer_of_any_operation_lands_after_the_wipe(
    qtbot: Any,
    qapp: Any,
    training_portal: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    gate = Gate()
    for name, member in inspect.getmembers(PortalClient, inspect.iscoroutinefunction):
        if not name.startswith("_") and name != "aclose":
            monkeypatch.setattr(PortalClient, name, gate.wrap(member))
    status = ApplicationStatus(status="validated", appointments=[])
    monkeypatch.setattr(
        AppointmentService, "check", gate.wrap(None, NumberOutcome(NUMBER, status=status))
    )
    monkeypatch.setattr(AppointmentService, "slots_near", gate.wrap(None, SlotsOutcome()))
    monkeypatch.setattr(mediator_module, "check_mediator_secret", gate.wrap(None, True))

    context = app_context("--mode", "kiosk", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    appointments = AppointmentsController(
        AppointmentConfig(enabled=True, coordination_url="https://coordination.invalid/api"),
        "coordination-token",
        "hub-token",
        (48.85, 2.35),
        scope=context.session_scope,
    )
    context.features.appointments.controller.set(appointments)
    context.wipe_hooks.append(appointments.reset)
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    window.show_screen("appointments")
    flows = context.features.flows.service.get()
    controllers = {
        "account": flows.account,
        "requests": flows.requests,
        "reaccept": flows.reacceptance,
        "appointments": appointments,
        "mediator": kiosk.mediator,
        "reset": PasswordResetController(
            flows.requests.portal, context.session_scope, parent=flows.requests
        ),
        "creator": AccountController(
            flows.account.portal, flows.session, scope=context.session_scope, parent=flows.account
        ),
    }
    assert kiosk.mediator.state != UNLOCKED
    started = _start_every_session_operation(controllers)
    assert started == SESSION_OPERATIONS
    # Every one is in flight (held at the gate), none has failed early.
    qtbot.waitUntil(lambda: gate.inside == len(gate.held) >= len(started), timeout=5000)
    running = context.session_scope.running
    print(f"operations started: {len(started)}; held: {gate.inside}; running: {running}")
    assert running >= len(started)

    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gate.inside == 0, timeout=5000)  # cancelled at the gate
    after_wipe = _snapshot(context, controllers)
    emitted = _count_signals(controllers)

    gate.release()  # the answers arrive now
    qtbot.wait(300)
    print(f"answers let through: {gate.passed}; signals after the wipe: {emitted}")
    assert gate.passed == 0
    assert emitted == []
    assert _snapshot(context, controllers) == after_wipe
    assert kiosk.mediator.state != UNLOCKED
    assert context.session_scope.running == 0


# -- R2 of the review, now regression tests -------------------------------------------------


def _appointments_in_kiosk(qtbot: Any, context: Any, made: AppointmentsController) -> Any:
    context.features.appointments.controller.set(made)
    context.wipe_hooks.append(made.reset)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    window.show_screen("appointments")
    return window.current_screen().widget


def test_a_check_answered_after_the_wipe_is_not_shown_to_the_next_citizen(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    gate: dict[str, Any] = {}

    async def slow_status(self: Any, ids: Any) -> dict[str, ApplicationStatus]:
        gate["future"] = asyncio.get_running_loop().create_future()
        await gate["future"]
        gate["answered"] = True
        appointment = ExistingAppointment(
            appointment_date="2026-06-01T09:30", meeting_point=TOWN_HALL
        )
        return {NUMBER: ApplicationStatus(status="validated", appointments=[appointment])}

    monkeypatch.setattr(appointments_client.CoordinationClient, "status", slow_status)
    context = app_context("--mode", "kiosk", "--portal-url", "http://127.0.0.1:9")
    made = AppointmentsController(
        AppointmentConfig(enabled=True, coordination_url="https://coordination.invalid/api"),
        "coordination-token",
        "hub-token",
        scope=context.session_scope,
    )
    widget = _appointments_in_kiosk(qtbot, context, made)
    qtbot.keyClicks(widget.number_edit, NUMBER)
    qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "future" in gate, timeout=5000)
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)
    shown_after_wipe = widget.result.text()
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    # A's request was cancelled at the wipe (its wait with it): no answer can come.
    qtbot.waitUntil(gate["future"].cancelled, timeout=2000)
    qtbot.wait(300)
    assert "answered" not in gate
    assert widget.result.text() == shown_after_wipe
    assert TOWN_HALL not in widget.result.text()
    assert widgets_holding(NUMBER) == []
    assert not made.busy


def test_a_check_waiting_for_a_slow_keyring_is_not_sent_after_the_wipe(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    """The real service over an httpx MockTransport, and a keyring read of 1 s."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        appointment = {"appointment_date": "2026-06-01T09:30", "meeting_point": TOWN_HALL}
        body = {NUMBER: {"status": "validated", "appointments": [appointment]}}
        return httpx.Response(200, content=json.dumps(body).encode())

    real_init = service_module.AppointmentService.__init__

    def init(self: Any, config: Any, c: Any = None, h: Any = None, transport: Any = None) -> None:
        real_init(self, config, c, h, httpx.MockTransport(handler))

    monkeypatch.setattr(service_module.AppointmentService, "__init__", init)

    async def slow_keyring() -> tuple[str, str]:
        await asyncio.sleep(1.0)
        return "coordination-token", "hub-token"

    context = app_context("--mode", "kiosk", "--portal-url", "http://127.0.0.1:9")
    made = AppointmentsController(
        AppointmentConfig(enabled=True, coordination_url="https://coordination.invalid/api"),
        None,
        None,
        None,
        slow_keyring,
        scope=context.session_scope,
    )
    widget = _appointments_in_kiosk(qtbot, context, made)
    qtbot.keyClicks(widget.number_edit, NUMBER)
    qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    # The tokens arrive (device work, not cut short by the wipe)...
    qtbot.waitUntil(lambda: made.can_check_numbers, timeout=5000)
    qtbot.wait(300)
    # ...but A's number is never sent, and nothing is shown to B.
    assert sent == []
    assert TOWN_HALL not in widget.result.text()
