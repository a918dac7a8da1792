"""Field checks shared by the portal and the client (UI pre-checks, same codes).

Each check returns the normalised value or raises ``PydanticCustomError`` whose
type is a field error code of :mod:`assist_desk.models.problem`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

from pydantic import SecretStr
from pydantic_core import PydanticCustomError

PASSWORD_MIN = 12
PASSWORD_MAX = 128

_APPROVAL = re.compile(r"^[A-Z0-9][A-Z0-9 ./-]{3,28}[A-Z0-9]$")
_PREFECTURE_AUTH = re.compile(r"^[A-Z0-9][A-Z0-9/-]{4,30}[A-Z0-9]$")
_DEPARTMENT = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")
_INSEE = re.compile(r"^(?:[0-9]{2}|2A|2B)[0-9]{3}$")
_PHONE = re.compile(r"^\+?[0-9 .-]{9,20}$")


def _digits(value: str) -> str:
    return re.sub(r"[\s.-]", "", value)


def check_siret(value: str) -> str:
    """A SIRET (14 digits, Luhn; La Poste's establishments follow their own rule)."""
    from stdnum.fr import siret

    compact = _digits(value)
    # All zeros passes both Luhn checks but is no establishment (review finding L4).
    if not siret.is_valid(compact) or not compact.strip("0"):
        raise PydanticCustomError("invalid_siret", "not a valid SIRET number (14 digits)")
    return compact


def check_siren(value: str) -> str:
    """A SIREN (9 digits, Luhn)."""
    from stdnum.fr import siren

    compact = _digits(value)
    if not siren.is_valid(compact):
        raise PydanticCustomError("invalid_siren", "not a valid SIREN number (9 digits)")
    return compact


def check_email(value: str) -> str:
    """E-mail syntax only (offline: no DNS), normalised (domain lower-cased)."""
    from email_validator import EmailNotValidError, validate_email

    if not value.strip():
        raise PydanticCustomError("required", "this field is required")
    try:
        checked = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise PydanticCustomError("invalid_email", "not a valid e-mail address") from None
    # "pаypal" with a Cyrillic "а" looks like another person's address (review finding L3).
    local, _, domain = str(checked.normalized).partition("@")
    if any(len(_scripts(part)) > 1 for part in (local, *domain.split("."))):
        raise PydanticCustomError("invalid_email", "not a valid e-mail address") from None
    return str(checked.normalized)


def password_kinds(value: str) -> int:
    """How many of the four kinds (lower case, upper case, digits, symbols) ``value`` mixes."""
    return sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )


def password_contains_email(value: str, email: str | None) -> bool:
    local = email.split("@")[0] if email else ""
    return len(local) >= 4 and local.lower() in value.lower()


def password_criteria(value: str, email: str | None = None) -> dict[str, bool]:
    """Each rule of :func:`check_password`, met or not (the form shows them live, E-4)."""
    return {
        "length": PASSWORD_MIN <= len(value) <= PASSWORD_MAX,
        "kinds": password_kinds(value) >= 3,
        "not_email": bool(value) and not password_contains_email(value, email),
    }


def check_password(value: str, email: str | None = None) -> str:
    """At least 12 characters, at least three kinds of lower, upper, digit, other."""
    if len(value) < PASSWORD_MIN:
        raise PydanticCustomError(
            "password_too_short", "the password needs at least {min} characters", {"min": 12}
        )
    if len(value) > PASSWORD_MAX:
        raise PydanticCustomError(
            "password_too_long", "the password has at most {max} characters", {"max": 128}
        )
    if password_kinds(value) < 3:
        raise PydanticCustomError(
            "password_too_weak",
            "the password mixes at least three of: lower case, upper case, digits, symbols",
        )
    if password_contains_email(value, email):
        raise PydanticCustomError(
            "password_contains_email", "the password must not contain the e-mail address"
        )
    return value


def check_approval_number(value: str) -> str:
    """A prefectoral approval number (driving school, CSSR), e.g. 'E 23 075 0001 0'."""
    compact = " ".join(value.upper().split())
    if not _APPROVAL.match(compact) or not any(c.isdigit() for c in compact):
        raise PydanticCustomError("invalid_approval_number", "not a valid approval number")
    return compact


def check_prefecture_authorisation(value: str) -> str:
    """The prefecture's SIV authorisation reference, e.g. 'SIV-75-2024-00123'."""
    compact = value.strip().upper()
    if not _PREFECTURE_AUTH.match(compact) or not any(c.isdigit() for c in compact):
        raise PydanticCustomError(
            "invalid_prefecture_authorisation", "not a valid prefecture authorisation reference"
        )
    return compact


def check_department(value: str) -> str:
    """A French département code: 01-95, 2A, 2B, 971-976."""
    compact = value.strip().upper()
    if not _DEPARTMENT.match(compact):
        raise PydanticCustomError("invalid_department", "not a French département code")
    return compact


def check_insee_code(value: str) -> str:
    """A commune's INSEE code (5 characters, Corsica 2A/2B)."""
    compact = value.strip().upper()
    if not _INSEE.match(compact):
        raise PydanticCustomError("invalid_insee_code", "not a commune INSEE code")
    return compact


def check_phone(value: str) -> str:
    compact = value.strip()
    if not _PHONE.match(compact) or sum(c.isdigit() for c in compact) < 9:
        raise PydanticCustomError("invalid_phone", "not a telephone number")
    return compact


#: The youngest account holder: 15, the age of digital consent in France (loi
#: 78-17 art. 45, RGPD art. 8); younger people act through a parent's account.
MINIMUM_AGE = 15

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def iso_date_text(value: object) -> object:
    """Only an ISO ``YYYY-MM-DD`` string (or a date) becomes a date (review L2)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise PydanticCustomError("invalid_date", "a date is written YYYY-MM-DD")
    return value


def check_birth_date(value: date, today: date | None = None) -> date:
    """A birth date in the past, at most 130 years ago, of someone at least 15."""
    today = today or paris_today()
    if value > today:
        raise PydanticCustomError("date_in_future", "the date is in the future")
    if value.year < today.year - 130:
        raise PydanticCustomError("invalid_date", "the date is too far in the past")
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if age < MINIMUM_AGE:
        raise PydanticCustomError(
            "too_young", "account holders are at least {age}", {"age": MINIMUM_AGE}
        )
    return value


def check_text(value: str) -> str:
    """Free text (a message): no control characters but line breaks and tabs, no lone
    surrogate (review finding L2: NUL was accepted)."""
    if any(
        (unicodedata.category(c) == "Cc" and c not in "\n\r\t") or 0xD800 <= ord(c) <= 0xDFFF
        for c in value
    ):
        raise PydanticCustomError("invalid_format", "the text has characters one cannot type")
    return value


def paris_today(now: datetime | None = None) -> date:
    """Today in metropolitan France: the portal's deadlines count in Paris days (L8).

    ``now``: an aware moment (tests); default the current time.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        paris = ZoneInfo("Europe/Paris")
    except ZoneInfoNotFoundError:  # no time-zone data (a bare Windows): the machine's day
        return (now or datetime.now()).date()
    return (now or datetime.now(paris)).astimezone(paris).date()


def check_claim_date(value: date, today: date | None = None) -> date:
    """An event date for a claim: not in the future, at most 30 days ago."""
    today = today or paris_today()
    if value > today:
        raise PydanticCustomError("date_in_future", "the date is in the future")
    if (today - value).days > 30:
        raise PydanticCustomError(
            "claim_too_late", "a claim is sent within {days} days of the event", {"days": 30}
        )
    return value


def check_secret_characters(value: SecretStr) -> SecretStr:
    """A password is text one can type: no lone surrogate (not even valid Unicode), no
    control character such as NUL (review findings M1, L2)."""
    text = value.get_secret_value()
    if any(0xD800 <= ord(c) <= 0xDFFF or unicodedata.category(c) == "Cc" for c in text):
        raise PydanticCustomError("invalid_format", "the password has characters one cannot type")
    return value


def check_name(value: str) -> str:
    """A person's or organisation's name: NFC, trimmed, letters required, and no control
    or invisible formatting characters (a right-to-left override could disguise
    ``Zoé Martin\u202egnp.exe``; review finding L3)."""
    compact = " ".join(unicodedata.normalize("NFC", value).split())
    if not compact:
        raise PydanticCustomError("required", "this field is required")
    hidden = any(unicodedata.category(c) in {"Cc", "Cf", "Cs"} for c in value)
    if not any(c.isalpha() for c in compact) or hidden:
        raise PydanticCustomError("invalid_format", "not a valid name")
    return compact


def _scripts(text: str) -> set[str]:
    """The scripts of the letters of ``text`` (LATIN, CYRILLIC, GREEK…), by Unicode name."""
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}
