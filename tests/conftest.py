"""Suite-wide set-up: offscreen Qt, isolated directories, strict failure on hidden errors.

Fixtures:
    isolated_home: HOME and XDG directories in a temporary folder, and
        ASSIST_DESK_TRAINING_KIOSK=true (autouse).
    memory_keyring: an in-memory keyring backend (autouse; never the real one).
    qasync_loop: a qasync loop attached to the running QApplication.
    fail_on_dialog_exec: any modal ``exec()`` fails the test (autouse).
    no_stale_running_loop: no closed event loop left registered as running (autouse).
    application_left_clean (tests/application_state_checks.py, autouse): a test that leaves
        an override cursor, modal or popup fails; a style sheet or catalogue left is reset.
    pack: the bundled content pack, loaded once per process (the one sample of content).

Every test that starts the whole application (the ``app_context`` fixture) is marked
``app``, so ``make test-fast`` (``-m "not app and not slow"``) leaves it out.

The whole suite runs in one process per pytest-xdist worker (``make test``), each
with its own QApplication: nothing here may rely on a fresh process per folder.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")
os.environ.pop("ASSIST_DESK_PSEUDO_L10N", None)

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.sample_content import copy_without_arabic

if TYPE_CHECKING:
    from assist_desk.content import ContentPack

pytest_plugins = [
    "tests.fixtures",
    "tests.portal_fixtures",
    "tests.thread_checks",
    "tests.application_state_checks",
    "tests.app_fixtures",
    "tests.shared_portal",
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


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark ``app`` the tests that start the whole application (by the one fixture).

    Under pytest-xdist, the ``slow`` tests (20-40 s each: tours, a wheel build) go first,
    so no worker is left running one of them alone at the end. Runs before
    pytest-random-order, so ``make test-shuffled`` still shuffles everything.
    """
    for item in items:
        if "app_context" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.app)
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def widgets_deleted_after_each_test() -> Iterator[None]:
    """The widgets a test closed are deleted when it ends, not kept to the process's end.

    pytest-qt closes a test's widgets with ``deleteLater()``, which no event loop of a
    test process ever carries out: they piled up (1700 widgets by the eighth test of
    tests/design/test_request_order.py), and every later language switch or style sheet
    re-laid them all out (2-3 s a test). Runs after pytest-qt closed them.
    """
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _clear_stale_running_loop() -> None:
    # WORKAROUND: a qasync loop made with already_running=True registers itself as the
    # thread's running loop; if it was closed without event_loop.close_attached (a
    # test's own loop), asyncio.run() refuses to start ("cannot be called from a
    # running event loop") in whichever later test of the process calls it.
    loop = asyncio.events._get_running_loop()
    if loop is not None and (loop.is_closed() or not loop.is_running()):
        asyncio.events._set_running_loop(None)


@pytest.fixture(autouse=True)
def no_stale_running_loop() -> Iterator[None]:
    _clear_stale_running_loop()
    yield
    _clear_stale_running_loop()


@pytest.fixture(scope="session")
def pack() -> ContentPack:
    """The real bundled content pack, loaded and checked once per process."""
    from assist_desk.content import ContentPack

    return ContentPack.load()


@pytest.fixture
def untranslated_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The application loads the content without Arabic (for interface tests)."""
    target = copy_without_arabic(tmp_path / "content")
    monkeypatch.setattr("assist_desk.content.pack.default_directory", lambda: target)
    return target
