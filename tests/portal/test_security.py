"""Regression tests of the December 2026 security review, against the running portal over HTTP.

Each test is named after its finding (``../shared/reviews/2026-12-portal-security.md``).
"""

from __future__ import annotations

import argparse
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from assist_desk.commands import sandbox as sandbox_command
from assist_desk.sandbox import start_in_subprocess, start_in_thread, trainer_auth
from tests.portal.test_models import VALID
from tests.portal.test_sandbox_http import assert_problem, csrf_of
from tests.portal_fixtures import TrainingPortal

EVIL = "http://evil.example"


def key() -> dict[str, str]:
    return {"Idempotency-Key": f'"{uuid.uuid4()}"'}


def form(profile: str = "individual", **changes: Any) -> dict[str, Any]:
    return {"profile": profile, **VALID[profile], **changes}


@pytest.fixture
def http(training_portal: TrainingPortal) -> httpx.Client:
    with httpx.Client(base_url=training_portal.url, trust_env=False, timeout=10) as client:
        yield client


# --------------------------------------------------------------------------- H1


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/"),
        ("GET", "/training/outbox"),
        ("GET", "/training/outbox.json"),
        ("GET", "/activate?token=x"),
        ("POST", "/activate"),
        ("POST", "/training/reset"),
        ("POST", "/training/faults"),
        ("POST", "/training/terms/current"),
        ("POST", "/training/accounts/acc_x/validate"),
        ("POST", "/training/accounts/acc_x/refuse"),
    ],
)
def test_h1_trainer_pages_need_the_secret(http: httpx.Client, method: str, path: str) -> None:
    assert_problem(http.request(method, path), 401, "trainer_authentication_required")
    wrong = {trainer_auth.HEADER: "not-the-secret-at-all"}
    assert_problem(
        http.request(method, path, headers=wrong), 401, "trainer_authentication_required"
    )


def test_h1_reset_by_a_stranger_deletes_nothing(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    assert http.post("/v1/accounts", json=form(), headers=key()).status_code == 201
    cross_site = http.post(
        "/training/reset",
        content=b"",
        headers={"Origin": EVIL, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_problem(cross_site, 403, "origin_not_allowed")
    assert_problem(http.post("/training/reset"), 401, "trainer_authentication_required")
    assert len(training_portal.outbox()) == 1


def test_h1_one_time_link_then_cookie_and_csrf(training_portal: TrainingPortal) -> None:
    handle = training_portal.handle
    link = handle.login_url("/training/outbox")
    with httpx.Client(base_url=handle.url, trust_env=False, timeout=10) as browser:
        signed_in = browser.get(link)
        assert signed_in.status_code == 303
        assert signed_in.headers["location"] == "/training/outbox"
        cookie = signed_in.headers["set-cookie"].lower()
        assert "httponly" in cookie
        assert "samesite=strict" in cookie
        page = browser.get("/training/outbox")
        assert page.status_code == 200
        csrf = csrf_of(browser.get("/activate?token=x").text)
        # A form without its token, or with another's, is refused even with the cookie.
        assert_problem(browser.post("/training/reset"), 403, "csrf_failed")
        assert_problem(browser.post("/training/reset", data={"csrf": "x" * 64}), 403, "csrf_failed")
        # From another site (or another local port), even with the right token: refused.
        for origin in (EVIL, "http://127.0.0.1:1", "null"):
            crossed = browser.post(
                "/training/reset", data={"csrf": csrf}, headers={"Origin": origin}
            )
            assert_problem(crossed, 403, "origin_not_allowed")
        same_site = browser.post(
            "/training/reset", data={"csrf": csrf}, headers={"Origin": handle.url}
        )
        assert same_site.status_code == 200
    with httpx.Client(base_url=handle.url, trust_env=False, timeout=10) as other:
        assert other.get(link).status_code == 401  # used once already
        assert "non valide" in other.get(link).text
        assert other.get("/training/outbox").status_code == 401
        forged = link.replace("ticket=", "ticket=x")
        assert other.get(forged).status_code == 401


def test_h1_sign_in_never_redirects_elsewhere(training_portal: TrainingPortal) -> None:
    handle = training_portal.handle
    for target in ("https://evil.example/", "//evil.example/x", "/v1/health", "/\\evil.example"):
        response = httpx.get(handle.login_url(target), trust_env=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/training/outbox"


def test_h1_expired_ticket_is_refused(training_portal: TrainingPortal) -> None:
    handle = training_portal.handle
    ticket = trainer_auth.make_ticket(handle.trainer_secret, ttl_s=-1)
    response = httpx.get(f"{handle.url}/training/login?ticket={ticket}", trust_env=False)
    assert response.status_code == 401


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io", "", "[::2]"]
)
def test_h1_foreign_host_names_are_refused(
    training_portal: TrainingPortal, http: httpx.Client, host: str
) -> None:
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 cannot read anything."""
    trainer = training_portal.trainer_headers
    for path in ("/training/outbox.json", "/v1/health"):
        response = http.get(path, headers={"Host": host, **trainer})
        assert_problem(response, 400, "host_not_allowed")


def test_h1_loopback_names_are_accepted(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    port = training_portal.handle.port
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
        assert http.get("/v1/health", headers={"Host": host}).status_code == 200


def test_h1_cross_site_api_writes_are_refused(http: httpx.Client) -> None:
    response = http.post("/v1/contact-messages", json={}, headers={"Origin": EVIL, **key()})
    assert_problem(response, 403, "origin_not_allowed")


@pytest.mark.parametrize(
    "fields",
    [
        {"delay_before_s": "inf"},
        {"delay_before_s": "nan"},
        {"delay_before_s": "1e308"},
        {"delay_after_commit_s": "-1"},
        {"delay_after_commit_s": "Infinity"},
        {"delay_before_s": "31"},
        {"path_prefix": "v1"},
    ],
)
def test_h1_faults_are_bounded(
    training_portal: TrainingPortal, http: httpx.Client, fields: dict[str, str]
) -> None:
    trainer = training_portal.trainer_headers
    assert_problem(http.post("/training/faults", data=fields, headers=trainer), 400, "bad_request")
    # Nothing was stored: the API answers at once.
    started = time.monotonic()
    message = {"topic": "other", "email": "a@example.fr", "name": "Al Ba", "message": "Bonjour"}
    assert http.post("/v1/contact-messages", json=message, headers=key()).status_code in {201, 422}
    assert time.monotonic() - started < 5


def test_h1_franceconnect_forms_need_their_token(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    start = http.post("/v1/franceconnect/sessions", headers=key()).json()
    other = http.post("/v1/franceconnect/sessions", headers=key()).json()
    choose = f"/training/franceconnect/{start['id']}/choose"
    assert_problem(http.post(choose, data={"identity_id": "fc-lucie"}), 403, "csrf_failed")
    # A token is bound to its attempt: another attempt's page does not open this one.
    foreign = csrf_of(http.get(f"/training/franceconnect/{other['id']}").text)
    refused = http.post(choose, data={"identity_id": "fc-lucie", "csrf": foreign})
    assert_problem(refused, 403, "csrf_failed")
    status = http.get(f"/v1/franceconnect/sessions/{start['id']}").json()["status"]
    assert status == "pending"


def test_h1_non_loopback_needs_a_secret(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="trainer secret"):
        start_in_thread(tmp_path / "lan", host="0.0.0.0")
    monkeypatch.delenv(trainer_auth.SECRET_ENV, raising=False)
    parser = argparse.ArgumentParser()
    sandbox_command.register(parser.add_subparsers())
    args = parser.parse_args(
        ["sandbox", "--host", "0.0.0.0", "--port", "0", "--data", str(tmp_path)]
    )
    assert sandbox_command.run(args) == 2
    monkeypatch.setenv(trainer_auth.SECRET_ENV, "short")
    assert sandbox_command.run(args) == 2


# --------------------------------------------------------------------------- M11


def test_m11_links_ignore_the_host_header(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    """An accepted alias (localhost, another port) never reaches a generated link."""
    url = training_portal.url
    poisoned = {"Host": "localhost:6666"}
    created = http.post("/v1/accounts", json=form(), headers={**key(), **poisoned})
    assert created.status_code == 201
    assert training_portal.outbox()[0]["link"].startswith(f"{url}/activate?token=")
    start = http.post("/v1/franceconnect/sessions", headers={**key(), **poisoned}).json()
    assert start["authorize_url"] == f"{url}/training/franceconnect/{start['id']}"
    hub = {"X-HUB-RDV-AUTH-TOKEN": "training-ants-token", **poisoned}
    found = http.get(
        "/ants-emulation/hub/api/searchApplicationIds",
        params={"application_ids": "VR12345678"},
        headers=hub,
    ).json()
    assert found["VR12345678"][0]["management_url"].startswith(f"{url}/ants-emulation/")


def test_h1_the_apps_child_portal_gets_its_secret_by_environment(tmp_path: Path) -> None:
    handle = start_in_subprocess(tmp_path / "portal")
    try:
        assert handle.wait_started(60), handle.error
        assert handle._process is not None
        argv = Path(f"/proc/{handle._process.pid}/cmdline").read_bytes()
        assert handle.trainer_secret.encode() not in argv
        outbox = f"{handle.url}/training/outbox.json"
        assert httpx.get(outbox, trust_env=False).status_code == 401
        assert httpx.get(outbox, headers=handle.trainer_headers, trust_env=False).status_code == 200
        # The app opens the trainer's pages already signed in.
        opened = httpx.get(handle.outbox_url, trust_env=False, follow_redirects=True)
        assert opened.status_code == 200
        assert "Aucun courriel" in opened.text
    finally:
        handle.stop()
