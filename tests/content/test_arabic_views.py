"""Arabic content on screen: the FAQ answer, its date, its French on demand; the checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt

from assist_desk.content import ContentPack
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.faq import TARGET_ROLE, FaqScreen
from tests.content.test_views import make_env, unnamed_focusable


def _arabic(qtbot: Any, screen: Any) -> Any:
    qtbot.addWidget(screen)
    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.show()
    return screen


def test_arabic_answer_with_its_date_and_the_french_on_demand(
    qtbot: Any, pack: ContentPack
) -> None:
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco))
    try:
        screen = _arabic(qtbot, FaqScreen(make_env(pack, language=lambda: "ar")))
        qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
        assert not screen.list_fallback.isVisibleTo(screen)  # questions are in Arabic
        screen.show_item("faq", "faq_photo_rules")
        text = screen.answer.toPlainText()
        assert "35 × 45" in text
        assert not screen.fallback.isVisibleTo(screen)
        assert screen.answer.locale().language() != QLocale.Language.French  # not marked French
        # "Checked on 6 December 2026" in Arabic, right under the answer.
        checked = text.index("6 دجنبر 2026") if "دجنبر" in text else text.index("6 ديسمبر 2026")
        assert text.index("35 × 45") < checked < text.index("Source")
        assert "To recheck" not in text  # confirmed on 6 December 2026
        # Translated: it says so; one tap shows the French reference, another hides it.
        assert "Photo de moins de 6 mois" not in text
        _tap_related(screen, ("french", "faq_photo_rules"))
        text = screen.answer.toPlainText()
        assert "Photo de moins de 6 mois qui vous ressemble" in text
        html = screen.answer.toHtml()
        assert 'lang="fr"' in html or "lang='fr'" in html or "Photo de moins" in html
        _tap_related(screen, ("french", "faq_photo_rules"))
        assert "Photo de moins de 6 mois" not in screen.answer.toPlainText()
        assert unnamed_focusable(screen) == []
    finally:
        QLocale.setDefault(saved)


def test_a_french_answer_offers_no_french_link(qtbot: Any, pack: ContentPack) -> None:
    screen = _arabic(qtbot, FaqScreen(make_env(pack, language=lambda: "fr")))
    screen.show_item("faq", "faq_photo_rules")
    assert "Translated from French" not in screen.answer.toPlainText()
    targets = [screen.related.item(i).data(TARGET_ROLE) for i in range(screen.related.count())]
    assert [t for t in targets if t and t[0] == "french"] == []


def _tap_related(screen: FaqScreen, target: tuple[str, str]) -> None:
    """Activate the See-also entry (a list item, as a screen reader reaches it)."""
    items = [screen.related.item(i) for i in range(screen.related.count())]
    matching = [item for item in items if item.data(TARGET_ROLE) == target]
    assert len(matching) == 1, target
    screen.related.itemActivated.emit(matching[0])


def test_arabic_checklist_is_arabic(qtbot: Any, pack: ContentPack) -> None:
    screen = _arabic(qtbot, ChecklistsScreen(make_env(pack, language=lambda: "ar")))
    screen.show_procedure("vr_declare_sale")
    text = screen.view.toPlainText()
    assert "شهادة الوضعية الإدارية" in text  # the certificate of administrative status
    assert "\u2068(cerfa 15776)\u2069" in text  # the form's number, isolated with its brackets
    assert not screen.fallback.isVisibleTo(screen)
    assert "Translated from French, which is the reference text." in text  # marked


def test_a_translated_checklist_shows_its_french_in_one_tap(qtbot: Any, pack: ContentPack) -> None:
    """Issue 16 §4: the FAQ had it, the checklists only said "translated from French"."""
    screen = _arabic(qtbot, ChecklistsScreen(make_env(pack, language=lambda: "ar")))
    screen.show_procedure("vr_declare_sale")
    toggle = screen.french_button
    assert toggle.isVisibleTo(screen)
    assert "شهادة الوضعية الإدارية" in screen.view.toPlainText()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    french = screen.view.toPlainText()
    assert "Certificat de situation administrative" in french
    assert "شهادة الوضعية الإدارية" not in french
    assert screen.view.layoutDirection() == Qt.LayoutDirection.LeftToRight  # French reads LTR
    assert toggle.accessibleName() == toggle.text() != ""
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert "شهادة الوضعية الإدارية" in screen.view.toPlainText()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    screen.show_procedure("vr_change_owner")  # another checklist opens in Arabic again
    assert "Certificat de cession" not in screen.view.toPlainText()
    screen.clear_citizen_data()
    assert not toggle.isVisibleTo(screen)


def test_a_french_checklist_is_not_marked_translated(qtbot: Any, pack: ContentPack) -> None:
    screen = _arabic(qtbot, ChecklistsScreen(make_env(pack, language=lambda: "fr")))
    screen.show_procedure("vr_declare_sale")
    assert "Translated from French" not in screen.view.toPlainText()
    assert not screen.french_button.isVisibleTo(screen)  # nothing else to show
