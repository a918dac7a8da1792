"""Fixtures for the places and appointments tests.

Fixtures:
    directory: the bundled places directory, loaded once per session.
    ants_emulation_url: the training portal's URL; it serves the ANTS emulation router.
"""

from __future__ import annotations

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
