"""Trainer-facing pages of the training portal (outside the API contract).

* ``/`` an index; ``/training/outbox`` the e-mails "sent" (HTML) and
  ``/training/outbox.json``;
* ``/activate?token=…`` the page an activation link opens;
* ``/training/accounts/{id}/validate`` and ``/refuse``: the prefecture validates (or
  refuses) an SIV professional, or the agency answers a town hall's request;
* ``/training/franceconnect/{id}``: the simulated FranceConnect identity choice;
* ``/training/terms/current``: make another Terms version current (demonstrate
  re-acceptance); ``/training/faults``: fault injection for tests;
  ``/training/reset``: forget every fictitious account (the next demonstration).
"""

# ruff: noqa: E501  (HTML templates)
from __future__ import annotations

import html
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from assist_desk.models import AccountStatus, FranceConnectStatus, Profile
from assist_desk.sandbox import seed
from assist_desk.sandbox.accounts_core import activate_token, issue_activation, new_session
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.state import state_of
from assist_desk.sandbox.store import dumps, iso, new_id, now

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.4rem;text-align:left;vertical-align:top}
.banner{background:#fff3cd;border:1px solid #b58900;padding:.5rem 1rem}
button{min-height:44px;min-width:44px;padding:.4rem 1rem;font-size:1rem}
a:focus,button:focus{outline:3px solid #1d4ed8;outline-offset:2px}
"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{html.escape(title)}'
        f"</title><style>{_STYLE}</style></head><body>"
        '<p class="banner" role="note">Portail de formation : rien n\'est envoyé à l\'ANTS. '
        "Training portal: nothing is sent to ANTS.</p>"
        f"<h1>{html.escape(title)}</h1>{body}</body></html>"
    )


async def _form(request: Request) -> dict[str, str]:
    raw = (await request.body()).decode("utf-8", "replace")
    if request.headers.get("content-type", "").startswith("application/json"):
        import json

        try:
            data = json.loads(raw or "{}")
        except ValueError:
            raise ProblemError(400, "invalid_json", "the body is not valid JSON") from None
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    return {k: v[0] for k, v in parse_qs(raw).items()}


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


router = APIRouter(include_in_schema=False)


@router.get("/")
async def index() -> HTMLResponse:
    return _page(
        "Portail de formation assist_desk",
        '<ul><li><a href="/training/outbox">Boîte d\'envoi (courriels « envoyés »)</a></li>'
        '<li><a href="/openapi.json">Contrat de l\'API (OpenAPI)</a></li></ul>',
    )


@router.get("/training/outbox.json")
async def outbox_json(request: Request) -> JSONResponse:
    return JSONResponse({"messages": state_of(request).store.outbox()})


@router.get("/training/outbox")
async def outbox(request: Request) -> HTMLResponse:
    state = state_of(request)
    rows = []
    for mail in state.store.outbox():
        link = f'<a href="{html.escape(mail["link"])}">Ouvrir le lien</a>' if mail["link"] else ""
        actions = ""
        account_id = mail["account_id"]
        if mail["kind"] in {"siv_received", "dr_request_received"} and account_id:
            row = state.store.one("SELECT status FROM accounts WHERE id = ?", (account_id,))
            if row is not None and row["status"] in {
                AccountStatus.PENDING_PREFECTURE_VALIDATION.value,
                AccountStatus.REQUEST_RECEIVED.value,
            }:
                who = "la préfecture" if mail["kind"] == "siv_received" else "l'agence"
                actions = (
                    f'<form method="post" action="/training/accounts/{html.escape(account_id)}/validate">'
                    f'<button type="submit">Simuler : {who} valide</button></form>'
                    f'<form method="post" action="/training/accounts/{html.escape(account_id)}/refuse">'
                    f'<button type="submit">Simuler : {who} refuse</button></form>'
                )
        rows.append(
            f"<tr><td>{html.escape(mail['created'][:19].replace('T', ' '))}</td>"
            f"<td>{html.escape(mail['to_addr'])}</td><td><strong>{html.escape(mail['subject'])}"
            f"</strong><br>{html.escape(mail['body'])}</td><td>{link}{actions}</td></tr>"
        )
    table = (
        "<table><caption>Courriels envoyés par le portail de formation, du plus récent au plus ancien"
        "</caption><thead><tr><th scope=col>Date (UTC)</th><th scope=col>À</th>"
        "<th scope=col>Message</th><th scope=col>Actions</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table>"
        if rows
        else "<p>Aucun courriel pour l'instant.</p>"
    )
    return _page("Boîte d'envoi du portail de formation", table)


@router.get("/activate")
async def activate_page(token: str = "") -> HTMLResponse:
    return _page(
        "Activer le compte",
        f'<form method="post" action="/activate"><input type="hidden" name="token" '
        f'value="{html.escape(token)}"><button type="submit">Activer mon compte</button></form>',
    )


@router.post("/activate")
async def activate_submit(request: Request) -> Response:
    state = state_of(request)
    token = (await _form(request)).get("token", "")
    try:
        with state.store.transaction() as conn:
            account = activate_token(state, conn, token)
    except ProblemError:
        return _page("Lien non valide", "<p>Ce lien d'activation n'est pas valide.</p>")
    if not _wants_html(request):
        return JSONResponse(account.model_dump(mode="json"))
    return _page(
        "Compte activé", f"<p>Le compte {html.escape(account.display_name)} est actif.</p>"
    )


async def _decide(request: Request, account_id: str, accept: bool) -> Response:
    state = state_of(request)
    with state.store.transaction() as conn:
        row = conn.execute(
            "SELECT * FROM accounts WHERE id = ? AND deleted IS NULL", (account_id,)
        ).fetchone()
        if row is None:
            raise ProblemError(404, "not_found", "no such account")
        waiting = {
            AccountStatus.PENDING_PREFECTURE_VALIDATION.value,
            AccountStatus.REQUEST_RECEIVED.value,
        }
        if row["status"] not in waiting:
            raise ProblemError(409, "not_waiting", "this account is not waiting for a decision")
        if accept:
            conn.execute(
                "UPDATE accounts SET status = 'pending_activation' WHERE id = ?", (account_id,)
            )
            kind = (
                "siv_instructions"
                if row["profile"] == Profile.SIV_PROFESSIONAL.value
                else "activation"
            )
            issue_activation(state, conn, request, account_id, row["email"], kind)
        else:
            conn.execute("UPDATE accounts SET status = 'refused' WHERE id = ?", (account_id,))
            state.store.send_mail(
                conn,
                row["email"],
                "Demande refusée",
                "Votre demande n'a pas été acceptée. Rapprochez-vous de votre préfecture.",
                kind="refused",
                account_id=account_id,
            )
    if _wants_html(request):
        return RedirectResponse("/training/outbox", status_code=303)
    return JSONResponse({"account_id": account_id, "accepted": accept})


@router.post("/training/accounts/{account_id}/validate")
async def validate(request: Request, account_id: str) -> Response:
    return await _decide(request, account_id, True)


@router.post("/training/accounts/{account_id}/refuse")
async def refuse(request: Request, account_id: str) -> Response:
    return await _decide(request, account_id, False)


@router.post("/training/terms/current")
async def set_current_terms(request: Request) -> JSONResponse:
    state = state_of(request)
    wanted = (await _form(request)).get("version_id") or None
    if wanted is not None and wanted not in {v.id for v in seed.terms_versions()}:
        raise ProblemError(404, "not_found", "no such Terms version")
    state.terms_override = wanted
    return JSONResponse({"current": state.current_terms_id()})


@router.post("/training/reset")
async def reset_training_data(request: Request) -> JSONResponse:
    """Forget every fictitious account, e-mail and request: ready for the next demo."""
    state = state_of(request)
    deleted = state.store.clear()
    state.terms_override = None
    state.faults = type(state.faults)()
    return JSONResponse({"deleted_rows": deleted})


@router.post("/training/faults")
async def set_faults(request: Request) -> JSONResponse:
    state = state_of(request)
    data = await _form(request)
    try:
        state.faults.delay_before_s = float(data.get("delay_before_s", 0))
        state.faults.delay_after_commit_s = float(data.get("delay_after_commit_s", 0))
    except ValueError:
        raise ProblemError(400, "bad_request", "delays are numbers of seconds") from None
    state.faults.path_prefix = data.get("path_prefix", "/v1/")
    return JSONResponse(
        {
            "delay_before_s": state.faults.delay_before_s,
            "delay_after_commit_s": state.faults.delay_after_commit_s,
            "path_prefix": state.faults.path_prefix,
        }
    )


@router.get("/training/franceconnect/{attempt_id}")
async def franceconnect_page(request: Request, attempt_id: str) -> HTMLResponse:
    state = state_of(request)
    row = state.store.one("SELECT status FROM franceconnect WHERE id = ?", (attempt_id,))
    if row is None or row["status"] != FranceConnectStatus.PENDING.value:
        return _page("FranceConnect (simulation)", "<p>Cette connexion n'est plus en cours.</p>")
    items = "".join(
        f'<li><form method="post" action="/training/franceconnect/{html.escape(attempt_id)}/choose">'
        f'<input type="hidden" name="identity_id" value="{html.escape(i.id)}">'
        f'<button type="submit">{html.escape(i.given_names)} {html.escape(i.family_name)}'
        f" — {html.escape(i.provider)}</button></form></li>"
        for i in seed.franceconnect_identities()
    )
    cancel = (
        f'<form method="post" action="/training/franceconnect/{html.escape(attempt_id)}/cancel">'
        '<button type="submit">Annuler</button></form>'
    )
    return _page(
        "FranceConnect (simulation, identités fictives)",
        f"<p>Choisissez une identité fictive :</p><ul>{items}</ul>{cancel}",
    )


@router.post("/training/franceconnect/{attempt_id}/choose")
async def franceconnect_choose(request: Request, attempt_id: str) -> Response:
    state = state_of(request)
    wanted = (await _form(request)).get("identity_id", "")
    identity = next((i for i in seed.franceconnect_identities() if i.id == wanted), None)
    if identity is None:
        raise ProblemError(404, "not_found", "no such fictitious identity")
    with state.store.transaction() as conn:
        attempt = conn.execute("SELECT * FROM franceconnect WHERE id = ?", (attempt_id,)).fetchone()
        if attempt is None or attempt["status"] != "pending" or attempt["expires"] < iso(now()):
            raise ProblemError(409, "not_pending", "this FranceConnect attempt is over")
        row = conn.execute(
            "SELECT id FROM accounts WHERE franceconnect_sub = ? AND deleted IS NULL",
            (identity.id,),
        ).fetchone()
        if row is None:
            account_id = new_id("acc")
            details: dict[str, Any] = {
                "given_names": identity.given_names,
                "family_name": identity.family_name,
                "birth_date": identity.birth_date,
                "gender": identity.gender,
            }
            conn.execute(
                "INSERT INTO accounts (id, profile, status, email, display_name, details,"
                " franceconnect_sub, created, activated) VALUES (?, 'individual', 'active', ?, ?, ?, ?, ?, ?)",
                (
                    account_id,
                    identity.email,
                    f"{identity.given_names.split()[0]} {identity.family_name}",
                    dumps(details),
                    identity.id,
                    iso(now()),
                    iso(now()),
                ),
            )
        else:
            account_id = row["id"]
        session = new_session(state, conn, account_id)
        conn.execute(
            "UPDATE franceconnect SET status = 'completed', identity_id = ?, account_id = ?,"
            " session_token = ? WHERE id = ?",
            (identity.id, account_id, session.access_token.get_secret_value(), attempt_id),
        )
    if _wants_html(request):
        return _page(
            "FranceConnect (simulation)",
            "<p>Connexion réussie. Vous pouvez revenir à l'application.</p>",
        )
    return JSONResponse({"id": attempt_id, "status": "completed", "account_id": account_id})


@router.post("/training/franceconnect/{attempt_id}/cancel")
async def franceconnect_cancel(request: Request, attempt_id: str) -> Response:
    state = state_of(request)
    with state.store.transaction() as conn:
        conn.execute(
            "UPDATE franceconnect SET status = 'cancelled' WHERE id = ? AND status = 'pending'",
            (attempt_id,),
        )
    if _wants_html(request):
        return _page("FranceConnect (simulation)", "<p>Connexion annulée.</p>")
    return JSONResponse({"id": attempt_id, "status": "cancelled"})
