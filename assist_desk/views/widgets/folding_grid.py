"""Cells in one row when it fits, else in rows of half as many (a 2×2 grid for four),
else in one column: the attract screen's four pictograms at a small kiosk, and the two
answers of a yes/no question.

A plain row that becomes a column (``ReflowRow``) put the four pictograms one under the
other at 800×600 and 1024×768, and pushed "Touch to start" below the fold (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QStyle, QWidget

from assist_desk.views.widgets.item_list_layout import ItemListLayout


class FoldingGrid(ItemListLayout):
    """Use like a ``QHBoxLayout`` of widgets (``addWidget``). Each column is as wide as
    its widest cell asks (``sizeHint``); the block of cells is centred; a single column
    is as wide as the layout. Right to left, the first cell is on the right.

    With ``least_share`` the cells share each row's whole width equally instead (the two
    equal tiles of a yes/no question, D1), the lone cell of a last row taking it all; a
    row of n cells fits when each share is at least ``least_share(cell)``.
    ``most_columns``: no more cells than that in a row (a yes/no pair and a third answer:
    the pair on one row, the third under it).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        least_share: Callable[[QWidget], int] | None = None,
        most_columns: int = 0,
    ) -> None:
        #: The columns of the last placing (0: not placed yet).
        self._columns_laid_out = 0
        super().__init__(parent)
        self._least_share = least_share
        self._most_columns = most_columns

    # Measures ----------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        return max(0, self.spacing())

    def _inner(self, width: int) -> int:
        margins = self.contentsMargins()
        return width - margins.left() - margins.right()

    def _column_widths(self, columns: int) -> list[int]:
        """Each column's preferred width: its widest cell's."""
        widths = [0] * columns
        for index, item in enumerate(self._shown()):
            widths[index % columns] = max(widths[index % columns], self._wish(item))
        return widths

    def _wish(self, item: QLayoutItem) -> int:
        """The width a cell asks for: its preferred width, or the least share it takes."""
        widget = item.widget()
        if self._least_share is not None and widget is not None:
            return self._least_share(widget)
        return item.sizeHint().width()

    def _shares(self, width: int, columns: int) -> list[int]:
        """``columns`` equal shares of ``width`` less the gaps (the first ones a pixel
        wider when it does not divide)."""
        room = max(columns, self._inner(width) - (columns - 1) * self._gap())
        return [room // columns + (1 if index < room % columns else 0) for index in range(columns)]

    def columns_at(self, width: int) -> int:
        """How many cells a row holds at ``width``: all of them, half of them, or one."""
        shown = len(self._shown())
        for columns in (shown, (shown + 1) // 2):
            if columns < 2:
                break
            if self._most_columns and columns > self._most_columns:
                continue
            if self._least_share is not None:
                shares = self._shares(width, columns)
                if all(
                    wish <= share
                    for wish, share in zip(self._column_widths(columns), shares, strict=True)
                ):
                    return columns
                continue
            needed = sum(self._column_widths(columns)) + (columns - 1) * self._gap()
            if needed <= self._inner(width):
                return columns
        return 1

    def _widths_at(self, width: int) -> list[int]:
        columns = self.columns_at(width)
        if columns == 1:
            return [max(1, self._inner(width))]
        if self._least_share is not None:
            return self._shares(width, columns)
        return self._column_widths(columns)

    def _row_widths(self, row: list[QLayoutItem], widths: list[int], width: int) -> list[int]:
        """The widths of one row's cells: a shared row's short last row shares the width
        among its own cells (a lone third answer as wide as the pair above it)."""
        if self._least_share is not None and len(widths) > 1 and len(row) < len(widths):
            return self._shares(width, len(row))
        return widths

    def _rows(self, columns: int) -> list[list[QLayoutItem]]:
        shown = self._shown()
        return [shown[start : start + columns] for start in range(0, len(shown), columns)]

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return item.sizeHint().height()

    def _row_heights(self, widths: list[int], width: int) -> list[int]:
        return [
            max(
                self._height(item, column)
                for item, column in zip(row, self._row_widths(row, widths, width), strict=False)
            )
            for row in self._rows(len(widths))
        ]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        heights = self._row_heights(self._widths_at(width), width)
        margins = self.contentsMargins()
        vertical = margins.top() + margins.bottom()
        return sum(heights) + self._gap() * max(0, len(heights) - 1) + vertical

    def sizeHint(self) -> QSize:
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(self._column_widths(len(shown))) + self._gap() * max(0, len(shown) - 1)
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        """One column of the widest cell's least width; as tall as at the present width.
        Cells that share the width: as tall as the tallest cell at its least, the real
        height comes from :meth:`heightForWidth` (a question shown for the first time was
        laid out at a default 640 px, as a column, and that minimum stayed: its page
        scrolled inside the wizard's body, its end cut)."""
        margins = self.contentsMargins()
        shown = self._shown()
        narrowest = max((item.minimumSize().width() for item in shown), default=0)
        if self._least_share is not None:
            height = max((item.minimumSize().height() for item in shown), default=0)
            height += margins.top() + margins.bottom()
        else:
            laid_out = self.geometry().width()
            height = self.heightForWidth(laid_out if laid_out > 0 else self.sizeHint().width())
        return QSize(narrowest + margins.left() + margins.right(), height)

    def _tell_parent_if_refolded(self, columns: int) -> None:
        """The minimum height follows the present width (see ``minimumSize``): when the
        cells fold into another number of columns, the layout holding this one must ask
        again, or it keeps a stale one. Laid out first at a narrow width (one column,
        576 px), an 800 x 600 Arabic kiosk's attract screen stayed 1386 px tall instead
        of 1213, and "Touch to start" fell below the fold."""
        if columns == self._columns_laid_out:
            return
        self._columns_laid_out = columns
        holder = self.parentWidget()
        if holder is not None:
            holder.updateGeometry()  # a layout request: handled at the next event loop turn

    def expandingDirections(self) -> Qt.Orientation:
        if self._least_share is not None:  # its cells share the whole width
            return Qt.Orientation.Horizontal
        return Qt.Orientation(0)

    # Placing -----------------------------------------------------------------------
    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        inner = rect.marginsRemoved(self.contentsMargins())
        widths = self._widths_at(rect.width())
        self._tell_parent_if_refolded(len(widths))
        block = sum(widths) + (len(widths) - 1) * self._gap()
        left = inner.left() + max(0, (inner.width() - block) // 2)
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        )
        top = inner.top()
        rows = self._rows(len(widths))
        for row, height in zip(rows, self._row_heights(widths, rect.width()), strict=True):
            x = left
            for item, width in zip(row, self._row_widths(row, widths, rect.width()), strict=False):
                place = QRect(QPoint(x, top), QSize(width, height))
                item.setGeometry(QStyle.visualRect(direction, rect, place))  # mirrored RTL
                x += width + self._gap()
            top += height + self._gap()
