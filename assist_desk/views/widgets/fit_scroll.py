"""A scroll area whose page is always as tall as its wrapped text needs.

WORKAROUND: a resizable ``QScrollArea`` sizes its page with ``heightForWidth`` at the
viewport's width *before* the vertical scroll bar appears; once it appears the page is
narrower, its wrapped labels need more lines, and the last ones were cut (found by the
tour's checker at 200 % text). After the page is resized, :class:`PageFitter` measures
it again at its real width (one event-loop turn later, outside the layout pass) and
raises its minimum height when it falls short.

The area is a plain ``QScrollArea``, not a Python subclass: Qt's accessibility cache
finds the interface :func:`steady_scroll_children` registered by the widget *and* its
meta-object at each lookup. A Python subclass's meta-object is PySide's own and changed
under Qt (connecting a plain method adds a slot to it); Qt then made its default
scroll-area interface, which reads past its list of children when a step is left
(SIGSEGV on the accessibility bus). A plain area's meta-object is Qt's, always the same.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QScrollArea, QWidget

from assist_desk.views.a11y import steady_scroll_children


def fit_scroll_area() -> QScrollArea:
    """A scroll area whose page is measured again after each resize (see above)."""
    area = QScrollArea()
    steady_scroll_children(area)  # no crash when the bus reads a step being left
    PageFitter(area)
    return area


class PageFitter(QObject):
    """Watches the page of ``area`` (owned by it) and refits it after each resize."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit)
        # setWidget() puts the page in the viewport: the viewport says when it comes.
        area.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(event, QChildEvent) and kind == QEvent.Type.ChildAdded:
            if watched is self._area.viewport() and isinstance(event.child(), QWidget):
                event.child().installEventFilter(self)
        elif kind == QEvent.Type.Resize and watched is self._area.widget():
            self._refit.start()
        return False

    @Slot()
    def _fit(self) -> None:
        page = self._area.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or not layout.hasHeightForWidth():
            return
        layout.invalidate()  # no cached height from an earlier width
        needed = layout.totalHeightForWidth(page.width())
        if needed > page.height():
            page.setMinimumHeight(needed)
        elif page.minimumHeight() and needed < page.minimumHeight():
            page.setMinimumHeight(needed)  # wider again: let it shrink
