"""The vertical scroll bar's edge line sits between the page and the bar in both reading
directions (issue 14): the style sheet's ``border-left`` is not mirrored by Qt, so in
Arabic, where the bar is on the page's left, the line was on the bar's outer side.

Pixel check: a scroll area styled by the application's own style sheet, grabbed; the
bar's column next to the page has the border colour, its outer column the track's.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from assist_desk import theme


@pytest.fixture
def styled(qapp: QApplication) -> Any:
    yield
    qapp.setStyleSheet("")


@pytest.mark.parametrize("arabic", [False, True])
def test_the_bar_edge_faces_the_page(
    qtbot: Any, qapp: QApplication, styled: Any, arabic: bool
) -> None:
    qapp.setStyleSheet(theme.render("default", 1.0, kiosk=False, arabic=arabic))
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if arabic else Qt.LayoutDirection.LeftToRight
    )
    page = QLabel("\n".join(f"line {n}" for n in range(80)))
    area.setWidget(page)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.isVisible()
    image = area.grab().toImage()
    box = bar.geometry().translated(bar.parentWidget().mapTo(area, bar.pos()) - bar.pos())
    on_left = box.center().x() < area.width() // 2
    assert on_left == arabic  # Qt puts the bar on the reading end's opposite side
    inner_x, outer_x = (box.right(), box.left()) if arabic else (box.left(), box.right())
    y = box.bottom() - 2  # under the handle (at the top), on the track
    colours = theme.tokens("default")
    border, track = QColor(colours["border"]), QColor(colours["window_bg"])
    assert QColor(image.pixel(inner_x, y)) == border
    assert QColor(image.pixel(outer_x, y)) == track
