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

Every page but the FranceConnect simulation needs the trainer (see
:mod:`assist_desk.sandbox.routes.trainer_access`); the FranceConnect pages are the
citizen's, guarded by their attempt id and a CSRF token bound to it.
"""

# ruff: noqa: E501  (HTML templates)
from __future__ import annotations

import asyncio
import html
import math
from typing import Any

from fastapi import APIRouter, Request
from pydantic_core import PydanticCustomError
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from assist_desk.models import AccountStatus, FranceConnectStatus, Profile, checks
from assist_desk.sandbox import seed, trainer_auth
from assist_desk.sandbox.accounts_core import activate_token, issue_activation, token_account
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.routes.trainer_access import (
    Trainer,
    TrainerDep,
    form_fields,
    hidden,
    page,
    wants_html,
)
from assist_desk.sandbox.state import PortalState, state_of
from assist_desk.sandbox.store import dumps, hash_password, iso, new_id, now

#: The longest injected delay: long enough for a timeout demonstration, never a hang.
MAX_FAULT_DELAY_S = 30.0

router = APIRouter(include_in_schema=False)


@router.get("/")
async def index(trainer: TrainerDep) -> HTMLResponse:
    return page(
        "Portail de formation assist_desk",
        '<ul><li><a href="/training/outbox">Boîte d\'envoi (courriels « envoyés »)</a></li>'
        '<li><a href="/openapi.json">Contrat de l\'API (OpenAPI)</a></li></ul>',
    )


@router.get("/training/outbox.json")
async def outbox_json(request: Request, trainer: TrainerDep) -> JSONResponse:
    return JSONResponse({"messages": state_of(request).store.outbox()})


@router.get("/training/outbox")
async def outbox(request: Request, trainer: TrainerDep) -> HTMLResponse:
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
                    f'<form method="post" action="/training/accounts/{html.escape(account_id)}/validate">{trainer.field()}'
                    f'<button type="submit">Simuler : {who} valide</button></form>'
                    f'<form method="post" action="/training/accounts/{html.escape(account_id)}/refuse">{trainer.field()}'
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
    return page("Boîte d'envoi du portail de formation", table)


@router.get("/activate")
async def activate_page(request: Request, trainer: TrainerDep, token: str = "") -> HTMLResponse:
    state = state_of(request)
    row = _token_account(state, token)
    if row is None:
        return _invalid_link()
    return _activation_form(trainer, token, needs_password=row["password_hash"] is None)


def _token_account(state: PortalState, token: str) -> Any:
    if not token:
        return None
    with state.store.lock:
        return token_account(state.store.db, token)


def _invalid_link() -> HTMLResponse:
    return page(
        "Lien non valide",
        "<p>Ce lien d'activation n'est pas valide : il a déjà servi ou a expiré (48 heures). "
        "Demandez un nouveau courriel d'activation.</p>",
    )


def _activation_form(
    trainer: Trainer, token: str, *, needs_password: bool, error: str = ""
) -> HTMLResponse:
    """The activation form; with a password to choose for SIV and town-hall accounts (M7)."""
    fields = ""
    described = ' aria-describedby="activation-error"' if error else ""
    if needs_password:
        fields = (
            "<p>Choisissez le mot de passe de ce compte : au moins 12 caractères, dont trois "
            "sortes parmi minuscules, majuscules, chiffres et symboles.</p>"
            '<p><label for="password">Mot de passe</label><br>'
            '<input id="password" name="password" type="password" autocomplete="new-password" '
            f'required minlength="12" maxlength="128"{described}></p>'
            '<p><label for="password_confirm">Confirmez le mot de passe</label><br>'
            '<input id="password_confirm" name="password_confirm" type="password" '
            'autocomplete="new-password" required></p>'
        )
    alert = f'<p id="activation-error" role="alert">{html.escape(error)}</p>' if error else ""
    return page(
        "Activer le compte",
        f'{alert}<form method="post" action="/activate">{trainer.field()}'
        f'{hidden("token", token)}{fields}<button type="submit">Activer mon compte</button></form>',
        status=422 if error else 200,
    )


def _password_problem(fields: dict[str, str], email: str) -> str:
    """Why the chosen password cannot be used ('' if it can)."""
    password = fields.get("password", "")
    if password != fields.get("password_confirm", password):
        return "Les deux mots de passe ne sont pas identiques."
    try:
        checks.check_password(password, email)
    except PydanticCustomError:
        return (
            "Ce mot de passe ne convient pas : au moins 12 caractères, trois sortes de "
            "caractères, sans l'adresse e-mail."
        )
    return ""


@router.post("/activate")
async def activate_submit(request: Request, trainer: TrainerDep) -> Response:
    state = state_of(request)
    fields = await form_fields(request)
    token = fields.get("token", "")
    row = _token_account(state, token)
    if row is None:
        return _invalid_link()
    password_hash = None
    if row["password_hash"] is None:
        problem = _password_problem(fields, row["email"])
        if problem:
            return _activation_form(trainer, token, needs_password=True, error=problem)
        password_hash = await asyncio.to_thread(hash_password, fields["password"])
    try:
        with state.store.transaction() as conn:
            account = activate_token(state, conn, token, password_hash)
    except ProblemError:
        return _invalid_link()
    if not wants_html(request):
        return JSONResponse(account.model_dump(mode="json"))
    return page("Compte activé", f"<p>Le compte {html.escape(account.display_name)} est actif.</p>")


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
    if wants_html(request):
        return RedirectResponse("/training/outbox", status_code=303)
    return JSONResponse({"account_id": account_id, "accepted": accept})


@router.post("/training/accounts/{account_id}/validate")
async def validate(request: Request, account_id: str, trainer: TrainerDep) -> Response:
    return await _decide(request, account_id, True)


@router.post("/training/accounts/{account_id}/refuse")
async def refuse(request: Request, account_id: str, trainer: TrainerDep) -> Response:
    return await _decide(request, account_id, False)


@router.post("/training/terms/current")
async def set_current_terms(request: Request, trainer: TrainerDep) -> JSONResponse:
    state = state_of(request)
    wanted = (await form_fields(request)).get("version_id") or None
    if wanted is not None and wanted not in {v.id for v in seed.terms_versions()}:
        raise ProblemError(404, "not_found", "no such Terms version")
    state.terms_override = wanted
    return JSONResponse({"current": state.current_terms_id()})


@router.post("/training/maintenance")
async def set_maintenance(request: Request, trainer: TrainerDep) -> JSONResponse:
    """Switch maintenance on (``message``, ``retry_after_s``) or off (no message)."""
    state = state_of(request)
    fields = await form_fields(request)
    message = " ".join(fields.get("message", "").split())[:300]
    if not message:
        state.maintenance = None
        return JSONResponse({"maintenance": False})
    try:
        retry_after = int(fields.get("retry_after_s", "600"))
    except ValueError:
        raise ProblemError(400, "bad_request", "retry_after_s is a number of seconds") from None
    if not 1 <= retry_after <= 86_400:
        raise ProblemError(400, "bad_request", "retry_after_s is between 1 and 86400")
    state.maintenance = (message, retry_after)
    return JSONResponse({"maintenance": True, "message": message, "retry_after_s": retry_after})


@router.post("/training/reset")
async def reset_training_data(request: Request, trainer: TrainerDep) -> JSONResponse:
    """Forget every fictitious account, e-mail and request, the faults, the terms
    override, maintenance and the addresses in memory: ready for the next demo."""
    state = state_of(request)
    deleted = state.store.clear()
    state.terms_override = None
    state.faults = type(state.faults)()
    state.maintenance = None
    # In memory, keyed by e-mail address: a kiosk's wipe must forget them too.
    state.sign_in_throttle = type(state.sign_in_throttle)()
    state.reset_sent.clear()
    return JSONResponse({"deleted_rows": deleted})


def _delay(text: str) -> float:
    """A fault delay: finite, 0 to MAX_FAULT_DELAY_S seconds (no inf, nan or 1e308 hang)."""
    try:
        value = float(text)
    except ValueError:
        raise ProblemError(400, "bad_request", "delays are numbers of seconds") from None
    if not math.isfinite(value) or not 0 <= value <= MAX_FAULT_DELAY_S:
        raise ProblemError(
            400, "bad_request", f"delays are between 0 and {MAX_FAULT_DELAY_S:g} seconds"
        )
    return value


@router.post("/training/faults")
async def set_faults(request: Request, trainer: TrainerDep) -> JSONResponse:
    state = state_of(request)
    data = await form_fields(request)
    before = _delay(data.get("delay_before_s", "0"))
    after = _delay(data.get("delay_after_commit_s", "0"))
    prefix = data.get("path_prefix", "/v1/")
    if not prefix.startswith("/") or len(prefix) > 200:
        raise ProblemError(400, "bad_request", "path_prefix is a path starting with /")
    state.faults.delay_before_s = before
    state.faults.delay_after_commit_s = after
    state.faults.path_prefix = prefix
    return JSONResponse(
        {
            "delay_before_s": state.faults.delay_before_s,
            "delay_after_commit_s": state.faults.delay_after_commit_s,
            "path_prefix": state.faults.path_prefix,
        }
    )


async def _attempt_form(request: Request, attempt_id: str) -> dict[str, str]:
    """The fields of a FranceConnect page's form, once its CSRF token is checked.

    These pages are the citizen's (opened by the app in the system browser, with no
    trainer cookie): the attempt id in the URL is the capability, and the token bound
    to it proves the form came from the page. Trainer tools use the secret header.
    """
    fields = await form_fields(request)
    trainer = state_of(request).trainer
    by_header = trainer.header_ok(request.headers.get(trainer_auth.HEADER))
    if not by_header and not trainer.attempt_token_ok(attempt_id, fields.get("csrf")):
        raise ProblemError(403, "csrf_failed", "this form is stale or comes from elsewhere")
    return fields


@router.get("/training/franceconnect/{attempt_id}")
async def franceconnect_page(request: Request, attempt_id: str) -> HTMLResponse:
    state = state_of(request)
    row = state.store.one("SELECT status FROM franceconnect WHERE id = ?", (attempt_id,))
    if row is None or row["status"] != FranceConnectStatus.PENDING.value:
        return page("FranceConnect (simulation)", "<p>Cette connexion n'est plus en cours.</p>")
    csrf = hidden("csrf", state.trainer.attempt_token(attempt_id))
    items = "".join(
        f'<li><form method="post" action="/training/franceconnect/{html.escape(attempt_id)}/choose">{csrf}'
        f'<input type="hidden" name="identity_id" value="{html.escape(i.id)}">'
        f'<button type="submit">{html.escape(i.given_names)} {html.escape(i.family_name)}'
        f" — {html.escape(i.provider)}</button></form></li>"
        for i in seed.franceconnect_identities()
    )
    cancel = (
        f'<form method="post" action="/training/franceconnect/{html.escape(attempt_id)}/cancel">{csrf}'
        '<button type="submit">Annuler</button></form>'
    )
    return page(
        "FranceConnect (simulation, identités fictives)",
        f"<p>Choisissez une identité fictive :</p><ul>{items}</ul>{cancel}",
    )


@router.post("/training/franceconnect/{attempt_id}/choose")
async def franceconnect_choose(request: Request, attempt_id: str) -> Response:
    state = state_of(request)
    wanted = (await _attempt_form(request, attempt_id)).get("identity_id", "")
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
        conn.execute(  # the session is made when the app collects the result
            "UPDATE franceconnect SET status = 'completed', identity_id = ?, account_id = ?"
            " WHERE id = ?",
            (identity.id, account_id, attempt_id),
        )
    if wants_html(request):
        return page(
            "FranceConnect (simulation)",
            "<p>Connexion réussie. Vous pouvez revenir à l'application.</p>",
        )
    return JSONResponse({"id": attempt_id, "status": "completed", "account_id": account_id})


@router.post("/training/franceconnect/{attempt_id}/cancel")
async def franceconnect_cancel(request: Request, attempt_id: str) -> Response:
    state = state_of(request)
    await _attempt_form(request, attempt_id)
    with state.store.transaction() as conn:
        conn.execute(
            "UPDATE franceconnect SET status = 'cancelled' WHERE id = ? AND status = 'pending'",
            (attempt_id,),
        )
    if wants_html(request):
        return page("FranceConnect (simulation)", "<p>Connexion annulée.</p>")
    return JSONResponse({"id": attempt_id, "status": "cancelled"})
