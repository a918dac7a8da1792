"""Fixtures for the design tests (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk import theme


@pytest.fixture
def styled(qapp: Any) -> Any:
    """The application's own style sheet, as in the tour (sizes matter there)."""
    theme.apply(qapp, "default", 1.0, kiosk=False)
    yield
    qapp.setStyleSheet("")
    qapp.setProperty("assist_desk_citizen", None)
