"""The simulated official site (training only): ``/training/official/{category}``.

In training mode the hand-off "Continue on the official site" opens this page instead
of the real ANTS host, so a trainer can show the whole path: the form the official
site would ask next (the on-screen keyboard on an e-mail, a date and a text field) and
a receipt download (the browser's print preview). It is the citizen's page, so no
trainer secret; it stores nothing and its form posts nowhere.
"""

# ruff: noqa: E501  (HTML template)
from __future__ import annotations

import html

from fastapi import APIRouter
from starlette.responses import HTMLResponse, Response

from assist_desk.sandbox import seed
from assist_desk.sandbox.problems import ProblemError
from assist_desk.sandbox.receipt_pdf import receipt_pdf

router = APIRouter(include_in_schema=False)

NOTICE = "Site officiel simulé (formation) — rien n'est envoyé"

#: Nothing of this page is kept by the browser, and it runs no script at all.
HEADERS = {
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

_STYLE = (
    "body{font-family:sans-serif;font-size:1.2rem;max-width:40rem;margin:1rem auto;padding:0 1rem}"
    ".notice{background:#fff3cd;border:2px solid #8a6d00;padding:.6rem;font-weight:bold}"
    "label{display:block;margin-top:1rem}input{font-size:1.2rem;width:100%;padding:.4rem}"
    # Chromium lays a date field's inside out in the browser's first language, not the
    # page's: for an Arabic kiosk right to left, its placeholder reversed and its
    # Arabic letters unjoined. This French page's date reads left to right (issue 15).
    "input[type=date],input[type=date]::-webkit-datetime-edit{direction:ltr;unicode-bidi:isolate}"
    # Its calendar button stays on the Arabic side: a gap keeps it off the date.
    "input[type=date]::-webkit-calendar-picker-indicator{margin:0 .6rem}"
    "a.button{display:inline-block;margin-top:1.5rem;padding:.7rem 1rem;background:#000091;"
    "color:#fff;text-decoration:none;border-radius:4px}"
)


def _category_title(category_id: str) -> str:
    for category in seed.catalogue().categories:
        if category.id == category_id:
            return category.titles.get("fr")
    raise ProblemError(404, "not_found", "no such procedure category")


@router.get("/training/official/{category_id}")
async def official_page(category_id: str) -> HTMLResponse:
    title = html.escape(_category_title(category_id))
    receipt = f"/training/official/{html.escape(category_id)}/recapitulatif.pdf"
    body = (
        f'<p class="notice" role="note">{NOTICE}</p>'
        f"<h1>{title}</h1>"
        "<p>Le site officiel vous demanderait maintenant ces informations.</p>"
        # No action: the form is for typing (on-screen keyboard) and is never sent.
        "<form>"
        '<label for="email">Adresse électronique</label>'
        '<input id="email" name="email" type="email" autocomplete="off">'
        '<label for="birth">Date de naissance</label>'
        '<input id="birth" name="birth" type="date" autocomplete="off">'
        '<label for="town">Commune de naissance</label>'
        '<input id="town" name="town" type="text" autocomplete="off">'
        "</form>"
        f'<a class="button" id="receipt" href="{receipt}" download>Télécharger le récapitulatif</a>'
    )
    return HTMLResponse(
        f'<!doctype html><html lang="fr"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width"><title>{title}</title>'
        f"<style>{_STYLE}</style></head><body>{body}</body></html>",
        headers=HEADERS,
    )


@router.get("/training/official/{category_id}/recapitulatif.pdf")
async def official_receipt(category_id: str) -> Response:
    title = _category_title(category_id)
    pdf = receipt_pdf(
        ["Recapitulatif (formation)", title, "Site officiel simule : rien n'est envoye."]
    )
    return Response(
        pdf,
        media_type="application/pdf",
        headers={**HEADERS, "Content-Disposition": 'attachment; filename="recapitulatif.pdf"'},
    )
