"""The cheaper "uses PySide6?" check gives PySide6's own answers."""

from __future__ import annotations

import importlib
import sys
import textwrap
from pathlib import Path

import pytest

from assist_desk import pyside_import_scan


@pytest.fixture(autouse=True)
def _pyside_loaded() -> None:
    importlib.import_module("PySide6.QtCore")


def _original():  # type: ignore[no-untyped-def]
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    return pyside_import_scan._original or check


@pytest.mark.parametrize(
    "name",
    ["assist_desk.app", "assist_desk.settings", "json", "argparse", "assist_desk.views.home"],
)
def test_same_answer_as_pyside_for_real_modules(name: str) -> None:
    module = importlib.import_module(name)
    assert pyside_import_scan.uses_pyside(module) == _original()(module)


def test_a_module_naming_pyside6_anywhere_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mentions_it.py").write_text(
        textwrap.dedent('''
        """Only says PySide6 in a docstring."""
        VALUE = 1
    ''')
    )
    (tmp_path / "does_not.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name, expected in (("mentions_it", True), ("does_not", False)):
        module = importlib.import_module(name)
        assert pyside_import_scan.uses_pyside(module) is expected
        assert _original()(module) is expected


def test_install_replaces_the_check_once() -> None:
    assert pyside_import_scan.install()
    assert pyside_import_scan.install()  # a second call changes nothing
    feature = sys.modules["shibokensupport.feature"]
    assert feature._mod_uses_pyside is pyside_import_scan.uses_pyside
    assert pyside_import_scan._original is not pyside_import_scan.uses_pyside
