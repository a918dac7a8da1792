"""The same fee reads the same on the request summary, the checklist and the printout.

Before i18n.euros was the only formatter, the passport fee showed as "86 €" on
the checklist and "86,00 €" on the New request summary.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from assist_desk.content import ContentPack
from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import LANGUAGES
from assist_desk.sandbox.seed import catalogue
from assist_desk.views import printing
from assist_desk.views.content_common import checklist_html
from assist_desk.views.request.screen import SummaryPage

#: An amount as i18n.euros writes it: "86 €", "2,76 €", "1 234,50 €" (U+202F spaces), isolated.
AMOUNT = re.compile(r"\u2068(\d+(?:\u202f\d{3})*(?:,\d\d)?\u202f€)\u2069")


def shown(rich_text: str) -> str:
    """What Qt shows of ``rich_text`` (its HTML parser drops or changes some spaces)."""
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toRawText()  # toPlainText would turn no-break spaces into spaces


def in_order(found: list[str], expected: list[str]) -> bool:
    """``expected`` appears in ``found`` in that order (the Arabic content texts also
    write amounts, isolated with the same narrow spaces, around the fee's own)."""
    rest = iter(found)
    return all(amount in rest for amount in expected)


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    return ContentPack.load()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    ("procedure", "expected"),
    [
        ("pp_first_adult", ["86\u202f€", "42\u202f€", "17\u202f€"]),
        ("vr_change_owner", ["11\u202f€", "2,76\u202f€"]),
    ],
)
def test_one_fee_one_text(
    qtbot: Any, qapp: Any, pack: ContentPack, lang: str, procedure: str, expected: list[str]
) -> None:
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
        requests.data["procedure"] = procedure
        summary = SummaryPage(requests)
        summary.setParent(holder)
        view = pack.checklist(procedure, lang)
        assert view is not None
        on_screen = checklist_html(view)
        printed = printing.build_document(
            view, "Point numérique (test)", dt.date(2026, 12, 6), lang=lang
        ).toRawText()  # toPlainText would turn no-break spaces into spaces
        # The summary also names the regional tax and a total for a vehicle (issue 14,
        # C-1): the fees themselves read the same, in the same order.
        on_summary = AMOUNT.findall(shown(summary.html()))
        assert [amount for amount in on_summary if amount in expected] == expected
        for text in (shown(on_screen), printed):
            assert in_order(AMOUNT.findall(text), expected)
            assert ",00\u202f€" not in text  # "86,00 €" for "86 €"
            if lang != "ar":  # no amount of the content text matches: exactly the fee's
                assert AMOUNT.findall(text) == expected
    finally:
        switcher.uninstall()
