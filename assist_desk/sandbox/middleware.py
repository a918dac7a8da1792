"""ASGI middleware of the training portal: Host and Origin guard, size limit, rate limit."""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from assist_desk.sandbox.problems import ProblemError, problem_response

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class HostGuard:
    """Only this portal's own names, and no cross-site writes (review finding H1).

    * ``Host`` must name loopback, the address the connection reached, or an
      allowed name: a DNS-rebinding page (``Host: evil.example``) gets 400.
    * A write (POST, PUT, PATCH, DELETE) carrying ``Origin`` must come from this
      portal (same allowed name and port): a cross-site form gets 403. Clients that
      send no ``Origin`` (the app, curl) are judged by the other checks.
    """

    def __init__(self, app: ASGIApp, extra_hosts: Iterable[str] = ()) -> None:
        self.app = app
        self.names = LOOPBACK_NAMES | {name.lower() for name in extra_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        server = scope.get("server") or ("", None)
        allowed = self.names | {str(server[0]).lower()}
        host = _hostname(_header(scope, b"host"))
        if host is None or host not in allowed:
            error = ProblemError(
                400, "host_not_allowed", "this portal does not answer to that name"
            )
            await problem_response(error, instance=_path(scope))(scope, receive, send)
            return
        origin = _header(scope, b"origin")
        writes = scope.get("method") not in SAFE_METHODS
        if writes and origin is not None and not _same_origin(origin, allowed, server[1]):
            error = ProblemError(403, "origin_not_allowed", "cross-site requests are refused")
            await problem_response(error, instance=_path(scope))(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _hostname(host_header: str | None) -> str | None:
    if not host_header:
        return None
    try:
        name = urlsplit(f"//{host_header}").hostname
    except ValueError:
        return None
    return name.lower() if name else None


def _same_origin(origin: str, allowed: frozenset[str] | set[str], port: int | None) -> bool:
    try:
        parts = urlsplit(origin)
        origin_port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return False
    return (
        parts.scheme in {"http", "https"}
        and (parts.hostname or "").lower() in allowed
        and origin_port == port
    )


class MaintenanceGate:
    """While a trainer has switched maintenance on, the API answers 503 with
    ``Retry-After`` and the trainer's message (the real portal's maintenance page)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        portal = getattr(getattr(scope.get("app"), "state", None), "portal", None)
        maintenance = getattr(portal, "maintenance", None)
        if scope["type"] != "http" or maintenance is None or not _path(scope).startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        message, retry_after = maintenance
        error = ProblemError(503, "maintenance", message, retry_after=retry_after)
        await problem_response(error, instance=_path(scope))(scope, receive, send)


class HeadAsGet:
    """``HEAD`` wherever ``GET`` works (RFC 9110; review L1): the GET's status and
    headers, without its body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class BodyLimit:
    """Reads the whole body first (at most ``max_bytes``, else 413), then replays it.

    Slow bodies cannot starve everyone (review finding M2): a body must arrive within
    ``timeout_s`` (else 408), and each peer may have at most ``max_pending`` bodies
    on their way: one more cuts its oldest (408). So a peer holding half-sent
    requests never fills the server's connection limit.
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, timeout_s: float = 10.0, max_pending: int = 32
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self.max_pending = max_pending
        self.pending: dict[str, list[asyncio.Timeout]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await problem_response(
                    ProblemError(400, "bad_request", "Content-Length is not a number"),
                    instance=_path(scope),
                )(scope, receive, send)
                return
            if int(declared) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        peer = str((scope.get("client") or ("?", 0))[0])
        try:
            body = await self._read(receive, peer)
        except TimeoutError:
            error = ProblemError(
                408,
                "request_timeout",
                "the request body came too slowly",
                headers={"Connection": "close"},
            )
            await problem_response(error, instance=_path(scope))(scope, receive, send)
            return
        except _TooLarge:
            await self._too_large(scope, receive, send)
            return
        if body is None:  # the client went away
            return
        refused = _json_body_problem(scope, body)
        if refused is not None:
            await problem_response(refused, instance=_path(scope))(scope, receive, send)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read(self, receive: Receive, peer: str) -> bytes | None:
        async with asyncio.timeout(self.timeout_s) as deadline:
            waiting = self.pending.setdefault(peer, [])
            waiting.append(deadline)
            if len(waiting) > self.max_pending:
                oldest = waiting.pop(0)
                # Cut the oldest now (unless it is timing out already).
                with contextlib.suppress(RuntimeError):
                    oldest.reschedule(asyncio.get_running_loop().time())
            try:
                chunks: list[bytes] = []
                size = 0
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        return None
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise _TooLarge
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        return b"".join(chunks)
            finally:
                if deadline in waiting:
                    waiting.remove(deadline)
                if not waiting and self.pending.get(peer) is waiting:
                    del self.pending[peer]

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        error = ProblemError(
            413, "payload_too_large", f"request bodies are limited to {self.max_bytes} bytes"
        )
        await problem_response(error, instance=_path(scope))(scope, receive, send)


class _TooLarge(Exception):
    pass


def _json_body_problem(scope: Scope, body: bytes) -> ProblemError | None:
    """An API body is ``application/json`` in UTF-8, nothing looser (review L2: UTF-16
    and ``application/merge-patch+json`` bodies were read)."""
    if not body or not _path(scope).startswith("/v1/"):
        return None
    media = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
    if media != "application/json":
        return ProblemError(415, "unsupported_media_type", "send the body as application/json")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return ProblemError(400, "invalid_json", "the body is not UTF-8 JSON")
    if body.startswith(b"\xef\xbb\xbf"):
        return ProblemError(400, "invalid_json", "the body starts with a byte-order mark")
    return None


class RateLimit:
    """Token buckets on every path: per client, and per peer address (review finding M3).

    A client is the source address plus its ``X-Client-Id`` (kiosks behind one address
    keep their own budgets), but the address as a whole gets ``PEER_FACTOR`` times one
    client's budget: rotating ``X-Client-Id`` no longer escapes the limit.
    """

    MAX_CLIENTS = 10_000
    PEER_FACTOR = 4

    def __init__(self, app: ASGIApp, rate_per_s: float, burst: int) -> None:
        self.app = app
        self.clients = _Buckets(rate_per_s, float(burst), self.MAX_CLIENTS)
        factor = self.PEER_FACTOR
        self.peers = _Buckets(rate_per_s * factor, float(burst * factor), self.MAX_CLIENTS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        peer = str((scope.get("client") or ("?", 0))[0])
        client = f"{peer} {(_header(scope, b'x-client-id') or '')[:64]}"
        moment = time.monotonic()
        wait = max(self.peers.wait(peer, moment), self.clients.wait(client, moment))
        if wait > 0:
            error = ProblemError(
                429, "rate_limited", "too many requests from this client", retry_after=wait
            )
            await problem_response(error, instance=_path(scope))(scope, receive, send)
            return
        self.peers.take(peer)
        self.clients.take(client)
        await self.app(scope, receive, send)


class _Buckets:
    """Token buckets by key (the least recently used forgotten beyond ``size``)."""

    def __init__(self, rate: float, burst: float, size: int) -> None:
        self.rate = rate
        self.burst = burst
        self.size = size
        self.levels: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def wait(self, key: str, moment: float) -> int:
        """Whole seconds before ``key`` may go (0: now); refills its bucket to ``moment``."""
        tokens, last = self.levels.pop(key, (self.burst, moment))
        tokens = min(self.burst, tokens + (moment - last) * self.rate)
        self.levels[key] = (tokens, moment)
        while len(self.levels) > self.size:
            self.levels.popitem(last=False)
        return 0 if tokens >= 1.0 else max(1, math.ceil((1.0 - tokens) / self.rate))

    def take(self, key: str) -> None:
        tokens, last = self.levels[key]
        self.levels[key] = (tokens - 1.0, last)


def _path(scope: Scope) -> str:
    return str(scope.get("path", ""))


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None
