"""The help point's ANTS tokens: ``assist-desk ants-tokens``, and their use by the app.

Real parts: the in-memory keyring backend behind the real ``KeyringStore`` (autouse),
the real rotating log file, and the training portal's emulation of both ANTS services
over loopback HTTP, reached in mediator mode through the site's URL settings.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from assist_desk.appointments.service import (
    TRAINING_COORDINATION_PATH,
    TRAINING_HUB_PATH,
    TRAINING_TOKEN,
    NumberOutcome,
)
from assist_desk.cli import main
from assist_desk.controllers.appointments import AppointmentsController
from assist_desk.credentials import (
    ANTS_COORDINATION_ENTRY,
    ANTS_HUB_ENTRY,
    SERVICE,
    KeyringStore,
    MemoryStore,
)
from assist_desk.features.appointments import make_controller
from assist_desk.logs import setup_logging
from assist_desk.settings import Settings
from tests.fixtures import MemoryKeyring

COORDINATION = "coord-Secret-token-7f3a"
HUB = "hub-Secret-token-91bc"


def answers(monkeypatch: pytest.MonkeyPatch, *values: str) -> list[str]:
    """Feed ``getpass.getpass`` (the command reads tokens without echo)."""
    prompts: list[str] = []
    feed: Iterator[str] = iter(values)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(feed)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    return prompts


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The application's real log file, at DEBUG level, removed afterwards."""
    root = logging.getLogger()
    level = root.level
    path = setup_logging(tmp_path / "logs", "DEBUG")
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_assist_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def files_containing(folder: Path, *secrets: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(secret.encode() in data for secret in secrets):
                found.append(path)
    return found


# -- the command ---------------------------------------------------------------------


def test_set_status_clear(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    log_file: Path,
    isolated_home: Path,
) -> None:
    assert main(["ants-tokens", "status"]) == 0
    assert capsys.readouterr().out.count("not stored") == 2

    prompts = answers(monkeypatch, f" {COORDINATION} ", HUB)
    assert main(["ants-tokens", "set"]) == 0
    assert len(prompts) == 2
    assert "coordination" in prompts[0]
    assert "hub" in prompts[1]
    assert memory_keyring.store == {
        (SERVICE, ANTS_COORDINATION_ENTRY): COORDINATION,  # pasted spaces dropped
        (SERVICE, ANTS_HUB_ENTRY): HUB,
    }
    said = capsys.readouterr()
    assert "saved in the system keyring" in said.out

    assert main(["ants-tokens", "status"]) == 0
    status = capsys.readouterr()
    assert status.out.splitlines() == [
        "ANTS coordination API token: stored",
        "ANTS appointment hub token: stored",
    ]

    assert main(["ants-tokens", "clear"]) == 0
    assert memory_keyring.store == {}
    assert main(["ants-tokens", "status"]) == 0
    cleared = capsys.readouterr()
    assert cleared.out.count("not stored") == 2
    for text in (said.out, said.err, status.out, status.err, cleared.out, cleared.err):
        assert COORDINATION not in text
        assert HUB not in text
    assert files_containing(isolated_home, COORDINATION, HUB) == []
    assert files_containing(log_file.parent, COORDINATION, HUB) == []


def test_status_never_prints_token_text(
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    memory_keyring.store[(SERVICE, ANTS_COORDINATION_ENTRY)] = COORDINATION
    assert main(["ants-tokens", "status"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "ANTS coordination API token: stored",
        "ANTS appointment hub token: not stored",
    ]
    for text in (out, err):
        assert COORDINATION not in text
        assert COORDINATION[:6] not in text  # not even a prefix


@pytest.mark.parametrize(("coordination", "hub"), [("", HUB), (COORDINATION, "   "), ("", "")])
def test_set_refuses_an_empty_token(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    coordination: str,
    hub: str,
) -> None:
    answers(monkeypatch, coordination, hub)
    assert main(["ants-tokens", "set"]) == 1
    assert "nothing was stored" in capsys.readouterr().out
    assert memory_keyring.store == {}


def test_without_secure_storage_nothing_is_stored_anywhere(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    isolated_home: Path,
    log_file: Path,
) -> None:
    keyring.set_keyring(fail.Keyring())
    answers(monkeypatch, COORDINATION, HUB)
    assert main(["ants-tokens", "set"]) == 3
    out = capsys.readouterr().out
    assert "no secure storage available" in out
    assert "nothing was stored" in out
    assert main(["ants-tokens", "status"]) == 3
    assert main(["ants-tokens", "clear"]) == 3
    out += capsys.readouterr().out
    assert COORDINATION not in out
    assert HUB not in out
    assert files_containing(isolated_home, COORDINATION, HUB) == []
    assert files_containing(log_file.parent, COORDINATION, HUB) == []


class SecondWriteFails(MemoryKeyring):
    """Keeps the first token, then forgets the second (a broken backend)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if username != ANTS_HUB_ENTRY:
            super().set_password(service, username, password)


def test_a_half_stored_pair_is_rolled_back(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    backend = SecondWriteFails()
    keyring.set_keyring(backend)
    answers(monkeypatch, COORDINATION, HUB)
    assert main(["ants-tokens", "set"]) == 3
    assert "nothing was stored" in capsys.readouterr().out
    assert backend.store == {}


# -- the application uses the stored tokens ------------------------------------------


def mediator_context(
    portal_url: str, *, enabled: bool = True, store: Any = None
) -> SimpleNamespace:
    """What the appointments feature is given: a help point in mediator mode whose site
    configuration points the ANTS URLs at the training portal's emulation, and the
    application's credential store (the OS keyring's unless given)."""
    settings = Settings(
        mode="mediator",
        portal_url=portal_url,
        ants_api_enabled=enabled,
        ants_coordination_url=portal_url + TRAINING_COORDINATION_PATH,
        ants_hub_url=portal_url + TRAINING_HUB_PATH,
        site_latitude=45.76,
        site_longitude=4.83,
    )
    assert not settings.uses_training_portal
    return SimpleNamespace(settings=settings, store=store if store is not None else KeyringStore())


def controller_for(context: SimpleNamespace) -> AppointmentsController:
    """The controller the appointments feature makes for that help point."""
    return make_controller(context.settings, training_url=None, store=context.store)


def check(controller: AppointmentsController, typed: str) -> NumberOutcome:
    """Run the controller's ``check_number`` slot to its end on a fresh loop (see
    test_appointments_widget._run) and return the outcome it emitted."""
    outcomes: list[NumberOutcome] = []
    controller.sig_number_checked.connect(outcomes.append)

    async def scenario() -> None:
        try:
            controller.check_number(typed)
            await controller.scope.wait_idle()
        finally:
            await controller.aclose()

    asyncio.run(scenario())
    (outcome,) = outcomes
    return outcome


def test_stored_tokens_reach_the_ants_services(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
    ants_emulation_url: str,
    log_file: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers(monkeypatch, TRAINING_TOKEN, TRAINING_TOKEN)
    assert main(["ants-tokens", "set"]) == 0  # stored in the (in-memory) OS keyring
    context = mediator_context(ants_emulation_url)  # no store given: the KeyringStore
    controller = controller_for(context)
    changed: list[bool] = []
    controller.sig_configuration_changed.connect(lambda: changed.append(True))
    assert not controller.can_check_numbers  # nothing read yet (no loop was running)

    outcome = check(controller, "vr12 3456 78")
    assert outcome.fallback is None
    assert outcome.status is not None
    assert outcome.status.status == "validated"
    assert outcome.appointments[0].meeting_point.startswith("Mairie fictive")
    assert changed == [True]
    assert controller.can_check_numbers
    assert controller.can_find_slots

    controller.reset()  # a session wipe keeps the help point's tokens
    assert controller.can_check_numbers
    assert check(controller, "DC12345678").status.status == "declared"  # type: ignore[union-attr]

    logged = log_file.read_text(encoding="utf-8")
    assert "pre-application number checked: validated" in logged
    assert TRAINING_TOKEN not in logged
    assert TRAINING_TOKEN not in capsys.readouterr().out


def test_without_tokens_the_hand_off_as_before(
    ants_emulation_url: str, log_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    controller = controller_for(mediator_context(ants_emulation_url))
    outcome = check(controller, "VR12345678")
    assert outcome.status is None
    assert outcome.fallback is not None
    assert outcome.fallback.reason == "not-configured"
    assert outcome.fallback.handoff_url.startswith("https://rendezvouspasseport.ants.gouv.fr")
    assert not controller.can_check_numbers
    logged = log_file.read_text(encoding="utf-8")
    assert "ANTS coordination API token not stored" in logged
    assert "ANTS appointment hub token not stored" in logged


def test_switched_off_the_stored_tokens_are_not_even_read(ants_emulation_url: str) -> None:
    store = MemoryStore()
    store.values = {ANTS_COORDINATION_ENTRY: TRAINING_TOKEN, ANTS_HUB_ENTRY: TRAINING_TOKEN}
    store.available = False  # any read would fail the test's expectations below
    context = mediator_context(ants_emulation_url, enabled=False, store=store)
    outcome = check(controller_for(context), "VR12345678")
    assert outcome.fallback is not None
    assert outcome.fallback.reason == "not-configured"


def test_the_credential_store_service_is_used(ants_emulation_url: str) -> None:
    store = MemoryStore()
    asyncio.run(store.set(ANTS_COORDINATION_ENTRY, TRAINING_TOKEN))
    context = mediator_context(ants_emulation_url, store=store)
    controller = controller_for(context)
    assert check(controller, "ED12345678").status.status == "expired"  # type: ignore[union-attr]
    assert controller.can_check_numbers
    assert not controller.can_find_slots  # no hub token stored: slots hand off


def test_an_unavailable_keyring_falls_back(ants_emulation_url: str, log_file: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    controller = controller_for(mediator_context(ants_emulation_url))
    outcome = check(controller, "VR12345678")
    assert outcome.fallback is not None
    assert outcome.fallback.reason == "not-configured"
    assert "ANTS tokens not read (no secure storage" in log_file.read_text(encoding="utf-8")


class HangingKeyring(MemoryKeyring):
    """An unlock prompt nobody sees: every read blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(10)
        return None


def test_a_hanging_keyring_never_blocks_the_loop(ants_emulation_url: str) -> None:
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    context = mediator_context(ants_emulation_url, store=KeyringStore(timeout=0.3))
    ticks: list[int] = []
    outcomes: list[NumberOutcome] = []

    async def scenario() -> None:
        # Made while a loop runs (as in the app): the read starts at once, off the loop.
        controller = controller_for(context)
        controller.sig_number_checked.connect(outcomes.append)
        stop = asyncio.Event()

        async def ticker() -> None:
            while not stop.is_set():
                ticks.append(1)
                await asyncio.sleep(0.01)

        beat = asyncio.create_task(ticker())
        try:
            controller.check_number("VR12345678")
            await controller.scope.wait_idle()
        finally:
            stop.set()
            await beat
            await controller.aclose()

    try:
        asyncio.run(scenario())
    finally:
        backend.release.set()
    (outcome,) = outcomes
    assert outcome.fallback is not None
    assert outcome.fallback.reason == "not-configured"
    assert len(ticks) >= 10  # the loop kept turning during the 0.3 s wait


def test_tokens_read_in_the_background_before_any_request(ants_emulation_url: str) -> None:
    store = MemoryStore()
    asyncio.run(store.set(ANTS_COORDINATION_ENTRY, TRAINING_TOKEN))
    asyncio.run(store.set(ANTS_HUB_ENTRY, TRAINING_TOKEN))
    context = mediator_context(ants_emulation_url, store=store)
    seen: list[bool] = []

    async def scenario() -> None:
        controller = controller_for(context)
        arrived = asyncio.Event()
        controller.sig_configuration_changed.connect(arrived.set)
        await asyncio.wait_for(arrived.wait(), 5)
        seen.append(controller.can_find_slots)
        await controller.aclose()

    asyncio.run(scenario())
    assert seen == [True]


def test_the_widget_follows_when_tokens_arrive(qtbot: Any, english: None) -> None:
    from assist_desk.appointments.service import AppointmentConfig
    from assist_desk.views.appointments import PreApplicationWidget

    controller = AppointmentsController(AppointmentConfig(enabled=True), site=(45.76, 4.83))
    widget = PreApplicationWidget(controller)
    qtbot.addWidget(widget)
    widget.show()
    assert "only the form of the number is checked" in widget.result.text()
    assert not widget.slots_button.isVisible()
    controller.set_tokens(TRAINING_TOKEN, TRAINING_TOKEN)
    assert widget.result.text() == ""
    assert widget.slots_button.isVisible()
