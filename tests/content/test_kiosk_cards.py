"""K-4: at a kiosk the FAQ, checklists and places lists are cards of at least 80 px
(the application's own style sheet, in the whole application); at a workstation the
same views stay dense rows; on a detail page Escape is the big Back, and the focus
returns to the card that was opened."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from assist_desk.content import ContentPack
from assist_desk.theme import KIOSK_CHOICE_PX
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.faq import FaqScreen
from assist_desk.views.places import PlacesScreen
from assist_desk.views.widgets.cards import CARD_SPACING_PX
from tests.content.test_kiosk_pages import (
    first_procedure,
    first_question_row,
    shown_checklists,
    shown_faq,
)


def _choice_heights(view: QAbstractItemView) -> list[int]:
    """The height of every row that can be chosen (not a title), the rows on screen."""
    model = view.model()
    heights: list[int] = []
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
        rect = view.visualRect(index)
        on_screen = rect.isValid() and rect.intersects(view.viewport().rect())
        if on_screen and index.flags() & Qt.ItemFlag.ItemIsSelectable:
            heights.append(rect.height())
    return heights


def _open_screens(window: Any, qtbot: Any) -> tuple[FaqScreen, ChecklistsScreen, PlacesScreen]:
    window.show_screen("faq")
    faq = window.current_screen()
    qtbot.waitUntil(lambda: faq.results.count() > 1)
    window.show_screen("checklists")
    checklists = window.current_screen()
    qtbot.waitUntil(lambda: checklists.tree.topLevelItemCount() > 0)
    window.show_screen("places")
    places = window.current_screen()
    qtbot.waitUntil(lambda: places.controller.ready, timeout=15000)
    places.search_edit.setText("75011")
    places.search()
    qtbot.wait(100)
    return faq, checklists, places


@pytest.mark.parametrize(
    ("mode", "kiosk", "lang"),
    [("kiosk", True, "fr"), ("kiosk", True, "ar"), ("mediator", False, "fr")],
)
def test_offline_lists_are_cards_at_a_kiosk_and_rows_at_a_desk(
    qtbot: Any,
    app_context: Any,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    kiosk: bool,
    lang: str,
) -> None:
    monkeypatch.setenv("ASSIST_DESK_TRAINING_KIOSK", "true")  # a kiosk on the training portal
    context = app_context("--mode", mode, "--lang", lang, wait=True)
    window = context.window
    window.resize(*((1920, 1080) if kiosk else (1280, 800)))
    window.show()
    faq, checklists, places = _open_screens(window, qtbot)
    for screen, view, card in (
        (faq, faq.results, KIOSK_CHOICE_PX),
        # A tree's cards keep apart by a margin inside the row.
        (checklists, checklists.tree, KIOSK_CHOICE_PX + CARD_SPACING_PX),
        (places, places.results, KIOSK_CHOICE_PX),
    ):
        window.show_screen(screen.screen_id)
        qtbot.wait(50)  # laid out with the style sheet's card padding
        heights = _choice_heights(view)
        assert heights, screen.screen_id
        assert view.property("cards") is kiosk
        assert not view.horizontalScrollBar().isVisible(), screen.screen_id  # never sideways
        if kiosk:
            assert min(heights) >= card, (screen.screen_id, heights)
            # More than one card to choose from on screen (a place is four lines).
            assert len(heights) >= 2, (screen.screen_id, heights)
        elif screen is not places:  # a place is four lines: tall in any mode
            # The workstation's denser list: one-line rows under a kiosk card's height.
            assert min(heights) < KIOSK_CHOICE_PX, (screen.screen_id, heights)


def test_escape_is_back_on_every_detail_page(qtbot: Any, pack: ContentPack) -> None:
    faq = shown_faq(qtbot, pack, kiosk=True)
    row = first_question_row(faq)
    faq.results.setFocus()
    faq.results.itemActivated.emit(faq.results.item(row))
    assert faq.detail_page
    assert faq.answer.hasFocus()
    qtbot.keyClick(faq.answer, Qt.Key.Key_Escape)
    assert not faq.detail_page
    assert faq.results.hasFocus()
    assert faq.results.currentRow() == row  # back on the card opened
    # On the list, Escape is not taken (nothing to go back to).
    qtbot.keyClick(faq.results, Qt.Key.Key_Escape)
    assert not faq.detail_page
    assert faq.results.isVisible()

    checklists = shown_checklists(qtbot, pack, kiosk=True)
    item = first_procedure(checklists)
    checklists.tree.setFocus()
    checklists.tree.setCurrentItem(item)
    checklists.tree.itemClicked.emit(item, 0)
    assert checklists.detail_page
    qtbot.keyClick(checklists.view, Qt.Key.Key_Escape)
    assert not checklists.detail_page
    assert checklists.tree.hasFocus()
    assert checklists.tree.currentItem() is item


def test_escape_does_nothing_at_a_workstation(qtbot: Any, pack: ContentPack) -> None:
    """No detail page there: the list and the answer stay side by side."""
    faq = shown_faq(qtbot, pack, kiosk=False)
    faq.results.itemActivated.emit(faq.results.item(first_question_row(faq)))
    qtbot.keyClick(faq.answer, Qt.Key.Key_Escape)
    assert faq.answer.hasFocus()
    assert faq.answer_pane.isVisible()
