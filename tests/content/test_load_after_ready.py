"""The content pack loads once every feature is installed, not during their installs
(issue 13 §3): its worker and the installs on the GUI thread both need the interpreter
lock, so loading while the later features install slowed "ready" down."""

from __future__ import annotations

from typing import Any, cast

import pytest
from PySide6.QtCore import QObject, Signal

from assist_desk.context import FeatureContext
from assist_desk.features import content
from tests.app_fixtures import StartApplication


class StartingContext(QObject):
    """What the content feature's install reads of the application, before ready."""

    sig_ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ready = False
        self.keep_alive: list[QObject] = []
        self.pending_startup: set[str] = set()


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """One entry per start of the loader (no thread is started)."""
    calls: list[str] = []
    monkeypatch.setattr(content.ContentLoader, "start", lambda _self: calls.append("started"))
    return calls


def test_the_pack_loads_when_every_feature_is_installed(qapp: Any, started: list[str]) -> None:
    context = StartingContext()
    content.install(cast(FeatureContext, context))
    assert started == []  # the other features are still installing
    assert context.pending_startup == {content.STARTUP_STEP}  # settled waits for it
    context.ready = True
    context.sig_ready.emit()
    assert started == ["started"]


def test_installed_after_ready_the_pack_loads_at_once(qapp: Any, started: list[str]) -> None:
    context = StartingContext()
    context.ready = True
    content.install(cast(FeatureContext, context))
    assert started == ["started"]


def test_the_content_screens_open_from_the_home_tiles(
    qtbot: Any, app_context: StartApplication
) -> None:
    """The screens' modules load when first opened (not with the pack): FAQ and
    checklists still open, share one environment, and the FAQ opens a checklist."""
    from assist_desk.views.checklists import ChecklistsScreen
    from assist_desk.views.faq import FaqScreen
    from assist_desk.views.triage import TriageScreen

    context = app_context("--lang", "fr", wait=True)
    window = context.window
    assert not {"faq", "checklists", "triage"} & {s.screen_id for s in window.built_screens()}
    window.show_screen("faq")
    faq = window.current_screen()
    assert isinstance(faq, FaqScreen)
    assert isinstance(window.screen_by_id(TriageScreen.screen_id), TriageScreen)
    faq.env.open_checklist("pp_first_adult")
    checklists = window.current_screen()
    assert isinstance(checklists, ChecklistsScreen)
    assert checklists.env is faq.env
    window.show_screen("checklists")
    assert window.current_screen() is checklists  # built once
