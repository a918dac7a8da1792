""" "Forgot password": ask for a reset link by e-mail, then choose a new password.

A common task at help points. The answer to the request is the same whether or not an
account uses the address (no account oracle), and each address gets at most one e-mail
a minute. The link works once, for an hour; using it ends every session of the account.
The link opens ``/reset-password`` (a trainer page, like ``/activate``); a program may
send the token and the new password to ``POST /v1/password-resets/complete``.
"""

from __future__ import annotations

import asyncio
import secrets
import sqlite3
import time
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel

from assist_desk.models import (
    AccountStatus,
    PasswordResetComplete,
    PasswordResetDone,
    PasswordResetRequest,
    PasswordResetSent,
)
from assist_desk.sandbox.accounts_core import current_status
from assist_desk.sandbox.idempotent import Action, Guarded, Secret, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError, field_problem
from assist_desk.sandbox.state import IdempotencyKey, PortalState, StateDep
from assist_desk.sandbox.store import hash_password, iso, now, token_digest

#: A reset link works once, this long.
RESET_TTL_S = 3600
#: At most one reset e-mail a minute per address.
RESET_INTERVAL_S = 60.0

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["password reset"])


def _throttled(state: PortalState, email: str) -> int:
    """Seconds before ``email`` may get another reset e-mail (0: now); counts this one."""
    sent = state.reset_sent
    moment = time.monotonic()
    wait = RESET_INTERVAL_S - (moment - sent.get(email, -RESET_INTERVAL_S))
    if wait > 0:
        return int(wait) + 1
    sent[email] = moment
    while len(sent) > 10_000:
        sent.pop(next(iter(sent)))
    return 0


@router.post(
    "/password-resets",
    status_code=202,
    response_model=PasswordResetSent,
    summary="Forgot password: e-mail a reset link (same answer for every address)",
)
@idempotent
async def request_reset(
    state: StateDep,
    request: Request,
    body: Annotated[PasswordResetRequest, Body()],
    idempotency_key: IdempotencyKey,
) -> Action:
    email = body.email.lower()

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        # Counted here, not before: a retry of the same request is replayed, not throttled.
        wait = _throttled(state, email)
        if wait:
            raise ProblemError(
                429,
                "rate_limited",
                f"a reset e-mail was sent recently; try again in {wait} s",
                retry_after=wait,
            )
        row = conn.execute(
            "SELECT * FROM accounts WHERE email = ? AND deleted IS NULL"
            " AND password_hash IS NOT NULL",
            (email,),
        ).fetchone()
        if row is not None and current_status(row) is AccountStatus.ACTIVE:
            token = secrets.token_urlsafe(24)
            conn.execute(
                "INSERT INTO reset_tokens (token_hash, account_id, created) VALUES (?, ?, ?)",
                (token_digest(token), row["id"], iso(now())),
            )
            link = f"{state.base_url(request)}/reset-password?token={token}"
            state.store.send_mail(
                conn,
                row["email"],
                "Réinitialisation de votre mot de passe",
                "Vous avez demandé à changer votre mot de passe. Suivez ce lien dans l'heure "
                f"pour en choisir un nouveau : {link} . Si vous n'avez rien demandé, ignorez "
                "ce courriel : votre mot de passe reste le même.",
                kind="password_reset",
                link=link,
                account_id=row["id"],
            )
        return 202, PasswordResetSent(sent=now(), link_valid_minutes=RESET_TTL_S // 60)

    return action


def reset_account(conn: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    """The live account of a valid (unused, unexpired) reset token."""
    found = conn.execute(
        "SELECT account_id, used, created FROM reset_tokens WHERE token_hash = ?",
        (token_digest(token),),
    ).fetchone()
    oldest = iso(now() - timedelta(seconds=RESET_TTL_S))
    if found is None or found["used"] is not None or found["created"] < oldest:
        return None
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM accounts WHERE id = ? AND deleted IS NULL", (found["account_id"],)
    ).fetchone()
    return row


def change_password(conn: sqlite3.Connection, token: str, password_hash: str) -> str:
    """Use the token: the new password, every session ended. The account id."""
    row = reset_account(conn, token)
    if row is None:
        raise field_problem("token", "invalid_token", "this reset link is not valid")
    conn.execute("UPDATE accounts SET password_hash = ? WHERE id = ?", (password_hash, row["id"]))
    conn.execute(
        "UPDATE reset_tokens SET used = ? WHERE token_hash = ?", (iso(now()), token_digest(token))
    )
    conn.execute("DELETE FROM sessions WHERE account_id = ?", (row["id"],))
    return str(row["id"])


@router.post(
    "/password-resets/complete",
    response_model=PasswordResetDone,
    summary="Choose a new password with the e-mailed reset token",
)
@idempotent
async def complete_reset(
    state: StateDep,
    request: Request,
    body: Annotated[PasswordResetComplete, Body()],
    idempotency_key: IdempotencyKey,
) -> Guarded:
    token = body.token
    password_hash = await asyncio.to_thread(hash_password, body.password.get_secret_value())

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        account_id = change_password(conn, token, password_hash)
        return 200, PasswordResetDone(account_id=account_id, changed=now())

    return Guarded(action, Secret.token(token))
