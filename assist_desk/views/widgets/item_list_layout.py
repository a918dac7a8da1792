"""The item list every custom layout of ours keeps (Qt asks for it through four methods).

The layouts that place their items themselves (:class:`~.flow_row.FlowRow`,
:class:`~.folding_grid.FoldingGrid`) keep their items in a Python list; Qt reads and
takes them through ``addItem``, ``count``, ``itemAt`` and ``takeAt``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ItemListLayout(QLayout):
    """A layout whose items are a list, in the order they were added."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._items: list[QLayoutItem] = []
        super().__init__(parent)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None
