"""Account operations shared by the API routes and the trainer pages.

Kept apart from both so that neither imports the other (nor the app).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from fastapi import Request
from fastapi.security import HTTPAuthorizationCredentials
from pydantic import SecretStr

from assist_desk.models import Account, AccountStatus, NextStep, Profile, Session
from assist_desk.sandbox.problems import ProblemError, field_problem
from assist_desk.sandbox.state import PortalState
from assist_desk.sandbox.store import Store, iso, now, token_digest

#: An activation link works for 48 hours, once.
ACTIVATION_TTL_S = 48 * 3600


def current_status(row: sqlite3.Row) -> AccountStatus:
    """The account's status now: a suspension whose end has passed is over."""
    status = AccountStatus(row["status"])
    until = row["suspended_until"]
    if status is AccountStatus.SUSPENDED and until is not None and until <= iso(now()):
        return AccountStatus.ACTIVE
    return status


def account_model(state: PortalState, row: sqlite3.Row) -> Account:
    status = current_status(row)
    suspended = status is AccountStatus.SUSPENDED
    next_step = {
        AccountStatus.PENDING_ACTIVATION: NextStep.CHECK_EMAIL,
        AccountStatus.PENDING_PREFECTURE_VALIDATION: NextStep.AWAIT_PREFECTURE,
        AccountStatus.REQUEST_RECEIVED: NextStep.AWAIT_AGENCY_REPLY,
        AccountStatus.REFUSED: NextStep.CONTACT_PREFECTURE,
        AccountStatus.ACTIVE: NextStep.SIGN_IN,
        AccountStatus.SUSPENDED: NextStep.AWAIT_SUSPENSION_END,
    }[status]
    return Account(
        id=row["id"],
        profile=Profile(row["profile"]),
        status=status,
        next_step=next_step,
        email=row["email"],
        display_name=row["display_name"],
        created=row["created"],
        activated=row["activated"],
        franceconnect=row["franceconnect_sub"] is not None,
        terms_accepted_version=row["terms_version"],
        terms_accepted_at=row["terms_at"],
        terms_current=row["terms_version"] == state.current_terms_id(),
        suspended_until=row["suspended_until"] if suspended else None,
        suspension_reason=row["suspension_reason"] if suspended else None,
    )


def not_active_problem(row: sqlite3.Row) -> ProblemError | None:
    """Why this account gets no session (None: it is active). Told only to someone who
    gave its password: each state has its own code, which the app explains."""
    status = current_status(row)
    if status is AccountStatus.ACTIVE:
        return None
    if status is AccountStatus.SUSPENDED:
        until = row["suspended_until"]
        detail = f"{row['suspension_reason'] or 'suspendu'} (jusqu'au {paris_day(until)})"
        return ProblemError(409, "account_suspended", detail)
    code, detail = {
        AccountStatus.PENDING_ACTIVATION: (
            "account_not_active",
            "follow the link in the activation e-mail first",
        ),
        AccountStatus.REFUSED: ("account_refused", "the request for this account was refused"),
    }.get(
        status,
        ("account_awaiting_validation", "the prefecture or the agency has not decided yet"),
    )
    return ProblemError(409, code, detail)


def paris_day(moment: str | None) -> str:
    """``2026-12-20T10:00:00+00:00`` → ``20/12/2026`` (Paris), as French e-mails write it."""
    if not moment:
        return "?"
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(moment).astimezone(ZoneInfo("Europe/Paris")).strftime("%d/%m/%Y")


def live_account(conn: sqlite3.Connection | Store, account_id: str) -> sqlite3.Row | None:
    sql = "SELECT * FROM accounts WHERE id = ? AND deleted IS NULL"
    if isinstance(conn, Store):
        return conn.one(sql, (account_id,))
    row: sqlite3.Row | None = conn.execute(sql, (account_id,)).fetchone()
    return row


#: Session scopes: an owner's session, or a new account's status-only token (M12).
OWNER, STATUS = "owner", "status"


def new_session(
    state: PortalState, conn: sqlite3.Connection, account_id: str, scope: str = OWNER
) -> Session:
    token = secrets.token_urlsafe(32)
    expires = now() + timedelta(seconds=state.options.session_ttl_s)
    conn.execute(
        "INSERT INTO sessions (token_hash, account_id, expires, scope) VALUES (?, ?, ?, ?)",
        (token_digest(token), account_id, iso(expires), scope),
    )
    return Session(account_id=account_id, access_token=SecretStr(token), expires=expires)


def require_owner(
    state: PortalState,
    credentials: HTTPAuthorizationCredentials | None,
    account_id: str,
    *,
    status_ok: bool = False,
) -> sqlite3.Row:
    """The account, for its owner's session (``status_ok``: or its status-only token)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ProblemError(
            401,
            "authentication_required",
            "sign in first (Authorization: Bearer)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    session = state.store.one(
        "SELECT account_id, expires, scope FROM sessions WHERE token_hash = ?",
        (token_digest(credentials.credentials),),
    )
    if session is None or session["expires"] < iso(now()):
        raise ProblemError(
            401,
            "authentication_required",
            "the session has ended; sign in again",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    if session["account_id"] != account_id:
        raise ProblemError(403, "forbidden", "this session belongs to another account")
    if session["scope"] != OWNER and not status_ok:
        raise ProblemError(
            401,
            "authentication_required",
            "this token only follows the account's status; sign in once it is active",
            headers={"WWW-Authenticate": 'Bearer error="insufficient_scope"'},
        )
    row = live_account(state.store, account_id)
    if row is None:
        raise ProblemError(404, "not_found", "no such account")
    return row


def activation_link(state: PortalState, request: Request, token: str) -> str:
    return f"{state.base_url(request)}/activate?token={token}"


def issue_activation(
    state: PortalState,
    conn: sqlite3.Connection,
    request: Request,
    account_id: str,
    email: str,
    kind: str,
) -> None:
    """A new activation token, e-mailed (to the outbox) with its link."""
    token = secrets.token_urlsafe(24)
    conn.execute(  # the link goes to the outbox (the person's mailbox); we keep a digest
        "INSERT INTO activation_tokens (token_hash, account_id, created) VALUES (?, ?, ?)",
        (token_digest(token), account_id, iso(now())),
    )
    conn.execute("INSERT INTO resends (account_id, sent) VALUES (?, ?)", (account_id, iso(now())))
    link = activation_link(state, request, token)
    if kind == "siv_instructions":
        subject = "Votre habilitation SIV est validée : procédure de connexion"
        body = (
            "La préfecture a validé votre habilitation. Pour vous connecter la première fois, "
            f"suivez ce lien puis choisissez votre mot de passe : {link}"
        )
    else:
        subject = "Activez votre compte"
        body = f"Pour activer votre compte, suivez ce lien : {link}"
    state.store.send_mail(conn, email, subject, body, kind=kind, link=link, account_id=account_id)


def token_account(conn: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    """The live account of a valid (unused, unexpired) activation token."""
    found = conn.execute(
        "SELECT account_id, used, created FROM activation_tokens WHERE token_hash = ?",
        (token_digest(token),),
    ).fetchone()
    oldest = iso(now() - timedelta(seconds=ACTIVATION_TTL_S))
    if found is None or found["used"] is not None or found["created"] < oldest:
        return None
    return live_account(conn, found["account_id"])


def activate_token(
    state: PortalState,
    conn: sqlite3.Connection,
    token: str,
    password_hash: str | None = None,
) -> Account:
    """Activate the account of an e-mailed token: valid 48 hours, once (review finding M5).

    An account created without a password (SIV professional, town hall) chooses it
    here, as its e-mail says: else it could never sign in (review finding M7).
    """
    digest = token_digest(token)
    found = conn.execute(
        "SELECT account_id, used, created FROM activation_tokens WHERE token_hash = ?", (digest,)
    ).fetchone()
    row = live_account(conn, found["account_id"]) if found is not None else None
    oldest = iso(now() - timedelta(seconds=ACTIVATION_TTL_S))
    if found is None or row is None or found["used"] is not None or found["created"] < oldest:
        raise field_problem("token", "invalid_token", "this activation link is not valid")
    if row["password_hash"] is None and password_hash is None:
        raise field_problem("password", "required", "choose the password of this account")
    if row["password_hash"] is None:
        conn.execute(
            "UPDATE accounts SET password_hash = ? WHERE id = ?", (password_hash, row["id"])
        )
    conn.execute("UPDATE activation_tokens SET used = ? WHERE token_hash = ?", (iso(now()), digest))
    if row["status"] == AccountStatus.PENDING_ACTIVATION.value:
        conn.execute(
            "UPDATE accounts SET status = 'active', activated = ? WHERE id = ?",
            (iso(now()), row["id"]),
        )
        row = conn.execute("SELECT * FROM accounts WHERE id = ?", (row["id"],)).fetchone()
    return account_model(state, row)


def strip_tokens(body: str) -> str:
    """An answer as the idempotency table keeps it: every ``access_token`` blanked."""
    data = json.loads(body)
    _walk_sessions(data, lambda session: session.update(access_token=None, expires=None))
    if isinstance(data, dict):
        for name in ("poll_secret", "status_token"):
            if data.get(name) is not None:
                data[name] = ""  # blanked; "" (not null) says there was one to re-issue
    return json.dumps(data, ensure_ascii=False)


def reissue_sessions(state: PortalState, conn: sqlite3.Connection, stored: str) -> str:
    """A replayed answer: each blanked session replaced by a new one for its account.

    The caller has checked the request's secret (password) again. An account deleted
    since gets 410: a deletion is never undone by a replay (review finding M4). A
    FranceConnect start gets a new poll secret (the old one was never stored).
    """
    data = json.loads(stored)

    def refill(session: dict[str, Any]) -> None:
        if live_account(conn, session["account_id"]) is None:
            raise ProblemError(410, "gone", "this account was deleted")
        fresh = new_session(state, conn, session["account_id"])
        session.update(
            access_token=fresh.access_token.get_secret_value(), expires=iso(fresh.expires)
        )

    _walk_sessions(data, refill)
    if isinstance(data, dict) and data.get("status_token") == "":  # a new account's: a new one
        account_id = data["account"]["id"]
        if live_account(conn, account_id) is None:
            raise ProblemError(410, "gone", "this account was deleted")
        data["status_token"] = new_session(
            state, conn, account_id, STATUS
        ).access_token.get_secret_value()
    if isinstance(data, dict) and "poll_secret" in data:  # a FranceConnect start: a new one
        poll_secret = secrets.token_urlsafe(24)
        conn.execute(
            "UPDATE franceconnect SET poll_hash = ? WHERE id = ?",
            (token_digest(poll_secret), data["id"]),
        )
        data["poll_secret"] = poll_secret
    return json.dumps(data, ensure_ascii=False)


def _walk_sessions(data: Any, visit: Callable[[dict[str, Any]], None]) -> None:
    if isinstance(data, dict):
        if "access_token" in data and "account_id" in data:
            visit(data)
        for value in data.values():
            _walk_sessions(value, visit)
    elif isinstance(data, list):
        for value in data:
            _walk_sessions(value, visit)


def display_name(payload: Any) -> str:
    if payload.profile is Profile.INDIVIDUAL:
        return f"{payload.given_names.split()[0]} {payload.usage_name or payload.family_name}"
    for attribute in ("company_name", "establishment_name", "organisation_name", "commune_name"):
        if hasattr(payload, attribute):
            return str(getattr(payload, attribute))
    return str(payload.email)  # pragma: no cover
