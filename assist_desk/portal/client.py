"""The portal API client: one long-lived ``httpx.AsyncClient``, typed answers, one error tree.

Usage::

    client = PortalClient("http://127.0.0.1:8765")
    account = await client.create_account(IndividualAccountCreate(...))
    ...
    client.reset()          # at every session wipe: cancel, drop sessions, new pool
    await client.aclose()   # on quit

Behaviour:

- **Deadline**: every call has a total deadline (``deadline_s``, 15 s by default,
  retries included) enforced with ``asyncio.timeout``; httpx's own timeouts only
  bound inactivity. Past it, :class:`~assist_desk.portal.errors.Timeout`.
- **Retries** with exponential backoff and full jitter on connection errors (until the
  deadline: a restarting portal), 5xx,
  429 (honouring ``Retry-After``) and 409 ``idempotency_key_in_use``: only for safe
  or idempotent methods (GET, HEAD, PUT, DELETE) and for POSTs carrying an
  ``Idempotency-Key``, always with the same key.
- **Idempotency**: every POST carries ``Idempotency-Key``. Without an explicit key,
  the client keeps one key per distinct payload (:class:`KeyBook`), so submitting the
  same data again after an error reuses the key and never creates a second account;
  the key changes when the payload changes. :meth:`reset` forgets the keys.
- **Sessions**: the access tokens returned by sign-in and FranceConnect are kept in
  memory per account id and sent on owner-only calls; a new account's status token
  (it has no session before activation) only reads or withdraws it; :meth:`reset`
  drops them all and revokes them on the portal. Nothing is written to disk; logs
  carry method, route, status and duration only.
- **Errors**: only :mod:`assist_desk.portal.errors`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, SecretStr, TypeAdapter, ValidationError

from assist_desk.models import (
    Account,
    AccountCreated,
    ActivationEmailSent,
    Catalogue,
    ClaimCreate,
    ClaimReceipt,
    ContactMessageCreate,
    ContactReceipt,
    FranceConnectResult,
    FranceConnectStart,
    FranceConnectStatus,
    Health,
    PasswordResetDone,
    PasswordResetSent,
    Problem,
    ProcedureRequest,
    ProcedureRequestList,
    Session,
    TermsAcceptance,
    TermsList,
    TermsVersion,
    VersionInfo,
)
from assist_desk.models.accounts import AccountCreate
from assist_desk.portal import errors
from assist_desk.portal.idempotency import (
    KeyBook,
    backoff_delay,
    format_key,
    parse_retry_after,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
UNAVAILABLE_STATUSES = frozenset({408, 502, 503, 504})
#: Revoking the server sessions at a wipe: best effort, this long at most.
REVOKE_TIMEOUT_S = 2.0
#: Longest wait between two tries to connect (a refused connection costs the portal nothing).
CONNECT_RETRY_CAP_S = 1.0

# httpx logs every request's full URL (account and FranceConnect ids) at INFO, which
# would reach the app's "anonymous" log; our own lines blank the ids (review finding L5).
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)
_ACCOUNT_CREATE: TypeAdapter[Any] = TypeAdapter(AccountCreate)


@dataclass
class _Progress:
    """What the tries of one call met, read when its deadline fires."""

    refused: int = 0  # connections refused at the door
    other: bool = False  # anything else: an answer, a timeout, a broken read

    @property
    def only_refused(self) -> bool:
        return self.refused > 0 and not self.other


class PortalClient:
    """Async client of the portal API v1 (see the module docstring).

    Args:
        base_url: the portal's base URL, e.g. ``http://127.0.0.1:8765``.
        deadline_s: total time allowed for one call, retries included.
        max_attempts: attempts per call (1 = no retry).
        backoff_base_s: first backoff ceiling; doubles each attempt up to ``backoff_cap_s``.
        backoff_cap_s: largest backoff ceiling.
        max_connections: size of the connection pool.
        transport: an httpx transport (tests: ``httpx.MockTransport``); default real HTTP.
        client_id: sent as ``X-Client-Id`` (the portal rate-limits per client);
            default a random id per client.
        rng: random source for jitter (tests).
    """

    def __init__(
        self,
        base_url: str,
        *,
        deadline_s: float = 15.0,
        max_attempts: int = 4,
        backoff_base_s: float = 0.25,
        backoff_cap_s: float = 4.0,
        max_connections: int = 10,
        transport: httpx.AsyncBaseTransport | None = None,
        client_id: str | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.deadline_s = deadline_s
        self.max_attempts = max(1, max_attempts)
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.max_connections = max_connections
        self.client_id = client_id or uuid.uuid4().hex
        self._transport = transport
        self._rng = rng or random.Random()
        self._keys = KeyBook()
        self._tokens: dict[str, SecretStr] = {}
        #: A new account's status-only tokens (it gets no session until it is active).
        self._status_tokens: dict[str, SecretStr] = {}
        self._poll_secrets: dict[str, SecretStr] = {}
        self._inflight: set[asyncio.Task[Any]] = set()
        self._closing: set[asyncio.Task[Any]] = set()
        self._closed = False
        self._tls: ssl.SSLContext | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._http = self._new_http()

    # ------------------------------------------------------------------ lifecycle

    def _new_http(self) -> httpx.AsyncClient:
        from assist_desk import __version__

        transport = self._transport or httpx.AsyncHTTPTransport(
            verify=self._ssl_context(),
            retries=0,
            limits=httpx.Limits(
                max_connections=self.max_connections,
                max_keepalive_connections=self.max_connections,
            ),
        )
        return httpx.AsyncClient(
            base_url=self.base_url,
            transport=transport,
            # Inactivity bounds per phase; the total deadline is ours (asyncio.timeout).
            timeout=httpx.Timeout(connect=5.0, read=10.0, write=10.0, pool=None),
            headers={
                "Accept": "application/json, application/problem+json",
                "User-Agent": f"assist-desk/{__version__}",
                "X-Client-Id": self.client_id,
            },
            follow_redirects=False,
            trust_env=False,
        )

    def _ssl_context(self) -> ssl.SSLContext | bool:
        """One TLS context per client, reused by every pool (building one costs ~30 ms)."""
        if not self.base_url.startswith("https://"):
            return False  # plain HTTP (the training portal on loopback): no TLS at all
        if self._tls is None:
            self._tls = httpx.create_ssl_context()
        return self._tls

    @property
    def closing(self) -> bool:
        """Old connection pools are still being closed in the background."""
        return any(not task.done() for task in self._closing)

    @property
    def inflight(self) -> int:
        """Calls currently running."""
        return len(self._inflight)

    def reset(self) -> None:
        """End the portal session: cancel running calls, forget tokens and keys, new pool.

        Synchronous (a session-wipe hook). Cancelled requests can leak pool slots in
        httpcore, so the old ``httpx.AsyncClient`` is closed in the background and a
        fresh one replaces it at once.
        """
        current = _current_task()
        for task in list(self._inflight):
            if task is not current:
                task.cancel()
        self._inflight.clear()
        tokens = [*self._tokens.values(), *self._status_tokens.values()]
        self._tokens.clear()
        self._status_tokens.clear()
        self._poll_secrets.clear()
        self._keys.clear()
        old, self._http = self._http, self._new_http()
        self._close_later(old)
        self._revoke_later(tokens)
        log.info("portal client reset")

    def _revoke_later(self, tokens: list[SecretStr]) -> None:
        """End the wiped sessions on the portal too (review finding M6), in the background.

        Forgetting a token here is not enough: whoever copied it (a log, the next
        person at the kiosk) could use it for hours. Best effort: failures are ignored.
        """
        if not tokens:
            return
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = self._loop
        if loop is None or loop.is_closed():
            return
        task = loop.create_task(self._revoke(self._http, tokens))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    @staticmethod
    async def _revoke(http: httpx.AsyncClient, tokens: list[SecretStr]) -> None:
        async def one(token: SecretStr) -> None:
            headers = {"Authorization": f"Bearer {token.get_secret_value()}"}
            try:
                async with asyncio.timeout(REVOKE_TIMEOUT_S):
                    await http.delete("/v1/sessions/current", headers=headers)
            except (TimeoutError, httpx.HTTPError):
                log.info("portal client reset: a session could not be revoked")

        await asyncio.gather(*(one(token) for token in tokens))

    def _close_later(self, http: httpx.AsyncClient) -> None:
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = self._loop  # the loop the pool's connections belong to
        if loop is None or loop.is_closed():
            return  # never used, or its loop is gone with its sockets
        task = loop.create_task(http.aclose())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    def close_nowait(self) -> None:
        """Cancel running calls and close in the background (a synchronous quit hook)."""
        if self._closed:
            return
        self._closed = True
        current = _current_task()
        for task in list(self._inflight):
            if task is not current:
                task.cancel()
        self._tokens.clear()
        self._status_tokens.clear()
        self._poll_secrets.clear()
        self._keys.clear()
        if _pool_is_empty(self._http):
            return  # nothing open: no background task to leave behind at quit
        self._close_later(self._http)

    async def aclose(self) -> None:
        """Cancel running calls and close the connection pool."""
        self._closed = True
        current = _current_task()
        for task in list(self._inflight):
            if task is not current:
                task.cancel()
        self._tokens.clear()
        self._status_tokens.clear()
        self._poll_secrets.clear()
        self._keys.clear()
        # The background revocations and closes use the pool: let them end first (a
        # request cut by closing the pool under it leaves its socket open).
        if self._closing:
            _, late = await asyncio.wait(set(self._closing), timeout=2.0)
            for task in late:
                task.cancel()
            await asyncio.gather(*self._closing, return_exceptions=True)
        await self._http.aclose()

    async def __aenter__(self) -> PortalClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    def has_session(self, account_id: str) -> bool:
        """True if the client holds an owner's session for ``account_id``."""
        return account_id in self._tokens

    def forget_session(self, account_id: str) -> None:
        self._tokens.pop(account_id, None)

    # ------------------------------------------------------------------ service

    async def health(self) -> Health:
        return await self._get("/v1/health", Health)

    async def version(self) -> VersionInfo:
        return await self._get("/v1/version", VersionInfo)

    # ------------------------------------------------------------------ terms

    async def list_terms(self) -> TermsList:
        return await self._get("/v1/terms", TermsList)

    async def current_terms(self) -> TermsVersion:
        return await self._get("/v1/terms/current", TermsVersion)

    async def terms(self, version_id: str) -> TermsVersion:
        return await self._get(f"/v1/terms/{_seg(version_id)}", TermsVersion)

    async def accept_terms(
        self,
        account_id: str,
        version_id: str,
        sha256: str,
        channel: str = "help_point",
        site_id: str = "training-site",
        *,
        idempotency_key: str | None = None,
    ) -> TermsAcceptance:
        """Record that the account's owner accepted ``version_id`` whose text has ``sha256``."""
        body = {"version_id": version_id, "sha256": sha256, "channel": channel, "site_id": site_id}
        return await self._post(
            f"/v1/accounts/{_seg(account_id)}/terms-acceptances",
            body,
            TermsAcceptance,
            key=idempotency_key,
            account_id=account_id,
        )

    # ------------------------------------------------------------------ accounts

    async def create_account(
        self, payload: AccountCreate | Mapping[str, Any], idempotency_key: str | None = None
    ) -> Account:
        """Create an account of any profile (a town hall's DR request, too).

        The payload carries the Terms version the person ticked (``terms``). A new
        account is not active, so it gets no session: its status token is kept to
        follow it (:meth:`account`) or withdraw it (:meth:`delete_account`); once it is
        active, :meth:`sign_in`.
        """
        if isinstance(payload, Mapping):
            try:
                payload = _ACCOUNT_CREATE.validate_python(dict(payload))
            except ValidationError as exc:
                from assist_desk.models.problem import field_errors_from_pydantic

                raise errors.ValidationFailed(
                    "the account form is not valid", errors=field_errors_from_pydantic(exc.errors())
                ) from None
        body = _ACCOUNT_CREATE.dump_python(payload, mode="json")
        created = await self._post("/v1/accounts", body, AccountCreated, key=idempotency_key)
        if created.session is not None:
            self._tokens[created.account.id] = created.session.access_token
        if created.status_token is not None:
            self._status_tokens[created.account.id] = created.status_token
        return created.account

    async def account(self, account_id: str) -> Account:
        return await self._get(f"/v1/accounts/{_seg(account_id)}", Account, account_id=account_id)

    async def activate(
        self, token: str, idempotency_key: str | None = None, *, password: str | None = None
    ) -> Account:
        """Follow the e-mailed activation link's ``token``; ``password``: the one chosen
        by an account created without (SIV professional, town hall)."""
        body = {"token": token} if password is None else {"token": token, "password": password}
        return await self._post("/v1/activations", body, Account, key=idempotency_key)

    async def resend_activation(
        self, account_id: str, idempotency_key: str | None = None
    ) -> ActivationEmailSent:
        """Send the activation e-mail again (rate-limited: :class:`RateLimited`)."""
        return await self._post(
            f"/v1/accounts/{_seg(account_id)}/activation-email",
            {},
            ActivationEmailSent,
            key=idempotency_key or str(uuid.uuid4()),
        )

    async def delete_account(self, account_id: str) -> None:
        """Delete the account (its owner's right under the Terms of Use)."""
        await self._call("DELETE", f"/v1/accounts/{_seg(account_id)}", account_id=account_id)
        self._tokens.pop(account_id, None)
        self._status_tokens.pop(account_id, None)

    async def sign_in(self, email: str, password: str) -> Session:
        """Sign in with e-mail and password; the session is kept for owner-only calls."""
        body = {"email": email, "password": password}
        session = await self._post("/v1/sessions", body, Session, key=str(uuid.uuid4()))
        self._tokens[session.account_id] = session.access_token
        self._status_tokens.pop(session.account_id, None)
        return session

    async def request_password_reset(self, email: str) -> PasswordResetSent:
        """ "Forgot password": the portal e-mails a reset link if an account uses ``email``
        (the answer is the same either way; :class:`RateLimited` within a minute)."""
        return await self._post(
            "/v1/password-resets", {"email": email}, PasswordResetSent, key=str(uuid.uuid4())
        )

    async def complete_password_reset(self, token: str, password: str) -> PasswordResetDone:
        """Choose a new password with the e-mailed reset ``token``."""
        body = {"token": token, "password": password}
        return await self._post(
            "/v1/password-resets/complete", body, PasswordResetDone, key=str(uuid.uuid4())
        )

    async def sign_out(self, account_id: str) -> None:
        """End the account's session on the portal and forget it here."""
        if account_id not in self._tokens:
            return
        try:
            await self._call("DELETE", "/v1/sessions/current", account_id=account_id)
        except errors.AuthenticationFailed:
            pass  # the session had ended already (expired, or revoked): signed out
        finally:
            self._tokens.pop(account_id, None)

    async def franceconnect_start(self) -> FranceConnectStart:
        """Begin a FranceConnect round trip: open ``authorize_url`` in the browser.

        Its ``poll_secret`` stays here (forgotten at the wipe): only this client can
        read the result (review finding M6).
        """
        start = await self._post(
            "/v1/franceconnect/sessions", {}, FranceConnectStart, key=str(uuid.uuid4())
        )
        self._poll_secrets[start.id] = start.poll_secret
        return start

    async def franceconnect_result(self, attempt_id: str) -> FranceConnectResult:
        """Where the round trip stands; once completed, the session is kept."""
        secret = self._poll_secrets.get(attempt_id)
        headers = {"X-Poll-Secret": secret.get_secret_value()} if secret is not None else {}
        response = await self._call(
            "GET", f"/v1/franceconnect/sessions/{_seg(attempt_id)}", headers=headers
        )
        result = _parse(response, FranceConnectResult)
        if result.status is FranceConnectStatus.COMPLETED and result.session is not None:
            self._tokens[result.session.account_id] = result.session.access_token
        return result

    # ------------------------------------------------------------------ catalogue, requests

    async def catalogue(self) -> Catalogue:
        return await self._get("/v1/catalogue", Catalogue)

    async def create_request(
        self, account_id: str, procedure_id: str, idempotency_key: str | None = None
    ) -> ProcedureRequest:
        """ "New request": returns the request id and the official system's URL."""
        return await self._post(
            f"/v1/accounts/{_seg(account_id)}/requests",
            {"procedure_id": procedure_id},
            ProcedureRequest,
            key=idempotency_key,
            account_id=account_id,
        )

    async def list_requests(self, account_id: str) -> list[ProcedureRequest]:
        listing = await self._get(
            f"/v1/accounts/{_seg(account_id)}/requests",
            ProcedureRequestList,
            account_id=account_id,
        )
        return listing.requests

    # ------------------------------------------------------------------ contact

    async def contact(
        self, message: ContactMessageCreate, idempotency_key: str | None = None
    ) -> ContactReceipt:
        body = message.model_dump(mode="json")
        return await self._post("/v1/contact-messages", body, ContactReceipt, key=idempotency_key)

    async def claim(self, claim: ClaimCreate, idempotency_key: str | None = None) -> ClaimReceipt:
        body = claim.model_dump(mode="json")
        return await self._post("/v1/claims", body, ClaimReceipt, key=idempotency_key)

    # ------------------------------------------------------------------ plumbing

    async def _get(self, path: str, model: type[M], *, account_id: str | None = None) -> M:
        response = await self._call("GET", path, account_id=account_id)
        return _parse(response, model)

    async def _post(
        self,
        path: str,
        body: Any,
        model: type[M],
        *,
        key: str | None,
        account_id: str | None = None,
    ) -> M:
        from_book = key is None
        if key is None:
            key = self._keys.key_for("POST", path, body)
        try:
            response = await self._call(
                "POST", path, json_body=body, key=key, account_id=account_id
            )
        except (errors.Timeout, errors.Unavailable):
            raise  # the portal may have done it: a resubmission keeps the key
        except errors.PortalError:
            if from_book:
                self._keys.forget("POST", path, body)
            raise
        if from_book:
            # A definitive answer: the next identical submission is a new operation
            # (a second request for the same procedure), not a retry (review finding M8).
            self._keys.forget("POST", path, body)
        return _parse(response, model)

    async def _call(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        key: str | None = None,
        account_id: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        if self._closed:
            raise errors.Unavailable("the portal client is closed")
        task = _current_task()
        if task is not None:
            self._inflight.add(task)
            self._loop = task.get_loop()
        started = time.monotonic()
        progress = _Progress()
        try:
            async with asyncio.timeout(self.deadline_s):
                return await self._attempts(
                    method, path, json_body, key, account_id, headers, progress
                )
        except TimeoutError:
            log.warning(
                "portal %s %s: deadline of %.1f s passed", method, _route(path), self.deadline_s
            )
            if progress.only_refused:
                # Every try so far was refused at the door: the portal is down, it is not
                # slow. Saying "cannot be reached" keeps the message true on a busy machine
                # where the deadline fires during the last connection attempt.
                raise errors.Unavailable("the portal cannot be reached") from None
            raise errors.Timeout("the portal did not answer in time") from None
        finally:
            if task is not None:
                self._inflight.discard(task)
            log.debug(
                "portal %s %s done in %.0f ms",
                method,
                _route(path),
                (time.monotonic() - started) * 1000,
            )

    async def _attempts(
        self,
        method: str,
        path: str,
        json_body: Any,
        key: str | None,
        account_id: str | None,
        extra_headers: Mapping[str, str] | None = None,
        progress: _Progress | None = None,
    ) -> httpx.Response:
        progress = progress if progress is not None else _Progress()
        retryable = method in IDEMPOTENT_METHODS or key is not None
        headers: dict[str, str] = dict(extra_headers or {})
        if key is not None:
            headers["Idempotency-Key"] = format_key(key)
        token = None
        if account_id is not None:
            token = self._tokens.get(account_id) or self._status_tokens.get(account_id)
        if token is not None:
            headers["Authorization"] = f"Bearer {token.get_secret_value()}"
        content: bytes | None = None
        if json_body is not None:
            # ensure_ascii: a lone surrogate is escaped (the portal refuses it with 422),
            # never a UnicodeEncodeError outside the documented errors (review finding L6).
            content = json.dumps(json_body, ensure_ascii=True).encode()
            headers["Content-Type"] = "application/json"
        attempt = 0
        refused = 0  # connections that never reached the portal
        started = time.monotonic()
        maybe_done = False  # an earlier attempt may have reached the portal
        while True:
            attempt += 1
            can_retry = retryable and attempt < self.max_attempts
            try:
                response = await self._http.request(method, path, content=content, headers=headers)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # The request never left: a portal restarting for a few seconds must not
                # fail a citizen's operation, so try again until the deadline (M9), not
                # max_attempts times; these tries do not count as attempts.
                if isinstance(exc, httpx.ConnectTimeout):
                    progress.other = True
                else:
                    progress.refused += 1
                refused += 1
                attempt -= 1
                delay = min(self._backoff(refused), CONNECT_RETRY_CAP_S)
                remaining = self.deadline_s - (time.monotonic() - started)
                if not retryable or delay >= remaining:
                    if isinstance(exc, httpx.ConnectTimeout):
                        raise errors.Timeout("the portal did not answer in time") from exc
                    raise errors.Unavailable("the portal cannot be reached") from exc
                log.info("portal %s %s: %s, retrying", method, _route(path), type(exc).__name__)
                await asyncio.sleep(delay)
                continue
            except httpx.TimeoutException as exc:
                progress.other = True
                if not can_retry:
                    raise errors.Timeout("the portal did not answer in time") from exc
                maybe_done = maybe_done or not isinstance(exc, httpx.ConnectTimeout)
                log.info("portal %s %s: %s, retrying", method, _route(path), type(exc).__name__)
                await asyncio.sleep(self._backoff(attempt))
                continue
            except httpx.TransportError as exc:
                progress.other = True
                if not can_retry:
                    raise errors.Unavailable("the portal cannot be reached") from exc
                maybe_done = maybe_done or not isinstance(exc, httpx.ConnectError)
                log.info("portal %s %s: %s, retrying", method, _route(path), type(exc).__name__)
                await asyncio.sleep(self._backoff(attempt))
                continue
            progress.other = True
            status = response.status_code
            if method == "DELETE" and maybe_done and status in (401, 404, 410):
                # The lost answer was the deletion's: the session went with the account
                # (review finding M9). Done, not an error.
                return response
            in_use = status == 409 and _should_retry(response)
            if (can_retry or (retryable and in_use)) and _should_retry(response):
                delay = self._backoff(attempt)
                if status in (429, 409, 503):  # 503: the portal's maintenance says when
                    after = parse_retry_after(response.headers.get("Retry-After"))
                    if after is not None:
                        delay = after
                remaining = self.deadline_s - (time.monotonic() - started)
                if delay < remaining:
                    log.info(
                        "portal %s %s: %d, retrying in %.2f s", method, _route(path), status, delay
                    )
                    if in_use:  # the first request still runs: wait for it (deadline)
                        attempt -= 1
                    await asyncio.sleep(delay)
                    continue
            if 200 <= status < 300:
                return response
            raise _error_for(response)

    def _backoff(self, attempt: int) -> float:
        return backoff_delay(attempt, self.backoff_base_s, self.backoff_cap_s, self._rng)


def _pool_is_empty(http: httpx.AsyncClient) -> bool:
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    connections = getattr(pool, "connections", None)
    return isinstance(connections, list) and not connections


def _current_task() -> asyncio.Task[Any] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None


def _seg(value: str) -> str:
    """A path segment, percent-encoded."""
    from urllib.parse import quote

    return quote(value, safe="")


def _route(path: str) -> str:
    """The path with ids blanked, for logs."""
    parts = path.split("/")
    keep = {
        "v1",
        "accounts",
        "terms",
        "requests",
        "terms-acceptances",
        "activation-email",
        "activations",
        "sessions",
        "franceconnect",
        "catalogue",
        "contact-messages",
        "claims",
        "health",
        "version",
        "password-resets",
        "complete",
        "current",
        "",
    }
    return "/".join(part if part in keep else ":id" for part in parts)


def _should_retry(response: httpx.Response) -> bool:
    if response.status_code in RETRY_STATUSES:
        return True
    if response.status_code == 409:
        problem = _problem(response)
        return problem is not None and problem.code == "idempotency_key_in_use"
    return False


def _problem(response: httpx.Response) -> Problem | None:
    media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if media not in {"application/problem+json", "application/json"}:
        return None
    try:
        return Problem.model_validate_json(response.content)
    except ValidationError:
        return None


def _error_for(response: httpx.Response) -> errors.PortalError:
    status = response.status_code
    problem = _problem(response)
    title = problem.title if problem is not None else f"HTTP {status}"
    if status in (400, 413, 422):
        return errors.ValidationFailed(title, status=status, problem=problem)
    if status in (401, 403):
        return errors.AuthenticationFailed(title, status=status, problem=problem)
    if status in (404, 410):
        return errors.NotFound(title, status=status, problem=problem)
    if status == 409:
        return errors.Conflict(title, status=status, problem=problem)
    if status == 429:
        after = parse_retry_after(response.headers.get("Retry-After"))
        if after is None and problem is not None and problem.retry_after is not None:
            after = float(problem.retry_after)
        return errors.RateLimited(title, status=status, problem=problem, retry_after=after)
    if status in UNAVAILABLE_STATUSES:
        return errors.Unavailable(title, status=status, problem=problem)
    return errors.Unexpected(title, status=status, problem=problem)


def _parse(response: httpx.Response, model: type[M]) -> M:
    try:
        return model.model_validate_json(response.content)
    except ValidationError:
        log.warning("portal answer does not match %s", model.__name__)
        raise errors.Unexpected(
            "the portal's answer could not be read", status=response.status_code
        ) from None


__all__ = ["PortalClient"]
