"""Issue 16, 2026-12-06: facts moved from a home page to the precise page that backs them,
and the audit's last two missing questions (a co-holder, a licence not received)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest

from assist_desk.content import ContentPack
from assist_desk.content.checks import home_page_facts
from tests.content.found_first import assert_found_first

SP = "https://www.service-public.fr/particuliers/vosdroits/"
ANTS_DELIVERY = (
    "https://permisdeconduire.ants.gouv.fr/aide-et-contact/expedition-du-permis-de-conduire"
)


@pytest.mark.parametrize(
    ("entry", "source"),
    [
        ("faq_terms_changes", "https://ants.gouv.fr/home/general-terms-and-conditions-of-use"),
        ("faq_aidants_connect", "https://aidantsconnect.beta.gouv.fr/faq/utiliser-aidants-connect"),
        ("faq_vr_professional", SP + "F20324"),
        ("faq_pre_application_paper", SP + "F33640"),
        ("faq_ants_phone", SP + "F17970"),
        ("faq_vr_co_holder", SP + "F10613"),
    ],
)
def test_confirmed_facts_cite_the_page_that_confirms_them(
    pack: ContentPack, entry: str, source: str
) -> None:
    view = pack.faq(entry, "fr")
    assert view is not None
    assert view.source == source
    assert not view.to_recheck
    assert view.checked_on == dt.date(2026, 12, 6)


def test_the_garage_is_authorised_by_the_ministry_with_a_mandate(pack: ContentPack) -> None:
    view = pack.faq("faq_vr_professional", "fr")
    assert view is not None
    assert "ministère de l'Intérieur" in view.answer
    assert "cerfa 13757" in view.answer


def test_home_page_sources_are_gone(pack: ContentPack) -> None:
    assert home_page_facts(pack) == []  # 56 before 2026-12-06, 8 in pack 1.4.1


def test_international_permit_steps_from_f11534_and_what_is_unsure(pack: ContentPack) -> None:
    view = pack.faq("faq_international_permit", "fr")
    assert view is not None
    assert view.source == SP + "F11534"
    assert "dans les 15 jours" in view.answer
    assert "Royaume-Uni" in view.answer
    assert "à revérifier" in view.answer
    assert view.to_recheck


@pytest.mark.parametrize(
    ("query", "lang", "entry"),
    [
        ("cotitulaire", "fr", "faq_vr_co_holder"),
        ("ajouter mon mari sur la carte grise", "fr", "faq_vr_co_holder"),
        ("retirer un nom carte grise", "fr", "faq_vr_co_holder"),
        ("مالك مشارك", "ar", "faq_vr_co_holder"),
        ("إضافة زوجتي في البطاقة الرمادية", "ar", "faq_vr_co_holder"),
        ("pas reçu mon permis", "fr", "faq_licence_not_received"),
        ("permis pas arrivé", "fr", "faq_licence_not_received"),
        ("لم تصلني رخصة السياقة", "ar", "faq_licence_not_received"),
        ("البيرمي ما وصلنيش", "ar", "faq_licence_not_received"),
    ],
)
def test_the_two_last_missing_questions_are_found(
    pack: ContentPack, query: str, lang: str, entry: str
) -> None:
    assert_found_first(pack, query, lang, entry)


def test_co_holder_answer_gives_the_rules_in_french_and_arabic(pack: ContentPack) -> None:
    french = pack.faq("faq_vr_co_holder", "fr")
    arabic = pack.faq("faq_vr_co_holder", "ar")
    assert french is not None
    assert arabic is not None
    for words in ("titulaire principal", "dans le mois", "cerfa 13750", "changement de titulaire"):
        assert words in french.answer
    assert not arabic.fell_back
    assert "13750" in arabic.answer


def test_licence_not_received_answer_and_its_one_unsure_figure(pack: ContentPack) -> None:
    french = pack.faq("faq_licence_not_received", "fr")
    arabic = pack.faq("faq_licence_not_received", "ar")
    assert french is not None
    assert arabic is not None
    assert french.source == ANTS_DELIVERY
    assert urlsplit(french.source).path not in ("", "/")
    for words in ("Lettre Expert", "dans les 15 jours", "34 00", "(4 mois, à revérifier)"):
        assert words in french.answer
    assert french.to_recheck  # the CEPC's 4 months have no official stored page
    assert not arabic.fell_back
    assert "34 00" in arabic.answer
