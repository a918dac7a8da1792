"""In a PyInstaller bundle, data are found in sys._MEIPASS (the bundle's data folder)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from assist_desk import paths


def test_project_root_in_a_frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.project_root() == tmp_path
    assert paths.i18n_dir() == tmp_path / "i18n"
    assert paths.ui_dir() == tmp_path / "ui"


def test_project_root_from_the_source_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    root = paths.project_root()
    assert (root / "assist_desk" / "paths.py").is_file()
    assert (root / "ui" / "qss" / "base.qss").is_file()
