"""Anonymous, structured logging to a rotating file in the platform log directory.

What a citizen types never reaches a log: log calls pass identifiers and
counts, never form values, and :class:`JsonFormatter` is a second line of
defence that masks anything shaped like an e-mail address, a phone number or
a long digit run, whatever the caller passed.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import re
import time
from pathlib import Path

LOG_FILE_NAME = "assist-desk.log"

_PATTERNS = (
    re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),  # e-mail addresses
    # Phone numbers, SIRET/SIREN, long numbers: nine digits or more, with separators.
    # (An ISO date has eight, so dates stay readable.)
    re.compile(r"\+?\d(?:[ .-]?\d){8,}"),
    re.compile(r"\b[A-Z0-9]{10}\b"),  # pre-application numbers
    re.compile(r"CANARY-[0-9a-f-]+", re.IGNORECASE),  # test canaries
)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the exception type)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "t": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        if record.exc_info and record.exc_info[0] is not None:
            # The exception's type and a redacted traceback; never its locals.
            entry["exc"] = redact(self.formatException(record.exc_info))
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
