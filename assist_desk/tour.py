"""The screen tour: walks every screen and wizard step and saves one PNG each.

``assist-desk tour --out DIR [--lang L] [--mode M] [--size WxH] [--only TEXT]``
starts the real application (same composition root, same feature installers)
against a fresh embedded training portal in a temporary data folder, then runs
the scene modules of :data:`TOUR_MODULES` in order.

Adding screens to the tour
--------------------------
A scene module exposes ``scenes(tour: Tour) -> AsyncIterator[Scene]``: an async
generator that puts the window in a state (navigate, fill, click, await the
portal through the real controllers) and then ``yield tour.scene(name, title)``.
The runner saves ``<out>/<name>.png`` for each yielded scene and lists it in
``<out>/index.md``. Names are stable, lower-case and descriptive
(``account-03-prerequisites-siv_professional``); a name already taken fails the
tour. To add your screens, write ``assist_desk/tours/<yours>.py`` and add one
line to :data:`TOUR_MODULES`.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

if TYPE_CHECKING:
    from assist_desk.app import AppContext

log = logging.getLogger(__name__)

#: Modules whose ``scenes(tour)`` async generator yields named scenes, in tour order.
TOUR_MODULES: tuple[str, ...] = (
    "assist_desk.tours.home",
    "assist_desk.tours.flows",
    "assist_desk.tours.kiosk",
    "assist_desk.tours.screens",
)

DEFAULT_SIZES = {"kiosk": (1920, 1080), "mediator": (1280, 800), "training": (1280, 800)}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


@dataclass(frozen=True)
class Scene:
    """One rendered state: ``name`` is the PNG's stem, ``title`` a line for the index."""

    name: str
    title: str


class SceneModule(Protocol):
    def scenes(self, tour: Tour) -> AsyncIterator[Scene]: ...


@dataclass
class Tour:
    """What a scene module gets: the running application and small helpers."""

    context: AppContext
    language: str
    mode: str
    size: tuple[int, int]
    out: Path
    saved: list[tuple[str, str, str]] = field(default_factory=list)
    #: Accessibility findings per scene (assist_desk.devtools.a11y_check), written to a11y.md.
    findings: dict[str, list[Any]] = field(default_factory=dict)

    @property
    def window(self) -> Any:
        return self.context.window

    def scene(self, name: str, title: str) -> Scene:
        return Scene(name, title)

    def show(self, screen_id: str) -> Any:
        """Show a screen by id (built on first use) and return it."""
        self.window.show_screen(screen_id)
        return self.window.current_screen()

    async def settle(self, rounds: int = 3) -> None:
        """Let layouts, style polish and queued signals run before a grab."""
        for _ in range(rounds):
            QCoreApplication.sendPostedEvents()
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            await asyncio.sleep(0.01)

    async def wait_for(
        self, condition: Callable[[], bool], limit_s: float = 15.0, what: str = "condition"
    ) -> None:
        """Wait (cooperatively) until ``condition()`` holds; fail after ``limit_s``."""
        deadline = time.monotonic() + limit_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"tour: timed out waiting for {what}")
            await asyncio.sleep(0.02)

    def click(self, button: QAbstractButton) -> None:
        button.click()

    def find(self, kind: type[QWidget], name: str) -> Any:
        widget = self.window.findChild(kind, name)
        if widget is None:
            raise LookupError(f"tour: no {kind.__name__} named {name!r}")
        return widget


async def _save(tour: Tour, scene: Scene) -> None:
    if not _NAME.match(scene.name):
        raise ValueError(f"tour: bad scene name {scene.name!r}")
    if any(name == scene.name for name, _, _ in tour.saved):
        raise ValueError(f"tour: scene name {scene.name!r} used twice")
    await tour.settle()
    path = tour.out / f"{scene.name}.png"
    if not tour.window.grab().save(str(path)):
        raise OSError(f"tour: could not write {path}")
    tour.saved.append((scene.name, scene.title, tour.window.windowTitle()))
    from assist_desk.devtools import a11y_check

    tour.findings[scene.name] = a11y_check.check_screen(tour.window, kiosk=tour.mode == "kiosk")


def write_index(tour: Tour, failures: list[str]) -> Path:
    lines = [
        f"# assist_desk screen tour — {tour.language}, {tour.mode}, {tour.size[0]}×{tour.size[1]}",
        "",
        f"{len(tour.saved)} screens.",
        "",
        "| # | file | what | window title |",
        "|---|---|---|---|",
    ]
    for number, (name, title, window_title) in enumerate(tour.saved, 1):
        safe = window_title.replace("|", "/")
        lines.append(f"| {number} | [{name}.png]({name}.png) | {title} | {safe} |")
    if failures:
        lines += ["", "## Scene modules that failed", ""] + [f"- {f}" for f in failures]
    from assist_desk.devtools import a11y_check

    heading = f"{tour.language}, {tour.mode}, {tour.size[0]}×{tour.size[1]}"
    found = a11y_check.write_report(tour.out / "a11y.md", tour.findings, heading)
    lines[2:2] = [f"Accessibility: {found} finding(s), see [a11y.md](a11y.md).", ""]
    print(f"tour: {found} accessibility finding(s) (a11y.md)")
    index = tour.out / "index.md"
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index


async def walk(tour: Tour, modules: tuple[str, ...], only: str | None = None) -> list[str]:
    """Run every scene module; returns the modules that failed (others still run)."""
    failures: list[str] = []
    for module_name in modules:
        try:
            module: SceneModule = importlib.import_module(module_name)
            async for scene in module.scenes(tour):
                if only is None or only in scene.name:
                    await _save(tour, scene)
        except Exception as error:
            log.exception("tour module %s failed", module_name)
            failures.append(f"{module_name}: {type(error).__name__}: {error}")
        finally:
            tour.window.show_screen("home")
    return failures


def run_tour(args: argparse.Namespace) -> int:
    """Start the application offscreen-capable, walk the scenes, write the index."""
    from assist_desk import app as app_module
    from assist_desk.cli import build_parser

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    size = args.size or DEFAULT_SIZES[args.mode]
    # A fresh training portal (fictitious data only) in a folder of its own.
    scratch = tempfile.TemporaryDirectory(prefix="assist-desk-tour-")
    os.environ["XDG_DATA_HOME"] = str(Path(scratch.name) / "data")
    os.environ["XDG_STATE_HOME"] = str(Path(scratch.name) / "state")
    app_args = build_parser().parse_args(["--mode", args.mode, "--lang", args.lang])
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    built = app_module.create_window(app_args, qapp)
    if isinstance(built, int):
        return built
    window, switcher, settings = built
    context = app_module.AppContext(qapp, window, switcher, app_args, settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    tour = Tour(context, args.lang, args.mode, size, out)
    result: dict[str, Any] = {}

    async def main() -> None:
        try:
            failures = await walk(tour, TOUR_MODULES, args.only)
            result["index"] = write_index(tour, failures)
            result["failures"] = failures
        finally:
            client = context.services.get("portal")
            if client is not None and hasattr(client, "aclose"):
                await client.aclose()  # inside the loop, before it stops
            qapp.quit()

    def start() -> None:
        def begin() -> None:
            assert context.loop is not None
            result["task"] = context.loop.create_task(main())

        if context.pending_startup:
            context.sig_settled.connect(begin)
        else:
            begin()

    def finish_then_start() -> None:
        context.finish_startup()
        start()

    QTimer.singleShot(0, finish_then_start)
    watchdog = _Watchdog(qapp, 900)
    qapp.exec()
    watchdog.stop()
    context.shutdown()
    window.close()
    scratch.cleanup()
    failures = result.get("failures", ["the tour did not finish"])
    print(f"tour: {len(tour.saved)} screens in {out} (index: {result.get('index')})")
    for failure in failures:
        print(f"tour: FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


class _Watchdog:
    """Quits a tour that hangs (a scene waiting forever) instead of blocking CI."""

    def __init__(self, qapp: QApplication, seconds: int) -> None:
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(qapp.quit)
        self._timer.start(seconds * 1000)

    def stop(self) -> None:
        self._timer.stop()
