"""The training portal's per-process state and the FastAPI dependencies that reach it."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi import Path as PathParam
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assist_desk.sandbox import seed
from assist_desk.sandbox.store import Store
from assist_desk.sandbox.throttle import SignInThrottle
from assist_desk.sandbox.trainer_auth import TrainerAuth


@dataclass
class PortalOptions:
    """Tunables of a training portal (defaults suit a help point and the load test)."""

    rate_per_s: float = 200.0
    burst: int = 400
    max_body_bytes: int = 64 * 1024
    #: A request body must arrive within this time (slow-body attack, M2).
    body_timeout_s: float = 10.0
    #: Bodies on their way per peer address; one more cuts the oldest (M2).
    max_pending_bodies: int = 32
    #: A request's line and headers must arrive within this time (slow-header attack, M2).
    header_timeout_s: float = 10.0
    #: Open connections per peer address; the next ones get 503 and are closed (M2).
    #: 128: a training room's kiosks behind one address (20 clients of up to 10 pooled
    #: connections each at saturation) fit; one address still leaves 372 to the others.
    max_connections_per_peer: int = 128
    #: Open connections in all; the next ones get 503 and are closed.
    max_connections: int = 500
    resend_interval_s: int = 60
    resends_per_hour: int = 5
    session_ttl_s: int = 4 * 3600
    franceconnect_ttl_s: int = 600
    idempotency_ttl_s: int = 24 * 3600
    #: FastAPI routers besides the portal API (``module:attribute``), included and documented
    #: in the OpenAPI document; imported by name so that the portal's app module need not
    #: know the features that add them.
    extra_routers: tuple[str, ...] = ("assist_desk.sandbox.ants_emulation:router",)
    #: Guards the trainer pages (see trainer_auth); None: a random one nobody else knows.
    trainer_secret: str | None = field(default=None, repr=False)
    #: The portal's own base URL for generated links (never the request's Host);
    #: None: the local address the connection reached.
    public_url: str | None = None
    #: Host names accepted besides loopback and the bound address (e.g. a LAN name).
    allowed_hosts: tuple[str, ...] = ()


@dataclass
class Faults:
    """Fault injection for tests and demonstrations (set through ``/training/faults``)."""

    delay_before_s: float = 0.0
    delay_after_commit_s: float = 0.0
    path_prefix: str = "/v1/"


@dataclass
class PortalState:
    store: Store
    options: PortalOptions
    trainer: TrainerAuth
    boot: str = field(default_factory=lambda: secrets.token_hex(8))
    faults: Faults = field(default_factory=Faults)
    terms_override: str | None = None
    last_purge: float = 0.0
    sign_in_throttle: SignInThrottle = field(default_factory=SignInThrottle)
    #: Maintenance mode set by a trainer: (message, Retry-After seconds), or None.
    maintenance: tuple[str, int] | None = None
    #: When each address last got a password-reset e-mail (monotonic seconds).
    reset_sent: dict[str, float] = field(default_factory=dict)

    def current_terms_id(self) -> str:
        return seed.current_terms_id(date.today(), self.terms_override)

    def base_url(self, request: Request) -> str:
        """This portal's URL for generated links: configured, else the local address
        the connection reached; never the request's ``Host`` (review finding M11)."""
        if self.options.public_url:
            return self.options.public_url.rstrip("/")
        host, port = request.scope.get("server") or ("127.0.0.1", 80)
        shown = f"[{host}]" if ":" in str(host) else str(host)
        return f"http://{shown}:{port}"


async def portal_state(request: Request) -> PortalState:
    """The dependency (async: FastAPI runs sync dependencies in a thread pool)."""
    return state_of(request)


def state_of(request: Request) -> PortalState:
    state: PortalState = request.app.state.portal
    return state


StateDep = Annotated[PortalState, Depends(portal_state)]
IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        description='A Structured Field string, a UUID: `"8e03978e-40d5-43e8-bc93-6894a57f9324"`.',
        pattern=r'^"[\x20\x21\x23-\x5b\x5d-\x7e]{1,255}"$',
    ),
]
bearer = HTTPBearer(auto_error=False, description="The owner's access token.")
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
IdPath = Annotated[str, PathParam(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
