"""Amounts and measures in the content pack's texts never break across lines (issue 14).

The pack writes "11 €", "45 000 €", "53 €/CV" with ordinary spaces; a narrow screen
could start a line with "€" or "000 €". The texts leave the pack through one door
(``view_models.pick``), which makes them unbreakable; the screens keep the narrow
no-break spaces through Qt's HTML parser (``reading.escape``).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.content import ContentPack, pick
from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import LANGUAGES
from assist_desk.sandbox.seed import catalogue
from assist_desk.typography import NARROW_NBSP, NBSP, WORD_JOINER, keep_amounts_together
from assist_desk.views import printing
from assist_desk.views.faq import FaqScreen
from assist_desk.views.reading import show_paragraph
from assist_desk.views.request.screen import SummaryPage
from tests.content.test_views import make_env

#: A breakable space (or none at all) where a number meets its currency or unit, or
#: inside a thousands group, or after the slash of "€/CV".
BREAKABLE_AMOUNT = re.compile(r"\d (?:€|%|km|mm)(?!\w)|(?<![\d.,])\d{1,3} \d{3}(?!\d)|€/(?=\w)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 € + 2,76 €", f"11{NARROW_NBSP}€ + 2,76{NARROW_NBSP}€"),
        (
            "3 ans de prison et 45 000 € d'amende",
            f"3 ans de prison et 45{NARROW_NBSP}000{NARROW_NBSP}€ d'amende",
        ),
        ("53 €/CV", f"53{NARROW_NBSP}€/{WORD_JOINER}CV"),
        ("au moins 3 000 km, avec", f"au moins 3{NARROW_NBSP}000{NBSP}km, avec"),
        ("photo de 35 mm à 20 %", f"photo de 35{NBSP}mm à 20{NARROW_NBSP}%"),
        ("\u206825 €\u2069 فقط", f"\u206825{NARROW_NBSP}€\u2069 فقط"),
        ("for €42 only", "for €42 only"),
        # Not amounts: a year and a number, a phone number, a word after a number.
        ("en 2024 100 dossiers", "en 2024 100 dossiers"),
        ("01 23 45 67 89", "01 23 45 67 89"),
        ("15 ans, 6 mois, 2 minutes", "15 ans, 6 mois, 2 minutes"),
    ],
)
def test_amounts_and_measures_are_joined(text: str, expected: str) -> None:
    assert keep_amounts_together(text) == expected


def _content_texts(pack: ContentPack, lang: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the screens, printouts and screen readers get."""
    for entry in pack.faq_entries(lang):
        yield f"faq {entry.id}", entry.question
        yield f"faq {entry.id}", entry.answer
    for _, _, procedure_ids in pack.categories(lang):
        for procedure_id in procedure_ids:
            view = pack.checklist(procedure_id, lang)
            assert view is not None
            where = f"checklist {procedure_id}"
            yield from ((where, text) for text in (view.title, view.summary, view.where))
            yield from ((where, text) for text in view.steps)
            for item in view.items:
                document = item.document
                texts = [document.name, document.what, item.when, item.note]
                yield from ((where, text) for text in texts + document.constraints)
                yield from ((where, text) for text in document.alternatives)
            if view.fee is not None:
                yield from ((where, text) for text in [view.fee.title, *view.fee.rules])
                yield from ((where, label) for label, _ in view.fee.bands)
    stamp = pack.stamp_info(lang)
    yield from (("stamp", text) for text in stamp.where + stamp.notes)
    for advice_id in pack.triage_tree.advice:
        advice = pack.advice(advice_id, lang)
        assert advice is not None
        yield f"advice {advice_id}", advice.title
        yield f"advice {advice_id}", advice.text
    for question in pack.triage_tree.questions.values():
        yield f"triage {question.id}", pick(question.text, lang)[0]
        for option in question.options:
            yield f"triage {question.id}", pick(option.label, lang)[0]
    yield "vehicle cost", pack.vehicle_cost_explanation(lang)
    yield "vehicle cost", pack.vehicle_cost_malus(lang)


def test_the_raw_pack_has_breakable_amounts() -> None:
    """What the check below guards against is really in the pack's files."""
    content = Path(__file__).parents[2] / "resources" / "content"
    found = 0
    for path in content.rglob("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))  # real TOML
        found += len(BREAKABLE_AMOUNT.findall(path.read_text(encoding="utf-8")))
    assert found > 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_content_text_can_break_an_amount(pack: ContentPack, lang: str) -> None:
    texts = list(_content_texts(pack, lang))
    with_amounts = [text for _, text in texts if "€" in text]
    assert len(with_amounts) > 20  # the walk reaches the fees, the FAQ, the checklists
    broken = [(where, text) for where, text in texts if BREAKABLE_AMOUNT.search(text)]
    assert broken == []


def _line_starts(document: QTextDocument, width: float) -> list[str]:
    document.setTextWidth(width)
    document.size()  # lays the text out
    starts = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            starts.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return starts


def test_a_faq_answer_never_starts_a_line_with_the_amount_s_end(
    qtbot: Any, pack: ContentPack
) -> None:
    """The FAQ screen's own HTML (the false-declaration answer: "45 000 € d'amende"), laid
    out at every narrow width: no line starts with "000" or "€"."""
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.show_item("faq", "faq_false_declaration")
    assert "45" in screen.answer.toPlainText()
    document = screen.answer.document().clone(screen)
    bad = []
    for width in range(120, 600, 6):
        lines = [line.strip() for line in _line_starts(document, width)]
        bad += [(width, line) for line in lines if line.startswith(("€", "000"))]
    assert bad == []


def test_a_plain_paragraph_keeps_its_narrow_spaces(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    show_paragraph(label, keep_amounts_together("Coût : 45 000 € ou 53 €/CV"))
    assert "<span style='white-space:pre'>\u202f</span>000" in label.text()
    spoken_name = label.accessibleName()
    assert WORD_JOINER not in spoken_name
    assert spoken_name == f"Coût : 45{NARROW_NBSP}000{NARROW_NBSP}€ ou 53{NARROW_NBSP}€/CV"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_summary_and_the_printout_keep_amounts_whole(
    qtbot: Any, qapp: Any, pack: ContentPack, lang: str
) -> None:
    """The request summary (its own HTML) and the printed checklist, as Qt keeps them."""
    switcher = LanguageSwitcher(qapp)
    switcher.switch(lang)
    holder = QWidget()
    qtbot.addWidget(holder)
    try:
        requests = RequestController(
            lambda: None,
            FlowSession(holder),
            content=lambda: pack,
            language=lambda: lang,
            parent=holder,
        )
        requests.catalogue = catalogue()
        requests.data["procedure"] = "vr_change_owner"  # "11 € + 2,76 €" in its texts
        summary = SummaryPage(requests)
        summary.setParent(holder)
        view = pack.checklist("vr_change_owner", lang)
        assert view is not None
        printed = printing.build_document(view, "Point numérique (test)", dt.date(2026, 12, 6))
        for document in (shown(summary.html()), printed):
            text = document.toRawText()  # toPlainText turns no-break spaces into spaces
            assert "€" in text
            assert BREAKABLE_AMOUNT.findall(text) == []
    finally:
        switcher.uninstall()


def shown(rich_text: str) -> QTextDocument:
    """``rich_text`` as Qt's HTML parser keeps it (it turns some spaces into others)."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document
