"""uvicorn's HTTP/1.1 protocol, hardened for the training portal.

- h11 refuses a malformed request (a garbage request line, two ``Host`` headers, a bad
  ``Content-Length``) before any ASGI code runs; uvicorn then answers ``text/plain``.
  The portal's contract says every error is ``application/problem+json`` (review L1).
- uvicorn waits forever for a request's headers, so a few hundred connections that
  send half a header fill its concurrency limit and everyone gets 503 (review M2).
  Headers must arrive within ``header_timeout_s``; a peer address may hold at most
  ``max_connections_per_peer`` connections, and the server ``max_connections``; the
  next ones get a problem document with 503 and are closed at once.

The limits are class attributes: :func:`limited_protocol` makes a subclass per portal.
"""

from __future__ import annotations

import asyncio
import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


def _problem_bytes(status: int, reason: str, title: str, detail: str, code: str) -> bytes:
    """A whole HTTP/1.1 response carrying a problem document, then ``Connection: close``."""
    body = json.dumps(
        {
            "type": f"/problems/{code.replace('_', '-')}",
            "title": title,
            "status": status,
            "detail": detail,
            "code": code,
            "errors": [],
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "content-type: application/problem+json\r\n"
        f"content-length: {len(body)}\r\n"
        "retry-after: 1\r\n"
        "connection: close\r\n\r\n"
    ).encode()
    return head + body


class ProblemH11Protocol(H11Protocol):
    header_timeout_s: float = 10.0
    max_connections_per_peer: int = 128
    max_connections: int = 500

    _header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if self._too_many():
            # Refused before reading anything: the peer's request never costs a task.
            self.refuse(
                _problem_bytes(
                    503,
                    "Service Unavailable",
                    "Too many connections",
                    "too many open connections; try again shortly",
                    "too_many_connections",
                )
            )
            return
        self._arm_header_timer()

    def _too_many(self) -> bool:
        if len(self.connections) > self.max_connections:
            return True
        peer = self.client[0] if self.client else None
        if peer is None:
            return False
        same_peer = sum(
            1
            for other in self.connections
            if isinstance(other, ProblemH11Protocol) and other.client and other.client[0] == peer
        )
        return same_peer > self.max_connections_per_peer

    def refuse(self, response: bytes) -> None:
        self._disarm_header_timer()
        self.transport.write(response)
        self.transport.close()

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout_s, self._headers_too_slow)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.IDLE and self.conn.our_state is h11.IDLE:
            self.refuse(
                _problem_bytes(
                    408,
                    "Request Timeout",
                    "Request timeout",
                    "the request's headers did not arrive in time",
                    "request_timeout",
                )
            )

    def handle_events(self) -> None:
        super().handle_events()
        # h11 stays IDLE until a request's line and headers are complete.
        if self.conn.their_state is not h11.IDLE:
            self._disarm_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # Between keep-alive requests uvicorn's keep-alive timer runs; once a byte of the
        # next request arrives it is cancelled, so the next headers need our timer again.
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        body = json.dumps(
            {
                "type": "/problems/bad-request",
                "title": "Bad request",
                "status": 400,
                "detail": "the request is not valid HTTP/1.1",
                "code": "bad_request",
                "errors": [],
            }
        ).encode()
        headers = [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.close()


def limited_protocol(
    header_timeout_s: float, max_connections_per_peer: int, max_connections: int
) -> type[ProblemH11Protocol]:
    """A protocol class with these limits (uvicorn builds one instance per connection)."""
    return type(
        "LimitedProblemH11Protocol",
        (ProblemH11Protocol,),
        {
            "header_timeout_s": header_timeout_s,
            "max_connections_per_peer": max_connections_per_peer,
            "max_connections": max_connections,
        },
    )
