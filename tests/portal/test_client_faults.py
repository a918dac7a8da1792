"""Fault shapes: httpx.MockTransport for determinism, real sockets for drips and kills."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from assist_desk.models import ContactMessageCreate
from assist_desk.portal import errors
from assist_desk.portal.client import PortalClient
from assist_desk.sandbox.trainer_auth import HEADER, SECRET_ENV
from tests.portal.test_models import VALID
from tests.portal_fixtures import TrainingPortal

PROBLEM = "application/problem+json"
Handler = Callable[[httpx.Request], httpx.Response]


def problem(status: int, code: str, detail: str | None = None, **extra: Any) -> httpx.Response:
    body = {"type": f"/problems/{code}", "title": "T", "status": status, "code": code, **extra}
    if detail is not None:
        body["detail"] = detail
    return httpx.Response(status, json=body, headers={"Content-Type": PROBLEM})


def mocked(handler: Handler, **options: Any) -> PortalClient:
    options.setdefault("deadline_s", 5.0)
    options.setdefault("backoff_base_s", 0.01)
    return PortalClient("http://portal.test", transport=httpx.MockTransport(handler), **options)


def run(client: PortalClient, call: Callable[[PortalClient], Any]) -> Any:
    async def main() -> Any:
        try:
            return await call(client)
        finally:
            await client.aclose()

    return asyncio.run(main())


HEALTH = {"status": "ok", "time": "2026-11-30T10:00:00Z"}


def test_get_retries_5xx_then_succeeds() -> None:
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        if len(seen) < 3:
            return httpx.Response(503, text="busy")
        return httpx.Response(200, json=HEALTH)

    assert run(mocked(handler), lambda c: c.health()).status == "ok"
    assert len(seen) == 3


def test_keyed_post_retries_connection_errors_with_the_same_key() -> None:
    keys: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        keys.append(request.headers["Idempotency-Key"])
        if len(keys) == 1:
            raise httpx.ConnectError("refused", request=request)
        if len(keys) == 2:
            raise httpx.RemoteProtocolError("server disconnected", request=request)
        return httpx.Response(
            201,
            json={"id": "msg_1", "received": "2026-11-30T10:00:00Z", "answer_due": "2026-12-21"},
        )

    message = ContactMessageCreate(email="a@example.org", name="Ana", topic="other", message="m")
    receipt = run(mocked(handler), lambda c: c.contact(message))
    assert receipt.id == "msg_1"
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert keys[0].startswith('"')
    assert keys[0].endswith('"')
    assert len(keys[0]) == 38


def test_unkeyed_post_is_never_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503)

    with pytest.raises(errors.Unavailable):
        run(mocked(handler), lambda c: c._call("POST", "/v1/anything", json_body={}))
    assert calls == [1]


def test_429_honours_retry_after() -> None:
    times: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        times.append(time.monotonic())
        if len(times) == 1:
            return httpx.Response(429, headers={"Retry-After": "1"}, text="")
        return httpx.Response(200, json=HEALTH)

    run(mocked(handler, backoff_base_s=0.0), lambda c: c.health())
    assert times[1] - times[0] >= 0.95


def test_429_beyond_the_deadline_is_reported_at_once() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        response = problem(429, "rate_limited", "slow down", retry_after=120)
        response.headers["Retry-After"] = "120"
        return response

    started = time.monotonic()
    with pytest.raises(errors.RateLimited) as caught:
        run(mocked(handler), lambda c: c.health())
    assert time.monotonic() - started < 2
    assert caught.value.retry_after == 120
    assert caught.value.detail == "slow down"


def test_500_problem_shows_its_detail_after_retries() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return problem(500, "internal_error", "La base de données est en maintenance.")

    with pytest.raises(errors.Unexpected) as caught:
        run(mocked(handler, max_attempts=3), lambda c: c.health())
    assert caught.value.detail == "La base de données est en maintenance."
    assert caught.value.status == 500
    assert caught.value.code == "internal_error"
    assert len(calls) == 3


def test_non_json_502_gives_the_generic_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            502, text="<html>Bad Gateway</html>", headers={"Content-Type": "text/html"}
        )

    with pytest.raises(errors.Unavailable) as caught:
        run(mocked(handler), lambda c: c.catalogue())
    assert caught.value.detail is None
    assert caught.value.problem is None
    assert caught.value.status == 502


@pytest.mark.parametrize(
    ("response", "kind", "code"),
    [
        (problem(404, "not_found", "no such account"), errors.NotFound, "not_found"),
        (problem(410, "account_deleted"), errors.NotFound, "account_deleted"),
        (
            problem(401, "authentication_required"),
            errors.AuthenticationFailed,
            "authentication_required",
        ),
        (problem(409, "account_not_active"), errors.Conflict, "account_not_active"),
        (problem(413, "payload_too_large"), errors.ValidationFailed, "payload_too_large"),
        (problem(418, "teapot"), errors.Unexpected, "teapot"),
        (httpx.Response(200, text="not json"), errors.Unexpected, None),
        (httpx.Response(200, json={"status": "weird"}), errors.Unexpected, None),
        (httpx.Response(400, json=[1, 2]), errors.ValidationFailed, None),
    ],
)
def test_status_mapping(
    response: httpx.Response, kind: type[errors.PortalError], code: str | None
) -> None:
    with pytest.raises(kind) as caught:
        run(mocked(lambda request: response, max_attempts=1), lambda c: c.health())
    assert caught.value.code == code


def test_validation_problem_carries_field_codes() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return problem(
            422,
            "validation_failed",
            "some fields are not valid",
            errors=[
                {"field": "siret", "code": "invalid_siret", "message": "bad"},
                {"field": "siret", "code": "too_short", "message": "short"},
            ],
        )

    with pytest.raises(errors.ValidationFailed) as caught:
        run(
            mocked(handler),
            lambda c: c.create_account({"profile": "legal_entity", **VALID["legal_entity"]}),
        )
    assert caught.value.field_errors == {"siret": ["invalid_siret", "too_short"]}


def test_key_in_use_is_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            return problem(409, "idempotency_key_in_use")
        return httpx.Response(
            202,
            json={
                "account_id": "acc_1",
                "sent": "2026-11-30T10:00:00Z",
                "next_allowed": "2026-11-30T10:01:00Z",
            },
        )

    assert run(mocked(handler), lambda c: c.resend_activation("acc_1")).account_id == "acc_1"
    assert len(calls) == 2


def test_connection_errors_end_as_unavailable_and_read_timeouts_as_timeout() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(errors.Unavailable):
        run(mocked(refuse, max_attempts=2, deadline_s=1.0), lambda c: c.health())

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(errors.Timeout):
        run(mocked(slow, max_attempts=2), lambda c: c.health())


def test_a_deadline_that_fires_between_refusals_still_says_unreachable() -> None:
    # On a busy machine the deadline can fire during the last refused connection (a CI
    # run saw it): the portal is down, not slow, and the message must say so.
    async def refuse_slowly(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.3)  # a refusal that takes long to arrive
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(errors.Unavailable):
        run(mocked(refuse_slowly, deadline_s=0.5), lambda c: c.health())

    async def hang(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)  # connected, then no answer: that one is slow, not down
        raise AssertionError("the deadline should have fired")

    with pytest.raises(errors.Timeout):
        run(mocked(hang, deadline_s=0.3), lambda c: c.health())


def test_refused_connections_are_retried_until_the_deadline_not_max_attempts() -> None:
    tries: list[float] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        tries.append(time.monotonic())
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(errors.Unavailable):
        run(mocked(refuse, max_attempts=4, deadline_s=2.0), lambda c: c.health())
    assert len(tries) > 4  # beyond max_attempts
    assert tries[-1] - tries[0] > 1.0  # kept trying for most of the deadline
    # A POST without a key is never repeated, even when its connection was refused.
    tries.clear()
    with pytest.raises(errors.Unavailable):
        run(mocked(refuse), lambda c: c._call("POST", "/v1/anything", json_body={}))
    assert len(tries) == 1


def test_closed_client_refuses_calls() -> None:
    client = mocked(lambda request: httpx.Response(200, json=HEALTH))

    async def main() -> None:
        await client.aclose()
        with pytest.raises(errors.Unavailable):
            await client.health()

    asyncio.run(main())
    client.close_nowait()  # idempotent


# --------------------------------------------------------------------------- real sockets


def test_a_one_byte_a_second_drip_is_cut_by_the_deadline() -> None:
    async def drip(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 60\r\n\r\n"
        )
        try:
            for char in json.dumps(HEALTH):
                writer.write(char.encode())
                await writer.drain()
                await asyncio.sleep(1.0)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def main() -> float:
        server = await asyncio.start_server(drip, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server, PortalClient(f"http://127.0.0.1:{port}", deadline_s=1.5) as client:
            started = time.monotonic()
            with pytest.raises(errors.Timeout):
                await client.health()
            return time.monotonic() - started

    elapsed = asyncio.run(main())
    assert 1.4 <= elapsed < 3.0


def test_fifty_cancelled_requests_then_ten_new_ones(training_portal: TrainingPortal) -> None:
    training_portal.set_faults(delay_before_s=0.5, path_prefix="/v1/contact-messages")

    async def main() -> list[str]:
        async with PortalClient(training_portal.url, deadline_s=10.0, max_connections=10) as client:
            messages = [
                ContactMessageCreate(
                    email="a@example.org", name="Ana", topic="other", message=f"m{i}"
                )
                for i in range(60)
            ]
            tasks = [asyncio.create_task(client.contact(m)) for m in messages[:50]]
            await asyncio.sleep(0.3)
            assert client.inflight == 50
            client.reset()  # the session wipe: cancels them all, new connection pool
            outcomes = await asyncio.gather(*tasks, return_exceptions=True)
            assert all(isinstance(o, asyncio.CancelledError) for o in outcomes)
            assert client.inflight == 0
            training_portal.set_faults()
            receipts = await asyncio.wait_for(
                asyncio.gather(*(client.contact(m) for m in messages[50:])), 8
            )
            return [r.id for r in receipts]

    ids = asyncio.run(main())
    assert len(set(ids)) == 10


def test_cancelled_requests_do_not_exhaust_the_pool_without_reset(
    training_portal: TrainingPortal,
) -> None:
    training_portal.set_faults(delay_before_s=0.5, path_prefix="/v1/contact-messages")

    async def main() -> int:
        async with PortalClient(training_portal.url, deadline_s=10.0, max_connections=10) as client:
            tasks = [
                asyncio.create_task(
                    client.contact(
                        ContactMessageCreate(
                            email="a@example.org", name="A", topic="other", message=f"{i}"
                        )
                    )
                )
                for i in range(50)
            ]
            await asyncio.sleep(0.3)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            training_portal.set_faults()
            results = await asyncio.wait_for(
                asyncio.gather(*(client.health() for _ in range(10))), 8
            )
            return len(results)

    assert asyncio.run(main()) == 10


SANDBOX_SECRET = "sandbox-process-trainer-secret"


def test_a_portal_restarting_for_three_seconds_fails_nothing(tmp_path: Path) -> None:
    from assist_desk.sandbox import start_in_thread

    first = start_in_thread(tmp_path / "portal")
    port = first.port
    first.stop()
    restarted: list[Any] = []
    message = ContactMessageCreate(email="a@example.org", name="Ana", topic="other", message="m")

    async def main() -> tuple[float, str, str]:
        loop = asyncio.get_running_loop()
        # The portal comes back on the same port 3 s later (a kiosk's portal restarting).
        loop.call_later(
            3.0,
            lambda: restarted.append(start_in_thread(tmp_path / "portal", port=port, wait=False)),
        )
        async with PortalClient(f"http://127.0.0.1:{port}", deadline_s=15.0) as client:
            started = time.monotonic()
            health, receipt = await asyncio.gather(client.health(), client.contact(message))
            return time.monotonic() - started, health.status, receipt.id

    try:
        waited, status, receipt_id = asyncio.run(main())
    finally:
        for handle in restarted:
            handle.stop()
    assert status == "ok"
    assert receipt_id
    assert 2.9 < waited < 6.0, waited


def test_a_dead_portal_fails_within_the_deadline() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def main() -> float:
        async with PortalClient(f"http://127.0.0.1:{port}", deadline_s=3.0) as client:
            started = time.monotonic()
            with pytest.raises(errors.Unavailable):
                await client.health()
            return time.monotonic() - started

    waited = asyncio.run(main())
    assert 1.5 < waited <= 3.5, waited  # the deadline plus a busy event loop's lag


@pytest.fixture
def sandbox_process(tmp_path: Path) -> Iterator[Callable[[], subprocess.Popen[bytes]]]:
    """Start ``assist-desk sandbox`` as a real process (restartable on the same port)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path / "portal-data"
    started: list[subprocess.Popen[bytes]] = []

    def start() -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "assist_desk",
                "sandbox",
                "--port",
                str(port),
                "--data",
                str(data),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, SECRET_ENV: SANDBOX_SECRET},
        )
        started.append(process)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if (
                    httpx.get(f"http://127.0.0.1:{port}/v1/health", trust_env=False).status_code
                    == 200
                ):
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        else:  # pragma: no cover
            raise RuntimeError("sandbox did not start")
        process.port = port  # type: ignore[attr-defined]
        process.data = data  # type: ignore[attr-defined]
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.terminate()
            process.wait(10)


def test_server_killed_mid_submit_then_one_account(
    sandbox_process: Callable[[], subprocess.Popen[bytes]],
) -> None:
    process = sandbox_process()
    port = process.port  # type: ignore[attr-defined]
    url = f"http://127.0.0.1:{port}"
    httpx.post(
        f"{url}/training/faults",
        json={"delay_after_commit_s": 5, "path_prefix": "/v1/accounts"},
        headers={HEADER: SANDBOX_SECRET},
        trust_env=False,
    ).raise_for_status()
    form = {"profile": "individual", **VALID["individual"]}

    async def main() -> tuple[str, int]:
        async with PortalClient(url, deadline_s=3.0, max_attempts=3, backoff_base_s=0.1) as client:
            submit = asyncio.create_task(client.create_account(form))
            await asyncio.sleep(1.0)  # the account is committed; the answer is not sent yet
            os.kill(process.pid, signal.SIGKILL)
            with pytest.raises((errors.Unavailable, errors.Timeout)):
                await submit
            # The caller kept its data; the portal comes back; the same submission again.
            sandbox_process()
            account = await client.create_account(form)  # replayed: the same account
            # Answered: the same form again is a new submission (M8), refused as a duplicate.
            with pytest.raises(errors.ValidationFailed):
                await client.create_account(form)
            return account.id, len(client._keys)

    account_id, keys = asyncio.run(main())
    assert keys == 0
    with sqlite3.connect(process.data / "training-portal.sqlite3") as db:  # type: ignore[attr-defined]
        rows = db.execute("SELECT id FROM accounts").fetchall()
    assert rows == [(account_id,)]
