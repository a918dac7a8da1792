"""A row of buttons that becomes a column when it does not fit (text at 200 %, long
translations): WCAG 1.4.4 and 1.4.10, no text cut, no sideways scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QWidget

from assist_desk.views.widgets.rtl_splitter import RtlSafeSplitter

_ROW = QBoxLayout.Direction.LeftToRight  # mirrored automatically right to left
_COLUMN = QBoxLayout.Direction.TopToBottom


class ReflowRow(QBoxLayout):
    """Use like a ``QHBoxLayout`` (``addWidget``, ``addStretch``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        #: Widths and heights asked for again and again by each layout pass; Qt calls
        #: invalidate() whenever a widget in the row changes its size hint.
        self._measures: dict[object, int] = {}
        super().__init__(_ROW, parent)

    def invalidate(self) -> None:
        self._measures.clear()
        super().invalidate()

    def _widgets(self) -> list[QWidget]:
        found = []
        for index in range(self.count()):
            item = self.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                found.append(widget)
        return found

    def _margins(self) -> tuple[int, int]:
        margins = self.contentsMargins()
        return margins.left() + margins.right(), margins.top() + margins.bottom()

    def _row_width(self) -> int:
        if "row" not in self._measures:
            self._measures["row"] = self._measure_row_width()
        return self._measures["row"]

    def _measure_row_width(self) -> int:
        widgets = self._widgets()
        spacing = max(0, self.spacing()) * max(0, len(widgets) - 1)
        return sum(w.sizeHint().width() for w in widgets) + spacing + self._margins()[0]

    def _fits(self, width: int) -> bool:
        return self._row_width() <= width

    def setGeometry(self, rect: QRect) -> None:
        wanted = _ROW if self._fits(rect.width()) else _COLUMN
        if self.direction() != wanted:
            self.setDirection(wanted)
        super().setGeometry(rect)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._measures:
            self._measures[width] = self._measure_height(width)
        return self._measures[width]

    def _measure_height(self, width: int) -> int:
        widgets = self._widgets()
        if not widgets:
            return self._margins()[1]
        if self._fits(width):
            # A row: each widget as wide as the row gives it, wrapped texts as tall as
            # they are at that width (not at their preferred width: an empty band, or
            # text cut, below the row otherwise).
            heights = [
                _height_at(widget, widget_width)
                for widget, widget_width in zip(widgets, self._row_widths(width), strict=True)
            ]
            return max(heights) + self._margins()[1]
        # A column: each widget as wide as the column (wrapping buttons grow taller).
        inner = width - self._margins()[0]
        heights = [_height_at(w, inner) for w in widgets]
        spacing = max(0, self.spacing()) * (len(widgets) - 1)
        return sum(heights) + spacing + self._margins()[1]

    def _row_widths(self, width: int) -> list[int]:
        """Each widget's width in the row at ``width``, shared as QBoxLayout does: its
        preferred width, and the room left to the items with a stretch factor (else to
        the widgets that expand); a stretch (``addStretch``) takes its share as space."""
        shown: list[tuple[int, QWidget | None]] = []
        for index in range(self.count()):
            item = self.itemAt(index)
            widget = item.widget() if item is not None else None
            if item is not None and (widget is None or not widget.isHidden()):
                shown.append((index, widget))
        widths = {index: w.sizeHint().width() for index, w in shown if w is not None}
        room = max(0, width - self._row_width())
        stretches = {index: self.stretch(index) for index, _ in shown if self.stretch(index) > 0}
        if not stretches:
            expanding = QSizePolicy.PolicyFlag.ExpandFlag.value
            stretches = {
                index: 1
                for index, w in shown
                if w is not None and w.sizePolicy().horizontalPolicy().value & expanding
            }
        total = sum(stretches.values())
        for index, stretch in stretches.items():
            if index in widths:
                widths[index] += room * stretch // total
        return [widths[index] for index, w in shown if w is not None]

    def minimumSize(self) -> QSize:
        """As narrow as the widest button (the row folds into a column below that), and
        as tall as the row or column it lays out at its present width: a row's height
        where it is a row, not the column's it would fold into at its least width (an
        empty band under the row). Before its first layout, the row's height."""
        if "minimum" not in self._measures:
            widgets = self._widgets()
            self._measures["minimum"] = max((_minimum_width(w) for w in widgets), default=0)
        width = self._measures["minimum"] + self._margins()[0]
        laid_out = self.geometry().width()
        return QSize(width, self.heightForWidth(laid_out if laid_out > 0 else _WIDE))


#: A width at which any row fits.
_WIDE = 100_000


def _height_at(widget: QWidget, width: int) -> int:
    if widget.hasHeightForWidth():
        return max(widget.heightForWidth(width), widget.minimumHeight())
    return widget.sizeHint().height()


def _minimum_width(widget: QWidget) -> int:
    shrinks = widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ShrinkFlag.value
    hint = widget.minimumSizeHint() if shrinks else widget.sizeHint()
    return max(hint.width(), widget.minimumSizeHint().width(), widget.minimumWidth())


class StackingSplitter(RtlSafeSplitter):
    """Two panes side by side (a list and what is chosen in it) that go one above
    the other when the screen is narrow for its text (text at 200 %, a small kiosk):
    each pane keeps a readable width instead of a few words per line (WCAG 1.4.10).

    Stacked, each pane is at least :attr:`STACKED_LINES` lines tall; the screen
    scrolls (the main window puts every screen in a scroll area). :meth:`stack` stacks
    them whatever the width (a workstation's window too short for large text).
    """

    #: Side by side only when the splitter is at least this many average characters wide.
    #: (56: two panes of 28 characters; Noto Sans, bundled since issue 14, has a wider
    #: average character than the platform fonts before it.)
    SIDE_BY_SIDE_CHARS = 56
    STACKED_LINES = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self._forced = False  # stacked whatever the width (a short window: stack())
        self._stacked_least = 0  # stacked: the lines given to each pane, all panes

    def stacked(self) -> bool:
        return self.orientation() == Qt.Orientation.Vertical

    def stack(self, forced: bool) -> None:
        """One pane above the other whatever the width (``forced``): a workstation's
        window too short for two panes side by side at large text (two_panes.py)."""
        self._forced = forced
        self._orient()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._orient()
        super().resizeEvent(event)

    def _room(self) -> int:
        """The width the splitter may take: its parent's, inside its layout's margins.
        (Stacked, a splitter is no wider than its narrowest pane's maximum, and would
        never be wide enough to go side by side again.)"""
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if parent is None or layout is None:
            return self.width()
        margins = layout.contentsMargins()
        return max(self.width(), parent.width() - margins.left() - margins.right())

    def _orient(self) -> None:
        metrics = self.fontMetrics()
        narrow = self._forced or self._room() < self.SIDE_BY_SIDE_CHARS * metrics.averageCharWidth()
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            part = self.STACKED_LINES * metrics.lineSpacing()
            self._stacked_least = part * self.count() if narrow else 0
            self.updateGeometry()
            if narrow:
                self.setSizes([part] * self.count())

    def minimumSizeHint(self) -> QSize:
        """Stacked, at least the panes' own least heights (a pane as tall as its text,
        two_panes.py), not only the lines given to each."""
        hint = super().minimumSizeHint()
        if self.stacked():
            return QSize(hint.width(), max(hint.height(), self._stacked_least))
        return hint
