"""A splitter whose panes stay inside it right to left.

WORKAROUND (Qt 6.11): a horizontal ``QSplitter`` mirrors its panes for a right-to-left
layout one pixel too far to the right (``QSplitterPrivate::setGeo`` moves each pane's
right edge to ``width - left`` instead of ``width - 1 - left``; the handles are
mirrored correctly). The first pane then overhangs the splitter's right edge by one
pixel: in Arabic the FAQ list, the answer and the checklist lost their right border
(issue 14). After each of Qt's layouts, the panes are moved back by that pixel.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QWidget

#: Events after which QSplitter may have placed its panes again (its ``event()`` and
#: ``resizeEvent()`` lay them out).
_RELAYOUT = frozenset(
    {
        QEvent.Type.Resize,
        QEvent.Type.LayoutRequest,
        QEvent.Type.Show,
        QEvent.Type.ShowToParent,
        QEvent.Type.HideToParent,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.ContentsRectChange,
    }
)


class RtlSafeSplitter(QSplitter):
    """A ``QSplitter`` without Qt's one-pixel shift of its panes right to left."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.splitterMoved.connect(self._undo_rtl_shift)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _RELAYOUT:
            self._undo_rtl_shift()
        return handled

    def setSizes(self, sizes: Sequence[int]) -> None:
        super().setSizes(sizes)
        self._undo_rtl_shift()

    def _undo_rtl_shift(self) -> None:
        if self.orientation() != Qt.Orientation.Horizontal or not self.isRightToLeft():
            return
        panes = [self.widget(i) for i in range(self.count())]
        shown = [pane for pane in panes if pane is not None and not pane.isHidden()]
        if not shown:
            return
        # The first pane is the rightmost one: its right edge is the contents' right edge
        # once placed right. Qt shifts every pane alike, so one measure is enough.
        overhang = shown[0].geometry().right() - self.contentsRect().right()
        if overhang <= 0:
            return
        for pane in shown:
            pane.move(pane.x() - overhang, pane.y())
