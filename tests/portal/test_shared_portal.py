"""The tests' shared training portal (tests/shared_portal.py): one process per test
process, lent to each application start, back to its initial state for each test."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from tests.app_fixtures import StartApplication, stop_application
from tests.portal.test_models import VALID
from tests.shared_portal import SharedTrainingPortal


def _health(url: str) -> int:
    return httpx.get(f"{url}/v1/health", trust_env=False, timeout=10).status_code


def _outbox(handle: Any) -> list[dict[str, Any]]:
    answer = httpx.get(
        f"{handle.url}/training/outbox.json",
        headers=handle.trainer_headers,
        trust_env=False,
        timeout=10,
    )
    answer.raise_for_status()
    messages: list[dict[str, Any]] = answer.json()["messages"]
    return messages


def _create_account(url: str) -> None:
    form = {"profile": "individual", **VALID["individual"]}
    created = httpx.post(
        f"{url}/v1/accounts",
        json=form,
        headers={"Idempotency-Key": f'"{uuid.uuid4()}"'},
        trust_env=False,
        timeout=10,
    )
    assert created.status_code == 201, created.text


def test_two_starts_in_a_test_share_one_process_that_outlives_them(
    qtbot: Any, app_context: StartApplication, shared_training_portal: SharedTrainingPortal
) -> None:
    lent_before = shared_training_portal.lent
    first = app_context(wait=True)
    second = app_context("--mode", "kiosk", wait=True)
    first_portal = first.features.portal.training  # type: ignore[union-attr]
    second_portal = second.features.portal.training  # type: ignore[union-attr]
    assert first_portal is not None
    assert second_portal is not None
    assert first_portal.url == second_portal.url
    assert shared_training_portal.lent == lent_before + 2
    assert shared_training_portal.processes_started == 1
    stop_application(qtbot, first)  # its shutdown hooks "stop" its portal
    assert _health(second_portal.url) == 200


def test_the_next_test_gets_the_portal_as_it_started(
    shared_training_portal: SharedTrainingPortal,
) -> None:
    handle = shared_training_portal.lend(reset_first=True)
    _create_account(handle.url)
    assert _outbox(handle), "the new account's activation e-mail"
    again = shared_training_portal.lend(reset_first=False)  # the same test: kept
    assert _outbox(again)
    next_test = shared_training_portal.lend(reset_first=True)
    assert _outbox(next_test) == []


@pytest.mark.own_training_portal
def test_a_marked_test_gets_a_process_of_its_own(
    app_context: StartApplication, shared_training_portal: SharedTrainingPortal
) -> None:
    lent_before = shared_training_portal.lent
    context = app_context(wait=True)
    handle = context.features.portal.training  # type: ignore[union-attr]
    assert handle is not None
    assert handle._process is not None  # the application's own child process
    assert shared_training_portal.lent == lent_before
    assert _health(handle.url) == 200
