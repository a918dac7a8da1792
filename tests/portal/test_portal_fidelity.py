"""Issue 18, second part, against the running training portal over HTTP: M12 (Terms in
the creation, no session before activation), L1/L2 (contract, strict parsing), and the
real portal's suspension, password reset and forms (ANTS Terms of Use 1.5, 1.11)."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from typing import Any

import httpx
import pytest

from tests.portal.test_models import VALID, consent
from tests.portal.test_sandbox_http import assert_problem
from tests.portal_fixtures import TrainingPortal, active_account


def key() -> dict[str, str]:
    return {"Idempotency-Key": f'"{uuid.uuid4()}"'}


def form(profile: str = "individual", **changes: Any) -> dict[str, Any]:
    return {"profile": profile, **VALID[profile], **changes}


@pytest.fixture
def http(training_portal: TrainingPortal) -> httpx.Client:
    with httpx.Client(base_url=training_portal.url, trust_env=False, timeout=10) as client:
        yield client


def sign_in(http: httpx.Client, email: str, password: str) -> httpx.Response:
    return http.post("/v1/sessions", json={"email": email, "password": password}, headers=key())


# --------------------------------------------------------------------------- M12


@pytest.mark.parametrize("profile", sorted(VALID))
def test_m12_no_account_without_the_terms_in_the_same_call(
    http: httpx.Client, profile: str
) -> None:
    without = {k: v for k, v in form(profile).items() if k != "terms"}
    refused = assert_problem(
        http.post("/v1/accounts", json=without, headers=key()), 422, "validation_failed"
    )
    assert {"field": "terms", "code": "required"}.items() <= refused["errors"][0].items()
    created = http.post("/v1/accounts", json=form(profile), headers=key())
    assert created.status_code == 201, created.text
    account = created.json()["account"]
    assert account["terms_accepted_version"] == consent()["version_id"]
    assert account["terms_current"] is True


def test_m12_the_terms_sent_must_be_the_current_ones(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    older = form(terms=consent("v1"))
    assert_problem(http.post("/v1/accounts", json=older, headers=key()), 409, "terms_outdated")
    wrong_hash = form(terms={**consent(), "sha256": "0" * 64})
    body = assert_problem(
        http.post("/v1/accounts", json=wrong_hash, headers=key()), 422, "validation_failed"
    )
    assert body["errors"][0] == {
        "field": "terms.sha256",
        "code": "terms_hash_mismatch",
        "message": "the hash does not match this version",
    }
    # The trainer publishes v1 again: then v1 is the one to tick.
    training_portal.set_current_terms("v1")
    assert http.post("/v1/accounts", json=older, headers=key()).status_code == 201
    # Nothing was created by the refused calls.
    rows = sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3").execute(
        "SELECT count(*) FROM accounts"
    )
    assert rows.fetchone()[0] == 1


def test_m12_a_pending_account_gets_no_session(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    created = http.post("/v1/accounts", json=form(), headers=key()).json()
    account_id = created["account"]["id"]
    assert created["session"] is None
    follow = {"Authorization": f"Bearer {created['status_token']}"}
    # The status token reads the account, and nothing else.
    assert http.get(f"/v1/accounts/{account_id}", headers=follow).json()["status"] == (
        "pending_activation"
    )
    request = http.post(
        f"/v1/accounts/{account_id}/requests",
        json={"procedure_id": "pp_first_adult"},
        headers={**key(), **follow},
    )
    assert_problem(request, 401, "authentication_required")
    accept = http.post(
        f"/v1/accounts/{account_id}/terms-acceptances",
        json=consent(),
        headers={**key(), **follow},
    )
    assert_problem(accept, 401, "authentication_required")
    # Signing in says clearly why not (and only to whoever knows the password).
    email, password = VALID["individual"]["email"], VALID["individual"]["password"]
    assert_problem(sign_in(http, email, "Pas-le-bon-1234"), 401, "invalid_credentials")
    assert_problem(sign_in(http, email, password), 409, "account_not_active")
    # An SIV professional waiting for the prefecture, a town hall waiting for the agency.
    siv = http.post("/v1/accounts", json=form("siv_professional"), headers=key()).json()
    assert siv["session"] is None
    # Activated: the sign-in gives the session.
    token = training_portal.activation_token(account_id)
    assert http.post("/v1/activations", json={"token": token}, headers=key()).status_code == 200
    assert sign_in(http, email, password).status_code == 201


def test_m12_a_new_account_can_be_withdrawn_before_activation(http: httpx.Client) -> None:
    created = http.post("/v1/accounts", json=form(), headers=key()).json()
    account_id = created["account"]["id"]
    follow = {"Authorization": f"Bearer {created['status_token']}"}
    assert http.delete(f"/v1/accounts/{account_id}", headers=follow).status_code == 204
    assert http.get(f"/v1/accounts/{account_id}", headers=follow).status_code == 401


def test_m12_refused_and_waiting_accounts_are_explained_at_sign_in(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    siv = http.post("/v1/accounts", json=form("siv_professional"), headers=key()).json()
    siv_id = siv["account"]["id"]
    training_portal.validate(siv_id)
    link_token = training_portal.activation_token(siv_id)
    password = "Garage-du-Port-42"
    activation = {"token": link_token, "password": password}
    assert http.post("/v1/activations", json=activation, headers=key()).status_code == 200
    assert sign_in(http, VALID["siv_professional"]["email"], password).status_code == 201
    # Waiting for the prefecture: a password can only be chosen later, so the code is
    # met by a professional whose prefecture has not decided (stored status).
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        db.execute(
            "UPDATE accounts SET status = 'pending_prefecture_validation' WHERE id = ?", (siv_id,)
        )
    waiting = sign_in(http, VALID["siv_professional"]["email"], password)
    assert_problem(waiting, 409, "account_awaiting_validation")
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        db.execute("UPDATE accounts SET status = 'refused' WHERE id = ?", (siv_id,))
    assert_problem(
        sign_in(http, VALID["siv_professional"]["email"], password), 409, "account_refused"
    )


# --------------------------------------------------------------------------- suspension (ToU 1.11)


def test_agency_suspends_then_reactivates_an_account(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    account_id, bearer = active_account(http, training_portal.trainer_headers, form())
    trainer = training_portal.trainer_headers
    url = f"/training/accounts/{account_id}"
    stranger = http.post(f"{url}/suspend", data={"reason": "x", "days": "3"})
    assert_problem(stranger, 401, "trainer_authentication_required")
    bad = http.post(f"{url}/suspend", data={"reason": "x", "days": "inf"}, headers=trainer)
    assert_problem(bad, 400, "bad_request")
    suspended = http.post(
        f"{url}/suspend", data={"reason": "Connexion suspecte", "days": "3"}, headers=trainer
    )
    assert suspended.status_code == 200, suspended.text
    # The e-mail gives the reason and the duration.
    mail = training_portal.outbox()[0]
    assert mail["kind"] == "suspended"
    assert "Connexion suspecte" in mail["body"]
    assert "3 jour(s)" in mail["body"]
    # Its sessions ended; signing in says why, with the reason and the end.
    assert http.get(f"/v1/accounts/{account_id}", headers=bearer).status_code == 401
    email, password = VALID["individual"]["email"], VALID["individual"]["password"]
    refused = assert_problem(sign_in(http, email, password), 409, "account_suspended")
    assert "Connexion suspecte" in refused["detail"]
    assert re.search(r"jusqu'au \d{2}/\d{2}/\d{4}", refused["detail"])
    # A suspension ends by itself at its end...
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        db.execute("UPDATE accounts SET suspended_until = '2020-01-01T00:00:00.000+00:00'")
    assert sign_in(http, email, password).status_code == 201
    # ...or when the agency lifts it.
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        db.execute("UPDATE accounts SET suspended_until = '2999-01-01T00:00:00.000+00:00'")
    assert sign_in(http, email, password).status_code == 409
    assert http.post(f"{url}/reactivate", headers=trainer).status_code == 200
    assert training_portal.outbox()[0]["kind"] == "reactivated"
    session = sign_in(http, email, password)
    assert session.status_code == 201
    own = {"Authorization": f"Bearer {session.json()['access_token']}"}
    account = http.get(f"/v1/accounts/{account_id}", headers=own).json()
    assert account["status"] == "active"
    assert account["suspension_reason"] is None


def test_prefecture_ends_an_siv_authorisation(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    created = http.post("/v1/accounts", json=form("siv_professional"), headers=key()).json()
    siv_id = created["account"]["id"]
    trainer = training_portal.trainer_headers
    individual = http.post("/v1/accounts", json=form(), headers=key()).json()["account"]["id"]
    only_siv = http.post(f"/training/accounts/{individual}/terminate", headers=trainer)
    assert_problem(only_siv, 409, "not_siv")
    page = http.get("/training/accounts", headers=trainer)
    assert "Retirer l'habilitation" in page.text
    assert http.post(f"/training/accounts/{siv_id}/terminate", headers=trainer).is_success
    follow = {"Authorization": f"Bearer {created['status_token']}"}
    assert http.get(f"/v1/accounts/{siv_id}", headers=follow).status_code == 401
    last = training_portal.outbox()[0]
    assert last["kind"] == "terminated"
    assert last["account_id"] is None
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        names = db.execute("SELECT count(*) FROM accounts WHERE display_name LIKE 'Garage%'")
        assert names.fetchone()[0] == 0


# --------------------------------------------------------------------------- password reset


def _reset_token(training_portal: TrainingPortal) -> str:
    mail = training_portal.outbox()[0]
    assert mail["kind"] == "password_reset"
    match = re.search(r"token=([A-Za-z0-9_-]+)", mail["link"])
    assert match
    return match.group(1)


def test_forgot_password_by_e_mail(training_portal: TrainingPortal, http: httpx.Client) -> None:
    account_id, bearer = active_account(http, training_portal.trainer_headers, form())
    email = VALID["individual"]["email"]
    asked = http.post("/v1/password-resets", json={"email": email}, headers=key())
    assert asked.status_code == 202
    unknown = http.post("/v1/password-resets", json={"email": "nobody@example.fr"}, headers=key())
    assert unknown.status_code == 202  # the same answer: no account oracle
    assert set(unknown.json()) == set(asked.json())
    assert [m["to_addr"] for m in training_portal.outbox()].count("nobody@example.fr") == 0
    again = http.post("/v1/password-resets", json={"email": email}, headers=key())
    assert_problem(again, 429, "rate_limited")
    token = _reset_token(training_portal)
    assert training_portal.url in training_portal.outbox()[0]["link"]
    weak = {"token": token, "password": "court"}
    assert_problem(
        http.post("/v1/password-resets/complete", json=weak, headers=key()),
        422,
        "validation_failed",
    )
    new = {"token": token, "password": "Nouveau-mot-2-passe"}
    done = http.post("/v1/password-resets/complete", json=new, headers=key())
    assert done.status_code == 200
    assert done.json()["account_id"] == account_id
    # Once only; the old sessions ended; the new password works, the old one not.
    reused = http.post("/v1/password-resets/complete", json=new, headers=key())
    assert_problem(reused, 422, "validation_failed")
    assert http.get(f"/v1/accounts/{account_id}", headers=bearer).status_code == 401
    assert sign_in(http, email, VALID["individual"]["password"]).status_code == 401
    assert sign_in(http, email, "Nouveau-mot-2-passe").status_code == 201
    assert token not in _tables_text(training_portal)


def test_reset_link_page_changes_the_password(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    active_account(http, training_portal.trainer_headers, form())
    email = VALID["individual"]["email"]
    assert http.post("/v1/password-resets", json={"email": email}, headers=key()).is_success
    token = _reset_token(training_portal)
    trainer = training_portal.trainer_headers
    shown = http.get(f"/reset-password?token={token}", headers=trainer)
    assert 'autocomplete="new-password"' in shown.text
    differ = {"token": token, "password": "Nouveau-mot-2-passe", "password_confirm": "autre"}
    assert http.post("/reset-password", data=differ, headers=trainer).status_code == 422
    same = {**differ, "password_confirm": "Nouveau-mot-2-passe"}
    assert http.post("/reset-password", data=same, headers=trainer).json()["changed"] is True
    assert sign_in(http, email, "Nouveau-mot-2-passe").status_code == 201


def _tables_text(training_portal: TrainingPortal) -> str:
    with sqlite3.connect(training_portal.data_dir / "training-portal.sqlite3") as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return "\n".join(
            str(row) for t in tables if t != "outbox" for row in db.execute(f"SELECT * FROM {t}")
        )


# --------------------------------------------------------------------------- the seed's forms


def test_driving_schools_and_cssr_need_no_siret(http: httpx.Client) -> None:
    school = form("driving_school")
    assert "siret" not in school
    assert http.post("/v1/accounts", json=school, headers=key()).status_code == 201
    centre = {k: v for k, v in form("road_safety_centre").items() if k != "siret"}
    assert http.post("/v1/accounts", json=centre, headers=key()).status_code == 201
    # Given anyway, it is still checked; a legal entity still needs one (ToU 1.5).
    wrong = form("driving_school", email="b@example.org", siret="73282932000075")
    assert_problem(http.post("/v1/accounts", json=wrong, headers=key()), 422, "validation_failed")
    entity = {k: v for k, v in form("legal_entity").items() if k != "siret"}
    body = assert_problem(
        http.post("/v1/accounts", json=entity, headers=key()), 422, "validation_failed"
    )
    assert body["errors"][0]["field"] == "siret"


# --------------------------------------------------------------------------- L1, L2


def test_l1_contract_profile_required_and_e_mail_format(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for name in ("IndividualAccountCreate", "TownHallDrAccountRequest", "LegalEntityAccountCreate"):
        assert schemas[name]["required"][0] == "profile"
        assert "default" not in schemas[name]["properties"]["profile"]
        assert schemas[name]["properties"]["email"]["format"] == "email"
        assert "terms" in schemas[name]["required"]
    assert spec["info"]["version"] == "1.2.0"


def test_l1_allow_lists_every_method_and_keys_are_400(http: httpx.Client) -> None:
    options = http.options("/v1/accounts/acc_x")
    assert_problem(options, 405, "method_not_allowed")
    assert set(options.headers["Allow"].split(", ")) == {"DELETE", "GET", "HEAD"}
    assert set(http.put("/v1/accounts/acc_x/requests").headers["Allow"].split(", ")) == {
        "GET",
        "HEAD",
        "POST",
    }
    escaped = http.post("/v1/franceconnect/sessions", headers={"Idempotency-Key": '"a\\"b"'})
    assert_problem(escaped, 400, "idempotency_key_invalid")
    # Without credentials, an owner's POST is 401 whatever else is wrong (ST203).
    anonymous = http.post(
        "/v1/accounts/acc_x/requests", json={}, headers={"Idempotency-Key": "bad"}
    )
    assert_problem(anonymous, 401, "authentication_required")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"birth_date": 0}, "birth_date", "invalid_date"),
        ({"birth_date": "1980-2-9"}, "birth_date", "invalid_date"),
        ({"birth_date": "2020-01-01"}, "birth_date", "too_young"),
    ],
)
def test_l2_dates_are_iso_strings_of_someone_15_or_more(
    http: httpx.Client, changes: dict[str, Any], field: str, code: str
) -> None:
    body = assert_problem(
        http.post("/v1/accounts", json=form(**changes), headers=key()), 422, "validation_failed"
    )
    assert (body["errors"][0]["field"], body["errors"][0]["code"]) == (field, code)


@pytest.mark.parametrize("stations", ["5", 5.0, True])
def test_l2_no_type_coercion(http: httpx.Client, stations: Any) -> None:
    town_hall = form("town_hall_dr", fingerprint_stations=stations)
    body = assert_problem(
        http.post("/v1/accounts", json=town_hall, headers=key()), 422, "validation_failed"
    )
    assert body["errors"][0]["field"] == "fingerprint_stations"


def test_l2_bodies_are_utf8_json_without_control_characters(http: httpx.Client) -> None:
    message = {"topic": "other", "email": "a@example.fr", "name": "Al Ba", "message": "Bonjour"}
    as_utf16 = http.post(
        "/v1/contact-messages",
        content=httpx.Request("POST", "/", json=message).content.decode().encode("utf-16"),
        headers={**key(), "Content-Type": "application/json"},
    )
    assert_problem(as_utf16, 400, "invalid_json")
    merge_patch = http.post(
        "/v1/contact-messages",
        content=httpx.Request("POST", "/", json=message).content,
        headers={**key(), "Content-Type": "application/merge-patch+json"},
    )
    assert_problem(merge_patch, 415, "unsupported_media_type")
    nul = http.post(
        "/v1/contact-messages", json={**message, "message": "Bon\u0000jour"}, headers=key()
    )
    assert assert_problem(nul, 422, "validation_failed")["errors"][0]["field"] == "message"
    lines = {**message, "message": "Bonjour,\nune question.\tMerci"}
    assert http.post("/v1/contact-messages", json=lines, headers=key()).status_code == 201


def test_a_retried_reset_request_is_replayed_not_throttled(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    active_account(http, training_portal.trainer_headers, form())
    same = key()
    body = {"email": VALID["individual"]["email"]}
    first = http.post("/v1/password-resets", json=body, headers=same)
    again = http.post("/v1/password-resets", json=body, headers=same)  # its answer was lost
    assert (first.status_code, again.status_code) == (202, 202)
    assert again.headers["Idempotent-Replayed"] == "true"
    assert [m["kind"] for m in training_portal.outbox()].count("password_reset") == 1


@pytest.mark.parametrize(
    "raw",
    [
        b"GARBAGE\r\n\r\n",
        b"POST /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n",
        b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n\r\n",
    ],
)
def test_l1_malformed_http_gets_a_problem_document(
    training_portal: TrainingPortal, raw: bytes
) -> None:
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(training_portal.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=5) as sock:
        sock.sendall(raw)
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"content-type: application/problem+json" in head.lower()
    assert json.loads(body)["code"] == "bad_request"


def test_a_19_mib_argon2_hash_still_signs_in_and_is_replaced(
    training_portal: TrainingPortal, http: httpx.Client
) -> None:
    from argon2 import PasswordHasher

    account_id, _ = active_account(http, training_portal.trainer_headers, form())
    password = VALID["individual"]["password"]
    older = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1).hash(password)
    database = training_portal.data_dir / "training-portal.sqlite3"
    with sqlite3.connect(database) as db:
        db.execute("UPDATE accounts SET password_hash = ? WHERE id = ?", (older, account_id))
    assert sign_in(http, VALID["individual"]["email"], password).status_code == 201
    with sqlite3.connect(database) as db:
        (stored,) = db.execute("SELECT password_hash FROM accounts WHERE id = ?", (account_id,))
    assert stored[0].startswith("$argon2id$v=19$m=7168,t=5,p=1$")
