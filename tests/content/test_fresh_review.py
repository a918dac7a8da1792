"""Issue 16, gaps a fresh reviewer found (2026-12-06): answers that cited another topic's
fiche (U2 leftovers) now cite their own page; a rate whose start date was never checked
is not shown as starting on its placeholder date (``content cost`` and the calculator)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from assist_desk.cli import main
from assist_desk.content import ContentPack
from assist_desk.content.freshness import to_recheck
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.faq import FaqScreen
from tests.content.found_first import assert_found_first
from tests.content.test_views import make_env

SP = "https://www.service-public.fr/particuliers/vosdroits/"


@pytest.mark.parametrize(
    ("entry", "source"),
    [
        (
            "faq_ephoto",
            "https://permisdeconduire.ants.gouv.fr/demarches-en-ligne/inscription-examen-permis",
        ),
        ("faq_medical_opinion", SP + "F1255"),
        ("faq_stolen_vehicle", SP + "F21138"),
        ("faq_imported_vehicle", SP + "F20992"),
    ],
)
def test_u2_leftovers_cite_their_own_page_and_stay_to_recheck(
    pack: ContentPack, entry: str, source: str
) -> None:
    view = pack.faq(entry, "fr")
    assert view is not None
    assert view.source == source
    assert (
        view.to_recheck
    )  # each page was read only in stored copies that do not hold every sentence


PLACEHOLDER_STARTS = ("auvergne_rhone_alpes", "guadeloupe", "guyane")


@pytest.mark.parametrize("region", PLACEHOLDER_STARTS)
def test_content_cost_never_states_an_unchecked_start_date(
    capsys: pytest.CaptureFixture[str], region: str
) -> None:
    arguments = ["content", "cost", "--region", region, "--cv", "5"]
    arguments += ["--first-registration", "2020-01-01", "--on", "2026-12-06"]
    assert main([*arguments, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rate_valid_from"] is None
    assert report["rate_valid_from_to_recheck"] is True
    assert report["rate_known_from"] == "2026-01-01"
    assert main(arguments) == 0
    text = capsys.readouterr().out
    assert "in force on 2026-12-06 (start date to recheck)" in text
    assert "since 2026-01-01" not in text


def test_content_cost_keeps_a_checked_start_date(capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["content", "cost", "--region", "bretagne", "--cv", "5"]
    arguments += ["--first-registration", "2020-01-01", "--on", "2026-12-06", "--json"]
    assert main(arguments) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rate_valid_from"] == "2025-02-01"
    assert report["rate_valid_from_to_recheck"] is False


def test_an_unchecked_start_date_is_listed_for_mediators_to_recheck(pack: ContentPack) -> None:
    listed = {fact.where for fact in to_recheck(pack)}
    for region in PLACEHOLDER_STARTS:
        assert any(
            where.startswith(f"rate {region} ") and "start date to recheck" in where
            for where in listed
        ), region
    assert not any(where.startswith("rate bretagne ") for where in listed)


def test_the_calculator_says_the_start_date_is_to_recheck(qtbot: Any, pack: ContentPack) -> None:
    screen = ChecklistsScreen(make_env(pack, today=lambda: dt.date(2026, 6, 1)))
    qtbot.addWidget(screen)
    screen.show_procedure("vr_change_owner")
    calc = screen.calculator
    calc.region_box.setCurrentIndex(calc.region_box.findData("guyane"))
    calc.power_box.setValue(5)
    calc.year_box.setValue(2020)
    text = calc.result.text()
    assert "rate in force on 01/06/2026; start date to recheck" in text
    assert "01/01/2026" not in text
    assert "valid since" not in text
    calc.region_box.setCurrentIndex(calc.region_box.findData("bretagne"))
    assert "rate valid since 01/02/2025" in calc.result.text()


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("combien de temps pour avoir mon passeport", "fr"),
        ("délai fabrication carte d'identité", "fr"),
        ("how long to get my passport", "en"),
        ("كم من الوقت للحصول على جواز السفر", "ar"),
    ],
)
def test_processing_times_are_answered_first(pack: ContentPack, query: str, lang: str) -> None:
    assert_found_first(pack, query, lang, "faq_processing_time")


def test_the_processing_time_answer_cites_its_fiche_and_says_it_varies(pack: ContentPack) -> None:
    french = pack.faq("faq_processing_time", "fr")
    arabic = pack.faq("faq_processing_time", "ar")
    assert french is not None
    assert arabic is not None
    assert french.source == SP + "F1341"
    assert french.to_recheck  # the passport fiches were not read
    assert "dépend du lieu et de la période" in french.answer
    # Pack 1.4.3: no cited page says "text message" or ANTS tracking; the answer on
    # collection (faq_collect_document) says what is known and what is to recheck.
    assert "SMS" not in french.answer
    assert "voir la réponse sur le retrait" in french.answer
    assert "faq_collect_document" in {*french.see_also}
    assert not arabic.fell_back
    assert "رسالة قصيرة" not in arabic.answer


@pytest.mark.usefixtures("neutral_application")  # English: no catalogue left by a test before
def test_the_recheck_line_does_not_contradict_the_checked_on_date(
    qtbot: Any, pack: ContentPack
) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.show_item("faq", "faq_processing_time")
    text = screen.answer.toPlainText()
    checked = text.index("Checked on 6 December 2026")
    why = text.index("To recheck: its source could not confirm it that day.")
    assert checked < why  # the second line says what that check found
    assert "not confirmed recently" not in text


@pytest.mark.parametrize(
    ("query", "entry"),
    [
        ("سيارة مسروقة", "faq_stolen_vehicle"),  # stolen car
        ("كيف ابيع سيارتي", "faq_vr_seller_steps"),  # how do I sell my car
        ("سيارة قريب متوفى", "faq_deceased_vehicle"),  # still found after its title changed
    ],
)
def test_arabic_car_questions_find_their_answer_first(
    pack: ContentPack, query: str, entry: str
) -> None:
    hits = pack.search(query, "ar", 3)
    assert hits, query
    assert hits[0].ref == entry, [hit.ref for hit in hits]
    assert not hits[0].fell_back
