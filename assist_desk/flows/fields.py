"""The account form's fields per profile, with inline checks that give stable codes.

The codes are the same vocabulary as the portal's field errors, so one table
of plain-language messages serves both (views map code → message). The local
checks only catch what can be told while typing; the portal has the last word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from email_validator import EmailNotValidError, validate_email
from stdnum.fr import siret

#: Field error codes (shared with the portal's field errors).
REQUIRED = "required"
INVALID_EMAIL = "invalid_email"
INVALID_SIRET = "invalid_siret"
INVALID_DATE = "invalid_date"
PASSWORD_TOO_WEAK = "password_too_weak"
PASSWORDS_DIFFER = "passwords_differ"
INVALID_FORMAT = "invalid_format"
TOO_LONG = "too_long"

FIELD_ERROR_CODES: tuple[str, ...] = (
    REQUIRED,
    INVALID_EMAIL,
    INVALID_SIRET,
    INVALID_DATE,
    PASSWORD_TOO_WEAK,
    PASSWORDS_DIFFER,
    INVALID_FORMAT,
    TOO_LONG,
)


@dataclass(frozen=True)
class Field:
    """One form field: ``kind`` drives both the widget and the inline check."""

    name: str
    kind: str  # text, email, siret, date, password, password_confirm, choice, reference
    required: bool = True
    max_length: int = 120


_EMAIL = Field("email", "email")
_SIRET = Field("siret", "siret")
_APPROVAL = Field("approval_number", "reference", max_length=40)

FORM_FIELDS: dict[str, tuple[Field, ...]] = {
    "individual": (
        _EMAIL,
        Field("given_names", "text"),
        Field("family_name", "text"),
        Field("birth_date", "date"),
        Field("password", "password"),
        Field("password_confirm", "password_confirm"),
    ),
    "siv_professional": (
        _EMAIL,
        Field("company_name", "text"),
        _SIRET,
        Field("prefecture_authorisation", "reference", max_length=40),
    ),
    "driving_school": (_EMAIL, Field("company_name", "text"), _APPROVAL, _SIRET),
    "road_safety_centre": (_EMAIL, Field("company_name", "text"), _APPROVAL, _SIRET),
    "legal_entity": (_EMAIL, Field("company_name", "text"), _SIRET),
    "town_hall_dr": (
        _EMAIL,
        Field("town_hall_name", "text"),
        Field("commune", "text"),
        Field("contact_name", "text"),
    ),
}

_DATE = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")
_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ./-]*$")


def password_problems(password: str) -> bool:
    """True when a password is too weak: at least 12 characters, letters and digits."""
    return (
        len(password) < 12 or not re.search(r"[A-Za-z]", password) or not re.search(r"\d", password)
    )


def check_field(field: Field, value: str, values: dict[str, str] | None = None) -> str | None:
    """The error code for ``value`` in ``field`` (``None`` when it looks right)."""
    text = value.strip()
    if not text:
        return REQUIRED if field.required else None
    if len(text) > field.max_length:
        return TOO_LONG
    if field.kind == "email":
        try:
            validate_email(text, check_deliverability=False)
        except EmailNotValidError:
            return INVALID_EMAIL
    elif field.kind == "siret":
        if not siret.is_valid(text.replace(" ", "")):
            return INVALID_SIRET
    elif field.kind == "date":
        match = _DATE.match(text)
        if match is None:
            return INVALID_DATE
        day, month, year = (int(g) for g in match.groups())
        if not (1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100):
            return INVALID_DATE
    elif field.kind == "password":
        if password_problems(value):
            return PASSWORD_TOO_WEAK
    elif field.kind == "password_confirm":
        if value != (values or {}).get("password", ""):
            return PASSWORDS_DIFFER
    elif field.kind == "reference" and _REFERENCE.match(text) is None:
        return INVALID_FORMAT
    return None


def form_errors(profile: str, values: dict[str, str]) -> dict[str, str]:
    """Every field of ``profile``'s form that does not pass, with its code."""
    errors: dict[str, str] = {}
    for field in FORM_FIELDS.get(profile, ()):
        code = check_field(field, values.get(field.name, ""), values)
        if code is not None:
            errors[field.name] = code
    return errors


def iso_date(text: str) -> str:
    """``DD/MM/YYYY`` (as typed in France) → ``YYYY-MM-DD``."""
    match = _DATE.match(text.strip())
    if match is None:
        raise ValueError("not a DD/MM/YYYY date")
    day, month, year = match.groups()
    return f"{year}-{month}-{day}"
