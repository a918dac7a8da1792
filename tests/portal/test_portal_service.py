"""The feature installer, in a real application process (offscreen).

The application runs in a child process: its qasync loop, its quit and its threads
are then exactly those of ``assist-desk``, and no Qt state leaks between tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from assist_desk import app as app_module
from assist_desk.cli import build_parser

args = build_parser().parse_args(sys.argv[1:])
qapp = QApplication([])
context = app_module.build(args, qapp)
window = context.window
report = {}
started = time.monotonic()

def settled():
    report["settled_s"] = round(time.monotonic() - started, 3)
    client = context.features.portal.client.get()
    handle = context.features.portal.training
    report["client_url"] = client.base_url
    report["handle_url"] = handle.url if handle else None
    report["handle_data"] = str(handle.data_dir) if handle else None
    report["reset_is_wipe_hook"] = client.reset in context.wipe_hooks
    if handle is None:
        qapp.quit()
        return

    async def check():
        report["health"] = (await client.health()).status
        context.wipe_session()
        report["inflight_after_wipe"] = client.inflight
        report["health_after_wipe"] = (await client.health()).status
        qapp.quit()

    context.loop.create_task(check())

context.sig_settled.connect(settled)
window.show()
QTimer.singleShot(0, context.finish_startup)
report["pending_right_after_install"] = None
QTimer.singleShot(1, lambda: report.__setitem__(
    "pending_right_after_install", sorted(context.pending_startup)))
QTimer.singleShot(30000, qapp.quit)
qapp.aboutToQuit.connect(context.shutdown)
qapp.exec()
handle = context.features.portal.training
report["server_stopped"] = handle.stopped.wait(10) if handle else None
print("REPORT " + json.dumps(report))
"""


def run_app(*argv: str, home: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *argv],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("REPORT "))
    report: dict[str, object] = json.loads(line.removeprefix("REPORT "))
    return report


@pytest.mark.slow
def test_training_mode_starts_the_portal_off_the_gui_thread(isolated_home: Path) -> None:
    report = run_app(home=isolated_home)
    # The installers returned while the portal was still starting: the GUI did not wait.
    assert "training-portal" in report["pending_right_after_install"]  # type: ignore[operator]
    assert report["client_url"] == report["handle_url"]
    assert str(report["handle_url"]).startswith("http://127.0.0.1:")
    assert str(report["handle_data"]).endswith("assist-desk/training-portal")
    assert str(report["handle_data"]).startswith(str(isolated_home))
    assert report["reset_is_wipe_hook"] is True
    assert report["health"] == "ok"
    assert report["inflight_after_wipe"] == 0
    assert report["health_after_wipe"] == "ok"  # a fresh pool after the wipe
    assert report["server_stopped"] is True


@pytest.mark.slow
def test_a_remote_portal_starts_no_training_portal(isolated_home: Path) -> None:
    report = run_app(
        "--mode", "mediator", "--portal-url", "https://portal.example.org", home=isolated_home
    )
    assert report["client_url"] == "https://portal.example.org"
    assert report["handle_url"] is None
    assert "training-portal" not in report["pending_right_after_install"]  # type: ignore[operator]
