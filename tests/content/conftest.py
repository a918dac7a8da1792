"""Fixtures for the offline content tests (the ``pack`` itself is in tests/conftest.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assist_desk.content.pack import ContentPack, default_directory
from tests.sample_content import copy_without_arabic


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled content, to break on purpose."""
    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    return target


@pytest.fixture(scope="session")
def untranslated_pack(tmp_path_factory: pytest.TempPathFactory) -> ContentPack:
    """The real pack without its Arabic texts: the French fallback paths."""
    return ContentPack.load(copy_without_arabic(tmp_path_factory.mktemp("no_ar") / "content"))
