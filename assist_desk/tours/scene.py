"""What a scene module of the tour is given (:class:`Tour`) and yields (:class:`Scene`).

The runner is :mod:`assist_desk.tour`; the scene modules sit beside this one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

if TYPE_CHECKING:
    from assist_desk.app import AppContext


@dataclass(frozen=True)
class Scene:
    """One rendered state: ``name`` is the PNG's stem, ``title`` a line for the index."""

    name: str
    title: str


class SceneModule(Protocol):
    """A module of the tour: ``scenes`` walks its screens, ``scene_names`` lists every
    name they may take (a superset), so that ``--only`` skips the module and its set-up
    when none of them matches. A scene named outside that list fails the tour."""

    __name__: str

    def scenes(self, tour: Tour) -> AsyncIterator[Scene]: ...

    def scene_names(self) -> frozenset[str]: ...


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

    async def settle(self, rounds: int = 3, most: int = 40) -> None:
        """Let layouts, style polish and queued signals run before a grab: at least
        ``rounds`` rounds, then more until the shown widgets stop moving (at most
        ``most``). A fixed three rounds were too few on a loaded machine: a wizard's
        body fits itself on a 0-ms timer after the layout pass, and a yes/no pair that
        folds asks its holder again; the tour grabbed the tiles 25 px short of the
        fit, and reported them clipped (once in a CI run under load)."""
        before = None
        for done in range(most):
            QCoreApplication.sendPostedEvents()
            # The events pending now, once: with a time limit, processEvents goes on for
            # all of it while the event loop's own timers keep it busy (20 ms a call).
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            await asyncio.sleep(0.01)
            if done + 1 >= rounds:
                now = _layout_signature(self.window)
                if now == before:
                    return
                before = now

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


def _layout_signature(window: QWidget) -> tuple[tuple[int, int, int, int], ...]:
    """Where every shown widget of ``window`` is, in its parent (a settled layout keeps it)."""
    shown = (w for w in window.findChildren(QWidget) if w.isVisible())
    return tuple((w.x(), w.y(), w.width(), w.height()) for w in shown)
