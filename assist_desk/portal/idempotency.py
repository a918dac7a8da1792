"""Idempotency keys (draft-ietf-httpapi-idempotency-key-header) and retry timing."""

from __future__ import annotations

import hashlib
import json
import random
import re
import uuid
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

_SF_STRING = re.compile(r'^"((?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\["\\])*)"$')


def new_key() -> str:
    """A fresh key: a random UUID."""
    return str(uuid.uuid4())


def format_key(key: str) -> str:
    """The header value: a Structured Field string (quoted; ``"`` and ``\\`` escaped)."""
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def parse_key(header: str | None) -> str | None:
    """The key from an ``Idempotency-Key`` header value, None if it is not an sf-string."""
    if header is None:
        return None
    match = _SF_STRING.match(header.strip(" "))
    if match is None:
        return None
    value = re.sub(r"\\([\"\\])", r"\1", match.group(1))
    return value if 1 <= len(value) <= 255 else None


def fingerprint(method: str, path: str, body: Any) -> str:
    """A stable digest of a request: same method, path and JSON payload, same digest."""
    # ensure_ascii: a lone surrogate is escaped, not a UnicodeEncodeError.
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(f"{method.upper()} {path}\n{canonical}".encode()).hexdigest()


class KeyBook:
    """One key per distinct payload: the key changes only when the payload changes.

    Used by the client so that a caller who retries the same submission (after a
    timeout, or after the portal came back) sends the same key, and the portal
    answers with the first result instead of creating a second account.
    """

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def key_for(self, method: str, path: str, body: Any) -> str:
        digest = fingerprint(method, path, body)
        if digest not in self._keys:
            self._keys[digest] = new_key()
        return self._keys[digest]

    def forget(self, method: str, path: str, body: Any) -> None:
        """The payload got a definitive answer: its next submission gets a new key."""
        self._keys.pop(fingerprint(method, path, body), None)

    def clear(self) -> None:
        self._keys.clear()

    def __len__(self) -> int:
        return len(self._keys)


def backoff_delay(attempt: int, base: float, cap: float, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter: uniform in [0, min(cap, base * 2**(attempt-1))]."""
    ceiling = min(cap, base * (2 ** max(0, attempt - 1)))
    return (rng or random).uniform(0, ceiling)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or HTTP-date), None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
