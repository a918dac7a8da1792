"""The AT-SPI bus tests: what a screen reader reads and hears (see desktop.py).

One private desktop for the whole session and few application starts (each start
takes about two seconds). Where the desktop's programs are missing the folder is
skipped with one line; CI sets ``ATSPI_TESTS_REQUIRED=1`` so that there it fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.atspi.desktop import PACKAGES, Desktop, RunningApp, missing_tools

#: The idle warning appears 30 s after the last input and lasts 20 s (the minimums).
IDLE_SITE = "idle_timeout_s = 30\nidle_warning_s = 20\n"


@pytest.fixture(scope="session")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    required = os.environ.get("ATSPI_TESTS_REQUIRED") == "1"
    missing = missing_tools()
    if missing:
        message = f"AT-SPI bus tests need {missing} (Debian: apt-get install {PACKAGES})"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    started = Desktop(tmp_path_factory.mktemp("desktop"))
    try:
        try:
            started.start()
        except (OSError, RuntimeError) as error:
            # The programs are there but the bus cannot start (a container without
            # what they need…): one line, and the rest of the suite runs on.
            message = f"AT-SPI bus tests: the private desktop did not start: {error}"
            if required:
                pytest.fail(message)
            pytest.skip(message)
        yield started
    finally:
        started.stop()


def _start(desktop: Desktop, folder: Path, *args: str, site: str = "") -> Iterator[RunningApp]:
    app = RunningApp(desktop, folder, *args, site=site)
    try:
        yield app
    finally:
        app.stop()


@pytest.fixture(scope="session")
def desk_fr(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """The French desk (training mode), shared by the tests: each starts from home.

    Training mode, not kiosk: on this X desktop the kiosk's lockdown re-creates the
    window and Qt then reports no focused widget at all (see the report of issue 19),
    so focus events are checked here and the kiosk tests read trees and announcements.
    """
    yield from _start(desktop, tmp_path_factory.mktemp("desk_fr"), "--lang", "fr")


@pytest.fixture(scope="module")
def kiosk_ar(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """An Arabic kiosk whose idle warning comes 30 s after the last input."""
    folder = tmp_path_factory.mktemp("kiosk_ar")
    yield from _start(desktop, folder, "--mode", "kiosk", "--lang", "ar", site=IDLE_SITE)


@pytest.fixture(scope="module")
def walk_desk(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """A French desk of its own for the tree walks (test_walks.py), switched to Arabic
    there: the walks go through many screens, and if the application dies on the way
    (see the report of issue 19) the other tests keep their own."""
    yield from _start(desktop, tmp_path_factory.mktemp("walk_desk"), "--lang", "fr")
