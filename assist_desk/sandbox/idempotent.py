"""Exactly-once POSTs: ``run_idempotent`` and the ``@idempotent`` route decorator.

A keyed POST handler is written as a *plan*: it checks what can be checked before
the key is claimed (authentication, the body's meaning) and returns the *action*,
a function doing the writes in one transaction. ``@idempotent`` then runs the action
at most once per ``Idempotency-Key`` (see the API description in ``app.py``).

What the idempotency table keeps (review finding H2): an HMAC fingerprint of the
request *without* its secret fields, the answer *without* its bearer tokens, and,
for a request carrying a secret (a password, an activation token), the hash that
checks it. A replay must carry the same secret; it then gets fresh sessions.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import inspect
import json
import sqlite3
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from fastapi import Request
from pydantic import BaseModel
from starlette.responses import Response

from assist_desk.models import Account
from assist_desk.portal.idempotency import parse_key
from assist_desk.sandbox import housekeeping
from assist_desk.sandbox.accounts_core import reissue_sessions, strip_tokens
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.state import PortalState
from assist_desk.sandbox.store import iso, now, token_digest, verify_password

#: The writes of one keyed POST, in one transaction: (HTTP status, answer).
Action = Callable[[sqlite3.Connection], tuple[int, BaseModel]]
#: Body fields never fingerprinted nor stored (at any depth).
SECRET_FIELDS = frozenset({"password", "token"})
_NEEDED = ("state", "request", "idempotency_key")


@dataclass(frozen=True)
class Secret:
    """A request's secret: a replay must carry it again. ``check`` verifies it: an
    argon2id (or schema 1 PBKDF2) hash, or ``sha256:<hex>`` for a random token."""

    value: str
    check: str

    @classmethod
    def token(cls, value: str) -> Secret:
        return cls(value, "sha256:" + token_digest(value))

    def matches(self, check: str | None) -> bool:
        if not check:
            return False
        if check.startswith("sha256:"):
            return hmac.compare_digest(token_digest(self.value), check.removeprefix("sha256:"))
        return verify_password(self.value, check)


@dataclass(frozen=True)
class Guarded:
    """What a plan returns for a request carrying a secret."""

    action: Action
    secret: Secret | None


Plan = Callable[..., Awaitable[Action | Guarded]]


def idempotent(plan: Plan) -> Callable[..., Awaitable[Response]]:
    """Turn a plan (parameters ``state``, ``request``, ``idempotency_key``…) into a route.

    FastAPI sees the plan's own parameters (so the contract is unchanged) and a
    ``Response`` return. The plan returns the action, or ``Guarded(action, secret)``.
    """
    signature = inspect.signature(plan, eval_str=True)
    missing = [name for name in _NEEDED if name not in signature.parameters]
    if missing:
        raise TypeError(f"{plan.__name__}: an idempotent plan needs parameters {missing}")

    @functools.wraps(plan)
    async def route(**arguments: Any) -> Response:
        planned = await plan(**arguments)
        guarded = planned if isinstance(planned, Guarded) else Guarded(planned, None)
        return await run_idempotent(
            arguments["state"],
            arguments["request"],
            arguments["idempotency_key"],
            guarded.action,
            guarded.secret,
        )

    route.__signature__ = signature.replace(return_annotation=Response)  # type: ignore[attr-defined]
    route.__annotations__ = {**plan.__annotations__, "return": Response}
    return route


def request_fingerprint(key: bytes, method: str, path: str, raw: bytes) -> str:
    """A keyed digest of a request without its secrets: same request, same digest."""
    try:
        payload: Any = _without_secrets(json.loads(raw)) if raw else None
    except (ValueError, UnicodeDecodeError):
        payload = raw.hex()
    except RecursionError:
        raise ProblemError(400, "invalid_json", "the body is nested too deeply") from None
    # ensure_ascii: a lone surrogate (valid JSON, invalid UTF-8) is escaped, not a crash.
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    message = f"{method.upper()} {path}\n{canonical}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def _without_secrets(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_secrets(v) for k, v in value.items() if k not in SECRET_FIELDS}
    if isinstance(value, list):
        return [_without_secrets(v) for v in value]
    return value


def _account_of(model: BaseModel) -> str | None:
    """The account an answer is about (its idempotency row goes when the account goes)."""
    if isinstance(model, Account):
        return model.id
    account = getattr(model, "account", None)
    found = getattr(model, "account_id", None) or getattr(account, "id", None)
    return str(found) if found else None


async def run_idempotent(
    state: PortalState,
    request: Request,
    raw_key: str | None,
    action: Action,
    secret: Secret | None = None,
) -> Response:
    """Run ``action`` once per Idempotency-Key (see the API description)."""
    if raw_key is None:
        raise ProblemError(
            400, "idempotency_key_missing", "every POST needs an Idempotency-Key header"
        )
    several = len(request.headers.getlist("idempotency-key")) > 1
    key = None if several else parse_key(raw_key)  # two keys: which one? neither (L1)
    if key is None:
        raise ProblemError(
            400, "idempotency_key_invalid", "Idempotency-Key must be a Structured Field string"
        )
    digest = request_fingerprint(
        state.store.fingerprint_key, request.method, request.url.path, await request.body()
    )
    moment = now()
    stale_before = iso(moment - timedelta(seconds=state.options.idempotency_ttl_s))
    done = state.store.one(
        "SELECT * FROM idempotency WHERE key = ? AND state = 'done' AND fingerprint = ?"
        " AND created >= ?",  # past its 24 hours, an answer is never replayed (L7)
        (key, digest, stale_before),
    )
    if done is not None:
        return await _replay(state, done, secret)
    with state.store.transaction() as conn:
        if moment.timestamp() - state.last_purge > 60:  # forget expired rows once a minute
            state.last_purge = moment.timestamp()
            housekeeping.purge(conn, moment, state.options.idempotency_ttl_s)
        row = conn.execute(
            "SELECT * FROM idempotency WHERE key = ? AND created >= ?", (key, stale_before)
        ).fetchone()
        if row is not None and row["fingerprint"] != digest:
            raise ProblemError(
                422, "idempotency_key_reused", "this Idempotency-Key was used with another request"
            )
        if row is not None and (row["state"] == "done" or row["boot"] == state.boot):
            raise ProblemError(  # still running here (or finished since our look: retry)
                409,
                "idempotency_key_in_use",
                "a request with this Idempotency-Key is still being processed",
                headers={"Retry-After": "1"},
            )
        # New key, or left running by a server that stopped: (re)claim it.
        conn.execute(
            "INSERT OR REPLACE INTO idempotency (key, fingerprint, state, boot, created,"
            " secret_hash) VALUES (?, ?, 'running', ?, ?, ?)",
            (key, digest, state.boot, iso(moment), secret.check if secret else None),
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
                "UPDATE idempotency SET state = 'done', status = ?, body = ?, account_id = ?"
                " WHERE key = ?",
                (status, strip_tokens(body), _account_of(model), key),
            )
    except BaseException:
        with state.store.transaction() as conn:
            conn.execute("DELETE FROM idempotency WHERE key = ? AND state = 'running'", (key,))
        raise
    if applies and faults.delay_after_commit_s > 0:
        await asyncio.sleep(faults.delay_after_commit_s)
    return Response(body, status_code=status, media_type="application/json")


async def _replay(state: PortalState, row: sqlite3.Row, secret: Secret | None) -> Response:
    """The first answer again, for the same request with the same secret."""
    if row["secret_hash"] is not None:
        ok = secret is not None and await asyncio.to_thread(secret.matches, row["secret_hash"])
        if not ok:
            raise ProblemError(
                422, "idempotency_key_reused", "this Idempotency-Key was used with another request"
            )
    with state.store.transaction() as conn:
        body = reissue_sessions(state, conn, row["body"])
    return Response(
        body,
        status_code=row["status"],
        media_type="application/json",
        headers={"Idempotent-Replayed": "true"},
    )
