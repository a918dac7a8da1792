"""The kiosk tour with the controlled browser on: its scenes are saved and it exits.

Its last scene ends the citizen session; the tasks that wipe cancels must end in the
event loop itself (not inside the scene's task), or the tour never exits.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from assist_desk.tours.browser import page_shown

pytestmark = pytest.mark.slow


def test_the_kiosk_tour_shows_the_browser_and_exits(tmp_path: Path) -> None:
    out = tmp_path / "tour"
    # tests/web/conftest.py turned Chromium's sandbox off for this process and its children.
    assert os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ASSIST_DESK_TRAINING_KIOSK="true")
    command = [sys.executable, "-m", "assist_desk", "tour", "--out", str(out)]
    completed = subprocess.run(
        [*command, "--mode", "kiosk", "--only", "browser"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    for name in ("browser-00-handoff", "browser-01-franceconnect", "browser-02-refused"):
        assert (out / f"{name}.png").stat().st_size > 1000


class _Page:
    """What page_shown reads of a QWebEnginePage."""

    def __init__(self, address: str, title: str, loading: bool = False) -> None:
        self._url = QUrl(address)
        self._title = title
        self._loading = loading

    def url(self) -> QUrl:
        return self._url

    def title(self) -> str:
        return self._title

    def isLoading(self) -> bool:
        return self._loading


def test_a_page_counts_as_shown_only_when_it_loaded() -> None:
    address = "http://127.0.0.1:8765/training/official/carte-grise"
    assert page_shown(_Page(address, "Carte grise (immatriculation)"), "/training/official/")
    # Chromium's error page for a portal that did not answer: the address, titled by host.
    assert not page_shown(_Page(address, "127.0.0.1"), "/training/official/")
    assert not page_shown(_Page(address, "Carte grise", loading=True), "/training/official/")
    assert not page_shown(_Page(address, "Carte grise"), "/training/franceconnect/")
