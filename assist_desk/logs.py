"""Anonymous, structured logging to a rotating file in the platform log directory.

What a citizen types never reaches a log. Three nets, in order:

1. Log calls are structured: a constant message with ``%s`` placeholders, the
   values passed apart (``tests/kiosk/test_logs.py`` refuses f-strings and
   ``%``-formatting in log calls).
2. :class:`JsonFormatter` fills the placeholders with values of safe kinds
   only: numbers, booleans, ``None``, enumerations, and short lower-case
   identifier-like texts (``"passport"``, ``"timeout"``, ``"ants.gouv.fr"``), codes
   and class names (see ``_SAFE_TEXTS``). Any other text becomes ``[text]``; any
   other object its type name, an exception too unless it declares ``log_safe``
   (its messages are the application's own). A traceback keeps the exception
   types and where it happened, never the exception's message
   (``ValueError: invalid literal ... '<typed>'``).
3. :func:`redact` then masks what still looks personal: e-mail addresses,
   phone and other long numbers, dates, pre-application numbers (any case,
   grouped or not), street addresses and ``name=value`` pairs of personal fields.
"""

from __future__ import annotations

import enum
import json
import logging
import logging.handlers
import re
import time
import traceback
from pathlib import Path
from typing import Any

LOG_FILE_NAME = "assist-desk.log"

#: Texts logged as is (no space or "@": a name, a sentence or an address typed by a
#: person is none of these): a lower-case identifier, path or host name; a code with an
#: underscore or a digit (``E_TIMEOUT``, ``fc_12``); a class name with two capitals or
#: more (``StorageUnavailable``; a one-capital word such as a surname is not logged).
_SAFE_TEXTS = (
    re.compile(r"[a-z0-9_][a-z0-9_.:/-]{0,47}"),
    re.compile(r"(?=[A-Za-z0-9_.-]*[_0-9])[A-Za-z0-9_.-]{1,48}"),
    re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+"),
)
_PERSONAL_KEYS = (
    "password|passwd|pwd|pin|secret|token|given_names?|first_?name|family_name|last_?name"
    "|birth_?name|usage_name|name|birth_date|date_of_birth|birth_place|address|street"
    "|email|e-mail|phone|mobile|iban|siret|siren"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "password=…", "given_names: …" (the value up to the next "key=" or the end).
    (
        re.compile(
            rf"\b({_PERSONAL_KEYS})\s*[=:]\s*.*?(?=\s+[\w-]+\s*[=:]|[,;]|$)",
            re.IGNORECASE,
        ),
        r"\1=[redacted]",
    ),
    (re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"), "[redacted]"),  # e-mail addresses
    # Street addresses: "12 rue de la Paix", "3 bis avenue …" (up to a comma or the end).
    (
        re.compile(
            r"\b\d{1,4}\s*(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée"
            r"|allee|impasse|route|quai|cours|square|lieu-dit)\b[^,;\n]*",
            re.IGNORECASE,
        ),
        "[redacted]",
    ),
    (re.compile(r"\b\d{5}\s+[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)*"), "[redacted]"),  # 75002 Paris
    # Dates: 14/07/1985, 14-07-85, 1985-07-14.
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"), "[redacted]"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), "[redacted]"),
    # Phone numbers, SIRET/SIREN, long numbers: nine digits or more, with separators.
    (re.compile(r"\+?\d(?:[ .-]?\d){8,}"), "[redacted]"),
)
#: Ten letters and digits, in groups or not: "AB12CD34EF", "ab12cd34ef", "AB12 CD34 EF".
_GROUPED_CODE = re.compile(r"\b[A-Za-z0-9]{2,10}(?:[ -][A-Za-z0-9]{2,8}){0,6}\b")


def _mask_code(match: re.Match[str]) -> str:
    text = match.group(0)
    # Only runs that are exactly a ten-character code with a digit and a letter.
    parts = re.split(r"[ -]", text)
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            group = parts[start:end]
            joined = "".join(group)
            if (
                len(joined) == 10
                and (len(group) == 1 or all(len(part) <= 4 for part in group))
                and any(c.isdigit() for c in joined)
                and any(c.isalpha() for c in joined)
            ):
                masked = [*parts[:start], "[redacted]", *parts[end:]]
                return " ".join(masked) if " " in text else "-".join(masked)
    return text


def redact(text: str) -> str:
    """Mask what looks like personal data (the second net; see the module docstring)."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return _GROUPED_CODE.sub(_mask_code, text)


def safe_value(value: Any) -> Any:
    """What of a log argument may be written: see the module docstring."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return safe_value(value.value)
    if isinstance(value, str):
        return value if any(p.fullmatch(value) for p in _SAFE_TEXTS) else "[text]"
    if isinstance(value, BaseException) and getattr(value, "log_safe", False):
        return str(value)  # an error whose messages the application writes itself
    return f"<{type(value).__name__}>"


def message_of(record: logging.LogRecord) -> str:
    """The record's message with only safe values in its placeholders."""
    template = str(record.msg)
    args = record.args
    if not args:
        return template
    try:
        if isinstance(args, dict):
            return template % {key: safe_value(value) for key, value in args.items()}
        return template % tuple(safe_value(value) for value in args)
    except (TypeError, ValueError):
        return template


def trace_of(exc_info: Any) -> dict[str, Any]:
    """Exception types (with causes) and frames, without any message or local value."""
    kind, error, tb = exc_info
    types: list[str] = []
    seen = error
    while seen is not None and len(types) < 5:
        types.append(type(seen).__name__)
        seen = seen.__cause__ or seen.__context__
    frames = [
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]
    return {"exc": " <- ".join(types) or kind.__name__, "trace": frames[-12:]}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and where an error came from)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "t": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(message_of(record)),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry.update(trace_of(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(log_dir: Path, level: str = "INFO") -> Path:
    """Log to ``log_dir/assist-desk.log`` (1 MiB × 5 files). Returns the file path."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_048_576, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_assist_desk", False)]:
        root.removeHandler(old)
        old.close()
    handler._assist_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
