"""Trainer pages: the agency suspends and reactivates accounts, the prefecture ends an
SIV professional's authorisation (ToU 1.11), and ``/reset-password`` (a reset link).

* ``GET /training/accounts``: the accounts, with these actions;
* ``POST /training/accounts/{id}/suspend`` (``reason``, ``days`` 1-365): status
  ``suspended``, sessions ended, an e-mail with the reason and the end;
* ``POST /training/accounts/{id}/reactivate``: active again, with an e-mail;
* ``POST /training/accounts/{id}/terminate``: an SIV professional's authorisation
  withdrawn: the account and its data are erased, a last e-mail says so.
"""

# ruff: noqa: E501  (HTML templates)
from __future__ import annotations

import asyncio
import html
import sqlite3
from datetime import timedelta

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from assist_desk.models import AccountStatus, Profile, checks
from assist_desk.sandbox.accounts_core import current_status, paris_day
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.routes.accounts import erase_account
from assist_desk.sandbox.routes.password_reset import change_password, reset_account
from assist_desk.sandbox.routes.trainer_access import (
    TrainerDep,
    form_fields,
    hidden,
    page,
    wants_html,
)
from assist_desk.sandbox.state import state_of
from assist_desk.sandbox.store import hash_password, iso, now

MAX_SUSPENSION_DAYS = 365

router = APIRouter(include_in_schema=False)


def _account(conn: sqlite3.Connection, account_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM accounts WHERE id = ? AND deleted IS NULL", (account_id,)
    ).fetchone()
    if row is None:
        raise ProblemError(404, "not_found", "no such account")
    return row


def _done(request: Request, result: dict[str, object]) -> Response:
    if wants_html(request):
        return RedirectResponse("/training/accounts", status_code=303)
    return JSONResponse(result)


@router.get("/training/accounts")
async def accounts_page(request: Request, trainer: TrainerDep) -> HTMLResponse:
    state = state_of(request)
    rows = state.store.all(
        "SELECT * FROM accounts WHERE deleted IS NULL ORDER BY created DESC LIMIT 200"
    )
    lines = []
    for row in rows:
        status = current_status(row)
        account_id = html.escape(row["id"])
        actions = ""
        if status is AccountStatus.ACTIVE:
            actions += (
                f'<form method="post" action="/training/accounts/{account_id}/suspend">{trainer.field()}'
                f'<label>Motif <input name="reason" required maxlength="200" value="Vérification de sécurité"></label> '
                '<label>Jours <input name="days" type="number" min="1" max="365" value="7" required></label> '
                "<button type=submit>Suspendre</button></form>"
            )
        if status is AccountStatus.SUSPENDED:
            actions += (
                f'<form method="post" action="/training/accounts/{account_id}/reactivate">{trainer.field()}'
                "<button type=submit>Rétablir</button></form>"
            )
        if row["profile"] == Profile.SIV_PROFESSIONAL.value:
            actions += (
                f'<form method="post" action="/training/accounts/{account_id}/terminate">{trainer.field()}'
                "<button type=submit>Retirer l'habilitation (supprime le compte)</button></form>"
            )
        lines.append(
            f"<tr><td>{html.escape(row['display_name'])}<br>{html.escape(row['email'])}</td>"
            f"<td>{html.escape(row['profile'])}</td><td>{html.escape(status.value)}</td><td>{actions}</td></tr>"
        )
    table = (
        "<table><caption>Comptes fictifs du portail de formation</caption><thead><tr>"
        "<th scope=col>Compte</th><th scope=col>Profil</th><th scope=col>État</th>"
        "<th scope=col>Actions de l'agence ou de la préfecture</th></tr></thead><tbody>"
        + "".join(lines)
        + "</tbody></table>"
        if lines
        else "<p>Aucun compte pour l'instant.</p>"
    )
    return page("Comptes du portail de formation", table)


@router.post("/training/accounts/{account_id}/suspend")
async def suspend(request: Request, account_id: str, trainer: TrainerDep) -> Response:
    state = state_of(request)
    fields = await form_fields(request)
    reason = " ".join(fields.get("reason", "").split())[:200]
    if not reason:
        raise ProblemError(400, "bad_request", "give the reason of the suspension")
    try:
        days = int(fields.get("days", ""))
    except ValueError:
        raise ProblemError(400, "bad_request", "days is a whole number of days") from None
    if not 1 <= days <= MAX_SUSPENSION_DAYS:
        raise ProblemError(400, "bad_request", f"days is between 1 and {MAX_SUSPENSION_DAYS}")
    until = now() + timedelta(days=days)
    with state.store.transaction() as conn:
        row = _account(conn, account_id)
        if current_status(row) is not AccountStatus.ACTIVE:
            raise ProblemError(409, "not_active", "only an active account can be suspended")
        conn.execute(
            "UPDATE accounts SET status = 'suspended', suspended_until = ?,"
            " suspension_reason = ? WHERE id = ?",
            (iso(until), reason, account_id),
        )
        conn.execute("DELETE FROM sessions WHERE account_id = ?", (account_id,))
        state.store.send_mail(
            conn,
            row["email"],
            "Votre compte est suspendu",
            f"L'agence a suspendu votre compte. Motif : {reason}. Durée : {days} jour(s), "
            f"jusqu'au {paris_day(iso(until))}. Si ce motif n'est pas fondé, votre compte sera "
            "rétabli et vous en serez informé par courriel.",
            kind="suspended",
            account_id=account_id,
        )
    return _done(request, {"account_id": account_id, "status": "suspended", "until": iso(until)})


@router.post("/training/accounts/{account_id}/reactivate")
async def reactivate(request: Request, account_id: str, trainer: TrainerDep) -> Response:
    state = state_of(request)
    with state.store.transaction() as conn:
        row = _account(conn, account_id)
        if current_status(row) is not AccountStatus.SUSPENDED:
            raise ProblemError(409, "not_suspended", "this account is not suspended")
        conn.execute(
            "UPDATE accounts SET status = 'active', suspended_until = NULL,"
            " suspension_reason = NULL WHERE id = ?",
            (account_id,),
        )
        state.store.send_mail(
            conn,
            row["email"],
            "Votre compte est rétabli",
            "La suspension de votre compte est levée : vous pouvez de nouveau vous connecter "
            "et retrouver vos démarches.",
            kind="reactivated",
            account_id=account_id,
        )
    return _done(request, {"account_id": account_id, "status": "active"})


@router.post("/training/accounts/{account_id}/terminate")
async def terminate(request: Request, account_id: str, trainer: TrainerDep) -> Response:
    """The prefecture withdraws an SIV authorisation: account and data deleted (ToU 1.11)."""
    state = state_of(request)
    with state.store.transaction() as conn:
        row = _account(conn, account_id)
        if row["profile"] != Profile.SIV_PROFESSIONAL.value:
            raise ProblemError(409, "not_siv", "only an SIV professional's authorisation ends")
        email = row["email"]
        erase_account(conn, account_id, email)
        state.store.send_mail(  # the last e-mail: it names no account (erased)
            conn,
            email,
            "Fin de votre habilitation SIV",
            "La préfecture a mis fin à votre habilitation au système d'immatriculation des "
            "véhicules. Votre compte et ses données ont été supprimés.",
            kind="terminated",
        )
    return _done(request, {"account_id": account_id, "status": "deleted"})


@router.get("/reset-password")
async def reset_page(request: Request, trainer: TrainerDep, token: str = "") -> HTMLResponse:
    state = state_of(request)
    with state.store.lock:
        row = reset_account(state.store.db, token) if token else None
    if row is None:
        return _invalid_reset_link()
    return _reset_form(trainer.field(), token)


def _invalid_reset_link() -> HTMLResponse:
    return page(
        "Lien non valide",
        "<p>Ce lien de réinitialisation n'est pas valide : il a déjà servi ou a expiré "
        "(une heure). Demandez-en un nouveau avec « Mot de passe oublié ».</p>",
    )


def _reset_form(csrf_field: str, token: str, error: str = "") -> HTMLResponse:
    described = ' aria-describedby="reset-error"' if error else ""
    alert = f'<p id="reset-error" role="alert">{html.escape(error)}</p>' if error else ""
    return page(
        "Choisir un nouveau mot de passe",
        f'{alert}<form method="post" action="/reset-password">{csrf_field}{hidden("token", token)}'
        "<p>Au moins 12 caractères, dont trois sortes parmi minuscules, majuscules, chiffres "
        "et symboles.</p>"
        '<p><label for="password">Nouveau mot de passe</label><br>'
        '<input id="password" name="password" type="password" autocomplete="new-password" '
        f'required minlength="12" maxlength="128"{described}></p>'
        '<p><label for="password_confirm">Confirmez le mot de passe</label><br>'
        '<input id="password_confirm" name="password_confirm" type="password" '
        'autocomplete="new-password" required></p>'
        '<button type="submit">Changer le mot de passe</button></form>',
        status=422 if error else 200,
    )


@router.post("/reset-password")
async def reset_submit(request: Request, trainer: TrainerDep) -> Response:
    state = state_of(request)
    fields = await form_fields(request)
    token = fields.get("token", "")
    with state.store.lock:
        row = reset_account(state.store.db, token) if token else None
    if row is None:
        return _invalid_reset_link()
    password = fields.get("password", "")
    try:
        if password != fields.get("password_confirm", password):
            raise ValueError
        checks.check_password(password, row["email"])
    except ValueError:  # PydanticCustomError is a ValueError
        return _reset_form(
            trainer.field(),
            token,
            "Ce mot de passe ne convient pas (ou les deux ne sont pas identiques) : au moins "
            "12 caractères, trois sortes de caractères, sans l'adresse e-mail.",
        )
    password_hash = await asyncio.to_thread(hash_password, password)
    try:
        with state.store.transaction() as conn:
            change_password(conn, token, password_hash)
    except ProblemError:
        return _invalid_reset_link()
    if not wants_html(request):
        return JSONResponse({"account_id": row["id"], "changed": True})
    return page("Mot de passe changé", "<p>Votre mot de passe est changé. Connectez-vous.</p>")
