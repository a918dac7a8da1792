"""The client's life cycle: TLS context reuse, resets and closes inside and outside a loop."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from pydantic import SecretStr

from assist_desk.models.checks import check_siren
from assist_desk.portal import errors
from assist_desk.portal.client import PortalClient
from tests.portal_fixtures import TrainingPortal

HEALTH = {"status": "ok", "time": "2026-11-30T10:00:00Z"}


def test_one_tls_context_per_client_and_none_for_plain_http() -> None:
    secure = PortalClient("https://portal.example.org/")
    assert secure.base_url == "https://portal.example.org"
    context = secure._ssl_context()
    secure.reset()
    assert secure._ssl_context() is context
    assert PortalClient("http://127.0.0.1:1")._ssl_context() is False


def test_reset_and_close_outside_a_loop_do_nothing_harmful() -> None:
    client = PortalClient("http://127.0.0.1:1")
    client._tokens["acc_1"] = SecretStr("token")
    assert client.has_session("acc_1")
    client.forget_session("acc_1")
    assert not client.has_session("acc_1")
    client.reset()  # never used: nothing to close, no loop needed
    assert not client.closing
    client.close_nowait()
    client.close_nowait()


def test_close_nowait_closes_open_connections_in_the_loop(training_portal: TrainingPortal) -> None:
    async def main() -> None:
        client = PortalClient(training_portal.url)
        assert (await client.health()).status == "ok"
        await client.sign_out("acc_without_session")  # nothing to do
        client.close_nowait()
        assert client.closing
        await asyncio.gather(*client._closing)
        assert not client.closing
        with pytest.raises(errors.Unavailable):
            await client.health()

    asyncio.run(main())


def test_reset_in_the_loop_closes_the_old_pool(training_portal: TrainingPortal) -> None:
    async def main() -> None:
        async with PortalClient(training_portal.url) as client:
            await client.health()
            client.reset()
            assert client.closing
            assert (await client.health()).status == "ok"

    asyncio.run(main())


def test_rate_limit_delay_from_the_problem_when_no_header() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"title": "T", "status": 429, "code": "rate_limited", "retry_after": 30}
        return httpx.Response(429, json=body, headers={"Content-Type": "application/problem+json"})

    async def main() -> None:
        async with PortalClient(
            "http://portal.test", transport=httpx.MockTransport(handler), max_attempts=1
        ) as client:
            with pytest.raises(errors.RateLimited) as caught:
                await client.health()
            assert caught.value.retry_after == 30

    asyncio.run(main())


def test_siren() -> None:
    assert check_siren("732 829 320") == "732829320"
    with pytest.raises(ValueError, match="SIREN"):
        check_siren("732829321")
