"""The app's training portal runs in a child process that never outlives the app."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from assist_desk.sandbox import start_in_subprocess

PARENT = """
import sys, time
from pathlib import Path
from assist_desk.sandbox import start_in_subprocess
handle = start_in_subprocess(Path(sys.argv[1]))
assert handle.wait_started(60), handle.error
print(handle._process.pid, handle.url, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie is not serving: look at its state.
    state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    return state != "Z"


def test_child_serves_and_resets(tmp_path: Path) -> None:
    handle = start_in_subprocess(tmp_path / "portal")
    try:
        assert handle.wait_started(60), handle.error
        request = urllib.request.Request(f"{handle.url}/v1/health")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert json.loads(response.read())["status"] == "ok"
        assert handle.reset() >= 0
    finally:
        handle.stop()
    assert handle.stopped.wait(10)
    assert handle._process is not None
    assert handle._process.returncode is not None


def test_child_stops_when_the_app_is_killed(tmp_path: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "portal")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert parent.stdout is not None
    child_pid = int(parent.stdout.readline().split()[0])
    assert _alive(child_pid)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    parent.stdout.close()
    deadline = time.monotonic() + 15
    while _alive(child_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child_pid)
