"""The training portal's ASGI application (FastAPI): portal API v1 plus trainer pages.

``create_app(data_dir)`` assembles it from the routers in
:mod:`assist_desk.sandbox.routes` (one per resource) and the trainer pages
(:mod:`assist_desk.sandbox.routes.training`); :mod:`assist_desk.sandbox.server` runs
it with uvicorn. The API part (``/v1``) is the contract in
``resources/openapi/portal-v1.json``; the trainer part (``/training``, ``/activate``,
``/``) is outside the contract.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from assist_desk.models import API_VERSION
from assist_desk.models.problem import PROBLEM_MEDIA_TYPE, field_errors_from_pydantic
from assist_desk.portal.idempotency import parse_key
from assist_desk.sandbox.middleware import (
    BodyLimit,
    HeadAsGet,
    HostGuard,
    MaintenanceGate,
    RateLimit,
)
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError, problem_response
from assist_desk.sandbox.state import Faults, PortalOptions, PortalState
from assist_desk.sandbox.store import Store
from assist_desk.sandbox.trainer_auth import TrainerAuth, new_secret

__all__ = ["PROBLEM_RESPONSES", "Faults", "PortalOptions", "PortalState", "create_app"]

log = logging.getLogger(__name__)

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
* Requests are rate-limited per client (source address and `X-Client-Id`) and per
  source address (four clients' worth): 429 with `Retry-After`. Five wrong passwords in
  a row for one e-mail address make the next sign-ins wait (429). Bodies are limited to
  64 KiB (413) and must arrive within 10 s (408).
* An account is created with the Terms of Use version its holder ticked (`terms`: the
  current version and its hash; 409 `terms_outdated` otherwise). A new account is not
  active and gets no session: `status_token` reads it (and withdraws it) until then;
  sign in once it is active. Sign-in tells the holder of the right password why an
  account cannot sign in yet: `account_not_active`, `account_awaiting_validation`,
  `account_refused`, `account_suspended` (409, the reason and the end in `detail`).
* While the portal is in maintenance, every `/v1` call answers 503 `maintenance` with
  `Retry-After` and the portal's message in `detail`.
* "Forgot password": `POST /v1/password-resets` answers alike for every address and
  e-mails a link (once, one hour); `POST /v1/password-resets/complete` sets the new
  password and ends the account's sessions.
* Request bodies are UTF-8 `application/json` (415 otherwise); unknown fields are
  refused, values are never coerced (`"5"` is not 5, dates are `YYYY-MM-DD` strings).
* An activation link works once, for 48 hours. A FranceConnect result carries its
  session once (later reads say `expired`). Only the current Terms version can be
  accepted (409 `terms_outdated`). A replay answers with a new session, and only to a
  request carrying the same password or token; 410 once the account is deleted.
"""


# --------------------------------------------------------------------------- the app


#: Owner-only POSTs: without credentials, 401 before any other check of the request.
_OWNER_POST = re.compile(r"^/v1/accounts/[^/]+/(requests|terms-acceptances)$")


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def on_problem(request: Request, error: ProblemError) -> Response:
        return problem_response(error, instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, error: RequestValidationError) -> Response:
        raw = error.errors()
        if _OWNER_POST.match(request.url.path) and "authorization" not in request.headers:
            # Who asks comes before what is asked (schemathesis ST203, review L1).
            return problem_response(
                ProblemError(
                    401,
                    "authentication_required",
                    "sign in first (Authorization: Bearer)",
                    headers={"WWW-Authenticate": "Bearer"},
                ),
                instance=request.url.path,
            )
        if request.method == "POST" and request.url.path.startswith("/v1/"):
            header = request.headers.get("idempotency-key")
            if header is None:
                return problem_response(
                    ProblemError(
                        400, "idempotency_key_missing", "every POST needs an Idempotency-Key header"
                    ),
                    instance=request.url.path,
                )
            key_refused = any(
                tuple(e.get("loc", ()))[:2] == ("header", "Idempotency-Key") for e in raw
            )
            if key_refused or parse_key(header) is None:
                return problem_response(
                    ProblemError(
                        400,
                        "idempotency_key_invalid",
                        "Idempotency-Key must be a Structured Field string",
                    ),
                    instance=request.url.path,
                )
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        sent = request.headers.get("content-length", "0") != "0"
        body_error = sent and any(tuple(e.get("loc", ()))[:1] == ("body",) for e in raw)
        if request.url.path.startswith("/v1/") and body_error and media != "application/json":
            return problem_response(
                ProblemError(415, "unsupported_media_type", "send the body as application/json"),
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
            401: "authentication_required",
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
        if error.status_code == 405:  # every method of every route on this path (ST205)
            headers["Allow"] = _allowed_methods(request)
        return problem_response(
            ProblemError(error.status_code, code, detail, headers=headers),
            instance=request.url.path,
        )

    @app.exception_handler(Exception)
    async def on_error(request: Request, error: Exception) -> Response:
        log.exception("training portal error on %s", request.url.path)
        return problem_response(
            ProblemError(500, "internal_error", "the training portal failed"),
            instance=request.url.path,
        )


def _allowed_methods(request: Request) -> str:
    """The methods some route answers on this path (each one asked: included routers
    hide their routes' methods)."""
    from starlette.routing import Match

    allowed = {
        method
        for method in ("GET", "POST", "PUT", "PATCH", "DELETE")
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL
            for route in request.app.routes
        )
    }
    if "GET" in allowed:
        allowed.add("HEAD")
    return ", ".join(sorted(allowed))


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
    from assist_desk.sandbox.routes import API_ROUTERS
    from assist_desk.sandbox.routes.official import router as official_router
    from assist_desk.sandbox.routes.trainer_access import router as login_router
    from assist_desk.sandbox.routes.training import router as training_router
    from assist_desk.sandbox.routes.training_accounts import router as accounts_router

    options = options or PortalOptions()
    store = Store(data_dir, reset=reset)
    app = FastAPI(
        title="assist_desk portal API",
        version=API_VERSION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    trainer = TrainerAuth(options.trainer_secret or new_secret())
    app.state.portal = PortalState(store=store, options=options, trainer=trainer)
    _install_error_handlers(app)
    for router in API_ROUTERS:
        app.include_router(router)
    for entry in options.extra_routers:
        module_name, _, attribute = entry.partition(":")
        app.include_router(getattr(importlib.import_module(module_name), attribute))
    app.include_router(login_router)
    app.include_router(training_router)
    app.include_router(accounts_router)
    app.include_router(official_router)
    app.openapi = _custom_openapi(app)  # type: ignore[method-assign]
    app.add_middleware(
        BodyLimit,
        max_bytes=options.max_body_bytes,
        timeout_s=options.body_timeout_s,
        max_pending=options.max_pending_bodies,
    )
    app.add_middleware(RateLimit, rate_per_s=options.rate_per_s, burst=options.burst)
    app.add_middleware(MaintenanceGate)
    app.add_middleware(HeadAsGet)
    app.add_middleware(HostGuard, extra_hosts=options.allowed_hosts)  # outermost
    return app
