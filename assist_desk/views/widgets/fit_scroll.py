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

:func:`keep_text_off_scroll_bar` leaves a gutter between a page and its vertical scroll
bar (every scrolling page: these areas and the window's screens).
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QChildEvent, QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea, QWidget

from assist_desk.views.a11y import steady_scroll_children


def fit_scroll_area() -> QScrollArea:
    """A scroll area whose page is measured again after each resize (see above)."""
    area = QScrollArea()
    steady_scroll_children(area)  # no crash when the bus reads a step being left
    PageFitter(area)
    keep_text_off_scroll_bar(area)
    return area


#: The most a gutter takes: the shifted ink reaches its label's edge, no further, so a
#: few pixels keep it off the bar; a whole space at 200 % kiosk text (about 15 px) cut
#: the longest word of a choice tile on an 800-px screen.
GUTTER_MAX_PX = 8


def gutter_px(widget: QWidget) -> int:
    """One space of the body font, at most :data:`GUTTER_MAX_PX`: the room between a
    page and its scroll bar."""
    return min(GUTTER_MAX_PX, ceil(QFontMetricsF(widget.font()).horizontalAdvance(" ")))


def scroll_bar_room(area: QAbstractScrollArea) -> int:
    """The width a shown vertical scroll bar takes from the page: the bar and its gutter."""
    return area.verticalScrollBar().sizeHint().width() + gutter_px(area)


def keep_text_off_scroll_bar(area: QAbstractScrollArea) -> None:
    """A gutter of one space between the page of ``area`` and its vertical scroll bar,
    on the bar's side, while the bar shows (see :class:`ScrollGutter`)."""
    ScrollGutter(area)


class ScrollGutter(QObject):
    """Keeps the viewport of ``area`` (its owner) one space away from its vertical bar.

    Issue 14 (AR-2): right to left, Qt's word wrap shifts each wrapped line left by
    about a space (the line's trailing space goes to its left end), so the ink of a
    long line reaches the left edge of its label; a page's labels reach the viewport's
    edge, and the viewport touches the bar. The gutter is a viewport margin on the bar's
    side: the right in French, the left in Arabic (Qt does not mirror these margins).

    Measured one event-loop turn after the bar comes or goes, outside Qt's layout of the
    area (the bar's container is shown from inside it). The narrower page wraps into
    more lines, so a bar that came stays, and one that went stays away: no loop.
    """

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._update = QTimer(self)
        self._update.setSingleShot(True)
        self._update.setInterval(0)
        self._update.timeout.connect(self._apply)
        # Qt shows and hides the bar's container, not the bar.
        container = area.verticalScrollBar().parentWidget()
        if container is not None:
            container.installEventFilter(self)
        area.installEventFilter(self)  # the font (a new style sheet, Arabic, 200 %)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.LayoutDirectionChange,
        ):
            self._update.start()
        return False

    def _bar_shown(self) -> bool:
        bar = self._area.verticalScrollBar()
        container = bar.parentWidget()
        return container is not None and container.isVisibleTo(self._area)

    @Slot()
    def _apply(self) -> None:
        gutter = gutter_px(self._area) if self._bar_shown() else 0
        margins = self._area.viewportMargins()
        left, right = (gutter, 0) if self._area.isRightToLeft() else (0, gutter)
        if (margins.left(), margins.right()) != (left, right):
            margins.setLeft(left)
            margins.setRight(right)
            self._area.setViewportMargins(margins)


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
