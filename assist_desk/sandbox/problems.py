"""RFC 9457 problem responses of the training portal."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

from assist_desk.models.problem import PROBLEM_MEDIA_TYPE, FieldError, Problem, problem_type

#: Every operation may answer with a problem document.
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    "default": {"model": Problem, "description": "An RFC 9457 problem document."}
}

TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    408: "Request timeout",
    409: "Conflict",
    410: "Gone",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}


class ProblemError(Exception):
    """Raised by handlers; turned into an ``application/problem+json`` answer."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str | None = None,
        *,
        title: str | None = None,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail
        self.title = title or TITLES.get(status, "Error")
        self.errors = errors or []
        self.headers = headers or {}
        self.retry_after = retry_after


def field_problem(field: str, code: str, message: str) -> ProblemError:
    return ProblemError(
        422,
        "validation_failed",
        f"{field}: {message}",
        title="The request has invalid fields",
        errors=[FieldError(field=field, code=code, message=message)],
    )


def problem_response(error: ProblemError, instance: str | None = None) -> JSONResponse:
    problem = Problem(
        type=problem_type(error.code),
        title=error.title,
        status=error.status,
        detail=error.detail,
        instance=instance,
        code=error.code,
        errors=error.errors,
        retry_after=error.retry_after,
    )
    body: dict[str, Any] = problem.model_dump(mode="json", exclude_none=True)
    headers = dict(error.headers)
    if error.retry_after is not None:
        headers.setdefault("Retry-After", str(error.retry_after))
    return JSONResponse(
        body, status_code=error.status, media_type=PROBLEM_MEDIA_TYPE, headers=headers
    )
