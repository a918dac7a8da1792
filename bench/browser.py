"""The controlled browser (issue 15 §4): first paint, the wipe with a page open, memory,
and the size QtWebEngine adds.

Runs the real application (a training kiosk on the embedded training portal)
offscreen in a throw-away HOME, in its own Qt event loop with the qasync loop,
as ``run_gui`` does.

* **Tap → first paint**: from the hand-off's ``opener.open(url)`` (what "Continue
  on the official site" and the FranceConnect button call) to the first frame of
  the web view that is not blank (its grab polled every 5 ms), for a training
  portal page: the first page of the process (QtWebEngine starts), the first of a
  new citizen session (new profile, new render process), and a second page of the
  same session. Target: ≤ 1 s.
* **Wipe with a page open**: "End session" with a page loaded. Target: ≤ 500 ms.
* **Memory**: resident and proportional (PSS) memory of the application alone, then
  of the application plus its QtWebEngineProcess children with one page open.
* **Size**: what QtWebEngine adds to the installation (its libraries, its process,
  resources and locales, and the QtQuick/QtQml/QtPdf libraries the bundle used to
  leave out): measured in the virtual environment's PySide6; ``make bundle`` then
  ``python -m bench bundle`` gives the bundle's own figure.

Chromium's sandbox cannot start as root: this benchmark turns it off only then
(it is a measurement, not the application).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path
from typing import Any

MIB = 1024 * 1024
PAGE = "/training/franceconnect/x"


def _memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _engine_children() -> list[int]:
    """QtWebEngineProcess processes descending from this one."""
    parents: dict[int, int] = {}
    engine: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            executable = (entry / "cmdline").read_bytes().split(b"\0")[0]
            status = (entry / "status").read_text()
        except OSError:
            continue
        ppid = next(int(x.split()[1]) for x in status.splitlines() if x.startswith("PPid:"))
        parents[int(entry.name)] = ppid
        if b"QtWebEngineProcess" in executable:
            engine.add(int(entry.name))
    me = os.getpid()

    def descends(pid: int) -> bool:
        while pid in parents and pid > 1:
            pid = parents[pid]
            if pid == me:
                return True
        return False

    return sorted(pid for pid in engine if descends(pid))


def _wait(app: Any, condition: Any, timeout_s: float = 20.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not come")
        app.processEvents()
        time.sleep(0.001)


def _painted(screen: Any) -> bool:
    """The web view shows something else than one plain colour."""
    view = screen.view
    if view is None or screen.page is None or screen.page.url().isEmpty():
        return False
    image = view.grab().toImage()
    if image.isNull():
        return False
    first = image.pixel(0, 0)
    step = max(1, image.width() // 40)
    return any(
        image.pixel(x, y) != first
        for y in range(0, image.height(), max(1, image.height() // 30))
        for x in range(0, image.width(), step)
    )


def _open_and_time(app: Any, context: Any, url: str) -> float:
    """From the hand-off's open to the first non-blank frame after this page has loaded."""
    opener = context.features.flows.service.get().opener
    from assist_desk.views.browser.screen import BrowserScreen

    loaded: list[bool] = []
    started = time.perf_counter()
    opener.open(url)
    screen = context.window.screen_of(BrowserScreen)
    assert screen.page is not None
    screen.page.loadFinished.connect(loaded.append)
    _wait(app, lambda: bool(loaded) and screen.page.url().toString() == url)
    _wait(app, lambda: _painted(screen))
    return (time.perf_counter() - started) * 1000


def _size_added() -> list[str]:
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    engine = list((qt / "lib").glob("libQt6WebEngine*"))
    engine += [qt / "libexec" / "QtWebEngineProcess"]
    engine += list((qt / "resources").glob("*")) if (qt / "resources").is_dir() else []
    locales = qt / "translations" / "qtwebengine_locales"
    engine += list(locales.glob("*")) if locales.is_dir() else []
    needed = []
    for library in (qt / "lib").glob("libQt6WebEngineCore.so*"):
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True).stdout
        needed += [line.split()[0] for line in out.splitlines() if "libQt6" in line]
    newly = {
        name
        for name in needed
        if any(part in name for part in ("Quick", "Qml", "OpenGL", "WebChannel", "Positioning"))
    } | {"libQt6Pdf.so.6"}
    extra = [qt / "lib" / name for name in sorted(newly) if (qt / "lib" / name).exists()]
    modules = list(Path(PySide6.__file__).parent.glob("QtWebEngine*.abi3.so"))
    modules += list(Path(PySide6.__file__).parent.glob("QtPdf.abi3.so"))
    modules += list(Path(PySide6.__file__).parent.glob("QtWebChannel.abi3.so"))

    def total(paths: list[Path]) -> float:
        return sum(p.stat().st_size for p in paths if p.is_file() and not p.is_symlink()) / MIB

    whole = total(engine) + total(extra) + total(modules)
    return [
        f"size added: QtWebEngine (libraries, process, resources, locales) {total(engine):.0f} MiB"
        f" + QtQuick/QtQml/QtPdf/WebChannel libraries {total(extra):.0f} MiB"
        f" + Python modules {total(modules):.1f} MiB = {whole:.0f} MiB",
        "  (the bundle before issue 15 excluded all of these; `make bundle` + "
        "`python -m bench bundle` for the bundle's own before/after)",
    ]


def run(args: Namespace) -> list[str]:
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # root: a measurement only
    home = Path(tempfile.mkdtemp(prefix="assist-desk-bench-browser-"))
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", "c"),
        ("XDG_DATA_HOME", "d"),
        ("XDG_STATE_HOME", "s"),
        ("XDG_CACHE_HOME", "k"),
        ("TMPDIR", "t"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    os.environ["ASSIST_DESK_TRAINING_KIOSK"] = "true"

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication([])
    from assist_desk.app import build
    from assist_desk.cli import build_parser

    context = build(build_parser().parse_args(["--mode", "kiosk"]), app)
    assert not isinstance(context, int)
    context.window.resize(1280, 1024)
    context.window.show()
    context.finish_startup()
    _wait(app, lambda: not context.pending_startup, 60)
    portal = context.features.portal.url
    lines = []
    runs = 3 if args.quick else max(3, args.runs)

    context.features.kiosk.start_session("fr")
    app_only = _memory_kib(os.getpid())
    first = _open_and_time(app, context, portal + PAGE)
    same = _open_and_time(app, context, portal + PAGE + "?again")
    engine = _engine_children()
    with_page = [_memory_kib(pid) for pid in [os.getpid(), *engine]]
    new_sessions, wipes = [], []
    for _ in range(runs):
        started = time.perf_counter()
        context.wipe_session("end")
        wipes.append((time.perf_counter() - started) * 1000)
        context.features.kiosk.start_session("fr")
        new_sessions.append(_open_and_time(app, context, portal + PAGE))
    lines.append(
        f"tap → first paint: first in the process {first:.0f} ms; first of a new session"
        f" median {statistics.median(new_sessions):.0f} ms (max {max(new_sessions):.0f});"
        f" another page of the same session {same:.0f} ms  [target ≤ 1000 ms]"
    )
    lines.append(
        f"wipe with a page open: median {statistics.median(wipes):.0f} ms"
        f" (max {max(wipes):.0f}, {runs} runs)  [target ≤ 500 ms]"
    )
    rss = sum(r for r, _ in with_page) / 1024
    pss = sum(p for _, p in with_page) / 1024
    lines.append(
        f"memory: application alone RSS {app_only[0] / 1024:.0f} MiB"
        f" (PSS {app_only[1] / 1024:.0f});"
        f" with one page open, application + {len(engine)} QtWebEngineProcess:"
        f" RSS sum {rss:.0f} MiB, PSS sum {pss:.0f} MiB"
    )
    lines += _size_added()
    context.wipe_session("end")
    context.shutdown()
    return lines
