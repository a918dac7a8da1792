"""The log never keeps personal data, even when a caller passes some."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from assist_desk.logs import setup_logging


def test_log_file_is_json_and_redacted(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, "INFO")
    logger = logging.getLogger("assist_desk.test")
    logger.info("account for %s with siret %s", "jeanne.dupont@example.org", "732 829 320 00074")
    logger.warning("pre-application %s", "AB12CD34EF")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "jeanne.dupont" not in text
    assert "732 829 320" not in text
    assert "AB12CD34EF" not in text
    entries = [json.loads(line) for line in text.splitlines()]
    assert entries[0]["msg"] == "account for [redacted] with siret [redacted]"
    assert entries[1]["level"] == "WARNING"


def test_dates_and_counts_stay_readable(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, "INFO")
    logging.getLogger("assist_desk.test").info(
        "content pack %s loaded, %d entries", "2026-11-30", 73
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "content pack 2026-11-30 loaded, 73 entries" in path.read_text(encoding="utf-8")
