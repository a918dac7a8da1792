"""A row of controls that wraps onto more rows when it does not fit, like words in a line.

For the top bar: at 200 % text on a narrow screen a single column of five controls
would take most of the height; wrapped rows take two or three lines (WCAG 1.4.10).
An item that expands (horizontal size policy with the expand flag, e.g. the
help point's name) takes the space left in its row; the other items of a row
keep their natural width and sit at its trailing edge. A word-wrapping label
asks for its text on one line and, when that does not fit, gets a row of its own
and wraps there. Rows are mirrored right to left.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLabel, QLayoutItem, QSizePolicy, QWidget

from assist_desk.views.widgets.item_list_layout import ItemListLayout


class FlowRow(ItemListLayout):
    # -- sizes ---------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        items = self._visible()
        margins = self.contentsMargins()
        width = sum(_natural_width(item) for item in items)
        width += max(0, self.spacing()) * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest item. The height is the tallest item's: the real
        height comes from :meth:`heightForWidth` at the real width (a taller minimum,
        at the narrowest width, would make the whole window taller than the screen)."""
        items = self._visible()
        margins = self.contentsMargins()
        width = max((_minimum_width(item) for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    # -- placing -------------------------------------------------------------------

    def row_count(self, width: int, widget: QWidget, shown: bool) -> int:
        """How many rows the items take at ``width`` with ``widget`` shown or not,
        whether it is shown now or not."""
        return self.row_count_with(width, {widget: natural_width_of(widget) if shown else None})

    def row_count_with(self, width: int, widths: Mapping[QWidget, int | None]) -> int:
        """How many rows the items take at ``width`` if the widgets of ``widths`` asked
        for those widths (``None``: hidden), whether they are shown now or not; the other
        items as they are."""
        entries: list[tuple[QLayoutItem, int]] = []
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget in widths:
                wanted = widths[widget]
                if wanted is not None:
                    entries.append((item, wanted))
            elif not item.isEmpty():
                entries.append((item, _natural_width(item)))
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        return len(self._rows(inner, entries))

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(
        self, width: int, entries: list[tuple[QLayoutItem, int]] | None = None
    ) -> list[list[QLayoutItem]]:
        """The items in rows at ``width``: ``entries`` are items and the widths they ask
        for (by default, the shown items and their natural widths)."""
        if entries is None:
            entries = [(item, _natural_width(item)) for item in self._visible()]
        return wrap_rows(entries, width, max(0, self.spacing()))

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Places the items in ``rect`` (when ``apply``); returns the height used."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        width = max(1, inner.width())
        spacing = max(0, self.spacing())
        parent = self.parentWidget()
        mirrored = parent is not None and parent.isRightToLeft()
        y = inner.top()
        for row in self._rows(width):
            widths = [min(_natural_width(item), width) for item in row]
            free = width - sum(widths) - spacing * (len(row) - 1)
            expanding = [i for i, item in enumerate(row) if _expands(item)]
            if expanding and free > 0:
                widths[expanding[0]] += free
                free = 0
            heights = [
                item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, w in zip(row, widths, strict=True)
            ]
            row_height = max(heights)
            x = inner.left() + max(0, free)  # at the trailing edge
            for item, item_width, item_height in zip(row, widths, heights, strict=True):
                if apply:
                    left = x
                    if mirrored:
                        left = inner.left() + inner.right() - (x + item_width - 1)
                    top = y + (row_height - item_height) // 2
                    item.setGeometry(QRect(QPoint(left, top), QSize(item_width, item_height)))
                x += item_width + spacing
            y += row_height + spacing
        used = y - inner.top() - (spacing if self._visible() else 0)
        return max(0, used) + margins.top() + margins.bottom()


def _natural_width(item: QLayoutItem) -> int:
    """The width an item asks for: a wrapping label, its text on one line."""
    widget = item.widget()
    if isinstance(widget, QLabel) and widget.wordWrap():
        return natural_width_of(widget)
    return item.sizeHint().width()


def natural_width_of(widget: QWidget) -> int:
    """The width a widget would ask for if shown (a hidden widget's item asks for 0)."""
    if isinstance(widget, QLabel) and widget.wordWrap():
        margins = widget.contentsMargins()
        line = widget.fontMetrics().horizontalAdvance(widget.text())
        return line + margins.left() + margins.right() + 2 * widget.margin() + 1
    hint = widget.sizeHint().expandedTo(widget.minimumSize()).boundedTo(widget.maximumSize())
    return hint.width()


def _minimum_width(item: QLayoutItem) -> int:
    widget = item.widget()
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.minimumSizeHint().width()
    if widget is not None and widget.hasHeightForWidth():  # wraps its text (WrapButton)
        return max(item.minimumSize().width(), widget.minimumSizeHint().width())
    return max(item.minimumSize().width(), item.sizeHint().width())


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    flags = widget.sizePolicy().horizontalPolicy().value
    return bool(flags & QSizePolicy.PolicyFlag.ExpandFlag.value)


def wrap_rows(
    entries: list[tuple[QLayoutItem, int]], width: int, spacing: int
) -> list[list[QLayoutItem]]:
    """Items in rows like words in lines: each item (with the width it asks for, at most
    ``width``) goes on the current row if it fits there, else starts the next one."""
    rows: list[list[QLayoutItem]] = []
    used = 0
    for item, natural in entries:
        wanted = min(natural, width)
        if rows and used + spacing + wanted <= width:
            rows[-1].append(item)
            used += spacing + wanted
        else:
            rows.append([item])
            used = wanted
    return rows
