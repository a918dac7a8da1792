"""The only errors :class:`assist_desk.portal.client.PortalClient` raises.

::

    PortalError
    ├── Unavailable          cannot reach the portal, or it answers 502/503/504
    ├── Timeout              the call's total deadline passed
    ├── ValidationFailed     400/413/422: the request was refused; ``errors`` per field
    ├── AuthenticationFailed 401/403: not signed in, bad credentials, not the owner
    ├── Conflict             409: e.g. account not active, terms outdated, key in use
    ├── NotFound             404/410: no such account, terms version, request…
    ├── RateLimited          429: ``retry_after`` seconds (None if unknown)
    └── Unexpected           anything else (500, a malformed answer); ``detail`` if any

Every error carries ``status`` (HTTP status or None), ``code`` (the problem's
machine code, see :mod:`assist_desk.models.problem`), ``detail`` (the problem's
``detail``, to show when present; a generic message otherwise) and ``problem``
(the parsed RFC 9457 document or None, e.g. for a non-JSON 502). The UI maps the
class and ``code`` to a translated, human message and keeps the citizen's data.

Field error codes (``ValidationFailed.errors[*].code`` and ``field_errors``):
``required``, ``invalid_type``, ``invalid_choice``, ``unknown_field``, ``too_short``,
``too_long``, ``too_small``, ``too_large``, ``invalid_format``, ``invalid_email``,
``email_taken``, ``invalid_siret``, ``invalid_siren``, ``invalid_date``,
``date_in_future``, ``claim_too_late``, ``password_too_short``, ``password_too_long``,
``password_too_weak``, ``password_contains_email``, ``invalid_approval_number``,
``invalid_prefecture_authorisation``, ``invalid_department``, ``invalid_insee_code``,
``invalid_phone``, ``terms_version_unknown``, ``terms_hash_mismatch``,
``procedure_unknown``, ``not_eligible``, ``invalid_token``
(:data:`assist_desk.models.problem.FIELD_ERROR_CODES`).
"""

from __future__ import annotations

from assist_desk.models.problem import FieldError, Problem

__all__ = [
    "AuthenticationFailed",
    "Conflict",
    "NotFound",
    "PortalError",
    "RateLimited",
    "Timeout",
    "Unavailable",
    "Unexpected",
    "ValidationFailed",
]


class PortalError(Exception):
    """Base of every portal client error.

    Attributes:
        status: HTTP status of the answer, None when there was no answer.
        code: machine code of the problem (``Problem.code``), None if unknown.
        detail: the problem's ``detail`` (safe to show), None for a generic message.
        problem: the RFC 9457 document when the portal sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        problem: Problem | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.problem = problem
        self.code = problem.code if problem is not None else None
        self.detail = problem.detail if problem is not None else None


class Unavailable(PortalError):
    """The portal cannot be reached (connection refused, reset, DNS) or says 502/503/504."""


class Timeout(PortalError):
    """The call took longer than its total deadline (retries included)."""


class ValidationFailed(PortalError):
    """The portal refused the request's content; ``errors`` say which field and why."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        problem: Problem | None = None,
        errors: list[FieldError] | None = None,
    ) -> None:
        super().__init__(message, status=status, problem=problem)
        if errors is None:
            errors = list(problem.errors) if problem is not None else []
        self.errors: list[FieldError] = errors

    @property
    def field_errors(self) -> dict[str, list[str]]:
        """Codes per field, e.g. ``{"siret": ["invalid_siret"]}``."""
        result: dict[str, list[str]] = {}
        for error in self.errors:
            result.setdefault(error.field, []).append(error.code)
        return result


class AuthenticationFailed(PortalError):
    """Not signed in, wrong e-mail or password, or not the account's owner (401/403)."""


class Conflict(PortalError):
    """The request conflicts with the account's state (409); see ``code``."""


class NotFound(PortalError):
    """No such resource (404), or it was deleted (410)."""


class RateLimited(PortalError):
    """Too many requests (429); ``retry_after`` in seconds when the portal said."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = 429,
        problem: Problem | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, status=status, problem=problem)
        self.retry_after = retry_after


class Unexpected(PortalError):
    """Anything else: a 500, an unknown status, an answer that does not parse."""
