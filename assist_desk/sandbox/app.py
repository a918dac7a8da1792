"""The training portal's ASGI application (FastAPI): portal API v1 plus trainer pages.

``create_app(data_dir)`` builds it; :mod:`assist_desk.sandbox.server` runs it with
uvicorn. The API part (``/v1``) is the contract in ``resources/openapi/portal-v1.json``;
the trainer part (``/training``, ``/activate``, ``/``) is outside the contract.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import logging
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, FastAPI, Header, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, SecretStr
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from assist_desk import __version__
from assist_desk.models import (
    API_VERSION,
    Account,
    AccountCreated,
    AccountStatus,
    ActivationEmailSent,
    ActivationRequest,
    Catalogue,
    ClaimCreate,
    ClaimReceipt,
    ContactMessageCreate,
    ContactReceipt,
    FranceConnectResult,
    FranceConnectStart,
    FranceConnectStatus,
    Health,
    NextStep,
    Problem,
    ProcedureRequest,
    ProcedureRequestCreate,
    ProcedureRequestList,
    Profile,
    Session,
    SignInRequest,
    TermsAcceptance,
    TermsAcceptanceCreate,
    TermsList,
    TermsVersion,
    TermsVersionSummary,
    VersionInfo,
)
from assist_desk.models.accounts import AccountCreate
from assist_desk.models.contact import CLAIM_ANSWER_DAYS, CLAIM_WINDOW_DAYS, add_working_days
from assist_desk.models.problem import PROBLEM_MEDIA_TYPE, field_errors_from_pydantic
from assist_desk.portal.idempotency import fingerprint, parse_key
from assist_desk.sandbox import seed
from assist_desk.sandbox.middleware import BodyLimit, RateLimit
from assist_desk.sandbox.problems import ProblemError, field_problem, problem_response
from assist_desk.sandbox.store import (
    Store,
    dumps,
    hash_password,
    iso,
    new_id,
    now,
    token_digest,
    verify_password,
)

log = logging.getLogger(__name__)

ANTS_ADDRESS = "ANTS, 18 rue Irénée Carré, BP 70474, 08101 Charleville-Mézières"
API_DESCRIPTION = """\
The portal API v1 used by assist_desk: Terms of Use, accounts of the six profiles,
Terms acceptances, the procedure catalogue, procedure requests, contact and claims.

* Errors are RFC 9457 `application/problem+json` with a machine `code` and, for
  validation, `errors` (field, code, message).
* Every POST carries `Idempotency-Key` (a Structured Field string, e.g.
  `"0b7c…-uuid"`): the same key and payload returns the first result (header
  `Idempotent-Replayed: true`), the same key with another payload is 422
  `idempotency_key_reused`, a duplicate while the first runs is 409
  `idempotency_key_in_use`, a missing key is 400 `idempotency_key_missing`.
  Only successful answers are remembered (24 hours).
* Owner-only operations take `Authorization: Bearer <access_token>` from the
  account creation, sign-in or FranceConnect answer.
* The `sha256` of a Terms version is the hex SHA-256 of the UTF-8 French text made
  of `id\\ntitle\\ntext\\n\\n` for each section in order. The French text prevails.
* Requests are rate-limited per client (source address and `X-Client-Id`): 429 with
  `Retry-After`. Bodies are limited to 64 KiB (413).
"""

#: Every operation may answer with a problem document.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    "default": {"model": Problem, "description": "An RFC 9457 problem document."}
}


@dataclass
class PortalOptions:
    """Tunables of a training portal (defaults suit a help point and the load test)."""

    rate_per_s: float = 200.0
    burst: int = 400
    max_body_bytes: int = 64 * 1024
    resend_interval_s: int = 60
    resends_per_hour: int = 5
    session_ttl_s: int = 4 * 3600
    franceconnect_ttl_s: int = 600
    idempotency_ttl_s: int = 24 * 3600
    extra_routers: tuple[str, ...] | None = None


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
    boot: str = field(default_factory=lambda: secrets.token_hex(8))
    faults: Faults = field(default_factory=Faults)
    terms_override: str | None = None
    last_purge: float = 0.0

    def current_terms_id(self) -> str:
        return seed.current_terms_id(date.today(), self.terms_override)


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


# --------------------------------------------------------------------------- helpers


def _json(model: BaseModel, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        model.model_dump_json(), status_code=status, media_type="application/json", headers=headers
    )


def account_model(state: PortalState, row: sqlite3.Row) -> Account:
    status = AccountStatus(row["status"])
    next_step = {
        AccountStatus.PENDING_ACTIVATION: NextStep.CHECK_EMAIL,
        AccountStatus.PENDING_PREFECTURE_VALIDATION: NextStep.AWAIT_PREFECTURE,
        AccountStatus.REQUEST_RECEIVED: NextStep.AWAIT_AGENCY_REPLY,
        AccountStatus.REFUSED: NextStep.CONTACT_PREFECTURE,
        AccountStatus.ACTIVE: NextStep.SIGN_IN,
    }[status]
    return Account(
        id=row["id"],
        profile=Profile(row["profile"]),
        status=status,
        next_step=next_step,
        email=row["email"],
        display_name=row["display_name"],
        created=row["created"],
        activated=row["activated"],
        franceconnect=row["franceconnect_sub"] is not None,
        terms_accepted_version=row["terms_version"],
        terms_accepted_at=row["terms_at"],
        terms_current=row["terms_version"] == state.current_terms_id(),
    )


def _live_account(conn: sqlite3.Connection | Store, account_id: str) -> sqlite3.Row | None:
    sql = "SELECT * FROM accounts WHERE id = ? AND deleted IS NULL"
    if isinstance(conn, Store):
        return conn.one(sql, (account_id,))
    row: sqlite3.Row | None = conn.execute(sql, (account_id,)).fetchone()
    return row


def new_session(state: PortalState, conn: sqlite3.Connection, account_id: str) -> Session:
    token = secrets.token_urlsafe(32)
    expires = now() + timedelta(seconds=state.options.session_ttl_s)
    conn.execute(
        "INSERT INTO sessions (token_hash, account_id, expires) VALUES (?, ?, ?)",
        (token_digest(token), account_id, iso(expires)),
    )
    return Session(account_id=account_id, access_token=SecretStr(token), expires=expires)


def require_owner(
    state: PortalState, credentials: HTTPAuthorizationCredentials | None, account_id: str
) -> sqlite3.Row:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ProblemError(
            401,
            "authentication_required",
            "sign in first (Authorization: Bearer)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    session = state.store.one(
        "SELECT account_id, expires FROM sessions WHERE token_hash = ?",
        (token_digest(credentials.credentials),),
    )
    if session is None or session["expires"] < iso(now()):
        raise ProblemError(
            401,
            "authentication_required",
            "the session has ended; sign in again",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    if session["account_id"] != account_id:
        raise ProblemError(403, "forbidden", "this session belongs to another account")
    row = _live_account(state.store, account_id)
    if row is None:
        raise ProblemError(404, "not_found", "no such account")
    return row


def activation_link(request: Request, token: str) -> str:
    return f"{str(request.base_url).rstrip('/')}/activate?token={token}"


def _issue_activation(
    state: PortalState,
    conn: sqlite3.Connection,
    request: Request,
    account_id: str,
    email: str,
    kind: str,
) -> None:
    token = secrets.token_urlsafe(24)
    conn.execute(
        "INSERT INTO activation_tokens (token, account_id, created) VALUES (?, ?, ?)",
        (token, account_id, iso(now())),
    )
    conn.execute("INSERT INTO resends (account_id, sent) VALUES (?, ?)", (account_id, iso(now())))
    link = activation_link(request, token)
    if kind == "siv_instructions":
        subject = "Votre habilitation SIV est validée : procédure de connexion"
        body = (
            "La préfecture a validé votre habilitation. Pour vous connecter la première fois, "
            f"suivez ce lien puis choisissez votre mot de passe : {link}"
        )
    else:
        subject = "Activez votre compte"
        body = f"Pour activer votre compte, suivez ce lien : {link}"
    state.store.send_mail(conn, email, subject, body, kind=kind, link=link, account_id=account_id)


async def run_idempotent(
    state: PortalState,
    request: Request,
    raw_key: str | None,
    action: Callable[[sqlite3.Connection], tuple[int, BaseModel]],
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


# --------------------------------------------------------------------------- the API


def _display_name(payload: Any) -> str:
    if payload.profile is Profile.INDIVIDUAL:
        return f"{payload.given_names.split()[0]} {payload.usage_name or payload.family_name}"
    for attribute in ("company_name", "establishment_name", "organisation_name", "commune_name"):
        if hasattr(payload, attribute):
            return str(getattr(payload, attribute))
    return str(payload.email)  # pragma: no cover


def build_api() -> APIRouter:
    api = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES)

    @api.get("/health", tags=["service"], summary="Health")
    async def health() -> Health:
        return Health(time=now())

    @api.get("/version", tags=["service"], summary="API and server version")
    async def version() -> VersionInfo:
        return VersionInfo(
            api_version=API_VERSION,
            server="assist-desk training portal",
            server_version=__version__,
            training=True,
        )

    # -- terms

    def _terms(version_id: str) -> TermsVersion:
        for version in seed.terms_versions():
            if version.id == version_id:
                return version
        raise ProblemError(404, "not_found", "no such Terms of Use version")

    @api.get("/terms", tags=["terms"], summary="Terms of Use versions")
    async def list_terms(state: StateDep) -> TermsList:
        current = state.current_terms_id()
        return TermsList(
            current=current,
            versions=[
                TermsVersionSummary(
                    id=v.id,
                    published=v.published,
                    effective=v.effective,
                    sha256=v.sha256,
                    current=v.id == current,
                )
                for v in seed.terms_versions()
            ],
        )

    @api.get("/terms/current", tags=["terms"], summary="The current Terms of Use")
    async def current_terms(state: StateDep) -> TermsVersion:
        return _terms(state.current_terms_id())

    @api.get("/terms/{version_id}", tags=["terms"], summary="One Terms of Use version")
    async def terms(version_id: IdPath) -> TermsVersion:
        return _terms(version_id)

    # -- accounts

    @api.post(
        "/accounts",
        status_code=201,
        response_model=AccountCreated,
        tags=["accounts"],
        summary="Create an account (any profile; a town hall's request)",
    )
    async def create_account(
        state: StateDep,
        request: Request,
        payload: Annotated[AccountCreate, Body()],
        idempotency_key: IdempotencyKey,
    ) -> Response:
        password = getattr(payload, "password", None)
        # Hashing releases the GIL: off the event loop, other requests go on meanwhile.
        password_hash = (
            await asyncio.to_thread(hash_password, password.get_secret_value())
            if password is not None
            else None
        )

        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            if payload.profile is not Profile.TOWN_HALL_DR:
                taken = conn.execute(
                    "SELECT 1 FROM accounts WHERE email = ? AND deleted IS NULL AND profile != ?",
                    (payload.email.lower(), Profile.TOWN_HALL_DR.value),
                ).fetchone()
                if taken is not None:
                    raise field_problem(
                        "email", "email_taken", "an account already uses this e-mail"
                    )
            account_id = new_id("acc")
            status = {
                Profile.SIV_PROFESSIONAL: AccountStatus.PENDING_PREFECTURE_VALIDATION,
                Profile.TOWN_HALL_DR: AccountStatus.REQUEST_RECEIVED,
            }.get(payload.profile, AccountStatus.PENDING_ACTIVATION)
            details = payload.model_dump(mode="json", exclude={"password", "email", "profile"})
            conn.execute(
                "INSERT INTO accounts (id, profile, status, email, display_name, details,"
                " password_hash, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account_id,
                    payload.profile.value,
                    status.value,
                    payload.email.lower(),
                    _display_name(payload),
                    dumps(details),
                    password_hash,
                    iso(now()),
                ),
            )
            if status is AccountStatus.PENDING_ACTIVATION:
                _issue_activation(state, conn, request, account_id, payload.email, "activation")
            elif status is AccountStatus.PENDING_PREFECTURE_VALIDATION:
                state.store.send_mail(
                    conn,
                    payload.email,
                    "Demande de compte professionnel SIV reçue",
                    "Votre demande est transmise à la préfecture. Vous recevrez la procédure "
                    "de connexion par courriel dès qu'elle aura validé votre habilitation.",
                    kind="siv_received",
                    account_id=account_id,
                )
            else:
                state.store.send_mail(
                    conn,
                    payload.email,
                    "Demande de compte mairie (DR) reçue",
                    "L'agence a reçu votre demande de compte pour vos dispositifs de recueil. "
                    "Elle vous répondra à cette adresse avec la marche à suivre.",
                    kind="dr_request_received",
                    account_id=account_id,
                )
            session = new_session(state, conn, account_id)
            row = conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
            return 201, AccountCreated(account=account_model(state, row), session=session)

        return await run_idempotent(state, request, idempotency_key, action)

    @api.get("/accounts/{account_id}", tags=["accounts"], summary="Read an account (owner)")
    async def get_account(state: StateDep, account_id: IdPath, credentials: BearerDep) -> Account:
        return account_model(state, require_owner(state, credentials, account_id))

    @api.delete(
        "/accounts/{account_id}",
        status_code=204,
        response_class=Response,
        tags=["accounts"],
        summary="Delete an account (its owner's right)",
    )
    async def delete_account(
        state: StateDep, account_id: IdPath, credentials: BearerDep
    ) -> Response:
        require_owner(state, credentials, account_id)
        with state.store.transaction() as conn:
            conn.execute(
                "UPDATE accounts SET deleted = ?, email = '', display_name = '', details = '{}',"
                " password_hash = NULL, franceconnect_sub = NULL WHERE id = ?",
                (iso(now()), account_id),
            )
            conn.execute("DELETE FROM sessions WHERE account_id = ?", (account_id,))
            conn.execute("DELETE FROM activation_tokens WHERE account_id = ?", (account_id,))
        return Response(status_code=204)

    @api.post(
        "/accounts/{account_id}/activation-email",
        status_code=202,
        response_model=ActivationEmailSent,
        tags=["accounts"],
        summary="Send the activation e-mail again (rate-limited)",
    )
    async def resend_activation(
        state: StateDep,
        request: Request,
        account_id: IdPath,
        idempotency_key: IdempotencyKey,
    ) -> Response:
        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            row = _live_account(conn, account_id)
            if row is None:
                raise ProblemError(404, "not_found", "no such account")
            if row["status"] != AccountStatus.PENDING_ACTIVATION.value:
                raise ProblemError(
                    409, "account_not_pending", "the account is not waiting for activation"
                )
            moment = now()
            sends = [
                r["sent"]
                for r in conn.execute(
                    "SELECT sent FROM resends WHERE account_id = ? AND sent > ? ORDER BY sent",
                    (account_id, iso(moment - timedelta(hours=1))),
                )
            ]
            options = state.options
            wait = 0.0
            if sends:
                from datetime import datetime

                last = datetime.fromisoformat(sends[-1])
                wait = options.resend_interval_s - (moment - last).total_seconds()
                if len(sends) >= options.resends_per_hour:
                    first = datetime.fromisoformat(sends[-options.resends_per_hour])
                    wait = max(wait, 3600 - (moment - first).total_seconds())
            if wait > 0:
                seconds = int(wait) + 1
                raise ProblemError(
                    429,
                    "rate_limited",
                    f"the activation e-mail was sent recently; try again in {seconds} s",
                    retry_after=seconds,
                )
            conn.execute("DELETE FROM activation_tokens WHERE account_id = ?", (account_id,))
            _issue_activation(state, conn, request, account_id, row["email"], "activation")
            return 202, ActivationEmailSent(
                account_id=account_id,
                sent=moment,
                next_allowed=moment + timedelta(seconds=options.resend_interval_s),
            )

        return await run_idempotent(state, request, idempotency_key, action)

    @api.post(
        "/activations",
        response_model=Account,
        tags=["accounts"],
        summary="Activate an account with the e-mailed token",
    )
    async def activate(
        state: StateDep,
        request: Request,
        body: Annotated[ActivationRequest, Body()],
        idempotency_key: IdempotencyKey,
    ) -> Response:
        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            return 200, activate_token(state, conn, body.token)

        return await run_idempotent(state, request, idempotency_key, action)

    @api.post(
        "/accounts/{account_id}/terms-acceptances",
        status_code=201,
        response_model=TermsAcceptance,
        tags=["terms"],
        summary="Record the owner's acceptance of a Terms of Use version",
    )
    async def accept_terms(
        state: StateDep,
        request: Request,
        account_id: IdPath,
        body: Annotated[TermsAcceptanceCreate, Body()],
        credentials: BearerDep,
        idempotency_key: IdempotencyKey,
    ) -> Response:
        require_owner(state, credentials, account_id)
        version = next((v for v in seed.terms_versions() if v.id == body.version_id), None)
        if version is None:
            raise field_problem("version_id", "terms_version_unknown", "no such Terms version")
        if version.sha256 != body.sha256:
            raise field_problem(
                "sha256", "terms_hash_mismatch", "the hash does not match this version"
            )

        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            moment = now()
            acceptance_id = new_id("acp")
            conn.execute(
                "INSERT INTO acceptances (id, account_id, version_id, sha256, channel, site_id,"
                " accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    acceptance_id,
                    account_id,
                    body.version_id,
                    body.sha256,
                    body.channel,
                    body.site_id,
                    iso(moment),
                ),
            )
            conn.execute(
                "UPDATE accounts SET terms_version = ?, terms_at = ? WHERE id = ?",
                (body.version_id, iso(moment), account_id),
            )
            return 201, TermsAcceptance(
                id=acceptance_id,
                account_id=account_id,
                version_id=body.version_id,
                sha256=body.sha256,
                channel=body.channel,
                site_id=body.site_id,
                accepted_at=moment,
                current=body.version_id == state.current_terms_id(),
            )

        return await run_idempotent(state, request, idempotency_key, action)

    # -- sessions

    @api.post(
        "/sessions",
        status_code=201,
        response_model=Session,
        tags=["sessions"],
        summary="Sign in with e-mail and password",
    )
    async def sign_in(
        state: StateDep,
        request: Request,
        body: Annotated[SignInRequest, Body()],
        idempotency_key: IdempotencyKey,
    ) -> Response:
        row = state.store.one(
            "SELECT * FROM accounts WHERE email = ? AND deleted IS NULL"
            " AND password_hash IS NOT NULL",
            (body.email.lower(),),
        )
        valid = await asyncio.to_thread(
            verify_password, body.password.get_secret_value(), row["password_hash"] if row else None
        )

        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            if not valid or row is None:
                raise ProblemError(401, "invalid_credentials", "wrong e-mail or password")
            if row["status"] != AccountStatus.ACTIVE.value:
                raise ProblemError(409, "account_not_active", "the account is not active yet")
            return 201, new_session(state, conn, row["id"])

        return await run_idempotent(state, request, idempotency_key, action)

    @api.delete(
        "/sessions/current",
        status_code=204,
        response_class=Response,
        tags=["sessions"],
        summary="Sign out",
    )
    async def sign_out(state: StateDep, credentials: BearerDep) -> Response:
        if credentials is None:
            raise ProblemError(401, "authentication_required", "no session to end")
        with state.store.transaction() as conn:
            conn.execute(
                "DELETE FROM sessions WHERE token_hash = ?",
                (token_digest(credentials.credentials),),
            )
        return Response(status_code=204)

    @api.post(
        "/franceconnect/sessions",
        status_code=201,
        response_model=FranceConnectStart,
        tags=["sessions"],
        summary="Begin a FranceConnect round trip",
    )
    async def franceconnect_start(
        state: StateDep, request: Request, idempotency_key: IdempotencyKey
    ) -> Response:
        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            attempt_id = new_id("fc")
            expires = now() + timedelta(seconds=state.options.franceconnect_ttl_s)
            conn.execute(
                "INSERT INTO franceconnect (id, status, created, expires)"
                " VALUES (?, 'pending', ?, ?)",
                (attempt_id, iso(now()), iso(expires)),
            )
            url = f"{str(request.base_url).rstrip('/')}/training/franceconnect/{attempt_id}"
            return 201, FranceConnectStart(id=attempt_id, authorize_url=url, expires=expires)

        return await run_idempotent(state, request, idempotency_key, action)

    @api.get(
        "/franceconnect/sessions/{attempt_id}",
        tags=["sessions"],
        summary="Where a FranceConnect round trip stands",
    )
    async def franceconnect_result(state: StateDep, attempt_id: IdPath) -> FranceConnectResult:
        row = state.store.one("SELECT * FROM franceconnect WHERE id = ?", (attempt_id,))
        if row is None:
            raise ProblemError(404, "not_found", "no such FranceConnect attempt")
        status = FranceConnectStatus(row["status"])
        if status is FranceConnectStatus.PENDING and row["expires"] < iso(now()):
            status = FranceConnectStatus.EXPIRED
        if status is not FranceConnectStatus.COMPLETED:
            return FranceConnectResult(id=attempt_id, status=status)
        account = _live_account(state.store, row["account_id"])
        session_row = state.store.one(
            "SELECT expires FROM sessions WHERE token_hash = ?",
            (token_digest(row["session_token"]),),
        )
        if account is None or session_row is None:
            return FranceConnectResult(id=attempt_id, status=FranceConnectStatus.EXPIRED)
        return FranceConnectResult(
            id=attempt_id,
            status=status,
            account=account_model(state, account),
            session=Session(
                account_id=account["id"],
                access_token=row["session_token"],
                expires=session_row["expires"],
            ),
        )

    # -- catalogue and requests

    @api.get("/catalogue", tags=["catalogue"], summary="The procedure catalogue")
    async def get_catalogue() -> Catalogue:
        return seed.catalogue()

    @api.post(
        "/accounts/{account_id}/requests",
        status_code=201,
        response_model=ProcedureRequest,
        tags=["catalogue"],
        summary="New request: start a procedure, get the hand-off URL",
    )
    async def create_request(
        state: StateDep,
        request: Request,
        account_id: IdPath,
        body: Annotated[ProcedureRequestCreate, Body()],
        credentials: BearerDep,
        idempotency_key: IdempotencyKey,
    ) -> Response:
        row = require_owner(state, credentials, account_id)
        procedure = seed.catalogue().procedure(body.procedure_id)
        if procedure is None:
            raise field_problem("procedure_id", "procedure_unknown", "no such procedure")
        if row["status"] != AccountStatus.ACTIVE.value:
            raise ProblemError(409, "account_not_active", "the account is not active")
        if row["terms_version"] != state.current_terms_id():
            raise ProblemError(409, "terms_outdated", "accept the current Terms of Use first")
        if Profile(row["profile"]) not in procedure.eligible_profiles:
            raise field_problem(
                "procedure_id", "not_eligible", "this profile cannot start this procedure"
            )

        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            result = ProcedureRequest(
                id=new_id("req"),
                account_id=account_id,
                procedure_id=procedure.id,
                category_id=procedure.category_id,
                handoff_url=procedure.handoff_url,
                pre_application_number=procedure.pre_application_number,
                created=now(),
            )
            conn.execute(
                "INSERT INTO requests (id, account_id, procedure_id, created, body)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    result.id,
                    account_id,
                    procedure.id,
                    iso(result.created),
                    result.model_dump_json(),
                ),
            )
            return 201, result

        return await run_idempotent(state, request, idempotency_key, action)

    @api.get(
        "/accounts/{account_id}/requests", tags=["catalogue"], summary="The account's requests"
    )
    async def list_requests(
        state: StateDep, account_id: IdPath, credentials: BearerDep
    ) -> ProcedureRequestList:
        require_owner(state, credentials, account_id)
        rows = state.store.all(
            "SELECT body FROM requests WHERE account_id = ? ORDER BY created", (account_id,)
        )
        return ProcedureRequestList(
            requests=[ProcedureRequest.model_validate_json(r["body"]) for r in rows]
        )

    # -- contact

    @api.post(
        "/contact-messages",
        status_code=201,
        response_model=ContactReceipt,
        tags=["contact"],
        summary="Send a message (answered within 15 working days)",
    )
    async def contact(
        state: StateDep,
        request: Request,
        body: Annotated[ContactMessageCreate, Body()],
        idempotency_key: IdempotencyKey,
    ) -> Response:
        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            moment = now()
            receipt = ContactReceipt(
                id=new_id("msg"), received=moment, answer_due=add_working_days(moment.date(), 15)
            )
            conn.execute(
                "INSERT INTO messages (id, kind, received, body) VALUES (?, 'contact', ?, ?)",
                (receipt.id, iso(moment), body.model_dump_json()),
            )
            return 201, receipt

        return await run_idempotent(state, request, idempotency_key, action)

    @api.post(
        "/claims",
        status_code=201,
        response_model=ClaimReceipt,
        tags=["contact"],
        summary="Send a claim (within 30 days of the event; handled within 60 days)",
    )
    async def claim(
        state: StateDep,
        request: Request,
        body: Annotated[ClaimCreate, Body()],
        idempotency_key: IdempotencyKey,
    ) -> Response:
        def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
            moment = now()
            receipt = ClaimReceipt(
                id=new_id("clm"),
                received=moment,
                event_date=body.event_date,
                claim_deadline=body.event_date + timedelta(days=CLAIM_WINDOW_DAYS),
                answer_due=moment.date() + timedelta(days=CLAIM_ANSWER_DAYS),
                postal_address=ANTS_ADDRESS,
            )
            conn.execute(
                "INSERT INTO messages (id, kind, received, body) VALUES (?, 'claim', ?, ?)",
                (receipt.id, iso(moment), body.model_dump_json()),
            )
            return 201, receipt

        return await run_idempotent(state, request, idempotency_key, action)

    return api


def activate_token(state: PortalState, conn: sqlite3.Connection, token: str) -> Account:
    found = conn.execute(
        "SELECT account_id, used FROM activation_tokens WHERE token = ?", (token,)
    ).fetchone()
    row = _live_account(conn, found["account_id"]) if found is not None else None
    if found is None or row is None:
        raise field_problem("token", "invalid_token", "this activation link is not valid")
    if row["status"] == AccountStatus.PENDING_ACTIVATION.value:
        conn.execute(
            "UPDATE accounts SET status = 'active', activated = ? WHERE id = ?",
            (iso(now()), row["id"]),
        )
        conn.execute("UPDATE activation_tokens SET used = ? WHERE token = ?", (iso(now()), token))
        row = conn.execute("SELECT * FROM accounts WHERE id = ?", (row["id"],)).fetchone()
    return account_model(state, row)


# --------------------------------------------------------------------------- the app


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, error: ProblemError) -> Response:
        return problem_response(error, instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, error: RequestValidationError) -> Response:
        raw = error.errors()
        if request.method == "POST" and request.url.path.startswith("/v1/"):
            header = request.headers.get("idempotency-key")
            if header is None:
                return problem_response(
                    ProblemError(
                        400, "idempotency_key_missing", "every POST needs an Idempotency-Key header"
                    ),
                    instance=request.url.path,
                )
            if parse_key(header) is None:
                return problem_response(
                    ProblemError(
                        400,
                        "idempotency_key_invalid",
                        "Idempotency-Key must be a Structured Field string",
                    ),
                    instance=request.url.path,
                )
        if any(e.get("type") == "json_invalid" for e in raw):
            return problem_response(
                ProblemError(400, "invalid_json", "the body is not valid JSON"),
                instance=request.url.path,
            )
        errors = field_errors_from_pydantic(raw)
        return problem_response(
            ProblemError(
                422,
                "validation_failed",
                "some fields are not valid",
                title="The request has invalid fields",
                errors=errors,
            ),
            instance=request.url.path,
        )

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, error: StarletteHTTPException) -> Response:
        codes = {
            404: "not_found",
            405: "method_not_allowed",
            406: "not_acceptable",
            415: "unsupported_media_type",
        }
        code = codes.get(
            error.status_code, "bad_request" if error.status_code < 500 else "internal_error"
        )
        detail = error.detail if isinstance(error.detail, str) else None
        headers = dict(error.headers or {})
        return problem_response(
            ProblemError(error.status_code, code, detail, headers=headers),
            instance=request.url.path,
        )

    @app.exception_handler(Exception)
    async def on_error(request: Request, error: Exception) -> Response:
        log.exception("training portal error on %s", request.url.path)
        return problem_response(ProblemError(500, "internal_error", "the training portal failed"))


def _custom_openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        from fastapi.openapi.utils import get_openapi

        schema = get_openapi(
            title="assist_desk portal API",
            version=API_VERSION,
            description=API_DESCRIPTION,
            routes=app.routes,
        )
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                responses = operation.get("responses", {})
                responses.pop("422", None)  # FastAPI's own shape; ours is the default problem
                default = responses.get("default")
                if default and "application/json" in default.get("content", {}):
                    default["content"] = {
                        PROBLEM_MEDIA_TYPE: default["content"]["application/json"]
                    }
        components = schema.get("components", {}).get("schemas", {})
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        app.openapi_schema = schema
        return schema

    return openapi


def create_app(
    data_dir: Path, *, reset: bool = False, options: PortalOptions | None = None
) -> FastAPI:
    """The training portal application storing its data in ``data_dir``."""
    from assist_desk.sandbox import EXTRA_ROUTERS
    from assist_desk.sandbox.training import build_training

    options = options or PortalOptions()
    store = Store(data_dir, reset=reset)
    app = FastAPI(
        title="assist_desk portal API",
        version=API_VERSION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.portal = PortalState(store=store, options=options)
    _install_error_handlers(app)
    app.include_router(build_api())
    for entry in options.extra_routers if options.extra_routers is not None else EXTRA_ROUTERS:
        module_name, _, attribute = entry.partition(":")
        app.include_router(getattr(importlib.import_module(module_name), attribute))
    app.include_router(build_training())
    app.openapi = _custom_openapi(app)  # type: ignore[method-assign]
    app.add_middleware(BodyLimit, max_bytes=options.max_body_bytes)
    app.add_middleware(RateLimit, rate_per_s=options.rate_per_s, burst=options.burst)
    return app


def json_response(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)
