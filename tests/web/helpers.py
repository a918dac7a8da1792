"""Driving the controlled browser in tests: JavaScript results, loads, render processes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from assist_desk.views.browser.screen import BrowserScreen

LOAD_MS = 15000


def run_js(qtbot: Any, page: Any, code: str, timeout: int = LOAD_MS) -> Any:
    """The result of ``code`` in the page's main world."""
    results: list[Any] = []
    page.runJavaScript(code, 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=timeout)
    return results[0]


def open_and_wait(qtbot: Any, screen: BrowserScreen, open_: Any, url: str) -> None:
    """``open_(url)`` (the feature's open), then wait until the page has loaded ``url``."""
    open_(url)
    page = screen.page
    assert page is not None
    qtbot.waitUntil(
        lambda: page.url().toString().startswith(url.split("?")[0]) and not _loading(qtbot, page),
        timeout=LOAD_MS,
    )


def _loading(qtbot: Any, page: Any) -> bool:
    return bool(run_js(qtbot, page, "document.readyState") != "complete")


def wait_loaded(qtbot: Any, page: Any, path_part: str) -> None:
    qtbot.waitUntil(
        lambda: path_part in page.url().toString() and not _loading(qtbot, page),
        timeout=LOAD_MS,
    )


def renderer_pids() -> set[int]:
    """QtWebEngine render processes that are children (at any depth) of this process."""
    me = os.getpid()
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            status = (entry / "status").read_text()
        except OSError:
            continue
        if not cmdline or b"QtWebEngineProcess" not in cmdline[0]:
            continue
        if b"--type=renderer" in cmdline and _descends_from(int(entry.name), me, status):
            found.add(int(entry.name))
    return found


def _descends_from(pid: int, ancestor: int, status: str) -> bool:
    while pid > 1:
        if pid == ancestor:
            return True
        ppid = next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")), 0
        )
        pid = ppid
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            return pid == ancestor
    return False


def files_holding(root: Path, needle: str) -> list[str]:
    """Files under ``root`` whose bytes hold ``needle`` (UTF-8 or UTF-16)."""
    patterns = (needle.encode(), needle.encode("utf-16-le"))
    hits = []
    for path in root.rglob("*"):
        try:
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                if any(p in data for p in patterns):
                    hits.append(str(path.relative_to(root)))
        except OSError:
            continue
    return hits
