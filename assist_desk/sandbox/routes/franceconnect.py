"""The simulated FranceConnect round trip, API side (the identity page is a trainer page)."""

from __future__ import annotations

import hmac
import secrets
import sqlite3
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, SecretStr

from assist_desk.models import (
    FranceConnectResult,
    FranceConnectStart,
    FranceConnectStatus,
)
from assist_desk.sandbox.accounts_core import account_model, live_account, new_session
from assist_desk.sandbox.idempotent import Action, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError
from assist_desk.sandbox.state import IdempotencyKey, IdPath, StateDep
from assist_desk.sandbox.store import iso, new_id, now, token_digest

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["sessions"])
PollSecret = Annotated[
    str | None,
    Header(
        alias="X-Poll-Secret",
        description="The `poll_secret` of the start answer (review finding M6).",
    ),
]


def _secret_ok(given: str | None, stored: str | None) -> bool:
    if given is None or stored is None:
        return False
    return hmac.compare_digest(token_digest(given), stored)


@router.post(
    "/franceconnect/sessions",
    status_code=201,
    response_model=FranceConnectStart,
    summary="Begin a FranceConnect round trip",
)
@idempotent
async def franceconnect_start(
    state: StateDep, request: Request, idempotency_key: IdempotencyKey
) -> Action:
    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        attempt_id = new_id("fc")
        expires = now() + timedelta(seconds=state.options.franceconnect_ttl_s)
        poll_secret = secrets.token_urlsafe(24)
        conn.execute(
            "INSERT INTO franceconnect (id, status, created, expires, poll_hash)"
            " VALUES (?, 'pending', ?, ?, ?)",
            (attempt_id, iso(now()), iso(expires), token_digest(poll_secret)),
        )
        url = f"{state.base_url(request)}/training/franceconnect/{attempt_id}"
        return 201, FranceConnectStart(
            id=attempt_id,
            authorize_url=url,
            expires=expires,
            poll_secret=SecretStr(poll_secret),
        )

    return action


@router.get(
    "/franceconnect/sessions/{attempt_id}",
    summary="Where a FranceConnect round trip stands",
)
async def franceconnect_result(
    state: StateDep, attempt_id: IdPath, poll_secret: PollSecret = None
) -> FranceConnectResult:
    row = state.store.one("SELECT * FROM franceconnect WHERE id = ?", (attempt_id,))
    # The same answer for an unknown attempt and a wrong secret: the id alone tells nothing.
    if row is None or not _secret_ok(poll_secret, row["poll_hash"]):
        raise ProblemError(404, "not_found", "no such FranceConnect attempt")
    status = FranceConnectStatus(row["status"])
    if status is FranceConnectStatus.PENDING and row["expires"] < iso(now()):
        status = FranceConnectStatus.EXPIRED
    if status is not FranceConnectStatus.COMPLETED:
        return FranceConnectResult(id=attempt_id, status=status)
    # The session is made when the result is first collected, and given only then
    # (review finding M6): a later reader of the attempt id gets nothing; no token is stored.
    with state.store.transaction() as conn:
        fresh = conn.execute(
            "UPDATE franceconnect SET issued = ? WHERE id = ? AND issued IS NULL",
            (iso(now()), attempt_id),
        ).rowcount
        account = live_account(conn, row["account_id"])
        if not fresh or account is None:
            return FranceConnectResult(id=attempt_id, status=FranceConnectStatus.EXPIRED)
        session = new_session(state, conn, account["id"])
    return FranceConnectResult(
        id=attempt_id, status=status, account=account_model(state, account), session=session
    )
