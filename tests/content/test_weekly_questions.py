"""Issue 16, section 3: the questions a mediator meets every week that the audit named
(malus, France Identité, supervised driving, identity theft, a lost or wrong
pre-application), found in French and Arabic, each with its source and how sure it is."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from assist_desk.content import ContentPack
from tests.content.found_first import assert_found_first


@pytest.mark.parametrize(
    ("query", "lang", "entry"),
    [
        ("malus", "fr", "faq_vr_malus"),
        ("taxe co2 voiture importée", "fr", "faq_vr_malus"),
        ("malus", "ar", "faq_vr_malus"),
        ("France Identité application", "fr", "faq_france_identite"),
        ("الهوية الرقمية", "ar", "faq_france_identite"),
        ("conduite accompagnée", "fr", "faq_supervised_driving"),
        ("القيادة المرافقة", "ar", "faq_supervised_driving"),
        ("usurpation d'identité", "fr", "faq_identity_theft"),
        ("quelqu'un utilise mon nom", "fr", "faq_identity_theft"),
        ("انتحال الهوية", "ar", "faq_identity_theft"),
        ("modifier la pré-demande", "fr", "faq_pre_application_lost"),
        ("numéro de pré-demande perdu", "fr", "faq_pre_application_lost"),
        ("ضاع رقم الطلب المسبق", "ar", "faq_pre_application_lost"),
    ],
)
def test_weekly_questions_are_found_first(
    pack: ContentPack, query: str, lang: str, entry: str
) -> None:
    assert_found_first(pack, query, lang, entry)


@pytest.mark.parametrize(
    ("entry", "confirmed"),
    [
        ("faq_vr_malus", True),
        ("faq_identity_theft", True),
        ("faq_france_identite", False),
        ("faq_supervised_driving", False),
        ("faq_pre_application_lost", False),
    ],
)
def test_weekly_answers_cite_a_precise_page_and_say_how_sure(
    pack: ContentPack, entry: str, confirmed: bool
) -> None:
    french = pack.faq(entry, "fr")
    arabic = pack.faq(entry, "ar")
    assert french is not None
    assert arabic is not None
    assert urlsplit(french.source).path not in ("", "/")
    assert french.to_recheck is not confirmed
    assert ("à revérifier" in french.answer) is not confirmed
    assert not arabic.fell_back


def test_the_malus_is_paid_once_and_not_on_resale(pack: ContentPack) -> None:
    answer = pack.faq("faq_vr_malus", "fr")
    assert answer is not None
    assert "qu'une fois" in answer.answer
    assert "ne le paie pas à la revente" in answer.answer
    assert answer.source.startswith("https://bofip.impots.gouv.fr/")


def test_identity_theft_separates_a_report_from_a_complaint(pack: ContentPack) -> None:
    answer = pack.faq("faq_identity_theft", "fr")
    assert answer is not None
    assert "main courante" in answer.answer
    assert "portez plainte avec toutes les preuves" in answer.answer
