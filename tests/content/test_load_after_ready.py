"""The content pack loads once every feature is installed, not during their installs
(issue 13 §3): its worker and the installs on the GUI thread both need the interpreter
lock, so loading while the later features install slowed "ready" down."""

from __future__ import annotations

from typing import Any, cast

import pytest
from PySide6.QtCore import QObject, Signal

from assist_desk.context import FeatureContext
from assist_desk.features import content


class StartingContext(QObject):
    """What the content feature's install reads of the application, before ready."""

    sig_ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ready = False
        self.keep_alive: list[QObject] = []
        self.pending_startup: set[str] = set()

    def language(self) -> str:
        return "ar"


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The languages the loader was started with (no thread is started)."""
    calls: list[str] = []
    monkeypatch.setattr(content.ContentLoader, "start", lambda _self, lang: calls.append(lang))
    return calls


def test_the_pack_loads_when_every_feature_is_installed(qapp: Any, started: list[str]) -> None:
    context = StartingContext()
    content.install(cast(FeatureContext, context))
    assert started == []  # the other features are still installing
    assert context.pending_startup == {content.STARTUP_STEP}  # settled waits for it
    context.ready = True
    context.sig_ready.emit()
    assert started == ["ar"]  # the interface's language


def test_installed_after_ready_the_pack_loads_at_once(qapp: Any, started: list[str]) -> None:
    context = StartingContext()
    context.ready = True
    content.install(cast(FeatureContext, context))
    assert started == ["ar"]
