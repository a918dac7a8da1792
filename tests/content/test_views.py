"""The content screens as a person uses them: typing, choosing, answering, printing."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QScrollArea, QWidget

from assist_desk.bidi import plain_address_text
from assist_desk.content import ContentPack
from assist_desk.content.search import arabic_stem
from assist_desk.modes import LANGUAGES
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.content_common import ContentEnv
from assist_desk.views.faq import FaqScreen
from assist_desk.views.triage import TriageScreen
from tests.app_fixtures import StartApplication


def make_env(pack: ContentPack, **changes: Any) -> ContentEnv:
    values: dict[str, Any] = {
        "pack": pack,
        "language": lambda: "fr",
        "site_name": "Médiathèque test",
        "max_age_days": 180,
        "today": lambda: pack.pack_date,
    }
    values.update(changes)
    return ContentEnv(**values)


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable widgets whose accessible interface has no name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.objectName() in ("qt_scrollarea_viewport",) or widget.parent() is None:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None:
            continue
        name = interface.text(QAccessible.Text.Name)
        if not name and type(widget).__name__ not in ("QScrollBar", "QSplitterHandle"):
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


def test_faq_search_as_you_type(qtbot: Any, pack: ContentPack) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
    assert "101" in screen.status.text()  # every question listed when nothing is typed
    qtbot.keyClicks(screen.search_box, "pasport perdu")
    qtbot.waitUntil(
        lambda: "pp_loss" in [ref for _kind, ref in list_targets(screen.results)], timeout=2000
    )
    first = screen.results.item(0)
    # One list item per hit: named by its title, its snippet read after it and shown.
    title = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert title == "Passeport perdu — checklist"  # a checklist hit says so
    snippet = first.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert snippet
    assert first.text() == f"{title}\n{snippet}"
    qtbot.keyClick(screen.search_box, Qt.Key.Key_Return)
    assert screen.answer.toPlainText().startswith("Passeport perdu")
    assert not screen.fallback.isVisibleTo(screen)
    assert screen.initial_focus() is screen.search_box
    assert unnamed_focusable(screen) == []


def list_targets(widget: Any) -> list[tuple[str, str]]:
    """What each item of a FAQ list opens (theme rows open nothing)."""
    targets = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
    return [tuple(target) for target in targets if target]


def test_faq_lists_every_question_under_its_theme(qtbot: Any, pack: ContentPack) -> None:
    """Issue 14's O-1: all topics: the frequent questions, then each theme's name heads
    its questions (not a stop)."""
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
    rows = [screen.results.item(i) for i in range(screen.results.count())]
    themes = [row.text() for row in rows if row.flags() == Qt.ItemFlag.NoItemFlags]
    assert themes == ["Frequent questions"] + [name for _key, name in pack.faq_topics("fr")]
    frequent = pack.top_questions("fr")
    assert len(rows) == len(themes) + len(frequent) + len(pack.faq_entries("fr", None))
    first_theme_question = rows[len(frequent) + 2]
    assert first_theme_question.data(Qt.ItemDataRole.AccessibleDescriptionRole) == themes[1]
    # One topic chosen: its questions alone, no theme row.
    screen.topic_box.setCurrentIndex(screen.topic_box.findData("terms"))
    screen.topic_box.activated.emit(screen.topic_box.currentIndex())
    assert len(list_targets(screen.results)) == screen.results.count() == 7


def test_faq_topic_filter_and_answer(qtbot: Any, pack: ContentPack) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
    screen.topic_box.setCurrentIndex(screen.topic_box.findData("terms"))
    screen.topic_box.activated.emit(screen.topic_box.currentIndex())
    assert "7" in screen.status.text()
    screen.show_item("faq", "faq_terms_claim")
    text = plain_address_text(screen.answer.toPlainText())  # without the word joiners (AR-5)
    assert "30 jours" in text
    assert "service-public.fr" in text or "ants.gouv.fr" in text
    # Under the answer text (before the related questions and the source), the date
    # as the interface language writes it.
    assert "Checked on 6 December 2026" in text
    assert text.index("30 jours") < text.index("Checked on") < text.index("Source:")
    assert "To recheck" in text  # this entry was not re-checked for pack 1.1.0


def test_faq_opens_a_checklist(qtbot: Any, pack: ContentPack) -> None:
    opened: list[str] = []
    screen = FaqScreen(make_env(pack, open_checklist=opened.append))
    qtbot.addWidget(screen)
    screen.show_item("faq", "faq_passport_price")
    # The related checklists are items of the "See also" list, not links in the text.
    assert ("checklist", "pp_first_adult") in list_targets(screen.related)
    row = next(
        screen.related.item(i)
        for i in range(screen.related.count())
        if screen.related.item(i).data(Qt.ItemDataRole.UserRole)[1] == "pp_first_adult"
    )
    screen.related.itemActivated.emit(row)
    assert opened == ["pp_first_adult"]


def test_faq_clear_citizen_data(qtbot: Any, pack: ContentPack) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.search_box.setText("carte grise")
    screen.run_search()
    screen.show_item("faq", "faq_vr_cost")
    screen.clear_citizen_data()
    assert screen.search_box.text() == ""
    assert screen._current is None
    assert screen.answer.toPlainText() == ""  # what was read goes too
    assert screen.related.count() == 0
    assert "carte grise" not in screen.search_box.text()


def test_outdated_content_says_so(qtbot: Any, pack: ContentPack) -> None:
    late = pack.pack_date + dt.timedelta(days=400)
    screen = ChecklistsScreen(make_env(pack, today=lambda: late))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.outdated.text() != "")
    assert "may be outdated" in screen.outdated.text()
    fresh = FaqScreen(make_env(pack))
    qtbot.addWidget(fresh)
    qtbot.waitUntil(lambda: fresh.topic_box.count() > 1)
    assert fresh.outdated.text() == ""


def test_checklist_and_calculator(qtbot: Any, pack: ContentPack) -> None:
    screen = ChecklistsScreen(make_env(pack, today=lambda: dt.date(2026, 6, 1)))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() == 4)
    assert not screen.print_button.isEnabled()
    screen.show_procedure("vr_change_owner")
    assert screen.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == "vr_change_owner"
    text = screen.view.toPlainText()
    assert "Certificat de cession (cerfa 15776)" in text
    assert screen.calculator.isVisibleTo(screen)
    calc = screen.calculator
    calc.region_box.setCurrentIndex(calc.region_box.findData("ile_de_france"))
    calc.power_box.setValue(7)
    calc.year_box.setValue(2023)
    assert "496,41\u202f€" in calc.result.text()  # 68,95 € x 7 CV + 11 € + 2,76 €
    assert "01/03/2026" in calc.result.text()
    calc.region_box.setCurrentIndex(calc.region_box.findData("bretagne"))
    calc.power_box.setValue(5)
    calc.year_box.setValue(2014)  # 12 years old: the regional tax is halved (W1)
    assert "163,76\u202f€" in calc.result.text()
    assert "Halved" in calc.result.text()
    calc.energy_box.setCurrentIndex(calc.energy_box.findData("e85"))
    assert "To recheck" in calc.result.text()  # no regional E85 decision recorded
    screen.show_procedure("pp_loss")
    assert not screen.calculator.isVisibleTo(screen)
    assert screen.print_button.isEnabled()
    assert unnamed_focusable(screen) == []
    screen.clear_citizen_data()
    assert screen.procedure_id is None
    assert calc.power_box.value() == 5


def test_the_calculator_takes_typed_numbers_and_big_steps(qtbot: Any, pack: ContentPack) -> None:
    """No spin box: its arrows were 25 px tall at a kiosk. A year is typed digit by digit
    (no figure for "201"), or stepped with − / +."""
    screen = ChecklistsScreen(make_env(pack, today=lambda: dt.date(2026, 6, 1)))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() == 4)
    screen.show_procedure("vr_change_owner")
    calc = screen.calculator
    calc.region_box.setCurrentIndex(calc.region_box.findData("bretagne"))
    year = calc.year_box.edit
    year.selectAll()
    qtbot.keyClicks(year, "201")
    assert calc.result.text() == ""  # half a year gives no figure
    qtbot.keyClicks(year, "4")
    assert "163,76\u202f€" in calc.result.text()  # 5 CV, 12 years old: halved (W1)
    # At a workstation the calculator is under the checklist, in its pane that scrolls.
    pane = screen.findChild(QScrollArea, "checklistPaneScroll")
    assert pane is not None
    more = calc.power_box.more

    def in_sight() -> bool:  # once the pane is laid out, scrolled to the button
        pane.ensureWidgetVisible(more)
        return screen.childAt(more.mapTo(screen, more.rect().center())) is more

    qtbot.waitUntil(in_sight)
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert calc.power_box.value() == 6
    assert "Halved" in calc.result.text()


def test_checklist_pdf_is_real(qtbot: Any, pack: ContentPack, tmp_path: Path) -> None:
    screen = ChecklistsScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.show_procedure("id_loss")
    path = screen.save_pdf(tmp_path)
    assert path is not None
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert (
        data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page") >= 1
    )
    assert str(path) in screen.message.text()
    assert path.name == f"checklist-id_loss-{pack.pack_date}.pdf"
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # poppler-utils: read the printed words back
        text = subprocess.run(
            [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Médiathèque test" in text  # the help point
        assert "Carte d'identité perdue" in text
        assert "25" in text
        assert "https://passeport.ants.gouv.fr/" in text  # printed beside its QR code


def test_printed_sheet_holds_nothing_typed(qtbot: Any, pack: ContentPack, tmp_path: Path) -> None:
    faq = FaqScreen(make_env(pack))
    qtbot.addWidget(faq)
    faq.search_box.setText("Dupont Jeanne 0612345678")
    screen = ChecklistsScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.show_procedure("pp_loss")
    path = screen.save_pdf(tmp_path)
    assert path is not None
    pdftotext = shutil.which("pdftotext")
    raw = path.read_bytes()
    assert b"Dupont" not in raw
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Dupont" not in text
        assert "0612345678" not in text


def test_preview_opens_without_blocking(qtbot: Any, pack: ContentPack) -> None:
    screen = ChecklistsScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.show_procedure("pp_first_minor")
    screen.print_preview()
    dialog = screen.preview
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_kiosk_without_printer_says_so(
    qtbot: Any, pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("assist_desk.views.printing.has_printer", lambda: False)
    screen = ChecklistsScreen(make_env(pack, allow_pdf_save=False))
    qtbot.addWidget(screen)
    assert not screen.pdf_button.isVisibleTo(screen)
    screen.show_procedure("pp_loss")
    screen.print_preview()
    assert screen.preview is None
    assert "No printer" in screen.message.text()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_triage_walk(qtbot: Any, pack: ContentPack, lang: str) -> None:
    opened: list[str] = []
    screen = TriageScreen(make_env(pack, open_checklist=opened.append, language=lambda: lang))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: len(screen.option_buttons) == 4)
    assert not screen.fallback.isVisibleTo(screen)  # every triage text is translated
    assert screen.initial_focus() is screen.option_buttons[0]
    qtbot.mouseClick(screen.option_buttons[2], Qt.MouseButton.LeftButton)  # driving licence
    labels = [b.objectName() for b in screen.option_buttons]
    assert "triageOption_stolen" in labels
    screen.choose("stolen")
    assert screen.session.outcome is not None
    assert screen.checklist_button.isVisibleTo(screen)
    result = screen.result.toPlainText()
    assert "25" in result
    qtbot.mouseClick(screen.checklist_button, Qt.MouseButton.LeftButton)
    assert opened == ["dl_theft"]
    screen.go_back()
    assert screen.session.outcome is None
    assert len(screen.option_buttons) == 7
    screen.choose("foreign")
    screen.choose("eu")
    assert not screen.checklist_button.isVisibleTo(screen)
    assert screen.result.toPlainText()
    assert unnamed_focusable(screen) == []
    screen.clear_citizen_data()
    assert screen.session.step == 0


def test_installer_adds_tiles_service_and_index(app_context: StartApplication, qtbot: Any) -> None:
    context = app_context(wait=True)
    pack = context.features.content.pack
    assert isinstance(pack, ContentPack)
    assert not pack.index_ready  # nobody has touched the window yet
    context.window.show()
    qtbot.mouseClick(context.window.centralWidget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pack.index_ready, timeout=5000)  # built in a worker
    assert pack.checklist("pp_loss", "fr") is not None
    window = context.window
    assert window.home.tile("faq").text().split("\n")[0]
    window.home.tile("checklists").click()
    assert window.current_screen().screen_id == "checklists"
    screen = window.current_screen()
    assert isinstance(screen, ChecklistsScreen)
    screen.triage_button.click()
    assert window.current_screen().screen_id == "triage"
    triage = window.current_screen()
    assert isinstance(triage, TriageScreen)
    triage.choose("passport")
    triage.choose("lost")
    triage.checklist_button.click()
    assert window.current_screen().screen_id == "checklists"
    assert screen.procedure_id == "pp_loss"
    window.show_screen("faq")
    faq = window.current_screen()
    assert isinstance(faq, FaqScreen)
    faq.search_box.setText("permis")
    # A word typed at the kiosk (here a surname, and in Arabic) keys the search's
    # correction and stem caches: the wipe empties them.
    pack.search("dupontel", "fr")
    pack.search("بنعلي", "ar")
    index = pack.build_index()
    assert any("dupontel" in table.cache for table in index._tables.values())
    assert arabic_stem.cache_info().currsize > 0
    context.wipe_session()
    assert not any(table.cache for table in index._tables.values())
    assert arabic_stem.cache_info().currsize == 0
    assert faq.search_box.text() == ""
    assert screen.procedure_id is None
    assert triage.session.step == 0


def test_arabic_interface_says_shown_in_french(
    app_context: StartApplication, untranslated_directory: Path
) -> None:
    context = app_context("--lang", "ar", wait=True)
    window = context.window
    window.show_screen("checklists")
    screen = window.current_screen()
    assert isinstance(screen, ChecklistsScreen)
    screen.show_procedure("id_first_minor")
    assert screen.fallback.isVisibleTo(screen)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_broken_content_hides_the_tiles(
    app_context: StartApplication, content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (content_copy / "checklists.toml").unlink()
    monkeypatch.setattr("assist_desk.content.pack.default_directory", lambda: content_copy)
    context = app_context(wait=True)
    assert context.features.content.pack is None
    with pytest.raises(KeyError):
        context.window.home.tile("faq")


@pytest.mark.parametrize("screen_class", [FaqScreen, ChecklistsScreen, TriageScreen])
def test_a_screen_deleted_after_a_language_change_is_left_alone(
    qtbot: Any, pack: ContentPack, screen_class: Any
) -> None:
    """The content is refreshed once the new language is in place (a zero-delay timer):
    a screen deleted meanwhile is not refreshed (it was, from a previous test's screen,
    in a shuffled run: "Internal C++ object (ProcedureTree) already deleted")."""
    screen = screen_class(make_env(pack))
    screen.retranslate_ui()
    shiboken6.delete(screen)
    qtbot.wait(20)  # pytest-qt fails the test on an exception raised in the event loop
