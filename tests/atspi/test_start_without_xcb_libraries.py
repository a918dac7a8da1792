"""m8 of issue 19: on a desktop without Qt's xcb libraries, the start says why, in plain
words, with the packages to install (it used to exit with status 134 and print nothing).

The machine has the libraries; an empty ``libxcb-cursor.so.0`` first on
LD_LIBRARY_PATH makes the loader fail on it exactly as when it is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.atspi.desktop import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _hidden_cursor_library(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(LD_LIBRARY_PATH=str(tmp_path), QT_QPA_PLATFORM="xcb", DISPLAY=":404")
    return env


def test_the_start_names_the_missing_package(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "assist_desk"],
        cwd=REPO,
        env=_hidden_cursor_library(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    print(result.stderr)
    assert result.returncode != 0
    assert "assist-desk cannot start" in result.stderr
    assert "no Qt platform plugin could be initialized" in result.stderr
    assert "Install them with: sudo apt-get install libxcb-cursor0" in result.stderr


def test_make_runs_check_names_it_before_anything_else(tmp_path: Path) -> None:
    result = subprocess.run(
        ["/usr/bin/python3", "-m", "assist_desk.system_check"],
        cwd=REPO,
        env=_hidden_cursor_library(tmp_path),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines()[1].split() == ["libxcb-cursor0"]
