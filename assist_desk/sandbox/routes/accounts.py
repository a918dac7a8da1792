"""Accounts: creation (every profile), reading, deletion, activation and its e-mail."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel
from starlette.responses import Response

from assist_desk.models import (
    Account,
    AccountCreated,
    AccountStatus,
    ActivationEmailSent,
    ActivationRequest,
    Profile,
)
from assist_desk.models.accounts import AccountCreate
from assist_desk.sandbox.accounts_core import (
    STATUS,
    account_model,
    activate_token,
    display_name,
    issue_activation,
    live_account,
    new_session,
    require_owner,
)
from assist_desk.sandbox.idempotent import Action, Guarded, Secret, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError, field_problem
from assist_desk.sandbox.routes.terms import check_consent, record_acceptance
from assist_desk.sandbox.state import BearerDep, IdempotencyKey, IdPath, PortalState, StateDep
from assist_desk.sandbox.store import dumps, hash_password, iso, new_id, now, token_digest

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["accounts"])


@router.post(
    "/accounts",
    status_code=201,
    response_model=AccountCreated,
    summary="Create an account (any profile; a town hall's request)",
)
@idempotent
async def create_account(
    state: StateDep,
    request: Request,
    payload: Annotated[AccountCreate, Body()],
    idempotency_key: IdempotencyKey,
) -> Action | Guarded:
    consent = payload.terms
    check_consent(state, consent.version_id, consent.sha256)
    password = getattr(payload, "password", None)
    # Hashing releases the GIL: off the event loop, other requests go on meanwhile.
    password_hash = (
        await asyncio.to_thread(hash_password, password.get_secret_value())
        if password is not None
        else None
    )

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        if payload.profile is not Profile.TOWN_HALL_DR:
            taken = conn.execute(
                "SELECT 1 FROM accounts WHERE email = ? AND deleted IS NULL AND profile != ?",
                (payload.email.lower(), Profile.TOWN_HALL_DR.value),
            ).fetchone()
            if taken is not None:
                raise field_problem("email", "email_taken", "an account already uses this e-mail")
        account_id = new_id("acc")
        status = {
            Profile.SIV_PROFESSIONAL: AccountStatus.PENDING_PREFECTURE_VALIDATION,
            Profile.TOWN_HALL_DR: AccountStatus.REQUEST_RECEIVED,
        }.get(payload.profile, AccountStatus.PENDING_ACTIVATION)
        details = payload.model_dump(mode="json", exclude={"password", "email", "profile", "terms"})
        moment = iso(now())
        conn.execute(
            "INSERT INTO accounts (id, profile, status, email, display_name, details,"
            " password_hash, created, terms_version, terms_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                account_id,
                payload.profile.value,
                status.value,
                payload.email.lower(),
                display_name(payload),
                dumps(details),
                password_hash,
                moment,
                consent.version_id,
                moment,
            ),
        )
        record_acceptance(conn, account_id, consent, moment)
        if status is AccountStatus.PENDING_ACTIVATION:
            issue_activation(state, conn, request, account_id, payload.email, "activation")
        elif status is AccountStatus.PENDING_PREFECTURE_VALIDATION:
            state.store.send_mail(
                conn,
                payload.email,
                "Demande de compte professionnel SIV reçue",
                "Votre demande est transmise à la préfecture. Vous recevrez la procédure "
                "de connexion par courriel dès qu'elle aura validé votre habilitation.",
                kind="siv_received",
                account_id=account_id,
            )
        else:
            state.store.send_mail(
                conn,
                payload.email,
                "Demande de compte mairie (DR) reçue",
                "L'agence a reçu votre demande de compte pour vos dispositifs de recueil. "
                "Elle vous répondra à cette adresse avec la marche à suivre.",
                kind="dr_request_received",
                account_id=account_id,
            )
        # Not active yet: no session (ToU 1.5, M12), only a token that follows the status.
        follow = new_session(state, conn, account_id, STATUS)
        row = conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
        return 201, AccountCreated(
            account=account_model(state, row), status_token=follow.access_token
        )

    if password is None or password_hash is None:
        return action
    return Guarded(action, Secret(password.get_secret_value(), password_hash))


@router.get(
    "/accounts/{account_id}", summary="Read an account (owner, or a new account's status token)"
)
async def get_account(state: StateDep, account_id: IdPath, credentials: BearerDep) -> Account:
    return account_model(state, require_owner(state, credentials, account_id, status_ok=True))


@router.delete(
    "/accounts/{account_id}",
    status_code=204,
    response_class=Response,
    summary="Delete an account (its owner's right)",
)
async def delete_account(state: StateDep, account_id: IdPath, credentials: BearerDep) -> Response:
    """The owner deletes; a new account's status token withdraws it before activation."""
    row = require_owner(state, credentials, account_id, status_ok=True)
    if row["status"] == AccountStatus.ACTIVE.value and not _is_owner(state, credentials):
        raise ProblemError(401, "authentication_required", "sign in to delete an active account")
    with state.store.transaction() as conn:
        erase_account(conn, account_id, row["email"])
    return Response(status_code=204)


def erase_account(conn: sqlite3.Connection, account_id: str, email: str) -> None:
    """Erase everything naming the person (ToU 1.11.3; review finding M4).

    Only a tombstone stays (id, profile, deletion time): a replayed request about the
    account then finds nothing to replay, and an answer with a session gets 410.
    """
    conn.execute(
        "UPDATE accounts SET deleted = ?, email = '', display_name = '', details = '{}',"
        " password_hash = NULL, franceconnect_sub = NULL, terms_version = NULL,"
        " terms_at = NULL WHERE id = ?",
        (iso(now()), account_id),
    )
    for table in (
        "sessions",
        "activation_tokens",
        "reset_tokens",
        "resends",
        "acceptances",
        "requests",
    ):
        conn.execute(f"DELETE FROM {table} WHERE account_id = ?", (account_id,))
    conn.execute("DELETE FROM idempotency WHERE account_id = ?", (account_id,))
    conn.execute(
        "DELETE FROM outbox WHERE account_id = ? OR lower(to_addr) = ?", (account_id, email)
    )
    conn.execute(
        "DELETE FROM messages WHERE json_extract(body, '$.account_id') = ?"
        " OR lower(json_extract(body, '$.email')) = ?",
        (account_id, email),
    )
    conn.execute(
        "UPDATE franceconnect SET identity_id = NULL, account_id = NULL WHERE account_id = ?",
        (account_id,),
    )


def _is_owner(state: PortalState, credentials: object) -> bool:
    token = getattr(credentials, "credentials", "")
    row = state.store.one("SELECT scope FROM sessions WHERE token_hash = ?", (token_digest(token),))
    return row is not None and row["scope"] == "owner"


def _resend_wait(state: PortalState, conn: sqlite3.Connection, account_id: str) -> float:
    """Seconds before another activation e-mail may go (0: now)."""
    moment = now()
    sends = [
        r["sent"]
        for r in conn.execute(
            "SELECT sent FROM resends WHERE account_id = ? AND sent > ? ORDER BY sent",
            (account_id, iso(moment - timedelta(hours=1))),
        )
    ]
    options = state.options
    wait = 0.0
    if sends:
        last = datetime.fromisoformat(sends[-1])
        wait = options.resend_interval_s - (moment - last).total_seconds()
        if len(sends) >= options.resends_per_hour:
            first = datetime.fromisoformat(sends[-options.resends_per_hour])
            wait = max(wait, 3600 - (moment - first).total_seconds())
    return wait


@router.post(
    "/accounts/{account_id}/activation-email",
    status_code=202,
    response_model=ActivationEmailSent,
    summary="Send the activation e-mail again (rate-limited)",
)
@idempotent
async def resend_activation(
    state: StateDep,
    request: Request,
    account_id: IdPath,
    idempotency_key: IdempotencyKey,
) -> Action:
    """The same answers whether or not the account exists or waits for activation
    (review finding M5): the id alone tells nothing. Only a waiting account gets mail."""

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        wait = _resend_wait(state, conn, account_id)
        if wait > 0:
            seconds = int(wait) + 1
            raise ProblemError(
                429,
                "rate_limited",
                f"the activation e-mail was sent recently; try again in {seconds} s",
                retry_after=seconds,
            )
        moment = now()
        row = live_account(conn, account_id)
        if row is not None and row["status"] == AccountStatus.PENDING_ACTIVATION.value:
            conn.execute("DELETE FROM activation_tokens WHERE account_id = ?", (account_id,))
            issue_activation(state, conn, request, account_id, row["email"], "activation")
        else:  # counted all the same, so that the throttle tells nothing either
            conn.execute(
                "INSERT INTO resends (account_id, sent) VALUES (?, ?)", (account_id, iso(moment))
            )
        return 202, ActivationEmailSent(
            account_id=account_id,
            sent=moment,
            next_allowed=moment + timedelta(seconds=state.options.resend_interval_s),
        )

    return action


@router.post(
    "/activations",
    response_model=Account,
    summary="Activate an account with the e-mailed token",
)
@idempotent
async def activate(
    state: StateDep,
    request: Request,
    body: Annotated[ActivationRequest, Body()],
    idempotency_key: IdempotencyKey,
) -> Guarded:
    chosen = body.password.get_secret_value() if body.password is not None else None
    password_hash = await asyncio.to_thread(hash_password, chosen) if chosen else None

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        return 200, activate_token(state, conn, body.token, password_hash)

    return Guarded(action, Secret.token(body.token))
