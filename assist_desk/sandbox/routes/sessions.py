"""Sign-in (``POST /v1/sessions``) and sign-out (``DELETE /v1/sessions/current``)."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel
from starlette.responses import Response

from assist_desk.models import Session, SignInRequest
from assist_desk.sandbox.accounts_core import new_session, not_active_problem
from assist_desk.sandbox.idempotent import Guarded, Secret, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError
from assist_desk.sandbox.state import BearerDep, IdempotencyKey, StateDep
from assist_desk.sandbox.store import (
    hash_password,
    password_needs_rehash,
    token_digest,
    verify_password,
)

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["sessions"])


@router.post(
    "/sessions",
    status_code=201,
    response_model=Session,
    summary="Sign in with e-mail and password",
)
@idempotent
async def sign_in(
    state: StateDep,
    request: Request,
    body: Annotated[SignInRequest, Body()],
    idempotency_key: IdempotencyKey,
) -> Guarded:
    email = body.email.lower()
    throttle = state.sign_in_throttle
    wait = throttle.wait_s(email)
    if wait > 0:
        raise ProblemError(
            429,
            "rate_limited",
            f"too many wrong passwords for this account; try again in {wait} s",
            retry_after=wait,
        )
    row = state.store.one(
        "SELECT * FROM accounts WHERE email = ? AND deleted IS NULL AND password_hash IS NOT NULL",
        (email,),
    )
    password = body.password.get_secret_value()
    stored = row["password_hash"] if row else None
    valid = await asyncio.to_thread(verify_password, password, stored)
    if valid:
        throttle.succeeded(email)
    else:
        throttle.failed(email)
    rehashed = None
    if valid and stored is not None and password_needs_rehash(stored):
        rehashed = await asyncio.to_thread(hash_password, password)  # schema 1's PBKDF2

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        if not valid or row is None:
            raise ProblemError(401, "invalid_credentials", "wrong e-mail or password")
        refusal = not_active_problem(row)
        if refusal is not None:
            raise refusal
        if rehashed is not None:
            conn.execute(
                "UPDATE accounts SET password_hash = ? WHERE id = ?", (rehashed, row["id"])
            )
        return 201, new_session(state, conn, row["id"])

    return Guarded(action, Secret(password, rehashed or stored or ""))


@router.delete(
    "/sessions/current",
    status_code=204,
    response_class=Response,
    summary="Sign out",
)
async def sign_out(state: StateDep, credentials: BearerDep) -> Response:
    if credentials is None:
        raise ProblemError(401, "authentication_required", "no session to end")
    with state.store.transaction() as conn:
        ended = conn.execute(
            "DELETE FROM sessions WHERE token_hash = ?", (token_digest(credentials.credentials),)
        ).rowcount
    if not ended:  # a made-up or expired token is not a session (review L1, ST401)
        raise ProblemError(
            401,
            "authentication_required",
            "no such session",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return Response(status_code=204)
