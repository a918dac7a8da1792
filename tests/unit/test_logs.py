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
    # Texts that are not identifiers are not written at all (issue 17, L3).
    assert entries[0]["msg"] == "account for [text] with siret [text]"
    assert entries[1]["level"] == "WARNING"


def test_versions_and_counts_stay_readable_dates_do_not(tmp_path: Path) -> None:
    """A date may be a birth date: masked (issue 17, L3); versions and counts stay."""
    path = setup_logging(tmp_path, "INFO")
    logging.getLogger("assist_desk.test").info(
        "content pack %s (%s) loaded, %d entries", "1.0.0", "2026-11-30", 73
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "content pack 1.0.0 ([redacted]) loaded, 73 entries" in text
