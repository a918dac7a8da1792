"""A flow's action bar: Back at the leading edge, the next steps at the trailing edge, on
one row; in rows like words when they do not fit, each row's buttons sharing its width.

A column of three at 200 % text (Back, "Do something else", "Finish and erase my
information") took 350 px of an 800-px kiosk, and the step's page had none left (issue
14). Folded like words, "Back" and "Do something else" share a row and the primary
action takes the next: one row less. On one row the buttons keep their own width (V-2):
a wide bar does not stretch them. Rows are mirrored right to left.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QLayoutItem, QWidget

from assist_desk.views.widgets.flow_row import wrap_rows
from assist_desk.views.widgets.item_list_layout import ItemListLayout


class ActionRow(ItemListLayout):
    """Use like a ``QHBoxLayout`` of buttons without stretches: the first shown button is
    the leading one (Back), the others go to the trailing edge."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        items = self._shown()
        margins = self.contentsMargins()
        width = sum(_hint(item).width() for item in items)
        width += self._spacing() * max(0, len(items) - 1)
        height = max((_hint(item).height() for item in items), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest button's least width (a wrapping button's longest word),
        as tall as the tallest button: the real height comes from :meth:`heightForWidth`
        at the real width (the screen's least height counts the bar, see ScreenStack)."""
        items = self._shown()
        margins = self.contentsMargins()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((_hint(item).height() for item in items), default=0)
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def row_count(self, width: int) -> int:
        """How many rows the buttons take at ``width`` (margins included)."""
        margins = self.contentsMargins()
        return len(self._rows(max(1, width - margins.left() - margins.right())))

    # -- placing -------------------------------------------------------------------

    def _spacing(self) -> int:
        return max(0, self.spacing())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        entries = [(item, _hint(item).width()) for item in self._shown()]
        return wrap_rows(entries, width, self._spacing())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Places the buttons in ``rect`` (when ``apply``); returns the height used."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        width = max(1, inner.width())
        rows = self._rows(width)
        parent = self.parentWidget()
        mirrored = parent is not None and parent.isRightToLeft()
        spacing = self._spacing()
        y = inner.top()
        for row in rows:
            if len(rows) == 1:
                # One row: each its own width; the first at the leading edge, the rest at
                # the trailing edge.
                widths = [min(_hint(item).width(), width) for item in row]
                trailing = sum(widths[1:]) + spacing * max(0, len(row) - 2)
                lefts = [0]
                x = width - trailing
                for item_width in widths[1:]:
                    lefts.append(x)
                    x += item_width + spacing
            else:
                # Folded: the row's buttons share its width, as a column's fill it.
                share = (width - spacing * (len(row) - 1)) // len(row)
                widths = [share] * len(row)
                widths[-1] = width - (share + spacing) * (len(row) - 1)
                lefts = [(share + spacing) * index for index in range(len(row))]
            heights = [_height(item, w) for item, w in zip(row, widths, strict=True)]
            row_height = max(heights)
            if apply:
                for item, left, item_width in zip(row, lefts, widths, strict=True):
                    x_left = inner.left() + left
                    if mirrored:
                        x_left = (
                            inner.left() + inner.right() - (inner.left() + left + item_width - 1)
                        )
                    item.setGeometry(QRect(QPoint(x_left, y), QSize(item_width, row_height)))
            y += row_height + spacing
        used = y - inner.top() - (spacing if rows else 0)
        return max(0, used) + margins.top() + margins.bottom()


def _hint(item: QLayoutItem) -> QSize:
    """A button's own preferred size (one line), within its least and most sizes. Not
    the item's: Qt grows a widget item's hint to the widget's least-size hint, which
    for a wrapping button is its height at its narrowest, a word a line (459 px for
    the Arabic "I understand, go to the official site" at 200 %). The bar then asked
    for that much at any width, and on a 1024 x 768 kiosk the window's column scrolled
    with Back and the primary action cut at its bottom edge."""
    widget = item.widget()
    if isinstance(widget, QWidget):
        return widget.sizeHint().expandedTo(widget.minimumSize()).boundedTo(widget.maximumSize())
    return item.sizeHint()


def _height(item: QLayoutItem, width: int) -> int:
    widget = item.widget()
    if isinstance(widget, QWidget) and widget.hasHeightForWidth():
        return max(widget.heightForWidth(width), widget.minimumHeight())
    return _hint(item).height()
