"""Suite-wide set-up: offscreen Qt, isolated directories, strict failure on hidden errors.

Fixtures:
    isolated_home: HOME and XDG directories in a temporary folder, and
        ASSIST_DESK_TRAINING_KIOSK=true (autouse).
    memory_keyring: an in-memory keyring backend (autouse; never the real one).
    qasync_loop: a qasync loop attached to the running QApplication.
    fail_on_dialog_exec: any modal ``exec()`` fails the test (autouse).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.pop("ASSIST_DESK_PSEUDO_L10N", None)

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest_plugins = [
    "tests.fixtures",
    "tests.portal_fixtures",
    "tests.thread_checks",
    "tests.app_fixtures",
]


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test sees its own empty HOME and XDG folders; nothing touches the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("TMPDIR", "tmp"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    for name in list(os.environ):
        if name.startswith("ASSIST_DESK_"):
            monkeypatch.delenv(name)
    # A kiosk with no portal URL starts only as a declared training kiosk (C1): tests
    # that start one without --portal-url get that; tests/kiosk/test_shipped_kiosk.py
    # removes it to check the refusal.
    monkeypatch.setenv("ASSIST_DESK_TRAINING_KIOSK", "true")
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[Any]:
    """Install an in-memory keyring backend for the duration of a test."""
    import keyring

    from tests.fixtures import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
