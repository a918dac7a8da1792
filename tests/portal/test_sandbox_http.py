"""The training portal at the HTTP level: idempotency, problems, limits, trainer pages."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from assist_desk.sandbox import start_in_thread
from assist_desk.sandbox.app import PortalOptions
from tests.portal.test_models import VALID
from tests.portal_fixtures import TrainingPortal

PROBLEM = "application/problem+json"


def poll(start: dict[str, Any]) -> dict[str, str]:
    """The header that reads a FranceConnect result (only the starter holds it)."""
    return {"X-Poll-Secret": start["poll_secret"]}


def key() -> dict[str, str]:
    return {"Idempotency-Key": f'"{uuid.uuid4()}"'}


def form(profile: str = "individual", **changes: Any) -> dict[str, Any]:
    return {"profile": profile, **VALID[profile], **changes}


@pytest.fixture
def http(training_portal: TrainingPortal) -> httpx.Client:
    with httpx.Client(base_url=training_portal.url, trust_env=False, timeout=10) as client:
        yield client


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == "/problems/" + code.replace("_", "-")
    assert body["title"]
    return body


def test_idempotency_rules(http: httpx.Client) -> None:
    headers = key()
    first = http.post("/v1/accounts", json=form(), headers=headers)
    assert first.status_code == 201
    again = http.post("/v1/accounts", json=form(), headers=headers)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["account"]["id"] == first.json()["account"]["id"]
    other = http.post("/v1/accounts", json=form(email="autre@example.org"), headers=headers)
    assert_problem(other, 422, "idempotency_key_reused")
    assert_problem(http.post("/v1/accounts", json=form()), 400, "idempotency_key_missing")
    bad = http.post("/v1/accounts", json=form(), headers={"Idempotency-Key": "not-quoted"})
    assert_problem(bad, 400, "idempotency_key_invalid")
    # An error is not remembered: the same key may carry the corrected submission.
    retry_key = key()
    taken = http.post("/v1/accounts", json=form(), headers=retry_key)
    assert_problem(taken, 422, "validation_failed")
    fixed = http.post("/v1/accounts", json=form(), headers=retry_key)
    assert fixed.status_code == 422  # same payload, still taken: executed again, not replayed
    assert "Idempotent-Replayed" not in fixed.headers


def test_concurrent_duplicate_is_409(training_portal: TrainingPortal) -> None:
    training_portal.set_faults(delay_before_s=0.8, path_prefix="/v1/accounts")
    headers = key()

    async def main() -> list[httpx.Response]:
        async with httpx.AsyncClient(base_url=training_portal.url, trust_env=False) as client:
            first = asyncio.create_task(client.post("/v1/accounts", json=form(), headers=headers))
            await asyncio.sleep(0.3)
            second = await client.post("/v1/accounts", json=form(), headers=headers)
            return [await first, second]

    first, second = asyncio.run(main())
    assert first.status_code == 201
    body = assert_problem(second, 409, "idempotency_key_in_use")
    assert "processed" in body["detail"]


@pytest.mark.parametrize(
    ("content", "headers", "status", "code"),
    [
        (b"{not json", {"Content-Type": "application/json"}, 400, "invalid_json"),
        (b"[]", {"Content-Type": "application/json"}, 422, "validation_failed"),
        (b"\xff\xfe", {"Content-Type": "application/json"}, 400, "invalid_json"),
        (b"profile=individual", {"Content-Type": "text/plain"}, 415, "unsupported_media_type"),
    ],
)
def test_malformed_bodies_are_4xx(
    http: httpx.Client, content: bytes, headers: dict[str, str], status: int, code: str
) -> None:
    response = http.post("/v1/accounts", content=content, headers={**key(), **headers})
    assert_problem(response, status, code)


def test_field_errors_in_problems(http: httpx.Client) -> None:
    response = http.post("/v1/accounts", json=form("legal_entity", siret="123"), headers=key())
    body = assert_problem(response, 422, "validation_failed")
    assert body["errors"] == [
        {
            "field": "siret",
            "code": "too_short",
            "message": "String should have at least 14 characters",
        }
    ]


def test_size_limit(http: httpx.Client) -> None:
    huge = form(given_names="A" * 70_000)
    assert_problem(http.post("/v1/accounts", json=huge, headers=key()), 413, "payload_too_large")

    def chunks() -> Any:
        for _ in range(100):
            yield b" " * 1024

    streamed = http.post("/v1/accounts", content=chunks(), headers=key())
    assert_problem(streamed, 413, "payload_too_large")


def test_unknown_paths_and_methods(http: httpx.Client) -> None:
    assert_problem(http.get("/v1/nothing"), 404, "not_found")
    assert_problem(http.put("/v1/terms"), 405, "method_not_allowed")
    assert_problem(http.get("/v1/terms/%00"), 422, "validation_failed")
    assert_problem(http.get("/v1/accounts/acc_x"), 401, "authentication_required")
    wrong = http.get("/v1/accounts/acc_x", headers={"Authorization": "Bearer nope"})
    assert_problem(wrong, 401, "authentication_required")


def test_rate_limit_per_client(tmp_path: Path) -> None:
    options = PortalOptions(rate_per_s=2, burst=3)
    with (
        start_in_thread(tmp_path / "portal", options=options) as handle,
        httpx.Client(base_url=handle.url, trust_env=False) as client,
    ):
        statuses = [client.get("/v1/health", headers={"X-Client-Id": "kiosk-1"}) for _ in range(4)]
        assert [r.status_code for r in statuses] == [200, 200, 200, 429]
        body = assert_problem(statuses[-1], 429, "rate_limited")
        assert int(statuses[-1].headers["Retry-After"]) >= 1
        assert body["retry_after"] >= 1
        # Another client has its own budget; trainer pages are not limited.
        assert client.get("/v1/health", headers={"X-Client-Id": "kiosk-2"}).status_code == 200
        trainer = handle.trainer_headers
        assert client.get("/training/outbox.json", headers=trainer).status_code == 200


@pytest.fixture
def browser(training_portal: TrainingPortal) -> httpx.Client:
    """A trainer's browser, signed in through the one-time link (cookie, CSRF tokens)."""
    with httpx.Client(
        base_url=training_portal.url, trust_env=False, timeout=10, follow_redirects=True
    ) as client:
        landed = client.get(training_portal.handle.login_url("/training/outbox"))
        assert landed.status_code == 200, landed.text
        assert landed.url.path == "/training/outbox"
        yield client


def csrf_of(page: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match is not None, "a form without a CSRF token"
    return match.group(1)


def test_trainer_pages(
    training_portal: TrainingPortal, http: httpx.Client, browser: httpx.Client
) -> None:
    assert "Boîte d'envoi" in browser.get("/").text
    assert "Aucun courriel" in browser.get("/training/outbox").text
    individual = http.post("/v1/accounts", json=form(), headers=key()).json()["account"]
    siv = http.post("/v1/accounts", json=form("siv_professional"), headers=key()).json()["account"]
    page = browser.get("/training/outbox").text
    assert "Activez votre compte" in page
    assert f"/training/accounts/{siv['id']}/validate" in page
    assert 'lang="fr"' in page
    assert "<caption>" in page
    csrf = csrf_of(page)
    link = re.search(r'href="([^"]*/activate\?token=[^"]+)"', page)
    assert link is not None
    token = link.group(1).split("token=")[1]
    activate_page = browser.get(f"/activate?token={token}").text
    assert "Activer mon compte" in activate_page
    done = browser.post(
        "/activate",
        data={"token": token, "csrf": csrf_of(activate_page)},
        headers={"Accept": "text/html"},
    )
    assert "est actif" in done.text
    assert "pas valide" in browser.post("/activate", data={"token": "nope", "csrf": csrf}).text
    validated = browser.post(
        f"/training/accounts/{siv['id']}/validate",
        data={"csrf": csrf},
        headers={"Accept": "text/html"},
        follow_redirects=False,
    )
    assert validated.status_code == 303
    trainer = training_portal.trainer_headers
    assert_problem(
        http.post(f"/training/accounts/{siv['id']}/validate", headers=trainer), 409, "not_waiting"
    )
    assert_problem(
        http.post("/training/accounts/acc_none/refuse", headers=trainer), 404, "not_found"
    )
    assert training_portal.outbox()[0]["kind"] == "siv_instructions"
    assert individual["status"] == "pending_activation"
    assert_problem(
        http.post("/training/terms/current", json={"version_id": "v9"}, headers=trainer),
        404,
        "not_found",
    )
    assert_problem(
        http.post("/training/faults", json={"delay_before_s": "x"}, headers=trainer),
        400,
        "bad_request",
    )
    assert_problem(
        http.post(
            "/training/faults",
            content=b"{",
            headers={"Content-Type": "application/json", **trainer},
        ),
        400,
        "invalid_json",
    )


def test_franceconnect_pages(training_portal: TrainingPortal, http: httpx.Client) -> None:
    start = http.post("/v1/franceconnect/sessions", headers=key()).json()
    page = http.get(f"/training/franceconnect/{start['id']}").text
    assert "Karim" in page
    assert "simulation" in page
    csrf = csrf_of(page)
    chosen = http.post(
        f"/training/franceconnect/{start['id']}/choose",
        data={"identity_id": "fc-lucie", "csrf": csrf},
        headers={"Accept": "text/html"},
    )
    assert "Connexion réussie" in chosen.text
    assert "plus en cours" in http.get(f"/training/franceconnect/{start['id']}").text
    again = http.post(
        f"/training/franceconnect/{start['id']}/choose",
        data={"identity_id": "fc-lucie", "csrf": csrf},
    )
    assert_problem(again, 409, "not_pending")
    unknown = http.post(
        f"/training/franceconnect/{start['id']}/choose", data={"identity_id": "x", "csrf": csrf}
    )
    assert_problem(unknown, 404, "not_found")
    # The same identity later: the same account.
    second = http.post("/v1/franceconnect/sessions", headers=key()).json()
    second_csrf = csrf_of(http.get(f"/training/franceconnect/{second['id']}").text)
    result = http.post(
        f"/training/franceconnect/{second['id']}/choose",
        json={"identity_id": "fc-lucie"},
        headers=training_portal.trainer_headers,
    ).json()
    first_account = http.get(
        f"/v1/franceconnect/sessions/{start['id']}", headers=poll(start)
    ).json()["account"]["id"]
    assert result["account_id"] == first_account
    cancel = http.post(
        f"/training/franceconnect/{second['id']}/cancel",
        data={"csrf": second_csrf},
        headers={"Accept": "text/html"},
    )
    assert "annulée" in cancel.text


def test_reset_and_persistence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with start_in_thread(data) as handle:
        created = httpx.post(
            f"{handle.url}/v1/accounts", json=form(), headers=key(), trust_env=False
        )
        assert created.status_code == 201
    with start_in_thread(data) as handle:
        outbox = httpx.get(
            f"{handle.url}/training/outbox.json", headers=handle.trainer_headers, trust_env=False
        ).json()
        assert len(outbox["messages"]) == 1  # persisted in SQLite
    with start_in_thread(data, reset=True) as handle:
        outbox = httpx.get(
            f"{handle.url}/training/outbox.json", headers=handle.trainer_headers, trust_env=False
        ).json()
        assert outbox["messages"] == []
    assert (data / "training-portal.sqlite3-wal").exists() or (
        data / "training-portal.sqlite3"
    ).exists()


def test_start_failure_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(RuntimeError, match="did not start"):
        start_in_thread(blocker / "data")
