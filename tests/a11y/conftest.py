"""Every test here starts and ends with a neutral application (no catalogue, style or
direction left over): tests.app_fixtures.neutral_application."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _neutral(neutral_application: None) -> None:
    """Applies the shared fixture to each test of this folder."""
