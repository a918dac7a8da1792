"""The screen tour: walks every screen and wizard step and saves one PNG each.

``assist-desk tour --out DIR [--lang L] [--mode M] [--size WxH] [--only TEXT]``
starts the real application (same composition root, same feature installers)
against a fresh embedded training portal in a temporary data folder, then runs
the scene modules of :func:`scene_modules` in order.

Adding screens to the tour
--------------------------
A scene module exposes ``scenes(tour: Tour) -> AsyncIterator[Scene]``: an async
generator that puts the window in a state (navigate, fill, click, await the
portal through the real controllers) and then ``yield tour.scene(name, title)``.
The runner saves ``<out>/<name>.png`` for each yielded scene and lists it in
``<out>/index.md``. Names are stable, lower-case and descriptive
(``account-03-prerequisites-siv_professional``); a name already taken fails the
tour. To add your screens, write ``assist_desk/tours/<yours>.py`` and add it
to :func:`scene_modules`. Its ``scene_names()`` lists every name its scenes may take,
so that ``--only TEXT`` runs only the modules with a name containing TEXT: a module
sets up what its scenes need itself (an account through the portal's API, not through
another module's scenes).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication

from assist_desk.tours import (
    accounts,
    browser,
    errors,
    home,
    keyboard,
    kiosk,
    requests,
    screens,
    terms,
)
from assist_desk.tours.scene import Scene, SceneModule, Tour

log = logging.getLogger(__name__)

DEFAULT_SIZES = {"kiosk": (1920, 1080), "mediator": (1280, 800), "training": (1280, 800)}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def scene_modules() -> tuple[SceneModule, ...]:
    """The modules whose ``scenes(tour)`` yield named scenes, in tour order."""
    return (home, accounts, requests, terms, errors, kiosk, keyboard, screens, browser)


def selected(module: SceneModule, only: str | None) -> bool:
    """Whether ``--only`` keeps any scene of ``module``; if not, neither the module nor
    its set-up (accounts made, screens built, portal calls) runs."""
    return only is None or any(only in name for name in module.scene_names())


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
    from assist_desk.devtools import a11y_check, design_check
    from assist_desk.i18n import is_pseudo_enabled

    kiosk = tour.mode == "kiosk"
    findings = a11y_check.check_screen(tour.window, kiosk=kiosk)
    # Every text size: 200 % on a small kiosk is where a citizen loses the screen to the
    # banner and the bar (issue 14); the checks that mean something else at 200 % say so.
    findings += design_check.check_design(
        tour.window, kiosk=kiosk, pseudo=is_pseudo_enabled(), asked=QSize(*tour.size)
    )
    tour.findings[scene.name] = findings


def write_index(tour: Tour, failures: list[str]) -> tuple[Path, int]:
    """Writes ``index.md`` and ``a11y.md``; returns the index and the findings counted."""
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
    return index, found


async def walk(tour: Tour, modules: tuple[SceneModule, ...], only: str | None = None) -> list[str]:
    """Run every scene module that ``only`` selects; returns the modules that failed
    (the others still run)."""
    failures: list[str] = []
    for module in modules:
        if not selected(module, only):
            continue
        module_name = module.__name__
        names = module.scene_names()
        try:
            async for scene in module.scenes(tour):
                if scene.name not in names:
                    # --only would skip this scene's module by its declared names.
                    raise ValueError(f"scene {scene.name!r} is not in its scene_names()")
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

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    size = args.size or DEFAULT_SIZES[args.mode]
    # A fresh training portal (fictitious data only) in a folder of its own.
    scratch = tempfile.TemporaryDirectory(prefix="assist-desk-tour-")
    os.environ["XDG_DATA_HOME"] = str(Path(scratch.name) / "data")
    os.environ["XDG_STATE_HOME"] = str(Path(scratch.name) / "state")
    # The tour runs on that training portal in every mode: a kiosk tour is a training
    # kiosk (banner, fictitious data), never a kiosk asking for the real portal's URL.
    os.environ["ASSIST_DESK_TRAINING_KIOSK"] = "true"
    # The tour's own --mode and --lang; nothing of the operator's portal or screenshot.
    app_args = argparse.Namespace(
        **{**vars(args), "portal_url": None, "config": None, "screenshot": None}
    )
    # The controlled browser's QtWebEngine needs this before the application exists.
    if QApplication.instance() is None:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    context = app_module.build(app_args, qapp)
    if isinstance(context, int):
        return context
    window = context.window
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    tour = Tour(context, args.lang, args.mode, size, out)
    result: dict[str, Any] = {}

    async def main() -> None:
        try:
            failures = await walk(tour, scene_modules(), args.only)
            result["index"], found = write_index(tour, failures)
            if found:
                # A tour that reports problems fails: its status is the check.
                failures.append(f"{found} accessibility or design finding(s), see a11y.md")
            result["failures"] = failures
        finally:
            portal = context.features.portal
            client = portal.client.made() if portal is not None else None
            if client is not None:
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
