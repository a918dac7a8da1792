"""RFC 9457 problem details, with field-level errors carrying stable machine codes.

Every error the portal returns is ``application/problem+json``: ``type`` (a URI
reference, ``/problems/<code>``), ``title``, ``status``, ``detail``, ``instance``,
plus the extensions ``code`` (the problem's machine code) and ``errors`` (one
entry per rejected field).

Problem codes (``Problem.code``):
    ``validation_failed`` (422), ``bad_request`` (400), ``invalid_json`` (400),
    ``idempotency_key_missing`` (400), ``idempotency_key_invalid`` (400),
    ``idempotency_key_reused`` (422: same key, other payload),
    ``idempotency_key_in_use`` (409: the first request with this key is still running),
    ``not_found`` (404), ``method_not_allowed`` (405), ``not_acceptable`` (406),
    ``unsupported_media_type`` (415), ``payload_too_large`` (413),
    ``rate_limited`` (429), ``authentication_required`` (401),
    ``invalid_credentials`` (401), ``forbidden`` (403),
    ``account_not_active`` (409: follow the activation link first),
    ``account_awaiting_validation`` (409: the prefecture or the agency has not decided),
    ``account_refused`` (409), ``account_suspended`` (409: ``detail`` gives the reason
    and the end), ``account_deleted`` (410), ``email_taken`` (409),
    ``terms_outdated`` (409), ``not_eligible`` (409), ``maintenance`` (503, with
    ``Retry-After`` and the portal's message in ``detail``), ``internal_error`` (500).

Field error codes (``FieldError.code``), each shown by the UI as its own translated
message (the ``message`` is English, for logs and developers):
    ``required``, ``invalid_type``, ``invalid_choice``, ``unknown_field``,
    ``too_short``, ``too_long``, ``too_small``, ``too_large``, ``invalid_format``,
    ``invalid_email``, ``email_taken``, ``invalid_siret``, ``invalid_siren``,
    ``invalid_date``, ``date_in_future``, ``too_young``, ``claim_too_late``,
    ``password_too_short``, ``password_too_long``, ``password_too_weak``,
    ``password_contains_email``, ``invalid_approval_number``,
    ``invalid_prefecture_authorisation``, ``invalid_department``,
    ``invalid_insee_code``, ``invalid_phone``, ``terms_version_unknown``,
    ``terms_hash_mismatch``, ``procedure_unknown``, ``not_eligible``,
    ``invalid_token``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import Field

from assist_desk.models.common import ResponseModel

PROBLEM_MEDIA_TYPE = "application/problem+json"

#: Every field error code the portal may send (see the module docstring).
FIELD_ERROR_CODES: frozenset[str] = frozenset(
    {
        "required",
        "invalid_type",
        "invalid_choice",
        "unknown_field",
        "too_short",
        "too_long",
        "too_small",
        "too_large",
        "invalid_format",
        "invalid_email",
        "email_taken",
        "invalid_siret",
        "invalid_siren",
        "invalid_date",
        "date_in_future",
        "too_young",
        "claim_too_late",
        "password_too_short",
        "password_too_long",
        "password_too_weak",
        "password_contains_email",
        "invalid_approval_number",
        "invalid_prefecture_authorisation",
        "invalid_department",
        "invalid_insee_code",
        "invalid_phone",
        "terms_version_unknown",
        "terms_hash_mismatch",
        "procedure_unknown",
        "not_eligible",
        "invalid_token",
    }
)

# pydantic's error types mapped to our stable codes; custom errors keep their own type.
_PYDANTIC_CODES: dict[str, str] = {
    "missing": "required",
    "string_too_short": "too_short",
    "string_too_long": "too_long",
    "too_short": "too_short",
    "too_long": "too_long",
    "string_pattern_mismatch": "invalid_format",
    "string_type": "invalid_type",
    "int_type": "invalid_type",
    "int_parsing": "invalid_type",
    "int_from_float": "invalid_type",
    "bool_type": "invalid_type",
    "bool_parsing": "invalid_type",
    "float_type": "invalid_type",
    "float_parsing": "invalid_type",
    "dict_type": "invalid_type",
    "list_type": "invalid_type",
    "model_type": "invalid_type",
    "model_attributes_type": "invalid_type",
    "date_type": "invalid_date",
    "date_parsing": "invalid_date",
    "date_from_datetime_parsing": "invalid_date",
    "date_from_datetime_inexact": "invalid_date",
    "date_future": "date_in_future",
    "literal_error": "invalid_choice",
    "enum": "invalid_choice",
    "union_tag_invalid": "invalid_choice",
    "union_tag_not_found": "required",
    "extra_forbidden": "unknown_field",
    "greater_than": "too_small",
    "greater_than_equal": "too_small",
    "less_than": "too_large",
    "less_than_equal": "too_large",
    "json_invalid": "invalid_format",
    "uuid_parsing": "invalid_format",
    "uuid_type": "invalid_format",
}


class FieldError(ResponseModel):
    """One rejected field: dotted path, stable machine code, English message."""

    field: str = Field(description="Dotted path of the field, e.g. 'email' or 'address.city'.")
    code: str = Field(description="Stable machine code (see the list in the API description).")
    message: str = Field(description="English explanation for developers and logs.")


class Problem(ResponseModel):
    """An RFC 9457 problem document."""

    type: str = Field(
        default="about:blank", description="URI reference identifying the problem type."
    )
    title: str = Field(description="Short, human-readable summary of the problem type.")
    status: int = Field(ge=100, le=599, description="The HTTP status code.")
    detail: str | None = Field(default=None, description="Explanation specific to this occurrence.")
    instance: str | None = Field(default=None, description="URI reference of this occurrence.")
    code: str | None = Field(default=None, description="Stable machine code of the problem type.")
    errors: list[FieldError] = Field(
        default_factory=list, description="Field-level errors (validation problems)."
    )
    retry_after: int | None = Field(
        default=None, description="Seconds to wait before retrying (rate limiting)."
    )

    def field_errors(self) -> dict[str, list[str]]:
        """Codes per field, e.g. ``{"email": ["invalid_email"]}``."""
        result: dict[str, list[str]] = {}
        for error in self.errors:
            result.setdefault(error.field, []).append(error.code)
        return result


def problem_type(code: str) -> str:
    """The ``type`` URI reference of the problem ``code``."""
    return f"/problems/{code.replace('_', '-')}"


def _field_path(loc: Sequence[int | str], tags: Iterable[str]) -> str:
    skip = set(tags)
    parts = [str(part) for part in loc]
    if parts and parts[0] in {"body", "query", "path", "header"}:
        parts = parts[1:]
    # A discriminated union adds the tag (e.g. "individual") to the location.
    parts = [part for index, part in enumerate(parts) if not (index == 0 and part in skip)]
    return ".".join(parts) or "body"


def field_errors_from_pydantic(
    errors: Iterable[Mapping[str, Any]], tags: Iterable[str] = ()
) -> list[FieldError]:
    """Field errors with our codes from pydantic's ``ValidationError.errors()``.

    Args:
        errors: pydantic error dicts (``type``, ``loc``, ``msg``, ``ctx``).
        tags: discriminator values that pydantic inserts in locations, to drop.
    """
    from assist_desk.models.common import PROFILES

    tag_list = [*tags, *(str(p) for p in PROFILES)]
    result: list[FieldError] = []
    for error in errors:
        kind = str(error.get("type", ""))
        code = kind if kind in FIELD_ERROR_CODES else _PYDANTIC_CODES.get(kind, "invalid_format")
        loc = tuple(error.get("loc", ()))
        field = _field_path(loc, tag_list)
        if kind == "union_tag_invalid":
            field = "profile" if field == "body" else f"{field}.profile"
        if kind == "union_tag_not_found":
            field = f"{field}.profile" if field != "body" else "profile"
        message = str(error.get("msg", code))
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        result.append(FieldError(field=field, code=code, message=message))
    return result
