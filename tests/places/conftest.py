"""Fixtures for the places and appointments tests.

Fixtures:
    directory: the bundled places directory, loaded once per session.
    ants_emulation_url: the training portal's URL; it serves the ANTS emulation router.
    english: English texts whatever translator an earlier test installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from assist_desk.places.directory import PlacesDirectory


@pytest.fixture(scope="session")
def directory() -> PlacesDirectory:
    return PlacesDirectory.load()


@pytest.fixture
def ants_emulation_url(training_portal: Any) -> str:
    """The training portal (real HTTP on 127.0.0.1) that serves the ANTS emulation."""
    return str(training_portal.url)


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    """English texts whatever translator an earlier test left installed (the newest wins)."""
    from PySide6.QtCore import QTranslator

    from assist_desk.paths import i18n_dir

    translator = QTranslator()
    assert translator.load("assist_desk_en", str(i18n_dir()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
