"""Fixtures for the offline content tests (the ``pack`` itself is in tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assist_desk.content.pack import default_directory


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, to break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    return target
