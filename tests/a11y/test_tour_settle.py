"""The tour grabs a screen once its widgets stop moving, not after a fixed three rounds.

A CI run under load reported a training wizard's yes/no tiles clipped by 25 px: the
wizard's body fits itself on a 0-ms timer after the layout pass, and the tiles' grid
asks its holder again; three rounds of events were not always enough.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assist_desk.tours.scene import Tour


def _window_growing_in_steps(qtbot: Any, steps: int) -> tuple[QWidget, QWidget]:
    """A window whose child grows by 10 px on each of ``steps`` chained 0-ms timers."""
    window = QWidget()
    qtbot.addWidget(window)
    child = QWidget(window)
    QVBoxLayout(window).addWidget(child)
    window.resize(400, 400)
    window.show()
    left = [steps]

    def grow() -> None:
        child.setFixedHeight(child.height() + 10)
        left[0] -= 1
        if left[0]:
            QTimer.singleShot(0, grow)

    QTimer.singleShot(0, grow)
    return window, child


def test_settle_waits_for_a_chain_of_layout_steps(qtbot: Any) -> None:
    window, child = _window_growing_in_steps(qtbot, steps=8)
    start = child.height()
    tour = Tour(SimpleNamespace(window=window), "fr", "kiosk", (400, 400), Path("."))  # type: ignore[arg-type]
    asyncio.run(tour.settle())
    assert child.height() == start + 80  # all eight steps ran before the grab


def test_settle_ends_on_a_still_screen(qtbot: Any) -> None:
    window, child = _window_growing_in_steps(qtbot, steps=1)
    tour = Tour(SimpleNamespace(window=window), "fr", "kiosk", (400, 400), Path("."))  # type: ignore[arg-type]
    asyncio.run(tour.settle(most=40))
    height = child.height()
    asyncio.run(tour.settle(most=40))
    assert child.height() == height
