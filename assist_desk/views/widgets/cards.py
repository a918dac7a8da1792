"""The offline tools' lists as cards at a kiosk, and Escape as their pages' Back (K-4).

The FAQ, the checklists and the places stay real item views (a screen reader says
each item and its place in the list, B1 of issue 19); at a kiosk their rows are
drawn as framed cards of at least ``KIOSK_CHOICE_PX`` (``base.qss``,
``[cards="true"]``), their group titles as plain headings. At a workstation the same
views stay dense rows. A detail page's big Back is also Escape.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from assist_desk.theme import KIOSK_CHOICE_PX

#: Room between two cards (a finger does not touch two).
CARD_SPACING_PX = 12


def show_as_cards(view: QAbstractItemView, cards: bool) -> None:
    """Rows drawn as cards (kiosk) or as dense rows (workstation); no-op when unchanged."""
    if view.property("cards") == cards:  # unset at first: always set once
        return
    view.setProperty("cards", cards)
    # A dynamic property takes effect in the style sheet once the view is polished again.
    view.style().unpolish(view)
    view.style().polish(view)
    view.viewport().update()
    view.scheduleDelayedItemsLayout()  # the rows' heights change with the card's padding


def big_back(button: QWidget) -> None:
    """A detail page's Back: a kiosk's touch target at least."""
    button.setMinimumHeight(KIOSK_CHOICE_PX)


def escape_goes_back(page: QWidget, back: Callable[[], None]) -> QShortcut:
    """Escape anywhere in ``page`` does what its Back button does. Off at first: the
    page turns it on while a detail page is shown (elsewhere Escape is left alone)."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.setEnabled(False)
    shortcut.activated.connect(back)
    return shortcut
