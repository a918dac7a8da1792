"""AR-5: an Arabic page shows the help point's Arabic name when the site file gives
one (top bar and About), and the name itself in a language without one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from assist_desk.i18n import strip_isolates
from assist_desk.modes import ENV_PREFIX
from assist_desk.views.about import AboutScreen
from tests.a11y.helpers import shown
from tests.app_fixtures import StartApplication

ARABIC_NAME = "النقطة الرقمية للتدريب"


def test_the_site_name_follows_the_language(
    qtbot: Any, qapp: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PREFIX + "SITE_NAME", "Mairie de Test")
    monkeypatch.setenv(ENV_PREFIX + "SITE_NAME_TRANSLATIONS", json.dumps({"ar": ARABIC_NAME}))
    context = shown(qtbot, app_context("--mode", "training", "--lang", "fr"))
    window = context.window
    assert "Mairie de Test" in window.site_label.text()
    context.switch_language("ar")
    qtbot.waitUntil(lambda: ARABIC_NAME in strip_isolates(window.site_label.text()))
    assert "Mairie de Test" not in window.site_label.text()
    assert ARABIC_NAME in window.site_label.accessibleName()
    window.show_screen("about")
    about = window.screen_of(AboutScreen)
    assert ARABIC_NAME in strip_isolates(about.site_label.text())
    context.switch_language("en")  # no English name given: the name itself
    qtbot.waitUntil(lambda: "Mairie de Test" in strip_isolates(window.site_label.text()))
