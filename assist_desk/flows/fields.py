"""The account form's fields per profile, with inline checks that give stable codes.

The checks are the portal models' own (:mod:`assist_desk.models.checks`), so a
field error seen while typing carries the same code as one the portal sends
back, and one table of plain-language messages (in the views) serves both.
The local checks only catch what can be told while typing; the portal has the
last word (e.g. ``email_taken``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic_core import PydanticCustomError

from assist_desk.models import checks

REQUIRED = "required"
TOO_LONG = "too_long"
INVALID_DATE = "invalid_date"
PASSWORDS_DIFFER = "passwords_differ"  # local only: the portal never sees the copy
INVALID_NUMBER = "too_small"
#: The lowest and highest count a "number" field takes (fingerprint stations).
NUMBER_RANGE = (1, 50)


@dataclass(frozen=True)
class Field:
    """One form field: ``kind`` drives both the widget and the inline check."""

    name: str
    kind: str  # text, email, siret, date, password, password_confirm, reference, number
    required: bool = True
    max_length: int = 100


_EMAIL = Field("email", "email", max_length=254)
_SIRET = Field("siret", "siret", max_length=20)
_APPROVAL = Field("approval_number", "approval", max_length=40)
_PASSWORD = Field("password", "password", max_length=128)
_CONFIRM = Field("password_confirm", "password_confirm", max_length=128)

#: Form fields of each profile, in display order (names of the portal's create models).
FORM_FIELDS: dict[str, tuple[Field, ...]] = {
    "individual": (
        _EMAIL,
        Field("given_names", "name"),
        Field("family_name", "name"),
        Field("usage_name", "name", required=False),
        Field("birth_date", "date"),
        _PASSWORD,
        _CONFIRM,
    ),
    "siv_professional": (
        _EMAIL,
        Field("company_name", "name"),
        _SIRET,
        Field("prefecture_authorisation", "prefecture_authorisation", max_length=32),
        Field("department", "department", max_length=3),
        Field("contact_name", "name"),
        Field("phone", "phone", required=False, max_length=20),
    ),
    # No SIRET: the portal's form asks driving schools and CSSRs for an e-mail and an
    # approval number only (ToU 1.5; issue 18).
    "driving_school": (
        _EMAIL,
        Field("establishment_name", "name"),
        _APPROVAL,
        _PASSWORD,
        _CONFIRM,
    ),
    "road_safety_centre": (
        _EMAIL,
        Field("establishment_name", "name"),
        _APPROVAL,
        _PASSWORD,
        _CONFIRM,
    ),
    "legal_entity": (_EMAIL, Field("organisation_name", "name"), _SIRET, _PASSWORD, _CONFIRM),
    "town_hall_dr": (
        _EMAIL,
        Field("commune_name", "name"),
        Field("insee_code", "insee_code", max_length=5),
        Field("contact_name", "name"),
        Field("fingerprint_stations", "number", max_length=2),
        Field("message", "long_text", required=False, max_length=2000),
    ),
}

_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(text: str) -> date:
    """``DD/MM/YYYY`` (as typed in France) → a date; ``ValueError`` otherwise."""
    match = _DATE.match(text.strip())
    if match is None:
        raise ValueError("not a DD/MM/YYYY date")
    day, month, year = (int(g) for g in match.groups())
    return date(year, month, day)


def _check_date(value: str) -> Any:
    try:
        parsed = parse_date(value)
    except ValueError:
        raise PydanticCustomError(INVALID_DATE, "not a date") from None
    return checks.check_birth_date(parsed)


def _check_number(value: str) -> Any:
    lowest, highest = NUMBER_RANGE
    if not value.strip().isdigit() or not lowest <= int(value) <= highest:
        raise PydanticCustomError(INVALID_NUMBER, "between 1 and 50")
    return int(value)


_CHECKS: dict[str, Callable[[str], Any]] = {
    "email": checks.check_email,
    "siret": checks.check_siret,
    "approval": checks.check_approval_number,
    "prefecture_authorisation": checks.check_prefecture_authorisation,
    "department": checks.check_department,
    "insee_code": checks.check_insee_code,
    "phone": checks.check_phone,
    "name": checks.check_name,
    "date": _check_date,
    "number": _check_number,
}


def warm_up() -> None:
    """Import what the checks need (stdnum, email-validator) ahead of the first keypress.

    Call it off the GUI thread at start-up: a first import while someone types would
    freeze the screen for a moment.
    """
    for kind, value in (("email", "a@example.org"), ("siret", "73282932000074")):
        check_field(Field("warm", kind), value)


def check_field(field: Field, value: str, values: dict[str, str] | None = None) -> str | None:
    """The error code for ``value`` in ``field`` (``None`` when it looks right)."""
    values = values or {}
    if not value.strip():
        return REQUIRED if field.required else None
    if len(value) > field.max_length:
        return TOO_LONG
    try:
        if field.kind == "password":
            checks.check_password(value, values.get("email") or None)
        elif field.kind == "password_confirm":
            if value != values.get("password", ""):
                return PASSWORDS_DIFFER
        elif field.kind in _CHECKS:
            _CHECKS[field.kind](value)
    except PydanticCustomError as error:
        return str(error.type)
    return None


def form_errors(profile: str, values: dict[str, str]) -> dict[str, str]:
    """Every field of ``profile``'s form that does not pass, with its code."""
    errors: dict[str, str] = {}
    for field in FORM_FIELDS.get(profile, ()):
        code = check_field(field, values.get(field.name, ""), values)
        if code is not None:
            errors[field.name] = code
    return errors


def create_payload(profile: str, values: dict[str, str]) -> dict[str, Any]:
    """The portal's create payload from the form's values (the copy of the password dropped)."""
    payload: dict[str, Any] = {"profile": profile}
    for field in FORM_FIELDS[profile]:
        value = values.get(field.name, "")
        if field.kind == "password_confirm" or (not value.strip() and not field.required):
            continue
        if field.kind == "date":
            payload[field.name] = parse_date(value).isoformat()
        elif field.kind == "number":
            payload[field.name] = int(value)
        elif field.kind == "password":
            payload[field.name] = value
        else:
            payload[field.name] = value.strip()
    return payload
