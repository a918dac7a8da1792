"""The accessibility statement (docs/, issue 19): French and English, RGAA 4.1 and
EN 301 549 clause 11, the site's contact; offered by the About screen in mediator mode."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk.paths import project_root
from assist_desk.views.about import AboutScreen
from tests.a11y.helpers import shown
from tests.app_fixtures import StartApplication


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_statement_says_what_an_auditor_looks_for(lang: str) -> None:
    text = (project_root() / "docs" / f"accessibility-statement.{lang}.md").read_text("utf-8")
    for needed in ("RGAA 4.1", "EN 301 549", "11", "AT-SPI", "tests/atspi/", "{contact}"):
        assert needed in text
    assert "Défenseur des droits" in text  # the remedy French law asks for


def test_mediators_reach_it_from_about(
    qtbot: Any, qapp: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSIST_DESK_ACCESSIBILITY_CONTACT", "accessibilite@mairie.example")
    context = shown(qtbot, app_context("--mode", "mediator", "--lang", "fr"))
    context.window.show_screen("about")
    about = context.window.screen_of(AboutScreen)
    assert about.statement_button.isVisibleTo(about)
    assert about.statement_button.accessibleName() == "Déclaration d'accessibilité"
    about.statement_button.click()
    text = about.statement_view.toPlainText()
    assert "partiellement conforme" in text
    assert "accessibilite@mairie.example" in text
    assert about.statement_view.hasFocus()
    # The sources and licences: one more button for mediators (O-3).
    assert about.sources_button.isVisibleTo(about)
    about.sources_button.click()
    assert context.window.current_screen().screen_id == "about_sources"


def test_citizens_do_not_get_it(qtbot: Any, qapp: Any, app_context: StartApplication) -> None:
    context = shown(qtbot, app_context("--mode", "training", "--lang", "fr"))
    context.window.show_screen("about")
    about = context.window.screen_of(AboutScreen)
    assert not about.statement_button.isVisibleTo(about)
    assert not about.sources_button.isVisibleTo(about)
