"""The window is built top-down, so the style sheet is worked out a few times per widget at most.

A tree of widgets added to a parent has the application's style sheet worked out
again for each widget in it (``QWidgetPrivate::inheritStyle``, one ``StyleChange``
event each), once per level the tree climbs. Built bottom-up, the home's tiles were
styled 7 times each and the home screen 6 times (it measures its tiles again at
each), which was about 250 M of the first frame's instructions (issue 13).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import getCppPointer

from assist_desk.app import build
from assist_desk.cli import build_parser
from tests.app_fixtures import reset_application


class _StyleChanges(QObject):
    """Counts the ``StyleChange`` events each widget receives, by its C++ address: the id
    of a Python wrapper is reused once the wrapper goes (a temporary frame and label of
    an earlier start were counted with this one's in a full run)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_widget: Counter[int] = Counter()
        self.names: dict[int, str] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QWidget):
            key = getCppPointer(watched)[0]
            self.by_widget[key] += 1
            self.names[key] = f"{type(watched).__name__} {watched.objectName()}"
        return False


def test_building_the_window_styles_each_widget_at_most_three_times(qtbot: Any, qapp: Any) -> None:
    reset_application(qapp)  # no catalogue or style sheet of an earlier test
    changes = _StyleChanges()
    qapp.installEventFilter(changes)
    try:
        context = build(build_parser().parse_args([]), qapp)
    finally:
        qapp.removeEventFilter(changes)
    assert not isinstance(context, int)
    qtbot.addWidget(context.window)
    home = context.window.home
    assert changes.by_widget[getCppPointer(home)[0]] == 1, "the home is styled (and measures) once"
    tiles = home.tiles()
    assert tiles
    assert all(changes.by_widget[getCppPointer(tile)[0]] <= 2 for tile in tiles)
    # The first frame's screen: the content screens are built during build() only when an
    # earlier test left the content pack loaded (a shuffled order), and are not measured.
    first_frame = {getCppPointer(w)[0] for w in [home, *home.findChildren(QWidget)]}
    most = {
        changes.names[key]: count
        for key, count in changes.by_widget.items()
        if count > 3 and key in first_frame
    }
    assert most == {}, f"widgets styled more than three times: {most}"
