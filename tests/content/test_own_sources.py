"""Issue 16, last unsourced facts (2026-12-06): facts about the help point itself cite its
operator guide (``pack:HELP_POINT.md#section``), which ``content check`` verifies and
counts; the account and FranceConnect facts cite the page that backs them; the weekly
questions on number plates, a first name and the sex marker are answered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from assist_desk.cli import main
from assist_desk.content import ContentError, ContentPack
from assist_desk.content.checks import home_page_facts, markdown_anchors, own_source_facts
from assist_desk.content.freshness import facts
from tests.content.found_first import assert_found_first

CGU = "https://ants.gouv.fr/home/general-terms-and-conditions-of-use"
SP = "https://www.service-public.fr/particuliers/"
HELP_POINT_FACTS = {
    "faq_help_point_can",
    "faq_help_point_limits",
    "faq_help_point_privacy",
    "faq_not_ants",
    "faq_scan_documents",
    "faq_outdated_info",
    # pack 1.4.2: no public page said these, so they say what the mediator does
    "faq_activation_email",
    "faq_activation_link_expired",
    "faq_fc_logout",
}


def test_help_point_facts_cite_the_operator_guide_and_are_counted(
    pack: ContentPack, capsys: pytest.CaptureFixture[str]
) -> None:
    own = own_source_facts(pack)
    assert {fact.where.removeprefix("faq ") for fact in own} == HELP_POINT_FACTS
    assert all(fact.sources[0].startswith("pack:HELP_POINT.md#") for fact in own)
    assert not any(fact.to_recheck for fact in own)
    assert main(["content", "check"]) == 0
    assert "9 about the help point itself (operator guide)" in capsys.readouterr().out


def test_every_cited_section_of_the_operator_guide_exists(pack: ContentPack) -> None:
    assert pack.directory is not None
    anchors = markdown_anchors((pack.directory / "HELP_POINT.md").read_text(encoding="utf-8"))
    for fact in own_source_facts(pack):
        assert fact.sources[0].partition("#")[2] in anchors, fact.where


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        ("pack:HELP_POINT.md#no-such-section", "HELP_POINT.md has no such heading"),
        ("pack:OPERATOR.md#what-this-tool-keeps", "no file OPERATOR.md in the pack"),
    ],
)
def test_an_own_source_to_a_missing_section_or_page_fails_the_check(
    content_copy: Path, replacement: str, message: str
) -> None:
    faq = content_copy / "faq" / "help_point.toml"
    text = faq.read_text(encoding="utf-8")
    cited = 'source = "pack:HELP_POINT.md#what-this-tool-keeps"'
    assert cited in text
    faq.write_text(text.replace(cited, f'source = "{replacement}"'), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    assert any(
        line.startswith("faq faq_help_point_privacy: own source") and message in line
        for line in caught.value.lines
    ), caught.value.lines


def test_an_own_source_must_name_a_markdown_section(content_copy: Path) -> None:
    faq = content_copy / "faq" / "help_point.toml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(
        text.replace("pack:HELP_POINT.md#what-this-tool-keeps", "pack:HELP_POINT.md"),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    assert any("faq/help_point.toml" in line for line in caught.value.lines)


def test_citizens_read_the_operator_guide_label_never_a_file_name(pack: ContentPack) -> None:
    french = pack.faq("faq_help_point_privacy", "fr")
    arabic = pack.faq("faq_help_point_privacy", "ar")
    assert french is not None
    assert arabic is not None
    assert french.source == "Fonctionnement de ce point d'accueil (guide de l'opérateur)"
    assert arabic.source == "طريقة عمل نقطة الاستقبال هذه (دليل المشغّل)"
    assert french.checked_on == dt.date(2026, 12, 6)
    assert not french.to_recheck


def test_the_last_home_page_facts_moved_to_a_page_or_the_operator_guide(
    pack: ContentPack,
) -> None:
    assert home_page_facts(pack) == []  # eight in pack 1.4.1
    own = {fact.where for fact in own_source_facts(pack)}
    assert {
        "faq faq_activation_email",
        "faq faq_activation_link_expired",
        "faq faq_fc_logout",
    } <= own  # faq_application_stuck cites ANTS's status page since 1.4.3


@pytest.mark.parametrize(
    ("entry", "source", "confirmed"),
    [
        ("faq_profiles", CGU, False),
        ("faq_account_individual", CGU, False),
        ("faq_siv_suspended", CGU, False),
        ("faq_account_cssr", CGU, False),
        ("faq_account_town_hall", CGU, False),
        ("faq_no_email", CGU, False),
        ("faq_fc_vehicle", CGU, False),
        ("faq_trusted_third_party", CGU, False),
        ("faq_account_why", CGU, False),
        ("faq_password_forgotten", CGU, False),
        ("faq_driving_school_account", CGU, False),
        ("faq_account_legal_entity", CGU, False),
        ("faq_fc_no_account", CGU, False),
        ("faq_fc_what", "https://docs.partenaires.franceconnect.gouv.fr/fi/general/", False),
        ("faq_fc_providers", "https://docs.partenaires.franceconnect.gouv.fr/fi/general/", False),
        ("faq_fc_fails", "https://docs.partenaires.franceconnect.gouv.fr/fi/general/", False),
        ("faq_pre_application", SP + "vosdroits/F33640", False),
    ],
)
def test_account_and_franceconnect_facts_cite_their_page_and_say_how_sure(
    pack: ContentPack, entry: str, source: str, confirmed: bool
) -> None:
    view = pack.faq(entry, "fr")
    assert view is not None
    assert view.source == source
    assert view.checked_on == dt.date(2026, 12, 6)
    assert view.to_recheck is not confirmed


def test_only_clauses_readable_on_the_stored_terms_page_are_confirmed(pack: ContentPack) -> None:
    """The stored copy of the ANTS Terms of Use shows only clauses 1.1-1.2; anything
    compared only through the project's notes (ants-facts.md) stays "to recheck"."""
    citing_terms = [fact for fact in facts(pack) if CGU in fact.sources]
    assert len(citing_terms) >= 20
    confirmed = {fact.where for fact in citing_terms if not fact.to_recheck}
    assert confirmed == {"faq faq_terms_changes"}  # clause 1.1, readable on the stored page
    assert "document account_access" in {fact.where for fact in citing_terms}


def test_the_siv_professional_answer_follows_the_legifrance_articles(pack: ContentPack) -> None:
    french = pack.faq("faq_account_siv", "fr")
    arabic = pack.faq("faq_account_siv", "ar")
    assert french is not None
    assert arabic is not None
    assert french.source.startswith("https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI")
    assert not french.to_recheck
    for words in ("préfet compétent", "ministère de l'Intérieur", "convention d'habilitation"):
        assert words in french.answer
    assert "trois ans, renouvelée tacitement" in french.answer
    assert "préfecture du département" not in french.answer  # the old, vaguer wording
    assert not arabic.fell_back
    assert "SIV" in arabic.answer


@pytest.mark.parametrize(
    ("query", "lang", "entry"),
    [
        ("plaque d'immatriculation", "fr", "faq_vr_plates"),
        ("refaire mes plaques", "fr", "faq_vr_plates"),
        ("لوحة الترقيم", "ar", "faq_vr_plates"),
        ("number plate", "en", "faq_vr_plates"),
        ("changer de prénom", "fr", "faq_first_name_change"),
        ("تغيير الاسم الشخصي", "ar", "faq_first_name_change"),
        ("changement de sexe état civil", "fr", "faq_sex_marker_change"),
        ("تغيير الجنس", "ar", "faq_sex_marker_change"),
    ],
)
def test_plates_first_name_and_sex_marker_are_found_first(
    pack: ContentPack, query: str, lang: str, entry: str
) -> None:
    assert_found_first(pack, query, lang, entry)


@pytest.mark.parametrize(
    ("entry", "source", "confirmed", "words"),
    [
        (
            "faq_vr_plates",
            SP + "vosdroits/F20319",
            False,  # the price: no stored official page says it is not regulated
            ("homologuées", "non détachable", "au choix", "(à revérifier)", "AB-123-CD"),
        ),
        (
            "faq_first_name_change",
            SP + "vosdroits/F885",
            True,
            ("officier de l'état civil", "motif légitime", "13 ans", "procureur", "gratuite"),
        ),
        (
            "faq_sex_marker_change",
            SP + "actualites/A11576",
            True,
            ("tribunal judiciaire", "pas une démarche en mairie", "stérilisation", "gratuite"),
        ),
    ],
)
def test_weekly_civil_status_and_plate_answers(
    pack: ContentPack, entry: str, source: str, confirmed: bool, words: tuple[str, ...]
) -> None:
    french = pack.faq(entry, "fr")
    arabic = pack.faq(entry, "ar")
    assert french is not None
    assert arabic is not None
    assert french.source == source
    assert urlsplit(french.source).path not in ("", "/")
    assert french.to_recheck is not confirmed
    assert ("à revérifier" in french.answer) is not confirmed
    for word in words:
        assert word in french.answer, word
    assert not arabic.fell_back
    assert not arabic.question_fell_back
