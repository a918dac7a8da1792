# ruff: noqa: E501  (CSS)
"""The trainer pages' gate: the ``Trainer`` dependency, forms, and ``/training/login``.

See :mod:`assist_desk.sandbox.trainer_auth` for the rules (secret header, one-time
link, cookie, CSRF token).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from assist_desk.sandbox import trainer_auth
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.state import state_of

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}
.banner{background:#fff3cd;border:1px solid #b58900;padding:.5rem 1rem}
button{min-height:44px;min-width:44px;padding:.4rem 1rem;font-size:1rem}
input{min-height:44px;font-size:1rem;padding:.2rem .4rem}
a:focus,button:focus,input:focus{outline:3px solid #1d4ed8;outline-offset:2px}
"""
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>{_STYLE}</style></head><body>"
        '<p class="banner" role="note">Portail de formation : rien n\'est envoyé à l\'ANTS. '
        "Training portal: nothing is sent to ANTS.</p>"
        f"<h1>{html.escape(title)}</h1>{body}</body></html>",
        status_code=status,
    )


async def form_fields(request: Request) -> dict[str, str]:
    """The fields of a form or JSON object body (first value of each)."""
    raw = (await request.body()).decode("utf-8", "replace")
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(raw or "{}")
        except (ValueError, RecursionError):
            raise ProblemError(400, "invalid_json", "the body is not valid JSON") from None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    return {k: v[0] for k, v in parse_qs(raw).items()}


def wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{name}" value="{html.escape(value)}">'


@dataclass(frozen=True)
class Trainer:
    """A signed-in trainer. ``csrf``: the token the forms of this page must carry."""

    csrf: str

    def field(self) -> str:
        return hidden("csrf", self.csrf) if self.csrf else ""


async def require_trainer(request: Request) -> Trainer:
    """The trainer secret in a header, or a signed-in browser with the form's CSRF token."""
    auth = state_of(request).trainer
    if auth.header_ok(request.headers.get(trainer_auth.HEADER)):
        return Trainer(csrf="")
    session = request.cookies.get(trainer_auth.COOKIE)
    if session is None or not auth.session_ok(session):
        raise ProblemError(
            401,
            "trainer_authentication_required",
            "trainer pages need the trainer's sign-in link or the X-Trainer-Secret header",
        )
    if request.method in UNSAFE_METHODS:
        token = request.headers.get("X-CSRF-Token") or (await form_fields(request)).get("csrf")
        if not auth.csrf_ok(session, token):
            raise ProblemError(403, "csrf_failed", "this form is stale or comes from elsewhere")
    return Trainer(csrf=auth.csrf_token(session))


TrainerDep = Annotated[Trainer, Depends(require_trainer)]

router = APIRouter(include_in_schema=False)


@router.get("/training/login")
async def login(request: Request, ticket: str = "", next: str = "/training/outbox") -> Response:
    """Exchange a one-time link's ticket for a trainer cookie, then go to ``next``."""
    session = state_of(request).trainer.redeem(ticket)
    if session is None:
        return page(
            "Lien de connexion non valide",
            "<p>Ce lien de connexion formateur n'est pas valide, a expiré ou a déjà servi. "
            "Demandez-en un nouveau à l'application ou relancez <code>assist-desk sandbox</code>."
            "</p>",
            status=401,
        )
    response = RedirectResponse(trainer_auth.safe_next(next), status_code=303)
    response.set_cookie(
        trainer_auth.COOKIE,
        session,
        max_age=trainer_auth.COOKIE_TTL_S,
        httponly=True,
        samesite="strict",
        path="/",
    )
    return response
