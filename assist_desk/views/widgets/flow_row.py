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
        items = [
            item
            for item in self._items
            if (item.widget() is widget and shown)
            or (item.widget() is not widget and not item.isEmpty())
        ]
        margins = self.contentsMargins()
        return len(self._rows(max(1, width - margins.left() - margins.right()), items))

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int, items: list[QLayoutItem] | None = None) -> list[list[QLayoutItem]]:
        spacing = max(0, self.spacing())
        rows: list[list[QLayoutItem]] = []
        used = 0
        for item in self._visible() if items is None else items:
            wanted = min(_natural_width(item), width)
            if rows and used + spacing + wanted <= width:
                rows[-1].append(item)
                used += spacing + wanted
            else:
                rows.append([item])
                used = wanted
        return rows

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
        margins = widget.contentsMargins()
        line = widget.fontMetrics().horizontalAdvance(widget.text())
        return line + margins.left() + margins.right() + 2 * widget.margin() + 1
    return item.sizeHint().width()


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
