"""Regression tests of the December 2026 security review, against the running portal over HTTP.

Each test is named after its finding (``../shared/reviews/2026-12-portal-security.md``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import socket
import sqlite3
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from assist_desk.commands import sandbox as sandbox_command
from assist_desk.sandbox import start_in_subprocess, start_in_thread, trainer_auth
from assist_desk.sandbox.app import PortalOptions
from tests.portal.test_models import VALID
from tests.portal.test_sandbox_http import assert_problem, csrf_of
from tests.portal_fixtures import TrainingPortal, active_account

EVIL = "http://evil.example"


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
        created = browser.post("/v1/accounts", json=form(), headers=key()).json()
        token = training_portal.activation_token(created["account"]["id"])
        csrf = csrf_of(browser.get(f"/activate?token={token}").text)
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
    status = http.get(f"/v1/franceconnect/sessions/{start['id']}", headers=poll(start)).json()[
        "status"
    ]
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


def test_h1_a_lan_portal_prints_a_trainer_link_that_works(tmp_path: Path) -> None:
    """Listening on every address (a LAN training room), the printed one-time link once
    named ``http://0.0.0.0:PORT``, whose ``Host`` the portal itself refuses (400)."""
    import os
    import re
    import subprocess
    import sys

    env = {**os.environ, trainer_auth.SECRET_ENV: "a-trainer-secret-for-the-lan-room"}
    command = [sys.executable, "-m", "assist_desk", "sandbox", "--host", "0.0.0.0"]
    command += ["--port", "0", "--data", str(tmp_path / "lan")]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        link = ""
        for line in process.stdout:
            found = re.search(r"one-time sign-in link.*: (\S+)", line)
            link = found.group(1) if found else link
            if "TRAINING-PORTAL-READY" in line:
                break
        assert link, "no trainer link printed"
        assert urlsplit(link).hostname == "127.0.0.1"
        signed_in = httpx.get(link, trust_env=False, follow_redirects=False)
        assert signed_in.status_code == 303, signed_in.text
        assert trainer_auth.COOKIE in signed_in.headers["set-cookie"]
    finally:
        process.terminate()
        process.communicate(timeout=10)  # reads the rest and closes the pipe


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


# --------------------------------------------------------------------------- H2


def _database_text(data_dir: Path, skip: tuple[str, ...] = ()) -> str:
    """Every value of every table, as one text (what a reader of the data folder sees)."""
    with sqlite3.connect(data_dir / "training-portal.sqlite3") as db:
        tables = [
            r[0]
            for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] not in skip
        ]
        return "\n".join(
            repr(row) for table in tables for row in db.execute(f"SELECT * FROM {table}")
        )


def _database_rows(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data_dir / "training-portal.sqlite3") as db:
        return list(db.execute(sql))


def test_h2_no_token_or_password_in_the_database(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    password = VALID["individual"]["password"]
    created = http.post("/v1/accounts", json=form(), headers=key()).json()
    account_id = created["account"]["id"]
    activation = training_portal.activation_token(account_id)
    activated = http.post("/v1/activations", json={"token": activation}, headers=key())
    assert activated.status_code == 200
    signed_in = http.post(
        "/v1/sessions",
        json={"email": VALID["individual"]["email"], "password": password},
        headers=key(),
    ).json()
    start = http.post("/v1/franceconnect/sessions", headers=key()).json()
    training_portal.choose_franceconnect(start["id"])
    fc_token = http.get(f"/v1/franceconnect/sessions/{start['id']}", headers=poll(start)).json()[
        "session"
    ]["access_token"]
    tokens = [created["status_token"], signed_in["access_token"], fc_token]
    text = _database_text(training_portal.data_dir)
    for secret in [*tokens, password]:
        assert secret not in text
    # The activation token is only in the outbox (the person's mailbox), not in the portal's tables.
    assert activation in text
    assert activation not in _database_text(training_portal.data_dir, skip=("outbox",))
    # The review's attack: an unsalted SHA-256 of the canonical sign-in body. It no longer matches.
    body = json.dumps(
        {"email": VALID["individual"]["email"], "password": password},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    guessed = hashlib.sha256(f"POST /v1/sessions\n{body}".encode()).hexdigest()
    fingerprints = {
        r[0]
        for r in _database_rows(training_portal.data_dir, "SELECT fingerprint FROM idempotency")
    }
    assert guessed not in fingerprints
    (stored,) = _database_rows(
        training_portal.data_dir, f"SELECT password_hash FROM accounts WHERE id = '{account_id}'"
    )
    assert stored[0].startswith("$argon2id$v=19$m=7168,t=5,p=1$")  # OWASP's 7 MiB form


def test_h2_replay_needs_the_same_password_and_gives_a_new_session(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    headers = key()
    first = http.post("/v1/accounts", json=form(), headers=headers)
    again = http.post("/v1/accounts", json=form(), headers=headers)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json()["account"] == first.json()["account"]
    assert again.json()["session"] is None  # not active: no session (M12)
    token = again.json()["status_token"]
    assert token
    assert token != first.json()["status_token"]
    account_id = first.json()["account"]["id"]
    read = http.get(f"/v1/accounts/{account_id}", headers={"Authorization": f"Bearer {token}"})
    assert read.status_code == 200
    # Same key, same e-mail, another password: not a replay (no session for a guess).
    other = http.post("/v1/accounts", json=form(password="Autre-mot-2-passe"), headers=headers)
    assert_problem(other, 422, "idempotency_key_reused")


def test_h2_schema_1_database_is_migrated(tmp_path: Path) -> None:
    data = tmp_path / "old"
    data.mkdir()
    salt = b"s" * 16
    legacy = hashlib.pbkdf2_hmac("sha256", b"Ancien-mot-2-passe", salt, 5000).hex()
    with sqlite3.connect(data / "training-portal.sqlite3") as db:
        db.executescript(SCHEMA_1)
        db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        db.execute(
            "INSERT INTO accounts (id, profile, status, email, display_name, details,"
            " password_hash, created) VALUES ('acc_old', 'individual', 'active',"
            " 'ancien@example.fr', 'Ancien', '{}', ?, '2026-01-01T00:00:00.000+00:00')",
            (f"pbkdf2_sha256$5000${salt.hex()}${legacy}",),
        )
        db.execute(
            "INSERT INTO activation_tokens VALUES ('plain-activation-token-123', 'acc_old',"
            " '2026-01-01T00:00:00.000+00:00', NULL)"
        )
        db.execute(
            "INSERT INTO idempotency VALUES ('k', 'f', 'done', 'b', 201,"
            " '{\"access_token\":\"plain-bearer-token-456\"}', '2026-01-01')"
        )
        db.execute(
            "INSERT INTO franceconnect VALUES ('fc_old', 'completed', 'fc-lucie', 'acc_old',"
            " 'plain-fc-token-789', '2026-01-01', '2026-01-01')"
        )
    with start_in_thread(data) as handle:
        text = _database_text(data)
        for plain in ("plain-activation-token-123", "plain-bearer-token-456", "plain-fc-token-789"):
            assert plain not in text
        signed_in = httpx.post(
            f"{handle.url}/v1/sessions",
            json={"email": "ancien@example.fr", "password": "Ancien-mot-2-passe"},
            headers=key(),
            trust_env=False,
        )
        assert signed_in.status_code == 201, signed_in.text
    (stored,) = _database_rows(data, "SELECT password_hash FROM accounts")
    assert stored[0].startswith("$argon2id$")  # re-hashed at the sign-in


SCHEMA_1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (id TEXT PRIMARY KEY, profile TEXT NOT NULL, status TEXT NOT NULL,
    email TEXT NOT NULL, display_name TEXT NOT NULL, details TEXT NOT NULL, password_hash TEXT,
    franceconnect_sub TEXT, created TEXT NOT NULL, activated TEXT, terms_version TEXT,
    terms_at TEXT, deleted TEXT);
CREATE TABLE activation_tokens (token TEXT PRIMARY KEY, account_id TEXT NOT NULL,
    created TEXT NOT NULL, used TEXT);
CREATE TABLE idempotency (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, state TEXT NOT NULL,
    boot TEXT NOT NULL, status INTEGER, body TEXT, created TEXT NOT NULL);
CREATE TABLE franceconnect (id TEXT PRIMARY KEY, status TEXT NOT NULL, identity_id TEXT,
    account_id TEXT, session_token TEXT, created TEXT NOT NULL, expires TEXT NOT NULL);
"""


# --------------------------------------------------------------------------- M5


def test_m5_activation_links_work_once_and_expire(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    first = http.post("/v1/accounts", json=form(), headers=key()).json()["account"]
    token = training_portal.activation_token(first["id"])
    assert http.post("/v1/activations", json={"token": token}, headers=key()).status_code == 200
    again = http.post("/v1/activations", json={"token": token}, headers=key())
    assert_problem(again, 422, "validation_failed")
    assert again.json()["errors"][0]["code"] == "invalid_token"
    second = http.post("/v1/accounts", json=form(email="tard@example.fr"), headers=key()).json()[
        "account"
    ]
    late = training_portal.activation_token(second["id"])
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        db.execute(
            "UPDATE activation_tokens SET created = '2020-01-01T00:00:00.000+00:00'"
            " WHERE account_id = ?",
            (second["id"],),
        )
    expired = http.post("/v1/activations", json={"token": late}, headers=key())
    assert_problem(expired, 422, "validation_failed")


# --------------------------------------------------------------------------- M6


def test_m6_franceconnect_session_is_given_once(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    start = http.post("/v1/franceconnect/sessions", headers=key()).json()
    training_portal.choose_franceconnect(start["id"])
    first = http.get(f"/v1/franceconnect/sessions/{start['id']}", headers=poll(start)).json()
    assert first["status"] == "completed"
    assert first["session"]["access_token"]
    later = http.get(f"/v1/franceconnect/sessions/{start['id']}", headers=poll(start)).json()
    assert later["status"] == "expired"
    assert later.get("session") is None
    assert first["session"]["access_token"] not in _database_text(training_portal.data_dir)


# --------------------------------------------------------------------------- M2


def _stall(url: str) -> socket.socket:
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=5)
    sock.sendall(
        b"POST /v1/contact-messages HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 1000\r\n"
        + f'Idempotency-Key: "{uuid.uuid4()}"\r\n\r\n'.encode()
        + b'{"to'
    )
    return sock


def _answer(sock: socket.socket, timeout: float) -> bytes:
    sock.settimeout(timeout)
    try:
        return sock.recv(65536)
    except TimeoutError:
        return b""


def _whole_response(sock: socket.socket, timeout: float) -> bytes:
    """One whole HTTP response (headers and its Content-Length body): its parts may
    arrive in separate reads, and the next answer must not be mistaken for its body."""
    sock.settimeout(timeout)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    expected = int(length.group(1)) if length else 0
    while len(body) < expected:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def test_m2_slow_bodies_time_out_and_are_capped_per_peer(tmp_path: Path) -> None:
    options = PortalOptions(body_timeout_s=1.0, max_pending_bodies=4)
    with start_in_thread(tmp_path / "portal", options=options) as handle:
        stalled = [_stall(handle.url) for _ in range(12)]
        try:
            # A fifth body on its way cuts the oldest at once: only 4 remain pending.
            cut = [_answer(sock, 0.5) for sock in stalled[:8]]
            assert all(answer.startswith(b"HTTP/1.1 408") for answer in cut), cut
            assert b"application/problem+json" in cut[0]
            assert httpx.get(f"{handle.url}/v1/health", trust_env=False).status_code == 200
            # The newest 4 are cut by the body timeout (1 s).
            started = time.monotonic()
            late = [_answer(sock, 3.0) for sock in stalled[8:]]
            assert all(answer.startswith(b"HTTP/1.1 408") for answer in late), late
            assert time.monotonic() - started < 2.5
        finally:
            for sock in stalled:
                sock.close()
        # A normal POST still goes through.
        message = {"topic": "other", "email": "a@example.fr", "name": "Al Ba", "message": "Bonjour"}
        sent = httpx.post(
            f"{handle.url}/v1/contact-messages", json=message, headers=key(), trust_env=False
        )
        assert sent.status_code < 500


def _slow_headers(url: str) -> socket.socket:
    """A connection that sends half a request's headers, then nothing."""
    parts = urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port))
    sock.sendall(f"GET /v1/health HTTP/1.1\r\nHost: {parts.netloc}\r\nX-A: ".encode())
    return sock


def test_m2_slow_headers_time_out(tmp_path: Path) -> None:
    options = PortalOptions(header_timeout_s=1.0)
    with start_in_thread(tmp_path / "portal", options=options) as handle:
        stalled = [_slow_headers(handle.url) for _ in range(5)]
        try:
            # Still waiting for its headers, the server holds the connection for now.
            assert _answer(stalled[0], 0.3) == b""
            started = time.monotonic()
            answers = [_answer(sock, 3.0) for sock in stalled]
            waited = time.monotonic() - started
            assert all(answer.startswith(b"HTTP/1.1 408") for answer in answers), answers
            assert b"application/problem+json" in answers[0]
            assert waited < 2.5
            assert _answer(stalled[0], 1.0) == b""  # then closed (end of stream)
        finally:
            for sock in stalled:
                sock.close()
        # A keep-alive connection gets the timeout again for its next request's headers.
        parts = urlsplit(handle.url)
        with socket.create_connection((parts.hostname, parts.port)) as sock:
            sock.sendall(f"GET /v1/health HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode())
            assert _whole_response(sock, 2.0).startswith(b"HTTP/1.1 200")
            sock.sendall(b"GET /v1/health HTTP/1.1\r\nX-A: ")
            assert _answer(sock, 3.0).startswith(b"HTTP/1.1 408")


def test_m2_connections_are_capped_per_peer(tmp_path: Path) -> None:
    options = PortalOptions(header_timeout_s=30.0, max_connections_per_peer=6)
    with start_in_thread(tmp_path / "portal", options=options) as handle:
        stalled = [_slow_headers(handle.url) for _ in range(6)]
        try:
            assert all(_answer(sock, 0.2) == b"" for sock in stalled)  # all six held
            parts = urlsplit(handle.url)
            with socket.create_connection((parts.hostname, parts.port)) as seventh:
                refused = _answer(seventh, 2.0)
                assert refused.startswith(b"HTTP/1.1 503"), refused
                assert b"application/problem+json" in refused
                assert b"too_many_connections" in refused
            # One held connection ends: the address may connect again.
            stalled.pop().close()
            time.sleep(0.2)
            with httpx.Client(base_url=handle.url, trust_env=False) as client:
                assert client.get("/v1/health").status_code == 200
        finally:
            for sock in stalled:
                sock.close()


# --------------------------------------------------------------------------- M10


def test_m10_one_portal_per_data_directory(tmp_path: Path) -> None:
    data = tmp_path / "shared"
    with start_in_thread(data) as first:
        with pytest.raises(RuntimeError, match="did not start") as refused:
            start_in_thread(data)
        assert "DataDirInUse" in repr(refused.value)
        assert httpx.get(f"{first.url}/v1/health", trust_env=False).status_code == 200
    with start_in_thread(data) as again:  # released when the first one stopped
        assert httpx.get(f"{again.url}/v1/health", trust_env=False).status_code == 200


def test_m10_sandbox_command_refuses_a_used_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = argparse.ArgumentParser()
    sandbox_command.register(parser.add_subparsers())
    data = tmp_path / "shared"
    with start_in_thread(data):
        args = parser.parse_args(["sandbox", "--port", "0", "--data", str(data)])
        assert sandbox_command.run(args) == 1
    assert "another training portal uses" in capsys.readouterr().err


# --------------------------------------------------------------------------- M4


def test_m4_deletion_erases_the_person_and_is_never_undone(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    alice = form(email="alice.martin@example.fr", given_names="Alicia", family_name="Zorglub")
    creation_key = key()
    created = http.post("/v1/accounts", json=alice, headers=creation_key).json()
    account_id = created["account"]["id"]
    token = training_portal.activation_token(account_id)
    assert http.post("/v1/activations", json={"token": token}, headers=key()).status_code == 200
    credentials = {"email": alice["email"], "password": alice["password"]}
    signed_in = http.post("/v1/sessions", json=credentials, headers=key()).json()
    bearer = {"Authorization": f"Bearer {signed_in['access_token']}"}
    message = {
        "topic": "personal_data",
        "email": "alice.martin@example.fr",
        "name": "Alicia Zorglub",
        "message": "Bonjour, je voudrais supprimer mon compte.",
        "account_id": account_id,
    }
    assert http.post("/v1/contact-messages", json=message, headers=key()).status_code == 201
    assert http.delete(f"/v1/accounts/{account_id}", headers=bearer).status_code == 204
    text = _database_text(training_portal.data_dir).lower()
    for trace in ("alice.martin", "alicia", "zorglub"):
        assert trace not in text
    # The creation sent again with its key does not bring the deleted account back.
    again = http.post("/v1/accounts", json=alice, headers=creation_key)
    assert again.status_code == 201
    assert "Idempotent-Replayed" not in again.headers
    assert again.json()["account"]["id"] != account_id
    assert http.get(f"/v1/accounts/{account_id}", headers=bearer).status_code == 401


# --------------------------------------------------------------------------- M3


def test_m3_rotating_client_ids_do_not_escape_the_limit(tmp_path: Path) -> None:
    options = PortalOptions(rate_per_s=5, burst=10)  # per address: 20/s, burst 40
    with (
        start_in_thread(tmp_path / "portal", options=options) as handle,
        httpx.Client(base_url=handle.url, trust_env=False) as client,
    ):
        statuses = Counter(
            client.get("/v1/health", headers={"X-Client-Id": uuid.uuid4().hex}).status_code
            for _ in range(100)
        )
        assert statuses[429] >= 50, statuses
        assert statuses[200] <= 50, statuses
        # Trainer pages and the ANTS emulation are limited too.
        trainer = {**handle.trainer_headers, "X-Client-Id": "trainer"}
        outbox = Counter(
            client.get("/training/outbox.json", headers=trainer).status_code for _ in range(30)
        )
        assert outbox[429] > 0, outbox


def test_m3_sign_in_throttle_per_account(http: httpx.Client) -> None:
    account = form(email="throttle@example.fr")
    assert http.post("/v1/accounts", json=account, headers=key()).status_code == 201
    wrong = {"email": "throttle@example.fr", "password": "Pas-le-bon-1234"}
    answers = [
        http.post(
            "/v1/sessions", json=wrong, headers={**key(), "X-Client-Id": uuid.uuid4().hex}
        ).status_code
        for _ in range(8)
    ]
    assert answers[:5] == [401] * 5
    assert 429 in answers[5:]
    right = {"email": "throttle@example.fr", "password": account["password"]}
    locked = http.post("/v1/sessions", json=right, headers=key())
    body = assert_problem(locked, 429, "rate_limited")
    assert body["retry_after"] >= 1
    # Another account is not affected.
    other = {"email": "someone.else@example.fr", "password": "Pas-le-bon-1234"}
    assert http.post("/v1/sessions", json=other, headers=key()).status_code == 401


def test_the_trainer_reset_forgets_the_addresses_kept_in_memory(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    """A kiosk's wipe is this reset: the sign-in throttle and the password-reset
    e-mails' timing are keyed by e-mail address and must go with the accounts."""
    account = form(email="forgotten@example.fr")
    wrong = {"email": "forgotten@example.fr", "password": "Pas-le-bon-1234"}

    def reset_mails() -> int:
        return sum(m["kind"] == "password_reset" for m in training_portal.outbox())

    active_account(http, training_portal.trainer_headers, account)
    for _ in range(7):
        http.post("/v1/sessions", json=wrong, headers=key())
    assert http.post("/v1/sessions", json=wrong, headers=key()).status_code == 429
    forgot = {"email": "forgotten@example.fr"}
    assert http.post("/v1/password-resets", json=forgot, headers=key()).status_code == 202
    assert reset_mails() == 1
    training_portal._post("/training/reset")
    active_account(http, training_portal.trainer_headers, account)
    assert http.post("/v1/sessions", json=wrong, headers=key()).status_code == 401
    assert http.post("/v1/password-resets", json=forgot, headers=key()).status_code == 202
    assert reset_mails() == 1  # the outbox was emptied: this is the new one


# --------------------------------------------------------------------------- M12


def test_m12_an_older_terms_version_is_refused(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    account_id, bearer = active_account(http, training_portal.trainer_headers, form())
    listing = http.get("/v1/terms").json()
    current = listing["current"]
    older = [v for v in listing["versions"] if v["id"] != current]
    assert older, "the seed has one Terms version only"

    def accept(version: dict[str, Any]) -> httpx.Response:
        body = {
            "version_id": version["id"],
            "sha256": version["sha256"],
            "channel": "help_point",
            "site_id": "site",
        }
        return http.post(
            f"/v1/accounts/{account_id}/terms-acceptances", json=body, headers={**key(), **bearer}
        )

    now_version = next(v for v in listing["versions"] if v["id"] == current)
    assert accept(now_version).status_code == 201
    assert_problem(accept(older[0]), 409, "terms_outdated")
    account = http.get(f"/v1/accounts/{account_id}", headers=bearer).json()
    assert account["terms_accepted_version"] == current
    assert account["terms_current"] is True


def test_m5_resend_tells_nothing_about_the_account(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    pending = http.post("/v1/accounts", json=form(), headers=key()).json()["account"]["id"]
    active = http.post("/v1/accounts", json=form(email="actif@example.fr"), headers=key()).json()
    active_id = active["account"]["id"]
    token = training_portal.activation_token(active_id)
    assert http.post("/v1/activations", json={"token": token}, headers=key()).status_code == 200
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        db.execute("UPDATE resends SET sent = '2020-01-01T00:00:00.000+00:00'")  # an hour ago
    ids = (pending, active_id, "acc_doesnotexist")

    def resend(account_id: str) -> int:
        url = f"/v1/accounts/{account_id}/activation-email"
        return http.post(url, headers=key()).status_code

    assert [resend(i) for i in ids] == [202, 202, 202]
    assert [resend(i) for i in ids] == [429, 429, 429]
    mailed = [m["account_id"] for m in training_portal.outbox()]
    assert mailed.count(pending) == 2  # creation, then the resend
    assert mailed.count(active_id) == 1  # creation only
    assert "acc_doesnotexist" not in mailed


# --------------------------------------------------------------------------- L7


def test_l7_expired_rows_are_forgotten(tmp_path: Path) -> None:
    data = tmp_path / "portal"
    old = "2020-01-01T00:00:00.000+00:00"
    with start_in_thread(data) as handle:
        with sqlite3.connect(data / "training-portal.sqlite3") as db:
            db.execute(
                "INSERT INTO sessions (token_hash, account_id, expires)"
                " VALUES ('h-old', 'acc_x', ?)",
                (old,),
            )
            db.execute("INSERT INTO resends VALUES ('acc_x', ?)", (old,))
            db.execute(
                "INSERT INTO franceconnect (id, status, created, expires)"
                " VALUES ('fc_old', 'pending', ?, ?)",
                (old, old),
            )
            db.execute("INSERT INTO activation_tokens VALUES ('t-old', 'acc_x', ?, NULL)", (old,))
            db.execute(
                "INSERT INTO idempotency (key, fingerprint, state, boot, status, body, created)"
                " VALUES ('k-old', 'f', 'done', 'b', 201, '{}', ?)",
                (old,),
            )
        message = {"topic": "other", "email": "a@example.fr", "name": "Al Ba", "message": "Bonjour"}
        sent = httpx.post(
            f"{handle.url}/v1/contact-messages", json=message, headers=key(), trust_env=False
        )
        assert sent.status_code == 201
    for table, column in (
        ("sessions", "token_hash"),
        ("resends", "account_id"),
        ("franceconnect", "id"),
        ("activation_tokens", "token_hash"),
        ("idempotency", "key"),
    ):
        left = _database_rows(data, f"SELECT {column} FROM {table}")
        assert all("old" not in str(value) and value != ("acc_x",) for value in left), table


# --------------------------------------------------------------------------- M7


def test_m7_siv_professional_chooses_a_password_and_signs_in(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    siv = form("siv_professional", email="garage@example.fr")
    account_id = http.post("/v1/accounts", json=siv, headers=key()).json()["account"]["id"]
    training_portal.validate(account_id)
    token = training_portal.activation_token(account_id)
    missing = http.post("/v1/activations", json={"token": token}, headers=key())
    assert_problem(missing, 422, "validation_failed")
    assert missing.json()["errors"][0]["field"] == "password"
    chosen = "Garage-du-Port-42"
    activated = http.post(
        "/v1/activations", json={"token": token, "password": chosen}, headers=key()
    )
    assert activated.status_code == 200, activated.text
    assert activated.json()["status"] == "active"
    signed_in = http.post(
        "/v1/sessions", json={"email": "garage@example.fr", "password": chosen}, headers=key()
    )
    assert signed_in.status_code == 201


def test_m7_town_hall_chooses_its_password_on_the_activation_page(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    town_hall = form("town_hall_dr", email="mairie@example.fr")
    account_id = http.post("/v1/accounts", json=town_hall, headers=key()).json()["account"]["id"]
    training_portal.validate(account_id)
    token = training_portal.activation_token(account_id)
    with httpx.Client(
        base_url=training_portal.url, trust_env=False, follow_redirects=True
    ) as browser:
        browser.get(training_portal.handle.login_url("/training/outbox"))
        page = browser.get(f"/activate?token={token}").text
        assert '<label for="password">' in page
        assert '<label for="password_confirm">' in page
        csrf = csrf_of(page)
        fields = {
            "token": token,
            "csrf": csrf,
            "password": "Conseil-2026-ok",
            "password_confirm": "x",
        }
        differ = browser.post("/activate", data=fields, headers={"Accept": "text/html"})
        assert differ.status_code == 422
        assert 'role="alert"' in differ.text
        assert "pas identiques" in differ.text
        assert f'value="{token}"' in differ.text  # the link's token is kept for the next try
        fields["password_confirm"] = "Conseil-2026-ok"
        done = browser.post("/activate", data=fields, headers={"Accept": "text/html"})
        assert "est actif" in done.text
        again = browser.get(f"/activate?token={token}").text
        assert "déjà servi" in again
    signed_in = http.post(
        "/v1/sessions",
        json={"email": "mairie@example.fr", "password": "Conseil-2026-ok"},
        headers=key(),
    )
    assert signed_in.status_code == 201


# --------------------------------------------------------------------------- L1, L4


def test_l1_contract_details(http: httpx.Client) -> None:
    # A made-up token is no session to end (schemathesis ST401).
    made_up = http.delete("/v1/sessions/current", headers={"Authorization": "Bearer made-up"})
    assert_problem(made_up, 401, "authentication_required")
    # A form where JSON is expected: 415.
    as_form = http.post(
        "/v1/contact-messages",
        content=b"topic=other",
        headers={**key(), "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert_problem(as_form, 415, "unsupported_media_type")
    # Two Idempotency-Key headers: neither is taken.
    twice = http.post(
        "/v1/franceconnect/sessions",
        headers=[("Idempotency-Key", '"one"'), ("Idempotency-Key", '"two"')],
    )
    assert_problem(twice, 400, "idempotency_key_invalid")
    # Problems from the middleware name their instance too.
    too_big = http.post("/v1/accounts", json=form(given_names="A" * 70_000), headers=key())
    assert assert_problem(too_big, 413, "payload_too_large")["instance"] == "/v1/accounts"


def test_l4_siret_of_zeros_is_refused(http: httpx.Client) -> None:
    zeros = form("legal_entity", siret="00000000000000")
    response = http.post("/v1/accounts", json=zeros, headers=key())
    body = assert_problem(response, 422, "validation_failed")
    assert body["errors"][0]["code"] == "invalid_siret"


# --------------------------------------------------------------------------- L8


def test_l8_deadlines_count_in_paris_days(http: httpx.Client) -> None:
    from datetime import UTC, datetime

    from assist_desk.models.checks import paris_today

    # 23:30 UTC on 5 December is already 6 December in Paris (UTC+1 in winter).
    assert str(paris_today(datetime(2026, 12, 5, 23, 30, tzinfo=UTC))) == "2026-12-06"
    assert str(paris_today(datetime(2026, 7, 1, 21, 59, tzinfo=UTC))) == "2026-07-01"
    assert str(paris_today(datetime(2026, 7, 1, 22, 0, tzinfo=UTC))) == "2026-07-02"
    message = {"topic": "other", "email": "a@example.fr", "name": "Al Ba", "message": "Bonjour"}
    receipt = http.post("/v1/contact-messages", json=message, headers=key()).json()
    from assist_desk.models.contact import add_working_days

    assert receipt["answer_due"] == str(add_working_days(paris_today(), 15))


# --------------------------------------------------------------------------- L3


@pytest.mark.parametrize(
    "name", ["Zoé Martin\u202egnp.exe", "Zo\u200bé", "Zoé\ufeff", "Zoé\u0085", "Zoé\u007f"]
)
def test_l3_names_with_hidden_characters_are_refused(http: httpx.Client, name: str) -> None:
    response = http.post("/v1/accounts", json=form(family_name=name), headers=key())
    body = assert_problem(response, 422, "validation_failed")
    assert body["errors"][0]["field"] == "family_name"


def test_l3_names_are_nfc_and_mixed_script_emails_refused(http: httpx.Client) -> None:
    decomposed = form(family_name="Martine\u0301z", email="nfc@example.fr")  # é as e + accent
    created = http.post("/v1/accounts", json=decomposed, headers=key())
    assert created.status_code == 201
    assert "Martinéz" in created.json()["account"]["display_name"]
    spoof = http.post("/v1/accounts", json=form(email="p\u0430ypal@example.fr"), headers=key())
    body = assert_problem(spoof, 422, "validation_failed")
    assert body["errors"][0]["code"] == "invalid_email"


def test_m6_only_the_starter_reads_the_franceconnect_result(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    start = http.post("/v1/franceconnect/sessions", headers=key()).json()
    assert start["poll_secret"]
    training_portal.choose_franceconnect(start["id"])
    url = f"/v1/franceconnect/sessions/{start['id']}"
    # Whoever saw the attempt id (browser history, a log) learns nothing, not even that it exists.
    assert_problem(http.get(url), 404, "not_found")
    assert_problem(http.get(url, headers={"X-Poll-Secret": "guess"}), 404, "not_found")
    assert http.get(url, headers=poll(start)).json()["session"]["access_token"]
    assert start["poll_secret"] not in _database_text(training_portal.data_dir)


def test_l1_head_works_wherever_get_does(http: httpx.Client) -> None:
    for path in ("/v1/health", "/v1/terms/current", "/openapi.json"):
        got = http.get(path)
        head = http.head(path)
        assert head.status_code == got.status_code == 200
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
    assert http.head("/v1/nothing").status_code == 404


# --------------------------------------------------------------------------- maintenance


def test_trainer_switches_maintenance_mode(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    switch = "/training/maintenance"
    on = {"message": "Maintenance du portail jusqu'à 14 h.", "retry_after_s": "120"}
    assert_problem(http.post(switch, data=on), 401, "trainer_authentication_required")
    assert http.post(switch, data=on, headers=training_portal.trainer_headers).status_code == 200
    down = http.get("/v1/terms/current")
    body = assert_problem(down, 503, "maintenance")
    assert body["detail"] == "Maintenance du portail jusqu'à 14 h."
    assert down.headers["Retry-After"] == "120"
    assert http.get("/training/outbox.json", headers=training_portal.trainer_headers).is_success
    bad = {"message": "x", "retry_after_s": "inf"}
    assert_problem(
        http.post(switch, data=bad, headers=training_portal.trainer_headers), 400, "bad_request"
    )
    off = http.post(switch, data={"message": ""}, headers=training_portal.trainer_headers)
    assert off.json() == {"maintenance": False}
    assert http.get("/v1/terms/current").status_code == 200
