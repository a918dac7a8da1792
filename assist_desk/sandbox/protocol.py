"""uvicorn's HTTP/1.1 protocol, answering malformed requests with a problem document.

h11 refuses a malformed request (a garbage request line, two ``Host`` headers, a bad
``Content-Length``) before any ASGI code runs; uvicorn then answers ``text/plain``.
The portal's contract says every error is ``application/problem+json`` (review L1).
"""

from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol


class ProblemH11Protocol(H11Protocol):
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
