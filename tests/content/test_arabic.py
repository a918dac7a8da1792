"""Arabic content (kept beside the French in translations/ar) and Arabic search."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assist_desk.cli import main
from assist_desk.content import ContentPack, checks
from assist_desk.content.search import words
from assist_desk.content.translations import isolate_latin
from assist_desk.modes import LANGUAGES

ARABIC = re.compile("[\u0621-\u064a]")
FSI, PDI = "\u2068", "\u2069"


def test_every_text_of_the_pack_has_arabic(pack: ContentPack) -> None:
    assert checks.missing_texts(pack, "ar") == []
    assert checks.orphan_translations(pack) == []
    counts = pack.counts()
    assert counts["faq_ar"] == counts["faq_fr"] == 101
    assert counts["checklists_ar"] == 26


def test_arabic_views_are_arabic_and_say_so(pack: ContentPack) -> None:
    faq = pack.faq("faq_passport_price", "ar")
    assert faq is not None
    assert not faq.fell_back
    assert ARABIC.search(faq.question)
    assert ARABIC.search(faq.answer)
    checklist = pack.checklist("vr_change_owner", "ar")
    assert checklist is not None
    assert not checklist.fell_back
    assert ARABIC.search(checklist.title)
    assert all(ARABIC.search(item.document.name) for item in checklist.items)
    fee = checklist.fee
    assert fee is not None
    assert all(ARABIC.search(label) for label, _ in fee.bands)
    question = pack.new_triage().current
    assert question is not None
    assert ARABIC.search(question.text["ar"])
    assert all(ARABIC.search(option.label["ar"]) for option in question.options)


def test_latin_names_are_isolated_inside_arabic(pack: ContentPack) -> None:
    faq = pack.faq("faq_password_forgotten", "ar")
    assert faq is not None
    assert f"{FSI}ANTS{PDI}." in faq.question  # the full stop stays outside
    assert isolate_latin("رقم 123 AB 45 قديم") == f"رقم {FSI}123 AB 45{PDI} قديم"
    assert isolate_latin("استمارة cerfa 14880)") == f"استمارة {FSI}cerfa 14880{PDI})"
    assert isolate_latin("٣ أشهر") == "٣ أشهر"  # digits alone need no isolate
    # A Latin run alone in brackets: the isolate holds the brackets too (issue 14).
    assert isolate_latin("البطاقة (certificat d'immatriculation)") == (
        f"البطاقة {FSI}(certificat d'immatriculation){PDI}"
    )
    assert isolate_latin("(مثال: ANTS)") == f"(مثال: {FSI}ANTS{PDI})"  # Arabic inside too
    names = [name for _, name, _ in pack.categories("ar")]
    assert f"{FSI}(certificat d'immatriculation){PDI}" in names[0]  # the procedure list
    # Amounts in euros: "11 €" was drawn "€ 11" in Arabic (the sign is a bidi neutral).
    assert isolate_latin("+ 11 € + 2,76 €.") == f"+ {FSI}11 €{PDI} + {FSI}2,76 €{PDI}."
    assert isolate_latin("رسم 53 €/CV") == f"رسم {FSI}53 €/CV{PDI}"
    used_car = pack.checklist("vr_change_owner", "ar")
    assert used_car is not None
    # ...and shown with the narrow no-break space of assist_desk.typography.
    assert f"{FSI}11\u202f€{PDI}" in used_car.summary


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        # alif with hamza, madda or wasla
        ("أحمد إيمان آمنة ٱلسفر", ["احمد", "ايمان", "امنه", "سفر"]),
        ("مسؤول رئيس", ["مسوول", "رييس"]),  # hamza on waw and ya
        ("البطاقة بطاقه", ["بطاقه", "بطاقه"]),  # ta marbuta and ha
        ("إلى على", ["الي", "علي"]),  # alif maqsura and ya
        ("جَوَازُ السَّفَرِ", ["جواز", "سفر"]),  # tashkeel
        ("جـــواز", ["جواز"]),  # tatweel
        ("٢٠٢٤ ۱۵", ["2024", "15"]),  # Arabic-Indic digits
        ("جوازي بطاقتي رخصتنا", ["جواز", "بطاقه", "رخصه"]),  # possessive endings
        ("والبطاقة للسفر بالجواز", ["بطاقه", "سفر", "جواز"]),  # article with proclitics
        # Maghrebi letters for g, v, p: "گريز" was cut to "ريز", "ڤيزا" to "يزا"
        ("لاكارط گريز", ["لاكارط", "كريز"]),
        ("ڤيزا ڨراج ڭاز پاسپور", ["فيزا", "قراج", "كاز", "باسبور"]),
    ],
)
def test_arabic_folding(written: str, folded: list[str]) -> None:
    assert words(written) == folded


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "جواز السفر",
            {
                "pp_first_adult",
                "pp_renewal_adult",
                "pp_renewal_minor",
                "pp_loss",
                "pp_damaged",
                "pp_change_civil_status",
                "pp_first_minor",
                "pp_theft",
                "faq_passport_price",
            },
        ),
        (
            "رخصة القيادة",
            {
                "dl_first_application",
                "dl_renewal",
                "dl_add_category",
                "dl_loss",
                "dl_theft",
                "dl_foreign_exchange",
                "faq_licence_online_only",
            },
        ),
        (
            "بطاقة الهوية",
            {"faq_id_validity", "id_first_adult", "id_renewal_adult", "id_loss", "faq_id_price"},
        ),
        (
            "البطاقة الرمادية",
            {
                "vr_change_owner",
                "vr_change_address",
                "vr_duplicate",
                "vr_declare_sale",
                "faq_vr_cost",
            },
        ),
        ("ضاع جواز سفري", {"pp_loss"}),
        ("سرقت رخصتي", {"dl_theft"}),
        ("كم ثمن جواز السفر", {"faq_passport_price"}),
        ("سعر البطاقة الرمادية", {"faq_vr_cost"}),  # "price": the answer says "كم تكلف"
        ("بشحال البطاقة الرمادية", {"faq_vr_cost"}),  # Maghrebi "how much"
        ("نسيت كلمة السر", {"faq_password_forgotten"}),
        (
            "رخصة السياقة",
            {
                "dl_first_application",
                "dl_renewal",
                "dl_add_category",
                "dl_theft",
                "dl_loss",
                "dl_foreign_exchange",
            },
        ),  # Maghrebi usage
        ("بطاقة التعريف", {"faq_id_validity", "id_first_adult", "id_renewal_adult", "id_loss"}),
        ("بِطَاقَة الهُوِيَّة", {"faq_id_validity", "id_first_adult", "id_renewal_adult"}),
        ("بطاقه الهويه", {"faq_id_validity", "id_first_adult", "id_renewal_adult"}),
        (
            "جوار السفر",
            {
                "pp_renewal_minor",
                "pp_change_civil_status",
                "pp_damaged",
                "pp_renewal_adult",
                "pp_first_adult",
                "pp_loss",
            },
        ),  # a typo
    ],
)
def test_arabic_queries_find_the_right_answers(
    pack: ContentPack, query: str, expected: set[str]
) -> None:
    hits = pack.search(query, "ar", 3)
    assert hits, query
    assert hits[0].ref in expected, [hit.ref for hit in hits]
    assert not any(hit.fell_back for hit in hits)
    assert "\x02" in hits[0].title + hits[0].snippet  # the matched words are marked


def test_a_changed_french_text_loses_its_translation(tmp_path: Path) -> None:
    """Keyed by the French: a new French text shows in French until translated."""
    from assist_desk.content.pack import default_directory

    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    path = target / "faq" / "payment.toml"
    old = "Ce n'est pas la même chose : le timbre-amende sert à payer une contravention."
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, "Ce sont deux timbres différents."), encoding="utf-8")
    pack = ContentPack.load(target)
    changed = pack.faq("faq_stamp_fine_confusion", "ar")
    assert changed is not None
    assert changed.fell_back
    assert not changed.question_fell_back
    assert changed.answer.startswith("Ce sont deux timbres")
    assert checks.missing_texts(pack, "ar") == ["faq: entry 'faq_stamp_fine_confusion'.answer"]
    assert len(checks.orphan_translations(pack)) == 1


def test_a_fourth_language_is_a_matter_of_files(tmp_path: Path) -> None:
    from assist_desk.content.pack import default_directory

    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    pack_toml = target / "pack.toml"
    pack_toml.write_text(
        pack_toml.read_text(encoding="utf-8").replace(
            'partial_languages = ["ar"]', 'partial_languages = ["ar", "es"]'
        ),
        encoding="utf-8",
    )
    (target / "translations" / "es").mkdir()
    (target / "translations" / "es" / "faq.toml").write_text(
        '[[texts]]\nfr = "Je n\'ai pas de carte bancaire."\nes = "No tengo tarjeta bancaria."\n',
        encoding="utf-8",
    )
    pack = ContentPack.load(target)
    assert pack.languages == [*LANGUAGES, "es"]
    view = pack.faq("faq_pay_without_card", "es")
    assert view is not None
    assert view.question == "No tengo tarjeta bancaria."
    assert view.fell_back
    assert pack.search("tarjeta", "es", 3)[0].ref == "faq_pay_without_card"
    assert len(checks.missing_texts(pack, "es")) > 100


def test_a_translation_folder_must_be_a_pack_language(tmp_path: Path) -> None:
    from assist_desk.content import ContentError
    from assist_desk.content.pack import default_directory

    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    (target / "translations" / "de").mkdir()
    with pytest.raises(ContentError) as caught:
        ContentPack.load(target)
    assert "translations/de: not in pack.toml languages or partial_languages" in caught.value.lines


def test_check_lists_what_a_partial_language_misses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from assist_desk.content.pack import default_directory

    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    (target / "translations" / "ar" / "faq.toml").unlink()
    assert main(["content", "check", "--dir", str(target), "--missing"]) == 0
    out = capsys.readouterr().out
    assert "ar: 0 FAQ entries, 26 checklists  (partial: 202 text(s) missing" in out
    assert "missing ar: faq: entry 'faq_account_why'.question" in out


def test_a_fact_citing_only_a_home_page_fails_the_check(tmp_path: Path) -> None:
    from assist_desk.content import ContentError
    from assist_desk.content.pack import default_directory

    target = tmp_path / "content"
    shutil.copytree(default_directory(), target)
    path = target / "faq" / "identity.toml"
    text = path.read_text(encoding="utf-8")
    block = 'source = "https://www.service-public.fr/particuliers/vosdroits/F10619"'
    assert text.count(block) == 1  # faq_photo_rules, confirmed on 2026-12-06
    path.write_text(text.replace(block, 'source = "https://www.service-public.fr/"'), "utf-8")
    with pytest.raises(ContentError) as caught:
        ContentPack.load(target)
    assert any(
        line.startswith("faq faq_photo_rules: cites only a home page")
        for line in caught.value.lines
    )


def test_documents_and_advice_are_dated_facts(pack: ContentPack) -> None:
    from assist_desk.content.freshness import facts

    where = {fact.where for fact in facts(pack)}
    assert {f"document {did}" for did in pack.documents} <= where
    assert {f"triage advice {aid}" for aid in pack.triage_tree.advice} <= where
    # A checklist using a document to recheck is itself shown as to recheck.
    view = pack.checklist("vr_declare_sale", "fr")
    assert view is not None
    assert view.to_recheck


def test_a_maghrebi_price_question_finds_the_cost_answer_with_every_word(
    pack: ContentPack,
) -> None:
    """ "شحال كيسوى" (Morocco) and "قداش" (Algeria, Tunisia): "how much does it cost"."""
    hits = pack.search("شحال كيسوا البطاقة الرمادية", "ar", 3)
    assert hits[0].ref == "faq_vr_cost"
    assert hits[0].complete  # no "no good answer: ask a mediator" notice


def test_a_maghrebi_g_finds_the_carte_grise_like_its_arabic_spelling(pack: ContentPack) -> None:
    with_gaf = [hit.ref for hit in pack.search("الكارت گريز", "ar", 3)]
    assert with_gaf == [hit.ref for hit in pack.search("الكارت غريز", "ar", 3)]
    assert with_gaf[0].startswith(("vr_", "faq_vr_")), with_gaf
