"""A scroll area whose page is always as tall as its wrapped text needs.

WORKAROUND: a resizable ``QScrollArea`` sizes its page with ``heightForWidth`` at the
viewport's width *before* the vertical scroll bar appears; once it appears the page is
narrower, its wrapped labels need more lines, and the last ones were cut (found by the
tour's checker at 200 % text). After the page is resized, this area measures it again
at its real width (one event-loop turn later, outside the layout pass) and raises its
minimum height when it falls short.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QScrollArea, QWidget

from assist_desk.views.a11y import steady_scroll_children


class FitScrollArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        steady_scroll_children(self)  # no crash when the bus reads a step being left
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            self._refit.start()
        return super().eventFilter(watched, event)

    # A declared slot, not a plain method: connecting a plain method makes PySide add a
    # slot to this class's meta-object, which changes it; Qt's accessibility cache finds
    # an interface by object *and* meta-object, so it would no longer find the one
    # steady_scroll_children registered and would make its default one (the crash on
    # the bus when a wizard step is left: see steady_scroll_children).
    @Slot()
    def _fit(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return
        layout.invalidate()  # no cached height from an earlier width
        needed = layout.totalHeightForWidth(page.width())
        if needed > page.height():
            page.setMinimumHeight(needed)
        elif page.minimumHeight() and needed < page.minimumHeight():
            page.setMinimumHeight(needed)  # wider again: let it shrink
