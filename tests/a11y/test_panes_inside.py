"""Every pane of a screen lies inside its window, right to left as left to right.

Qt's QSplitter mirrors its panes one pixel too far right to left: in Arabic the FAQ
list, the answer and the checklist lost their right border (issue 14). The design
checker's ``cut-sideways`` finds such a widget; the tour runs it on every scene
(tests/a11y/test_tour.py runs the Arabic kiosk's FAQ and checklists).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QListWidget, QVBoxLayout, QWidget

from assist_desk.devtools import design_check
from assist_desk.views.widgets.reflow import StackingSplitter

DIRECTIONS = [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


@pytest.fixture(params=DIRECTIONS, ids=["ltr", "rtl"])
def direction(request: Any, qapp: Any) -> Iterator[Qt.LayoutDirection]:
    qapp.setLayoutDirection(request.param)
    yield request.param
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _two_panes(qtbot: Any, width: int) -> tuple[QWidget, StackingSplitter, list[QListWidget]]:
    window = QWidget()
    qtbot.addWidget(window)
    splitter = StackingSplitter()
    panes = [QListWidget(), QListWidget()]
    for pane in panes:
        splitter.addWidget(pane)
    QVBoxLayout(window).addWidget(splitter)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    return window, splitter, panes


def _inside(splitter: StackingSplitter, pane: QWidget) -> bool:
    return splitter.contentsRect().contains(pane.geometry())


@pytest.mark.parametrize("width", [1500, 1201, 900])
def test_side_by_side_panes_stay_inside_the_splitter(
    qtbot: Any, direction: Qt.LayoutDirection, width: int
) -> None:
    window, splitter, panes = _two_panes(qtbot, width)
    assert not splitter.stacked()
    assert all(_inside(splitter, pane) for pane in panes), [p.geometry() for p in panes]
    first, second = (pane.geometry() for pane in panes)
    if direction == Qt.LayoutDirection.RightToLeft:
        assert first.right() == splitter.contentsRect().right()  # the first on the right
        assert second.left() == 0
    else:
        assert first.left() == 0
        assert second.right() == splitter.contentsRect().right()
    assert not first.intersects(second)
    assert design_check.check_cut_sideways(window) == []


def test_panes_stay_inside_when_one_is_hidden_and_the_handle_moves(
    qtbot: Any, direction: Qt.LayoutDirection
) -> None:
    window, splitter, panes = _two_panes(qtbot, 1400)
    panes[1].hide()  # a kiosk shows the list or the answer, each on the whole width
    qtbot.waitUntil(lambda: panes[0].width() == splitter.contentsRect().width())
    assert _inside(splitter, panes[0]), panes[0].geometry()
    panes[1].show()
    qtbot.waitUntil(lambda: panes[1].width() > 0)
    splitter.moveSplitter(500, 1)  # dragged by hand
    assert all(_inside(splitter, pane) for pane in panes), [p.geometry() for p in panes]
    assert design_check.check_cut_sideways(window) == []


def test_the_checker_finds_a_widget_cut_by_one_pixel(qtbot: Any) -> None:
    """The check can fail: a child one pixel wider than its parent's right edge."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 200)
    child = QWidget(window)
    child.setGeometry(QRect(1, 0, 400, 50))
    window.show()
    qtbot.waitExposed(window)
    findings = design_check.check_cut_sideways(window)
    assert [(f.kind, f.detail) for f in findings] == [("cut-sideways", "1 px of 400 px hidden")]
