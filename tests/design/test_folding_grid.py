"""FoldingGrid's minimum height follows its present width, and the layout holding it
hears of it: laid out narrow first (one column), then wide (one row), the holder's
minimum height was still the column's. At an 800 x 600 Arabic kiosk the attract screen
stayed 1386 px tall instead of 1213, and "Touch to start" fell below the fold (issue 14,
D4, once the start button could shrink)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from assist_desk.views.widgets.folding_grid import FoldingGrid
from tests.a11y.helpers import settle

CELL = 100


def test_the_holder_minimum_follows_the_fold(qtbot: Any) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    column = QVBoxLayout(screen)
    column.setContentsMargins(0, 0, 0, 0)
    cells = QFrame()
    grid = FoldingGrid(cells)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(0)
    for _ in range(4):
        cell = QLabel()
        cell.setFixedSize(CELL, CELL)
        grid.addWidget(cell)
    column.addWidget(cells)
    column.addStretch(1)

    screen.resize(CELL, 4 * CELL)  # one column
    screen.show()
    settle()
    assert column.minimumSize().height() == 4 * CELL

    screen.resize(4 * CELL, 4 * CELL)  # one row
    settle()
    assert cells.height() == CELL
    assert column.minimumSize().height() == CELL
