"""The content pack: loading, catalogue coverage, languages, fees, age, the calculator."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from assist_desk.content import ContentError, ContentPack
from assist_desk.modes import LANGUAGES

CATALOGUE_MD = Path(__file__).resolve().parents[3] / "CATALOGUE.md"
CATALOGUE = {
    "vehicle_registration": [
        "vr_change_owner",
        "vr_change_address",
        "vr_duplicate",
        "vr_declare_sale",
    ],
    "driving_licence": [
        "dl_first_application",
        "dl_loss",
        "dl_theft",
        "dl_renewal",
        "dl_add_category",
        "dl_foreign_exchange",
    ],
    "identity_card": [
        "id_first_adult",
        "id_first_minor",
        "id_renewal_adult",
        "id_renewal_minor",
        "id_loss",
        "id_theft",
        "id_damaged",
        "id_change_civil_status",
    ],
    "passport": [
        "pp_first_adult",
        "pp_first_minor",
        "pp_renewal_adult",
        "pp_renewal_minor",
        "pp_loss",
        "pp_theft",
        "pp_damaged",
        "pp_change_civil_status",
    ],
}


def test_pack_loads_and_has_no_problem(pack: ContentPack) -> None:
    assert pack.problems() == []
    assert re.fullmatch(r"\d+\.\d+\.\d+", pack.version)
    assert pack.languages == list(LANGUAGES)
    assert pack.info.partial_languages == ["ar"]


def test_catalogue_matches_the_shared_identifiers(pack: ContentPack) -> None:
    assert pack.info.catalogue == CATALOGUE
    if CATALOGUE_MD.is_file():  # the shared file, when the worktree layout has it
        text = CATALOGUE_MD.read_text(encoding="utf-8")
        for pid in pack.procedure_ids():
            assert pid in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_procedure_has_a_complete_checklist(pack: ContentPack, lang: str) -> None:
    for pid in pack.procedure_ids():
        view = pack.checklist(pid, lang)
        assert view is not None, pid
        assert not view.fell_back, pid
        assert view.items
        assert view.steps
        assert view.title
        assert view.fee is not None
        for item in view.items:
            assert item.document.name
            assert item.document.what
            assert item.document.form_label
        assert view.official_url.startswith("https://")
        assert view.checked_on <= dt.date(2026, 12, 31)


def test_counts_reach_the_targets(pack: ContentPack) -> None:
    counts = pack.counts()
    assert counts["faq_fr"] >= 60
    assert counts["faq_en"] == counts["faq_fr"]
    assert counts["checklists_fr"] == counts["checklists_en"] == 26
    assert counts["faq_ar"] == counts["faq_fr"]  # kept in translations/ar
    assert counts["checklists_ar"] == 26


def test_arabic_falls_back_to_french_with_a_flag(untranslated_pack: ContentPack) -> None:
    pack = untranslated_pack
    view = pack.checklist("pp_loss", "ar")
    assert view is not None
    assert view.fell_back
    assert view.title == pack.checklist("pp_loss", "fr").title  # type: ignore[union-attr]
    faq = pack.faq("faq_pre_application", "ar")
    assert faq is not None
    assert faq.fell_back
    english = pack.checklist("pp_loss", "en")
    assert english is not None
    assert not english.fell_back
    assert english.title == "Lost passport"


def test_unknown_procedure_gives_none(pack: ContentPack) -> None:
    assert pack.checklist("nope", "fr") is None
    assert pack.fees("nope") is None


def test_fees_follow_the_rules(pack: ContentPack) -> None:
    passport = pack.fees("pp_first_adult", "en")
    assert passport is not None
    assert passport.stamp
    assert [amount for _, amount in passport.bands] == [86, 42, 17]
    card = pack.fees("id_renewal_adult", "fr")
    assert card is not None
    assert card.is_free
    lost_card = pack.fees("id_loss", "fr")
    assert lost_card is not None
    assert [a for _, a in lost_card.bands] == [25, 12.5]
    licence = pack.fees("dl_loss", "fr")
    assert licence is not None
    assert licence.stamp
    assert licence.bands[0][1] == 25
    owner = pack.fees("vr_change_owner", "fr")
    assert owner is not None
    assert owner.calculator
    assert pack.fees("vr_declare_sale", "fr").is_free  # type: ignore[union-attr]
    stamp = pack.stamp_info("en")
    assert any("timbres.impots.gouv.fr" in line for line in stamp.where)


def test_outdated_after_the_configured_age(pack: ContentPack) -> None:
    published = pack.pack_date
    assert not pack.is_outdated(180, published)
    assert not pack.is_outdated(180, published + dt.timedelta(days=180))
    assert pack.is_outdated(180, published + dt.timedelta(days=181))
    assert pack.age_days(published + dt.timedelta(days=10)) == 10


def test_vehicle_cost_uses_the_rate_valid_on_the_day(pack: ContentPack) -> None:
    recent = dt.date(2024, 5, 1)
    before = pack.vehicle_cost("ile_de_france", 7, recent, dt.date(2026, 2, 15))
    after = pack.vehicle_cost("ile_de_france", 7, recent, dt.date(2026, 3, 1))
    assert before.eur_per_cv == 54.95
    assert after.eur_per_cv == 68.95
    assert after.rate_valid_from == dt.date(2026, 3, 1)
    assert after.regional_tax == pytest.approx(482.65)
    assert after.total == pytest.approx(482.65 + 11 + 2.76)
    assert pack.vehicle_cost("mayotte", 4, recent, dt.date(2026, 6, 1)).to_recheck


def test_every_link_is_on_an_allowed_domain(pack: ContentPack) -> None:
    assert pack.is_allowed_url("https://www.service-public.fr/particuliers/vosdroits/F1341")
    assert pack.is_allowed_url("https://timbres.impots.gouv.fr/")
    assert not pack.is_allowed_url("http://www.service-public.fr/")  # not https
    assert not pack.is_allowed_url("https://service-public.fr.example.com/")
    assert not pack.is_allowed_url("https://evil-ants.gouv.fr.com/")


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_missing_checklist_is_named(content_copy: Path) -> None:
    _replace(content_copy / "checklists.toml", 'id = "dl_theft"', 'id = "dl_theft_old"')
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    lines = caught.value.lines
    assert "checklists.toml: procedure 'dl_theft' of the catalogue has no checklist" in lines
    assert any("'dl_theft_old': not a procedure of the catalogue" in line for line in lines)


def test_link_outside_the_allow_list_is_named(content_copy: Path) -> None:
    _replace(
        content_copy / "faq" / "payment.toml",
        'source = "https://www.service-public.fr/particuliers/vosdroits/F21258"',
        'source = "https://www.example.com/timbres"',
    )
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    assert any(
        line.startswith("faq: entry 'faq_stamp_where'.source: link 'https://www.example.com/")
        for line in caught.value.lines
    )


def test_dangling_references_are_named(content_copy: Path) -> None:
    _replace(content_copy / "checklists.toml", 'document = "photo_id"', 'document = "selfie"')
    _replace(
        content_copy / "faq" / "accounts.toml",
        'see_also = ["faq_fc_what"',
        'see_also = ["faq_gone"',
    )
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    lines = caught.value.lines
    assert any("document 'selfie' does not exist" in line for line in lines)
    assert any("see_also 'faq_gone' does not exist" in line for line in lines)


def test_missing_translation_is_named(content_copy: Path) -> None:
    _replace(
        content_copy / "checklists.toml",
        'title = { fr = "Permis perdu", en = "Lost driving licence" }',
        'title = { fr = "Permis perdu" }',
    )
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    assert any(
        line.startswith("checklists.toml: checklist 'dl_loss'.title: no 'en' text")
        for line in caught.value.lines
    )


def test_schema_errors_name_file_item_and_field(content_copy: Path) -> None:
    _replace(content_copy / "fees.toml", "amount_eur = 86", "amount_eur = -86")
    _replace(content_copy / "documents.toml", 'form = "number"', 'form = "photocopy"')
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    text = "\n".join(caught.value.lines)
    assert "fees.toml: fees[" in text
    assert "(id 'fee_passport').bands[0].amount_eur" in text
    assert "documents.toml: documents[0] (id 'pre_application').form" in text


def test_french_text_is_required(content_copy: Path) -> None:
    _replace(
        content_copy / "triage.toml", 'text = { fr = "Quel document est concerné ?", ', "text = { "
    )
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    assert any("a French text ('fr') is required" in line for line in caught.value.lines)


def test_bad_toml_and_missing_file(content_copy: Path) -> None:
    (content_copy / "synonyms.toml").write_text("groups = [", encoding="utf-8")
    (content_copy / "fees.toml").unlink()
    with pytest.raises(ContentError) as caught:
        ContentPack.load(content_copy)
    text = "\n".join(caught.value.lines)
    assert "synonyms.toml: not valid TOML" in text
    assert "fees.toml: file not found" in text
