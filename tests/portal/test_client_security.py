"""The client's side of the December 2026 security review, against the running portal.

Findings M6 (the wipe revokes server sessions), M8 (keys per attempt, not per payload
for life), M9 (retry semantics), L5 (no ids in the log), L6 (only documented errors).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
import pytest

from assist_desk.models import ContactMessageCreate
from assist_desk.portal import errors
from assist_desk.portal.client import PortalClient
from tests.portal.conftest import run_with_client
from tests.portal.test_models import VALID
from tests.portal_fixtures import TrainingPortal


def payload(profile: str = "individual", **changes: Any) -> dict[str, Any]:
    return {"profile": profile, **VALID[profile], **changes}


async def active_account(client: PortalClient, portal: TrainingPortal) -> str:
    account = await client.create_account(payload())
    await client.activate(portal.activation_token(account.id))
    await client.sign_in(VALID["individual"]["email"], VALID["individual"]["password"])
    return account.id


def test_m6_the_wipe_revokes_the_server_sessions(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        account_id = await active_account(client, training_portal)
        token = client._tokens[account_id].get_secret_value()
        status_client = PortalClient(training_portal.url)
        other = await status_client.create_account(payload(email="autre@example.org"))
        status_token = status_client._status_tokens[other.id].get_secret_value()
        status_client.reset()  # a new account's status token is revoked too
        await asyncio.wait_for(asyncio.gather(*status_client._closing), 5)
        await status_client.aclose()
        client.reset()
        await asyncio.wait_for(asyncio.gather(*client._closing), 5)  # revocations done
        async with httpx.AsyncClient(base_url=training_portal.url, trust_env=False) as http:
            stolen = await http.get(
                f"/v1/accounts/{account_id}", headers={"Authorization": f"Bearer {token}"}
            )
            followed = await http.get(
                f"/v1/accounts/{other.id}", headers={"Authorization": f"Bearer {status_token}"}
            )
        assert stolen.status_code == 401
        assert followed.status_code == 401

    run_with_client(training_portal.url, body)


def test_m8_a_second_identical_request_is_a_new_one(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        account_id = await active_account(client, training_portal)
        first = await client.create_request(account_id, "vr_change_owner")
        second = await client.create_request(account_id, "vr_change_owner")
        assert first.id != second.id
        assert len(await client.list_requests(account_id)) == 2
        assert len(client._keys) == 0

    run_with_client(training_portal.url, body)


class DropFirstDeleteAnswer(httpx.AsyncBaseTransport):
    """Sends every request; loses the answer of the first DELETE (a dropped connection)."""

    def __init__(self) -> None:
        self.real = httpx.AsyncHTTPTransport()
        self.dropped = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.real.handle_async_request(request)
        if request.method == "DELETE" and not self.dropped:
            self.dropped = True
            await response.aclose()
            raise httpx.ReadError("connection lost", request=request)
        return response

    async def aclose(self) -> None:
        await self.real.aclose()


def test_m9_a_delete_whose_answer_was_lost_succeeds(training_portal: TrainingPortal) -> None:
    transport = DropFirstDeleteAnswer()

    async def body(client: PortalClient) -> None:
        account = await client.create_account(payload())
        await client.delete_account(account.id)  # no AuthenticationFailed
        assert transport.dropped
        assert not client.has_session(account.id)

    run_with_client(training_portal.url, body, transport=transport)


def test_m9_in_use_is_waited_for_until_the_deadline(training_portal: TrainingPortal) -> None:
    training_portal.set_faults(delay_before_s=3.0, path_prefix="/v1/contact-messages")
    message = ContactMessageCreate(
        email="a@example.fr", name="Al Ba", topic="other", message="Bonjour"
    )

    async def body(client: PortalClient) -> float:
        client.deadline_s = 1.0
        with pytest.raises(errors.Timeout):
            await client.contact(message)
        client.deadline_s = 15.0
        started = time.monotonic()
        receipt = await client.contact(message)  # same key: waits for the first, then replayed
        assert receipt.id
        return time.monotonic() - started

    waited = run_with_client(training_portal.url, body)
    assert 1.0 < waited < 10.0


def test_l5_no_ids_in_the_log(
    training_portal: TrainingPortal, caplog: pytest.LogCaptureFixture
) -> None:
    async def body(client: PortalClient) -> str:
        account = await client.create_account(payload())
        await client.account(account.id)
        start = await client.franceconnect_start()
        await client.franceconnect_result(start.id)
        return account.id + " " + start.id

    with caplog.at_level(logging.DEBUG):
        ids = run_with_client(training_portal.url, body).split()
    text = "\n".join(f"{r.name} {r.getMessage()}" for r in caplog.records)
    assert "portal" in text  # our own lines are there, ids blanked
    for identifier in ids:
        assert identifier not in text


def test_l6_lone_surrogates_give_documented_errors(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        with pytest.raises(errors.ValidationFailed):
            await client.create_account(payload(password="Trois-sortes-1\ud800"))
        with pytest.raises(errors.ValidationFailed):
            await client.sign_in("a@example.fr", "x\ud800")

    run_with_client(training_portal.url, body)


def test_signing_out_of_an_ended_session_is_not_an_error(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        account_id = await active_account(client, training_portal)
        token = client._tokens[account_id].get_secret_value()
        async with httpx.AsyncClient(base_url=training_portal.url, trust_env=False) as http:
            ended = await http.delete(
                "/v1/sessions/current", headers={"Authorization": f"Bearer {token}"}
            )
            assert ended.status_code == 204
        await client.sign_out(account_id)  # 401 from the portal: already signed out
        assert not client.has_session(account_id)

    run_with_client(training_portal.url, body)


def test_maintenance_is_unavailable_at_once_with_its_message(
    training_portal: TrainingPortal,
) -> None:
    switch = f"{training_portal.url}/training/maintenance"
    on = {"message": "Maintenance jusqu'à 14 h.", "retry_after_s": "600"}
    httpx.post(switch, data=on, headers=training_portal.trainer_headers, trust_env=False)

    async def body(client: PortalClient) -> float:
        started = time.monotonic()
        with pytest.raises(errors.Unavailable) as down:
            await client.current_terms()
        assert down.value.code == "maintenance"
        assert down.value.detail == "Maintenance jusqu'à 14 h."
        return time.monotonic() - started

    assert run_with_client(training_portal.url, body) < 1.0  # no pointless retries
