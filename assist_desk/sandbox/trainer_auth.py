"""Who may use the trainer pages, and from where (review finding H1).

* **The trainer secret.** Every training portal has one (random unless given): the
  application keeps it in memory and sends it as the ``X-Trainer-Secret`` header;
  ``assist-desk sandbox`` takes it from ``ASSIST_DESK_TRAINER_SECRET`` (never from
  argv, which other local users can read) and prints a one-time sign-in link.
* **One-time links** (``/training/login?ticket=…``): an expiring ticket signed with
  the secret, usable once, exchanged for an HttpOnly ``SameSite=Strict`` cookie.
  Whoever holds the secret can mint them without asking the server.
* **CSRF tokens.** A browser signed in by cookie must also send the form's ``csrf``
  field, bound to its cookie; header-authenticated callers need none (a cross-site
  page cannot set custom headers without a CORS preflight, which is never granted).

Pure functions and one small in-memory class: no FastAPI here, so the server handle
(which must stay cheap to import) can mint links too.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import time

SECRET_ENV = "ASSIST_DESK_TRAINER_SECRET"
HEADER = "X-Trainer-Secret"
COOKIE = "assist_desk_trainer"
#: A printed or opened sign-in link stays valid this long (seconds), and only once.
TICKET_TTL_S = 3600
#: A trainer's browser stays signed in this long (seconds).
COOKIE_TTL_S = 12 * 3600
MIN_SECRET_LENGTH = 16


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost`` (what only this machine can reach)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _mac(secret: str, purpose: str, value: str) -> str:
    return hmac.new(secret.encode(), f"{purpose}\n{value}".encode(), hashlib.sha256).hexdigest()


def make_ticket(secret: str, ttl_s: int = TICKET_TTL_S) -> str:
    """A one-time sign-in ticket: ``nonce.expiry.mac``."""
    body = f"{secrets.token_urlsafe(16)}.{int(time.time()) + ttl_s}"
    return f"{body}.{_mac(secret, 'ticket', body)}"


def login_path(secret: str, next_path: str = "/training/outbox") -> str:
    """The path (to append to the portal's URL) of a one-time trainer sign-in link."""
    from urllib.parse import urlencode

    return "/training/login?" + urlencode({"ticket": make_ticket(secret), "next": next_path})


def safe_next(path: str) -> str:
    """Where a sign-in may lead: a trainer page of this portal, never another site."""
    ours = path == "/" or path.startswith(("/training/", "/activate"))
    if ours and "//" not in path and "\\" not in path:
        return path
    return "/training/outbox"


class TrainerAuth:
    """The secret and the state of sign-ins (used tickets, cookie sessions) of one portal."""

    def __init__(self, secret: str) -> None:
        if len(secret) < MIN_SECRET_LENGTH:
            raise ValueError(f"the trainer secret needs at least {MIN_SECRET_LENGTH} characters")
        self._secret = secret
        self._used_tickets: dict[str, float] = {}
        self._sessions: dict[str, float] = {}

    def header_ok(self, value: str | None) -> bool:
        return value is not None and hmac.compare_digest(value.encode(), self._secret.encode())

    def redeem(self, ticket: str) -> str | None:
        """A new cookie session for a valid, unexpired, unused ticket; else None."""
        parts = ticket.split(".")
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        nonce, expiry, mac = parts
        moment = time.time()
        good = hmac.compare_digest(
            mac.encode(), _mac(self._secret, "ticket", f"{nonce}.{expiry}").encode()
        )
        if not good or int(expiry) < moment or nonce in self._used_tickets:
            return None
        self._forget_expired(moment)
        self._used_tickets[nonce] = float(expiry)
        session = secrets.token_urlsafe(32)
        self._sessions[session] = moment + COOKIE_TTL_S
        return session

    def session_ok(self, session: str | None) -> bool:
        return session is not None and self._sessions.get(session, 0.0) > time.time()

    def csrf_token(self, session: str) -> str:
        return _mac(self._secret, "csrf", session)

    def csrf_ok(self, session: str, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(
            token.encode(), self.csrf_token(session).encode()
        )

    def attempt_token(self, attempt_id: str) -> str:
        """The CSRF token of a FranceConnect simulation page (bound to its attempt)."""
        return _mac(self._secret, "franceconnect", attempt_id)

    def attempt_token_ok(self, attempt_id: str, token: str | None) -> bool:
        return token is not None and hmac.compare_digest(
            token.encode(), self.attempt_token(attempt_id).encode()
        )

    def _forget_expired(self, moment: float) -> None:
        self._used_tickets = {k: v for k, v in self._used_tickets.items() if v >= moment}
        self._sessions = {k: v for k, v in self._sessions.items() if v >= moment}
