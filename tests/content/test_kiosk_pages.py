"""K-4: at a kiosk the FAQ and the checklists are a list on the whole screen, and an
answer or a checklist is a page of its own with a big Back; the list stays a list of
named, focusable items, opening moves the focus and speaks, Back returns the focus."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTreeWidgetItem

from assist_desk.bidi import plain_address_text
from assist_desk.content import ContentPack
from assist_desk.views import checklists as checklists_module
from assist_desk.views import faq as faq_module
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.faq import FaqScreen
from tests.content.test_views import make_env


def first_question_row(screen: FaqScreen) -> int:
    for row in range(screen.results.count()):
        if screen.results.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
            return row
    raise AssertionError("no question in the list")


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the screen asks screen readers to say (the real function needs AT-SPI on)."""
    said: list[str] = []
    monkeypatch.setattr(faq_module, "announce", lambda _widget, text, **_k: said.append(text))
    return said


def shown_faq(qtbot: Any, pack: ContentPack, kiosk: bool) -> FaqScreen:
    screen = FaqScreen(make_env(pack, kiosk=lambda: kiosk))
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)  # focus moves need an active window
    qtbot.waitUntil(lambda: screen.results.count() > 1)
    return screen


def test_kiosk_faq_is_the_list_alone_then_the_answer_alone(
    qtbot: Any, pack: ContentPack, announced: list[str]
) -> None:
    screen = shown_faq(qtbot, pack, kiosk=True)
    # The list page: no empty answer pane beside it, the list as wide as the screen.
    assert not screen.answer_pane.isVisible()
    assert screen.results.width() > 0.8 * screen.width()
    row = first_question_row(screen)
    item = screen.results.item(row)
    name = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert name  # a named item of a real list
    screen.results.setFocus()
    screen.results.setCurrentItem(item)  # the arrows: no answer shown behind the list
    assert not screen.answer_pane.isVisible()
    assert screen.answer.toPlainText() == ""

    screen.results.itemActivated.emit(item)  # Enter or a tap: the answer's page
    assert screen.detail_page
    assert screen.answer_pane.isVisible()
    assert not screen.results.isVisible()
    assert not screen.search_box.isVisible()
    assert screen.back_button.isVisible()
    assert screen.back_button.height() >= faq_module.KIOSK_TARGET_PX
    assert screen.answer.hasFocus()
    # (toPlainText gives no-break spaces back as spaces)
    assert screen.answer.toPlainText().startswith(name.replace("\u00a0", " "))
    assert announced
    assert announced[-1] == plain_address_text(screen.answer.toPlainText())

    qtbot.wait(50)  # the page laid out: the button where a finger finds it
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)  # Back
    assert not screen.detail_page
    assert screen.results.isVisible()
    assert not screen.answer_pane.isVisible()
    assert screen.results.hasFocus()
    assert screen.results.currentRow() == row  # the focus on the question read
    interface = QAccessible.queryAccessibleInterface(screen.back_button)
    assert interface.text(QAccessible.Text.Name) == "Back to the questions"


def test_kiosk_faq_wipe_goes_back_to_the_list(qtbot: Any, pack: ContentPack) -> None:
    screen = shown_faq(qtbot, pack, kiosk=True)
    screen.results.itemActivated.emit(screen.results.item(first_question_row(screen)))
    assert screen.detail_page
    screen.clear_citizen_data()
    assert not screen.detail_page
    assert screen.results.isVisible()
    assert screen.answer.toPlainText() == ""


def test_workstation_faq_keeps_list_and_answer_side_by_side(
    qtbot: Any, pack: ContentPack, announced: list[str]
) -> None:
    screen = shown_faq(qtbot, pack, kiosk=False)
    assert screen.answer_pane.isVisible()
    item = screen.results.item(first_question_row(screen))
    screen.results.setCurrentItem(item)  # the arrows preview the answer beside the list
    assert screen.answer.toPlainText()
    screen.results.itemActivated.emit(item)
    assert screen.results.isVisible()
    assert screen.answer_pane.isVisible()
    assert not screen.back_button.isVisible()
    assert screen.answer.hasFocus()


def shown_checklists(qtbot: Any, pack: ContentPack, kiosk: bool) -> ChecklistsScreen:
    screen = ChecklistsScreen(make_env(pack, kiosk=lambda: kiosk, allow_pdf_save=not kiosk))
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    screen.activateWindow()
    qtbot.waitActive(screen)  # focus moves need an active window
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() > 0)
    return screen


def first_procedure(screen: ChecklistsScreen) -> QTreeWidgetItem:
    category = screen.tree.topLevelItem(0)
    assert category is not None
    assert category.childCount() > 0
    child = category.child(0)
    assert child is not None
    return child


def test_kiosk_checklists_are_the_list_alone_then_the_checklist_alone(
    qtbot: Any, pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(checklists_module, "announce", lambda _w, text, **_k: said.append(text))
    screen = shown_checklists(qtbot, pack, kiosk=True)
    assert not screen.checklist_pane.isVisible()  # no empty pane beside the list
    assert not screen.print_button.isVisible()  # nothing to print yet: not offered
    assert screen.tree.width() > 0.8 * screen.width()
    item = first_procedure(screen)
    screen.tree.setFocus()
    screen.tree.setCurrentItem(item)  # the arrows: still the list
    assert not screen.detail_page
    screen.tree.itemClicked.emit(item, 0)  # a tap: the checklist's page
    assert screen.detail_page
    assert screen.checklist_pane.isVisible()
    assert not screen.tree.isVisible()
    assert screen.back_button.isVisible()
    assert screen.back_button.height() >= checklists_module.KIOSK_TARGET_PX
    assert screen.print_button.isVisible()
    assert screen.print_button.isEnabled()
    assert screen.view.hasFocus()
    assert said
    assert said[-1].startswith(item.text(0))
    qtbot.wait(50)
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert not screen.detail_page
    assert screen.tree.isVisible()
    assert screen.tree.hasFocus()
    assert screen.tree.currentItem() is item


def test_kiosk_checklist_opened_from_elsewhere_shows_its_page(
    qtbot: Any, pack: ContentPack
) -> None:
    """The FAQ or triage opens a checklist: at a kiosk, straight to its page, where the
    window puts the focus (initial_focus); the wipe goes back to the list."""
    screen = shown_checklists(qtbot, pack, kiosk=True)
    screen.show_procedure("pp_loss")
    assert screen.detail_page
    assert screen.initial_focus() is screen.view
    screen.clear_citizen_data()
    assert not screen.detail_page
    assert screen.initial_focus() is screen.tree


def test_workstation_opening_state_guides_and_explains_printing(
    qtbot: Any, pack: ContentPack
) -> None:
    """O-4: before a procedure is chosen the pane says what to do and where to go when
    unsure, and the greyed Print says why; both go once a procedure is chosen."""
    screen = shown_checklists(qtbot, pack, kiosk=False)
    assert screen.checklist_pane.isVisible()
    assert screen.tree.isVisible()
    text = screen.view.toPlainText()
    assert text.startswith("Choose a procedure")
    assert "Which procedure do I need?" in text
    assert not screen.print_button.isEnabled()
    assert screen.print_hint.isVisible()
    assert "Choose a procedure first" in screen.print_hint.text()
    screen.tree.setCurrentItem(first_procedure(screen))
    assert screen.print_button.isEnabled()
    assert not screen.print_hint.isVisible()
    assert not screen.back_button.isVisible()


def test_kiosk_see_also_stays_on_the_answer_page_and_back_finds_the_first_question(
    qtbot: Any, pack: ContentPack, announced: list[str]
) -> None:
    """A "See also" question opens in place (its list is refilled while its item is
    being handled: no deleted item is touched); Back returns to the question first read."""
    screen = shown_faq(qtbot, pack, kiosk=True)
    row = first_question_row(screen)
    screen.results.itemActivated.emit(screen.results.item(row))
    assert screen.related.count() > 0
    related = screen.related.item(0)
    name = related.data(Qt.ItemDataRole.AccessibleTextRole)
    screen.related.itemClicked.emit(related)
    assert screen.detail_page
    # (toPlainText gives no-break spaces back as spaces)
    assert screen.answer.toPlainText().startswith(name.replace("\u00a0", " "))
    assert screen.answer.hasFocus()
    screen.back_button.click()
    assert screen.results.currentRow() == row
    assert screen.results.hasFocus()


@pytest.fixture
def kiosk_theme(qapp: Any) -> Any:
    from assist_desk import theme

    theme.apply(qapp, "default", 1.0, kiosk=True)
    yield
    theme.remove(qapp)
    qapp.setProperty("assist_desk_citizen", None)


def test_kiosk_triage_answers_are_80_px_choices(
    qtbot: Any, pack: ContentPack, kiosk_theme: Any
) -> None:
    """K-2: at a kiosk a choice is 80 px at least. The triage's answers were plain
    buttons of about 60 px that the design gate did not count as choices."""
    from assist_desk.devtools.design_check import check_kiosk_choices
    from assist_desk.views.triage import TriageScreen

    screen = TriageScreen(make_env(pack, kiosk=lambda: True))
    qtbot.addWidget(screen)
    screen.resize(1000, 900)
    screen.show()
    qtbot.waitUntil(lambda: len(screen.option_buttons) == 4)
    qtbot.wait(10)
    assert all(button.property("role") == "choice" for button in screen.option_buttons)
    assert min(button.height() for button in screen.option_buttons) >= 80
    assert check_kiosk_choices(screen) == []


def procedure_with_calculator(screen: ChecklistsScreen) -> str:
    for top in range(screen.tree.topLevelItemCount()):
        category = screen.tree.topLevelItem(top)
        assert category is not None
        for row in range(category.childCount()):
            child = category.child(row)
            assert child is not None
            screen.show_procedure(child.data(0, checklists_module.PROCEDURE_ROLE))
            if screen.calculator.isVisible():
                return str(screen.procedure_id)
    raise AssertionError("no procedure with a cost calculator")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_kiosk_opened_checklist_scrolls_once_with_its_calculator_whole(
    qtbot: Any, pack: ContentPack, language: str
) -> None:
    """K-4 (fresh review): on its kiosk page the checklist's text is as tall as its
    document, with no scroll bar of its own; the page scrolls once and holds the whole
    calculator under it. Beside the list (workstation) the text box scrolls again."""
    from PySide6.QtWidgets import QScrollArea

    screen = ChecklistsScreen(make_env(pack, kiosk=lambda: True, allow_pdf_save=False))
    rtl = Qt.LayoutDirection.RightToLeft
    screen.setLayoutDirection(rtl if language == "ar" else Qt.LayoutDirection.LeftToRight)
    page = QScrollArea()  # the window's column scrolls the screen
    page.setWidgetResizable(True)
    page.setWidget(screen)
    qtbot.addWidget(page)
    page.resize(1920, 1080)
    page.show()
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() > 0)
    procedure_with_calculator(screen)
    assert screen.detail_page
    qtbot.wait(100)  # laid out
    view = screen.view
    document_height = view.document().size().height()
    assert document_height > 330  # the reviewer's 330 px box was too short for it
    assert not view.verticalScrollBar().isVisible()
    assert view.verticalScrollBar().maximum() == 0  # nothing hidden inside it
    assert view.viewport().height() >= document_height - 1
    calculator_top = screen.calculator.mapTo(screen, screen.calculator.rect().topLeft()).y()
    assert calculator_top >= view.mapTo(screen, view.rect().bottomLeft()).y()
    assert calculator_top + screen.calculator.height() <= screen.height()  # not cut
    assert screen.calculator.height() >= screen.calculator.minimumSizeHint().height()

    screen.back_to_list()  # the list page: the box gives up its fitted height
    assert view.maximumHeight() > 10_000


def test_reading_text_shows_no_caret_yet_the_arrows_still_read_it(
    qtbot: Any, pack: ContentPack
) -> None:
    """AR-2 (fresh review): a blinking caret in the FAQ answer or a checklist looked like
    a field to type in; none is drawn, and keyboard selection stays for screen readers."""
    faq = shown_faq(qtbot, pack, kiosk=True)
    checklists = shown_checklists(qtbot, pack, kiosk=True)
    for text_box in (faq.answer, checklists.view):
        assert text_box.cursorWidth() == 0
        assert text_box.isReadOnly()
        flags = text_box.textInteractionFlags()
        assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
