"""A crash mid-session leaves no trace for the next citizen; a session leaves no file behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk.controllers.session import default_marker_path
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import (
    Canary,
    files_holding,
    kiosk_of,
    tree_snapshot,
)
from tests.kiosk.test_wipe_account_flow import drive_account_wizard_to_submission

ROOT = Path(__file__).resolve().parents[2]

#: What a complete session may change under HOME: the anonymous log only.
ALLOWED_CHANGES = (".local/state/assist-desk/log/assist-desk.log",)


def _driver(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.kiosk.crash_driver", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


@pytest.mark.slow
def test_sigkill_mid_session_then_restart_shows_attract_and_no_trace(
    isolated_home: Path,
) -> None:
    canary = Canary()
    process = _driver("session", canary.text())
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.strip() == "READY":
            break
    assert "READY" in lines, process.stderr.read() if process.stderr else lines
    temp = Path(next(line for line in lines if line.startswith("TEMP "))[5:])
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=10)  # reaps it and closes the pipes
    assert process.returncode == -signal.SIGKILL
    # The crash left its traces: the session marker (nothing personal) and a temp file.
    marker = default_marker_path()
    assert marker.read_text(encoding="utf-8") == "a session was open\n"
    assert temp.exists()
    assert canary.needle() not in marker.read_text(encoding="utf-8")

    restart = _driver("restart")
    out, err = restart.communicate(timeout=60)
    assert restart.returncode == 0, err
    assert "SCREEN attract" in out
    assert "IN_SESSION False" in out
    assert "CRASHED_BEFORE True" in out
    assert not temp.exists()
    assert not marker.exists()
    assert files_holding(isolated_home, canary.needle()) == []
    log = (isolated_home / ".local/state/assist-desk/log/assist-desk.log").read_text()
    assert "ended mid-session" in log
    assert canary.needle() not in log


def test_a_complete_session_changes_nothing_but_the_anonymous_log(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    training_portal: Any,
    app_context: StartApplication,
) -> None:
    # The portal is a server of its own (as ANTS is): its data folder is not the kiosk's.
    context = app_context("--mode", "kiosk", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    before = tree_snapshot(isolated_home)
    canary = Canary()
    account = drive_account_wizard_to_submission(qtbot, context, canary)
    account.go_next()
    qtbot.waitUntil(lambda: not account.busy and account.current != "declaration", timeout=15000)
    assert account.current == "check_email"
    folder = context.session_tmp.path()
    (folder / "checklist.txt").write_text(canary.text(), encoding="utf-8")
    assert tree_snapshot(isolated_home) != before  # the session did write (temp, marker)
    with qtbot.waitSignal(context.sig_session_wiped):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    after = tree_snapshot(isolated_home)
    changed = {path for path in set(before) | set(after) if before.get(path) != after.get(path)}
    assert changed <= set(ALLOWED_CHANGES), changed
    assert kiosk_of(context).session.marker.is_open() is False
    # Nothing Qt itself would keep: no QSettings file, no file-dialog history, no cache.
    assert not [p for p in after if p.endswith(".conf")]
    assert not [p for p in after if p.startswith(".cache/")]
    assert files_holding(isolated_home, canary.needle()) == []
