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
