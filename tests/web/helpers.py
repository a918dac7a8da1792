"""Driving the controlled browser in tests: JavaScript results, loads, render processes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from assist_desk.sandbox.receipt_pdf import receipt_pdf as sandbox_receipt_pdf
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
    """QtWebEngine render processes of this process: Chromium forks them from its zygote
    (a QtWebEngineProcess child of this process), so they are QtWebEngineProcess
    processes whose parent is one too, and whose grandparent is this process."""
    me = os.getpid()
    engine: dict[int, int] = {}  # pid -> parent pid, QtWebEngineProcess only
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            executable = (entry / "cmdline").read_bytes().split(b"\0")[0]
            status = (entry / "status").read_text()
        except OSError:
            continue
        if b"QtWebEngineProcess" in executable:
            engine[int(entry.name)] = next(
                int(line.split()[1]) for line in status.splitlines() if line.startswith("PPid:")
            )
    return {pid for pid, parent in engine.items() if engine.get(parent) == me}


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


def receipt_pdf(text: str) -> bytes:
    """A one-page PDF whose content stream holds ``text`` uncompressed (a receipt), made
    as the training portal makes its own."""
    return sandbox_receipt_pdf([text])


def download_script(name: str, data: bytes, mime: str = "application/pdf") -> str:
    """JavaScript that makes the page download ``data`` as ``name`` (a blob link)."""
    import base64

    encoded = base64.b64encode(data).decode()
    return (
        f"(function () {{ var bytes = Uint8Array.from(atob('{encoded}'),"
        " function (c) { return c.charCodeAt(0); });"
        f" var url = URL.createObjectURL(new Blob([bytes], {{type: '{mime}'}}));"
        f" var a = document.createElement('a'); a.href = url; a.download = '{name}';"
        " document.body.appendChild(a); a.click(); return 1; })()"
    )
