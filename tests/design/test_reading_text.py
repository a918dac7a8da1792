"""Reading comfort of the FAQ, checklists, request summary and About (issue 14 §1 Type,
AR-2, AR-3, AR-5): Latin blocks boxed left to right in Arabic pages, line height 1.5
(Arabic 1.6-1.7), lines of at most about 75 characters, spoken names without bidi marks.

Real parts: the bundled content pack (and a copy whose French changed, so that part of
an Arabic checklist falls back to French), the application's style sheet and fonts,
the compiled Arabic catalogue, the main window's column.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk import theme
from assist_desk.bidi import FSI, LRI, PDI, plain_address_text
from assist_desk.content import ContentPack
from assist_desk.content.pack import default_directory
from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import Mode
from assist_desk.sandbox import seed
from assist_desk.views import checklists as checklists_module
from assist_desk.views.about import AboutInfo, AboutScreen
from assist_desk.views.ask_mediator import AskMediatorScreen
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.faq import FaqScreen
from assist_desk.views.main_window import MainWindow, ShellInfo
from assist_desk.views.reading import is_latin, spoken
from assist_desk.views.request.screen import SummaryPage
from assist_desk.views.widgets.direction import LatinBlock
from tests.content.test_views import make_env
from tests.sample_content import copy_without_arabic

#: The French of one document of "declare a sale", changed in the pack: its Arabic
#: translation no longer applies, so that document shows in French in an Arabic page.
CHANGED_FRENCH = ("Certificat de cession (cerfa 15776)", "Le formulaire rempli et signé")
BIDI_MARKS = re.compile(f"[{FSI}{LRI}{PDI}\u200e\u200f\u202a-\u202e]")
HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_holders() -> Iterator[None]:
    yield
    HOLDERS.clear()


@pytest.fixture
def arabic(qapp: Any) -> Iterator[None]:
    """The application styled and in Arabic (catalogue, direction, larger type)."""
    switcher = LanguageSwitcher(qapp)
    theme.apply(qapp, "default", 1.0, kiosk=False)
    switcher.switch("ar")
    yield
    _back_to_english(qapp, switcher)


@pytest.fixture
def french(qapp: Any) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    theme.apply(qapp, "default", 1.0, kiosk=False)
    switcher.switch("fr")
    yield switcher
    _back_to_english(qapp, switcher)


def _back_to_english(qapp: Any, switcher: LanguageSwitcher) -> None:
    """No catalogue, Arabic size, direction or style sheet left for the next test."""
    switcher.uninstall()
    LanguageSwitcher.remove_all(qapp)
    theme.language_changed(qapp, "en")
    theme.remove(qapp)
    qapp.setProperty("assist_desk_citizen", None)


@pytest.fixture(scope="module")
def partly_french_pack(tmp_path_factory: pytest.TempPathFactory) -> ContentPack:
    """The real pack, one document of "declare a sale" no longer translated."""
    import shutil

    target = tmp_path_factory.mktemp("partly_french") / "content"
    shutil.copytree(default_directory(), target)
    documents = target / "translations" / "ar" / "documents.toml"
    pairs = documents.read_text(encoding="utf-8").split("[[texts]]")
    kept = [pair for pair in pairs if not any(french in pair for french in CHANGED_FRENCH)]
    assert len(kept) == len(pairs) - 2  # the name and the description
    documents.write_text("[[texts]]".join(kept), encoding="utf-8")
    return ContentPack.load(target)


@pytest.fixture(scope="module")
def french_only_pack(tmp_path_factory: pytest.TempPathFactory) -> ContentPack:
    return ContentPack.load(copy_without_arabic(tmp_path_factory.mktemp("fr_only") / "content"))


# -- measuring a laid-out document ------------------------------------------------------


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _block_with(document: QTextDocument, text: str) -> QTextBlock:
    matches = [block for block in _blocks(document) if text in block.text()]
    assert matches, text
    return matches[0]


def _line_edges(document: QTextDocument, block: QTextBlock) -> list[tuple[float, float]]:
    """Left and right ink edges of each line of ``block``, in document coordinates."""
    layout = document.documentLayout()
    rect = layout.blockBoundingRect(block)
    lines = block.layout()
    edges = []
    for index in range(lines.lineCount()):
        natural = lines.lineAt(index).naturalTextRect()
        edges.append((rect.left() + natural.left(), rect.left() + natural.right()))
    return edges


def _baseline_steps(block: QTextBlock) -> list[float]:
    lines = block.layout()
    baselines = [lines.lineAt(i).y() + lines.lineAt(i).ascent() for i in range(lines.lineCount())]
    return [after - before for before, after in itertools.pairwise(baselines)]


def _font_px(widget: QWidget) -> int:
    widget.ensurePolished()
    return widget.font().pixelSize()


def _label_document(label: QLabel, width: int | None = None) -> QTextDocument:
    """The rich text of ``label`` laid out as the label lays it out (its font, its width,
    or ``width`` to make its paragraphs wrap)."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    option = document.defaultTextOption()
    option.setTextDirection(label.layoutDirection())
    document.setDefaultTextOption(option)
    document.setHtml(label.text())
    document.setTextWidth(width or label.contentsRect().width())
    document.size()  # laid out now
    return document


def _longest_line(document: QTextDocument) -> int:
    """Characters of the longest laid-out line (invisible bidi marks and word joiners
    not counted)."""
    document.size()  # laid out now
    longest = 0
    for block in _blocks(document):
        text = block.text()
        lines = block.layout()
        for index in range(lines.lineCount()):
            line = lines.lineAt(index)
            shown = text[line.textStart() : line.textStart() + line.textLength()]
            longest = max(longest, len(plain_address_text(shown).strip()))
    return longest


def _faq(qtbot: Any, pack: ContentPack, lang: str, **env: Any) -> FaqScreen:
    screen = FaqScreen(make_env(pack, language=lambda: lang, **env))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


# -- 1. Latin blocks ----------------------------------------------------------------------


def test_is_latin_tells_french_lines_from_arabic_ones() -> None:
    assert is_latin("Certificat de cession (cerfa 15776).")
    assert is_latin("contact@ants.gouv.fr")
    assert is_latin(f"<b>{FSI}Taxe fixe{PDI}</b> : 11 €")
    assert not is_latin(f"حساب {FSI}ANTS{PDI} مفعَّل")
    assert not is_latin("35 × 45")  # no letters: no box


def test_the_french_reference_is_a_left_to_right_box_in_the_arabic_answer(
    qtbot: Any, pack: ContentPack, arabic: Any
) -> None:
    screen = _faq(qtbot, pack, "ar")
    screen.show_item("faq", "faq_photo_rules", french=True)
    document = screen.answer.document()
    assert screen.answer.layoutDirection() == Qt.LayoutDirection.RightToLeft
    question = _block_with(document, "Quelles sont les règles pour la photo")
    answer = _block_with(document, "35 × 45")  # the Arabic answer, first in the page
    assert "ملم" in answer.text()

    cursor = QTextCursor(question)
    box = cursor.currentTable()
    assert box is not None  # the French is in a box of its own
    assert QTextCursor(answer).currentTable() is None  # the Arabic is not
    assert question.textDirection() == Qt.LayoutDirection.LeftToRight
    assert answer.textDirection() == Qt.LayoutDirection.RightToLeft

    frame = document.documentLayout().frameBoundingRect(box)
    border_and_padding = box.format().border() + box.format().cellPadding()
    # Each French line starts at the box's left edge (after its padding) ...
    for left, _right in _line_edges(document, question):
        assert left - frame.left() <= border_and_padding + 4
    # ... and the question mark ends the line on the right, not jumping to the left.
    line = question.layout().lineAt(0)
    end = question.text().rindex("?")
    assert line.cursorToX(end)[0] == max(line.cursorToX(i)[0] for i in range(end + 1))
    # The Arabic paragraph keeps to the right edge of the page.
    page_right = document.textWidth() - document.documentMargin()
    first_right = _line_edges(document, answer)[0][1]
    assert abs(first_right - page_right) <= 2
    last_left, _ = _line_edges(document, answer)[-1]
    assert last_left > frame.left() + 20  # a short last line is not pushed to the left


def test_a_document_still_in_french_is_boxed_in_the_arabic_checklist(
    qtbot: Any, partly_french_pack: ContentPack, arabic: Any
) -> None:
    screen = ChecklistsScreen(make_env(partly_french_pack, language=lambda: "ar"))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_procedure("vr_declare_sale")
    view = screen.view
    document = view.document()
    # The page stays Arabic, right to left (not turned to French as a whole) ...
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.locale().language() != QLocale.Language.French
    assert screen.fallback.isVisibleTo(screen)  # ... and it says some text is French
    name = _block_with(document, "Certificat de cession (cerfa 15776)")
    what = _block_with(document, "Le formulaire rempli et signé")
    assert QTextCursor(name).currentTable() is not None
    assert name.textDirection() == Qt.LayoutDirection.LeftToRight
    assert name.text().startswith("3. ")  # numbered as the list goes on
    assert QTextCursor(what).currentTable() is not None
    # The translated documents around it stay in the right-to-left list.
    translated = _block_with(document, "البطاقة الرمادية الحالية")
    assert QTextCursor(translated).currentTable() is None
    assert translated.textDirection() == Qt.LayoutDirection.RightToLeft
    after = _block_with(document, "الفحص التقني")
    assert after.textList() is not None
    assert after.textList().itemNumber(after) == 0
    assert after.textList().format().start() == 4


def test_french_documents_and_fees_are_boxed_in_the_arabic_summary(
    qtbot: Any, french_only_pack: ContentPack, arabic: Any
) -> None:
    page = _summary(qtbot, french_only_pack, "ar", "vr_change_owner", "vehicle_registration")
    html = page.text.text()
    boxes = re.findall(r"<table dir='ltr'.*?</table>", html, flags=re.S)
    assert boxes, "no left-to-right box"
    assert any("Taxe fixe" in box for box in boxes)  # a French fee line, boxed
    document = _label_document(page.text)
    for block in _blocks(document):
        if is_latin(block.text()) and "•" in block.text():
            assert QTextCursor(block).currentTable() is not None, block.text()
            assert block.textDirection() == Qt.LayoutDirection.LeftToRight


def test_spoken_names_carry_no_bidi_marks_nor_html(
    qtbot: Any,
    french_only_pack: ContentPack,
    pack: ContentPack,
    arabic: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _summary(qtbot, french_only_pack, "ar", "vr_change_owner", "vehicle_registration")
    name = page.text.accessibleName()
    assert "Taxe fixe" in name
    assert not BIDI_MARKS.search(name)
    assert "<" not in name
    assert BIDI_MARKS.search(page.text.text())  # the shown text keeps its isolates

    about = AboutScreen(lambda: AboutInfo("1.2.3", None, ()), site_name=lambda: "Mairie de Test")
    qtbot.addWidget(about)
    about.show()
    for line in about.lines:
        assert line.accessibleName()
        assert not BIDI_MARKS.search(line.accessibleName())
        assert "<" not in line.accessibleName()
    assert "Mairie de Test" in about.site_label.accessibleName()

    checklists = ChecklistsScreen(make_env(pack, language=lambda: "ar"))
    qtbot.addWidget(checklists)
    checklists.show()
    checklists.show_procedure("vr_change_owner")
    calculator = checklists.calculator
    calculator.update_result()
    assert "€" in calculator.result.accessibleName()
    assert not BIDI_MARKS.search(calculator.result.accessibleName())

    # What is announced when a kiosk citizen opens an Arabic checklist ("NEPH" inside).
    said: list[str] = []
    monkeypatch.setattr(checklists_module, "announce", lambda _w, text, **_k: said.append(text))
    kiosk = ChecklistsScreen(make_env(pack, language=lambda: "ar", kiosk=lambda: True))
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.show_procedure("dl_first_application")
    kiosk._tapped()
    assert said
    assert "(NEPH)" in said[-1]
    assert not any(BIDI_MARKS.search(text) for text in said), said

    block = LatinBlock(f"{FSI}Taxe fixe{PDI} : 11 €")
    qtbot.addWidget(block)
    assert block.label.accessibleName() == "Taxe fixe : 11 €"
    assert spoken(f"<p>{FSI}ANTS{PDI}</p>") == "ANTS"


def _summary(
    qtbot: Any, pack: ContentPack, lang: str, procedure: str, category: str
) -> SummaryPage:
    holder = QWidget()
    HOLDERS.append(holder)  # qtbot keeps only a weak reference
    qtbot.addWidget(holder)
    holder.resize(900, 700)
    session = FlowSession(holder)
    controller = RequestController(
        lambda: None, session, content=lambda: pack, language=lambda: lang, parent=holder
    )
    controller.catalogue = seed.catalogue()
    controller.update(profile="individual", category=category, procedure=procedure)
    page = SummaryPage(controller)
    page.setParent(holder)
    holder.show()
    page.load()
    return page


# -- 2. line height ---------------------------------------------------------------------


def test_answer_lines_are_1_5_apart_in_french_and_1_6_to_1_7_in_arabic(
    qtbot: Any, pack: ContentPack, french: Any, qapp: Any
) -> None:
    language = ["fr"]
    screen = FaqScreen(make_env(pack, language=lambda: language[0]))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.show_item("faq", "faq_photo_rules")
    size = _font_px(screen.answer)
    assert size == 18
    steps = _baseline_steps(_block_with(screen.answer.document(), "35 × 45"))
    assert len(steps) >= 2
    assert all(1.48 <= step / size <= 1.56 for step in steps), (steps, size)

    french.switch("ar")  # the fixture's switcher: it takes it away again
    language[0] = "ar"
    screen.show_item("faq", "faq_photo_rules")
    size = _font_px(screen.answer)
    assert size == 21  # 18 × 1.15 (AR-3)
    steps = _baseline_steps(_block_with(screen.answer.document(), "35 × 45"))
    assert len(steps) >= 2
    assert all(1.6 <= step / size <= 1.75 for step in steps), (steps, size)


def test_checklist_summary_about_and_help_lines_are_1_5_apart(
    qtbot: Any, pack: ContentPack, french: Any
) -> None:
    checklists = ChecklistsScreen(make_env(pack))
    qtbot.addWidget(checklists)
    checklists.resize(1280, 800)
    checklists.show()
    checklists.show_procedure("vr_change_owner")
    size = _font_px(checklists.view)
    steps = [
        step
        for block in _blocks(checklists.view.document())
        if block.layout().lineCount() > 1 and block.blockFormat().headingLevel() == 0
        for step in _baseline_steps(block)
    ]
    assert len(steps) >= 5
    assert min(steps) / size >= 1.48  # no body line tighter than 1.5

    page = _summary(qtbot, pack, "fr", "vr_change_owner", "vehicle_registration")
    steps = [s for b in _blocks(_label_document(page.text, 300)) for s in _baseline_steps(b)]
    assert steps
    assert min(steps) / _font_px(page.text) >= 1.48

    about = AboutScreen(lambda: AboutInfo("1.2.3", None, ()), site_name=lambda: "Mairie")
    qtbot.addWidget(about)
    about.resize(500, 600)  # narrow: the lines wrap
    about.show()
    label = about.not_ants_label
    steps = [s for b in _blocks(_label_document(label)) for s in _baseline_steps(b)]
    assert steps
    assert all(1.48 <= s / _font_px(label) <= 1.56 for s in steps), steps

    help_page = AskMediatorScreen()  # the kiosk's "Need help?" page
    qtbot.addWidget(help_page)
    help_page.resize(400, 600)
    help_page.show()
    label = help_page.steps
    steps = [s for b in _blocks(_label_document(label)) for s in _baseline_steps(b)]
    assert steps
    assert all(1.48 <= s / _font_px(label) <= 1.56 for s in steps), steps
    assert label.accessibleName().startswith("Levez la main")  # plain words, no HTML


# -- 3. line length ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "language"),
    [(Mode.MEDIATOR, "fr"), (Mode.MEDIATOR, "ar"), (Mode.KIOSK, "fr"), (Mode.KIOSK, "ar")],
)
def test_reading_views_hold_at_most_75_characters_a_line(
    qtbot: Any, qapp: Any, pack: ContentPack, mode: Mode, language: str
) -> None:
    """In the main window's column at 1920 × 1080, the widest reading pane (the kiosk's
    full-page answer) keeps its lines to about 75 characters, the Latin box included."""
    switcher = LanguageSwitcher(qapp)
    theme.apply(qapp, "default", 1.0, mode=mode.value)
    switcher.switch(language)
    try:
        kiosk = mode == Mode.KIOSK
        window = MainWindow(ShellInfo("Test point", mode, ("fr", "ar"), language), ())
        qtbot.addWidget(window)
        env = make_env(pack, language=lambda: language, kiosk=lambda: kiosk)
        faq, checklists = FaqScreen(env), ChecklistsScreen(env)
        window.add_screen(faq)
        window.add_screen(checklists)
        window.resize(1920, 1080)
        window.show()
        qtbot.waitExposed(window)
        window.show_screen("faq")
        faq.show_item("faq", "faq_photo_rules", french=True)
        faq._show_page(detail=True)
        qtbot.waitUntil(lambda: faq.answer.isVisible())
        _settle(qapp)
        assert _longest_line(faq.answer.document()) <= 75
        window.show_screen("checklists")
        checklists.show_procedure("vr_change_owner")
        qtbot.waitUntil(lambda: checklists.view.isVisible())
        _settle(qapp)
        assert _longest_line(checklists.view.document()) <= 75
    finally:
        _back_to_english(qapp, switcher)


def _settle(qapp: Any) -> None:
    for _ in range(4):
        qapp.processEvents()


def test_measured_lines_count_characters(qapp: Any) -> None:
    """The measure itself: a 100-character paragraph in a wide document is one line."""
    document = QTextDocument()
    document.setPlainText("a" * 100)
    document.setTextWidth(5000)
    assert _longest_line(document) == 100
    document.setPlainText(f"{FSI}{'b' * 10}{PDI}")
    assert _longest_line(document) == 10  # the invisible marks are not characters
    document.setTextWidth(20)
    document.setPlainText("a b c d e f g h")
    assert 0 < _longest_line(document) < 15  # wrapped
