"""AR-5: the help point's name per interface language (site_name_translations)."""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

import pytest

from assist_desk import bootstrap
from assist_desk.modes import ENV_PREFIX
from assist_desk.site_name import site_name_in


def test_the_translation_wins_and_a_missing_one_falls_back() -> None:
    names = {"ar": "نقطة رقمية"}
    assert site_name_in("Point numérique", names, "ar") == "نقطة رقمية"
    assert site_name_in("Point numérique", names, "en") == "Point numérique"
    assert site_name_in("Point numérique", {}, "fr") == "Point numérique"


def test_the_quick_read_takes_them_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PREFIX + "SITE_NAME_TRANSLATIONS", json.dumps({"ar": "نقطة"}))
    site = tmp_path / "site.toml"
    site.write_text('site_name = "Mairie"\n', encoding="utf-8")
    first = bootstrap.peek(Namespace(config=site, mode=None, lang=None, portal_url=None))
    assert first is not None
    assert first.site_names == {"ar": "نقطة"}
