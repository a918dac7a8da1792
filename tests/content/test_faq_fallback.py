"""The FAQ's list of questions says when it is shown in French (content not yet
translated into the interface's language), and marks that French text as French,
left to right, for screen readers, as the answer pane does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from assist_desk.content import ContentPack
from assist_desk.views.faq import FaqScreen
from tests.app_fixtures import StartApplication, reset_application
from tests.content.test_views import make_env


def _french_rows(results: Any) -> list[bool]:
    """For each question of the list: is it aligned as French reads (left, absolute)?"""
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    rows = []
    for i in range(results.count()):
        item = results.item(i)
        if item.data(Qt.ItemDataRole.UserRole):  # a question (theme rows open nothing)
            alignment = item.data(Qt.ItemDataRole.TextAlignmentRole) or 0
            rows.append(bool(Qt.AlignmentFlag(alignment) & left == left))
    return rows


def _faq(qtbot: Any, pack: ContentPack, lang: str) -> FaqScreen:
    screen = FaqScreen(make_env(pack, language=lambda: lang))
    qtbot.addWidget(screen)
    if lang == "ar":
        screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.show()
    qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
    return screen


def test_arabic_list_of_french_questions_says_so(
    qtbot: Any, untranslated_pack: ContentPack
) -> None:
    pack = untranslated_pack
    screen = _faq(qtbot, pack, "ar")
    assert all(entry.question_fell_back for entry in pack.faq_entries("ar"))
    notice = screen.list_fallback
    assert notice.isVisibleTo(screen)
    assert notice.text()
    assert notice.accessibleName() == notice.text()
    # Above the list, in the same column.
    assert notice.parentWidget() is screen.results.parentWidget()
    assert notice.y() < screen.results.y()
    # The French list reads left to right and is French, each question too.
    assert screen.results.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.results.locale().language() == QLocale.Language.French
    rows = _french_rows(screen.results)
    # Every question, the frequent ones first and again under their themes (O-1).
    assert len(rows) == len(pack.faq_entries("ar")) + len(pack.top_questions("ar"))
    assert set(rows) == {True}
    # A search: its hits are French too.
    screen.search_box.setText("passeport perdu")
    screen.run_search()
    assert screen._hits
    assert notice.isVisibleTo(screen)
    assert set(_french_rows(screen.results)) == {True}
    # The answer pane: the same marks.
    screen.show_item("faq", pack.faq_ids()[0])
    assert screen.fallback.isVisibleTo(screen)
    assert screen.answer.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.answer.locale().language() == QLocale.Language.French


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_translated_questions_carry_no_notice(qtbot: Any, pack: ContentPack, lang: str) -> None:
    screen = _faq(qtbot, pack, lang)
    assert not screen.list_fallback.isVisibleTo(screen)
    assert True not in _french_rows(screen.results)
    assert screen.results.locale() == screen.locale()  # the interface's, not forced
    screen.search_box.setText("passport")
    screen.run_search()
    assert not screen.list_fallback.isVisibleTo(screen)


def test_the_notice_is_translated(
    qtbot: Any, qapp: Any, app_context: StartApplication, untranslated_directory: Any
) -> None:
    """In the running application (content without Arabic): the notice is in Arabic;
    English hides it."""
    context = app_context("--lang", "ar", wait=True)
    try:
        window = context.window
        window.show_screen("faq")
        screen = window.current_screen()
        assert isinstance(screen, FaqScreen)
        qtbot.waitUntil(lambda: screen.list_fallback.isVisibleTo(screen))
        text = screen.list_fallback.text()
        assert "الفرنسية" in text  # "French", in Arabic
        context.switch_language("en")
        qtbot.waitUntil(lambda: not screen.list_fallback.isVisibleTo(screen))
        assert screen.list_fallback.text().startswith("Questions not yet translated")
        assert screen.results.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        reset_application(qapp)  # no catalogue or direction left for later tests
