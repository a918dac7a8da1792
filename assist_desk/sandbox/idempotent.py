"""Exactly-once POSTs: ``run_idempotent`` and the ``@idempotent`` route decorator.

A keyed POST handler is written as a *plan*: it checks what can be checked before
the key is claimed (authentication, the body's meaning) and returns the *action*,
a function doing the writes in one transaction. ``@idempotent`` then runs the action
at most once per ``Idempotency-Key`` (see the API description in ``app.py``).
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from fastapi import Request
from pydantic import BaseModel
from starlette.responses import Response

from assist_desk.portal.idempotency import fingerprint, parse_key
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.state import PortalState
from assist_desk.sandbox.store import iso, now

#: The writes of one keyed POST, in one transaction: (HTTP status, answer).
Action = Callable[[sqlite3.Connection], tuple[int, BaseModel]]
Plan = Callable[..., Awaitable[Action]]
_NEEDED = ("state", "request", "idempotency_key")


def idempotent(plan: Plan) -> Callable[..., Awaitable[Response]]:
    """Turn a plan (parameters ``state``, ``request``, ``idempotency_key``…) into a route.

    FastAPI sees the plan's own parameters (so the contract is unchanged) and a
    ``Response`` return.
    """
    signature = inspect.signature(plan, eval_str=True)
    missing = [name for name in _NEEDED if name not in signature.parameters]
    if missing:
        raise TypeError(f"{plan.__name__}: an idempotent plan needs parameters {missing}")

    @functools.wraps(plan)
    async def route(**arguments: Any) -> Response:
        action = await plan(**arguments)
        return await run_idempotent(
            arguments["state"], arguments["request"], arguments["idempotency_key"], action
        )

    route.__signature__ = signature.replace(return_annotation=Response)  # type: ignore[attr-defined]
    route.__annotations__ = {**plan.__annotations__, "return": Response}
    return route


async def run_idempotent(
    state: PortalState, request: Request, raw_key: str | None, action: Action
) -> Response:
    """Run ``action`` once per Idempotency-Key (see the API description)."""
    if raw_key is None:
        raise ProblemError(
            400, "idempotency_key_missing", "every POST needs an Idempotency-Key header"
        )
    key = parse_key(raw_key)
    if key is None:
        raise ProblemError(
            400, "idempotency_key_invalid", "Idempotency-Key must be a Structured Field string"
        )
    raw = await request.body()
    try:
        payload = json.loads(raw) if raw else None
    except (ValueError, UnicodeDecodeError):
        payload = raw.hex()
    digest = fingerprint(request.method, request.url.path, payload)
    moment = now()
    stale_before = iso(moment - timedelta(seconds=state.options.idempotency_ttl_s))
    with state.store.transaction() as conn:
        if moment.timestamp() - state.last_purge > 60:  # forget old keys once a minute
            state.last_purge = moment.timestamp()
            conn.execute("DELETE FROM idempotency WHERE created < ?", (stale_before,))
        row = conn.execute("SELECT * FROM idempotency WHERE key = ?", (key,)).fetchone()
        if row is not None and row["fingerprint"] != digest:
            raise ProblemError(
                422, "idempotency_key_reused", "this Idempotency-Key was used with another request"
            )
        if row is not None and row["state"] == "done":
            return Response(
                row["body"],
                status_code=row["status"],
                media_type="application/json",
                headers={"Idempotent-Replayed": "true"},
            )
        if row is not None and row["boot"] == state.boot:
            raise ProblemError(
                409,
                "idempotency_key_in_use",
                "a request with this Idempotency-Key is still being processed",
                headers={"Retry-After": "1"},
            )
        # New key, or left running by a server that stopped: (re)claim it.
        conn.execute(
            "INSERT OR REPLACE INTO idempotency (key, fingerprint, state, boot, created)"
            " VALUES (?, ?, 'running', ?, ?)",
            (key, digest, state.boot, iso(moment)),
        )
    faults = state.faults
    applies = request.url.path.startswith(faults.path_prefix)
    try:
        if applies and faults.delay_before_s > 0:
            await asyncio.sleep(faults.delay_before_s)
        with state.store.transaction() as conn:
            status, model = action(conn)
            body = model.model_dump_json()
            conn.execute(
                "UPDATE idempotency SET state = 'done', status = ?, body = ? WHERE key = ?",
                (status, body, key),
            )
    except BaseException:
        with state.store.transaction() as conn:
            conn.execute("DELETE FROM idempotency WHERE key = ? AND state = 'running'", (key,))
        raise
    if applies and faults.delay_after_commit_s > 0:
        await asyncio.sleep(faults.delay_after_commit_s)
    return Response(body, status_code=status, media_type="application/json")
