"""Names in lists and trees are read in full: no "…" (RGAA 10.4, WCAG 1.4.4).

The checklists screen's procedure tree elided long names ("Carte grise — véhicule
d'occasion (ch…"): a citizen on a touch screen cannot hover to read the rest.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator

from assist_desk import theme
from assist_desk.content import ContentPack
from assist_desk.devtools import a11y_check
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.content_common import ContentEnv

LONG_NAME = "Carte grise — véhicule d'occasion"


def _screen(qtbot: Any, pack: ContentPack, lang: str, width: int = 1400) -> ChecklistsScreen:
    env = ContentEnv(pack, lambda: lang, "Médiathèque test", 180, today=lambda: pack.pack_date)
    screen = ChecklistsScreen(env)
    qtbot.addWidget(screen)
    if lang == "ar":
        screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.resize(width, 900)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() > 0)
    return screen


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = []
    iterator = QTreeWidgetItemIterator(tree)
    while (item := iterator.value()) is not None:
        found.append(item)
        iterator += 1
    return found


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_procedure_names_wrap_instead_of_being_elided(
    qtbot: Any, qapp: Any, pack: ContentPack, lang: str, scale: float
) -> None:
    theme.apply(qapp, "default", scale, kiosk=True)
    # Wide enough for the list beside the checklist at the kiosk's 26-px type (52 px at
    # 200 %): stacked, the list would take the whole width and need no second line.
    screen = _screen(qtbot, pack, lang, width=round(1400 * max(1.0, scale * 0.7)))
    tree = screen.tree
    # The procedure's name in the interface's language (Arabic is translated too).
    view = pack.checklist("vr_change_owner", lang)
    assert view is not None
    long_name = view.title if lang != "fr" else LONG_NAME
    long_items = [item for item in _items(tree) if item.text(0).startswith(long_name)]
    assert long_items, "the long procedure name is in the tree"
    item = long_items[0]
    rect = tree.visualItemRect(item)
    metrics = tree.fontMetrics()
    # Too long for one line in the tree's width: the row holds several lines instead.
    assert metrics.horizontalAdvance(item.text(0)) > rect.width()
    assert rect.height() >= 2 * metrics.height()
    assert tree.textElideMode() == Qt.TextElideMode.ElideNone
    assert tree.horizontalScrollBar().maximum() == 0  # nothing hidden to the side
    assert a11y_check.check_item_texts(screen) == []
    # Wider (a larger screen, the splitter dragged): the rows follow, fewer lines.
    before = rect.height()
    screen.resize(round(2400 * max(1.0, scale * 0.7)), 900)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() < before)
    assert a11y_check.check_item_texts(screen) == []


def test_the_checker_finds_an_elided_name(qtbot: Any, qapp: Any) -> None:
    """The check itself: a plain tree elides the same name, and it is reported."""
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    qtbot.addWidget(tree)
    QTreeWidgetItem(tree, [LONG_NAME + " (changement de propriétaire)"])
    tree.resize(200, 200)
    tree.show()
    qtbot.waitExposed(tree)
    findings = a11y_check.check_item_texts(tree)
    assert len(findings) == 1
    assert findings[0].kind == "clipped-text"
    assert "elided" in findings[0].detail
