"""Issue 16: no fact cites only a home page, "to recheck" or not.

The last eight (pack 1.4.1) now cite the precise page found in a stored copy (service-public
F1341 and F31057, a Légifrance article) or, where no public page says it, the operator
guide (HELP_POINT.md), and their answers no longer state what nothing backed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assist_desk.cli import main
from assist_desk.content import ContentError, ContentPack
from assist_desk.content.checks import home_page_facts

SP = "https://www.service-public.fr/particuliers/vosdroits/"
TODAY = dt.date(2026, 12, 6)


def test_no_fact_of_the_pack_cites_only_a_home_page(pack: ContentPack) -> None:
    assert home_page_facts(pack) == []


def test_a_home_page_fails_the_check_even_when_marked_to_recheck(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = content_copy / "faq" / "identity.toml"
    text = path.read_text(encoding="utf-8")
    precise = f'id = "faq_appointment_any_town_hall"\ntopic = "identity"\nsource = "{SP}F1341"'
    assert text.count(precise) == 1  # an entry marked to recheck
    home_page = precise.replace(f"{SP}F1341", "https://passeport.ants.gouv.fr/")
    path.write_text(text.replace(precise, home_page), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    assert any(
        line.startswith("faq faq_appointment_any_town_hall: cites only a home page")
        for line in caught.value.lines
    )
    assert main(["content", "check", "--dir", str(content_copy)]) != 0
    assert "cites only a home page (https://passeport.ants.gouv.fr/)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("entry", "source", "to_recheck"),
    [
        ("faq_appointment_any_town_hall", SP + "F1341", True),  # the passport fiche unread
        ("faq_appointment_number_required", SP + "F1341", False),
    ],
)
def test_town_hall_answers_cite_f1341(
    pack: ContentPack, entry: str, source: str, to_recheck: bool
) -> None:
    view = pack.faq(entry, "fr")
    assert view is not None
    assert view.source == source
    assert view.to_recheck is to_recheck
    assert view.checked_on == TODAY


def test_town_hall_answers_say_only_what_f1341_says(pack: ContentPack) -> None:
    anywhere = pack.faq("faq_appointment_any_town_hall", "fr")
    number = pack.faq("faq_appointment_number_required", "fr")
    assert anywhere is not None
    assert number is not None
    assert "station d'enregistrement" in anywhere.answer
    assert "moteur de recherche" in anywhere.answer
    assert "(à revérifier)" in anywhere.answer
    assert "n'est pas obligatoire" in number.answer
    assert "QR code" in number.answer
    assert "en double" not in number.answer  # no stored page said so


@pytest.mark.parametrize(
    ("entry", "unsourced"),
    [
        ("faq_activation_email", "redemandez l'envoi"),
        ("faq_activation_link_expired", "durée limitée"),
        ("faq_fc_logout", "ne suffit pas toujours"),
    ],
)
def test_practice_answers_cite_the_operator_guide_and_drop_what_nothing_backed(
    pack: ContentPack, entry: str, unsourced: str
) -> None:
    french = pack.faq(entry, "fr")
    arabic = pack.faq(entry, "ar")
    assert french is not None
    assert arabic is not None
    assert french.source == "Fonctionnement de ce point d'accueil (guide de l'opérateur)"
    assert not french.to_recheck
    assert french.checked_on == TODAY
    assert unsourced not in french.answer
    assert not arabic.fell_back  # translated again, with the "translation" notice


def test_documents_cite_a_fiche_and_a_legifrance_article(pack: ContentPack) -> None:
    permit = pack.documents["residence_permit"]
    exam = pack.documents["exam_certificate"]
    assert str(permit.source) == SP + "F31057"
    assert not permit.to_recheck
    assert "certificat de résidence pour Algérien" in permit.what["fr"]
    assert "date de début" not in permit.what["fr"]  # on no stored page
    assert str(exam.source) == (
        "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000026917835"
    )
    assert exam.to_recheck  # the stored copy is the 2013 version of the article
    assert "CEPC" in exam.name["fr"]
    for document in (permit, exam):
        assert document.checked_on == TODAY
