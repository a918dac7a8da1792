"""The content audit's INCOMPLETE (I1–I13) and UNSOURCED (U1–U8) findings, each by its id.

Each test pins the fact the audit found missing or unsourced, in French and in the
Arabic shown to citizens, and how sure the pack is of it (``to_recheck``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from assist_desk.content import ContentPack
from assist_desk.content.freshness import facts
from assist_desk.typography import french_as_shown as shown
from tests.content.test_audit_fixes import document_text

SP = "https://www.service-public.fr/particuliers/vosdroits/"


def faq_answer(pack: ContentPack, entry_id: str, lang: str = "fr") -> str:
    view = pack.faq(entry_id, lang)
    assert view is not None
    assert not view.fell_back
    return view.answer


def fee_rules(pack: ContentPack, procedure: str) -> str:
    fee = pack.fees(procedure, "fr")
    assert fee is not None
    return " ".join(fee.rules)


def test_i1_first_applications_list_the_proof_of_nationality(pack: ContentPack) -> None:
    for procedure in ("id_first_adult", "id_first_minor", "pp_first_adult", "pp_first_minor"):
        view = pack.checklist(procedure, "ar")
        assert view is not None
        assert "nationality_proof" in [item.document.id for item in view.items]
    text = document_text(pack, "nationality_proof")
    assert "décret de naturalisation" in text
    assert "certificat de nationalité française" in text
    assert pack.documents["nationality_proof"].source.path.endswith("F18713")  # type: ignore[union-attr]
    assert pack.search("naturalisé", "fr", 3)[0].ref == "faq_nationality_proof"


def test_i2_the_seller_hands_over_the_administrative_status(pack: ContentPack) -> None:
    view = pack.checklist("vr_declare_sale", "fr")
    assert view is not None
    assert "administrative_status" in [item.document.id for item in view.items]
    assert "certificat de situation administrative" in faq_answer(pack, "faq_vr_seller_steps")
    assert pack.search("certificat de non gage", "fr", 3)[0].ref == "faq_administrative_status"


def test_i3_category_l_vehicles_need_a_test_when_sold(pack: ContentPack) -> None:
    assert "catégorie L" in document_text(pack, "roadworthiness")
    assert "15 avril 2024" in faq_answer(pack, "faq_vr_roadworthiness")


def test_i4_passport_fees_in_guyane_and_free_cases(pack: ContentPack) -> None:
    rules = fee_rules(pack, "pp_first_adult")
    assert shown("43 €") in rules
    assert shown("21 €") in rules
    assert shown("8,50 €") in rules
    assert "erreur de l'administration" in rules
    assert shown("Guyane : 43 €, 21 € et 8,50 €") in faq_answer(pack, "faq_passport_price")
    assert shown("43 €") in faq_answer(pack, "faq_stamp_amount")


def test_i5_old_identity_cards(pack: ContentPack) -> None:
    answer = faq_answer(pack, "faq_id_validity")
    assert "15 ans" in answer
    assert "3 août 2031" in answer
    assert pack.faq("faq_id_validity", "fr").to_recheck  # type: ignore[union-attr]  # press only
    hits = [hit.ref for hit in pack.search("carte identité expirée 15 ans", "fr", 5)]
    assert "faq_id_validity" in hits


def test_i6_photo_rules_from_f10619(pack: ContentPack) -> None:
    answer = faq_answer(pack, "faq_photo_rules")
    assert shown("35 × 45 mm") in answer
    assert "fond blanc est interdit" in answer
    view = pack.faq("faq_photo_rules", "fr")
    assert view is not None
    assert view.source == SP + "F10619"
    assert not view.to_recheck
    assert "35 × 45" in faq_answer(pack, "faq_photo_rules", "ar")


def test_i7_hosted_persons(pack: ContentPack) -> None:
    answer = faq_answer(pack, "faq_hosted_proof")
    assert "depuis plus de 3 mois" in answer
    assert "photocopie de sa pièce d'identité" in answer
    assert pack.faq("faq_hosted_proof", "fr").source == SP + "F14807"  # type: ignore[union-attr]


def test_i8_foreign_licence_exchange(pack: ContentPack) -> None:
    text = document_text(pack, "foreign_licence")
    assert "attestation de droits à conduire de moins de 3 mois" in text
    assert "réciprocité" in text
    assert "étudiant" in text
    assert "britannique" in text


def test_i9_change_of_address_labels_and_old_numbers(pack: ContentPack) -> None:
    rules = fee_rules(pack, "vr_change_address")
    assert "3 premiers changements" in rules
    assert "123 AB 45" in rules
    assert "4e" in faq_answer(pack, "faq_vr_address_deadline")


def test_i10_electric_vehicles_and_malus_in_the_cost_answer(pack: ContentPack) -> None:
    answer = faq_answer(pack, "faq_vr_cost")
    assert "électrique" in answer
    assert "malus" in answer
    assert "divisé par deux" in answer


def test_i11_collect_within_three_months(pack: ContentPack) -> None:
    answer = faq_answer(pack, "faq_collect_document")
    assert "dans les 3 mois" in answer
    assert "détruit" in answer
    view = pack.faq("faq_collect_document", "fr")
    assert view is not None
    assert view.source.startswith("https://www.legifrance.gouv.fr/")


def test_i12_census_certificate_and_supervised_driving(pack: ContentPack) -> None:
    text = document_text(pack, "assr_jdc")
    assert "attestation de recensement" in text
    assert "15 ans" in text


def test_i13_british_licences(pack: ContentPack) -> None:
    assert "britannique" in faq_answer(pack, "faq_eu_licence")
    assert "britannique" in pack.triage_tree.advice["advice_eu_licence"].text["fr"]


def test_u1_no_home_page_backs_a_fact_stated_as_certain(pack: ContentPack) -> None:
    for fact in facts(pack):
        if all(urlsplit(url).path in ("", "/") for url in fact.sources):
            assert fact.to_recheck, fact.where
    sources = {
        pack.checklist(pid, "fr").source  # type: ignore[union-attr]
        for pid in ("dl_foreign_exchange", "vr_change_address")
    }
    assert sources == {SP + "F1460", SP + "F12118"}


def test_u2_fiches_match_their_topics(pack: ContentPack) -> None:
    assert pack.faq("faq_hosted_proof", "fr").source == SP + "F14807"  # type: ignore[union-attr]
    assert pack.faq("faq_photo_rules", "fr").source == SP + "F10619"  # type: ignore[union-attr]
    for entry in ("faq_stamp_where", "faq_stamp_fine_confusion", "faq_pay_without_card"):
        assert pack.faq(entry, "fr").source == SP + "F21258"  # type: ignore[union-attr]
    for entry in ("faq_vr_seller_steps", "faq_vr_roadworthiness"):
        assert pack.faq(entry, "fr").source == SP + "F1480"  # type: ignore[union-attr]


def test_u4_ants_phone_confirmed_by_a_fiche(pack: ContentPack) -> None:
    """F17970's contact block gives 34 00, not surcharged, and a number for abroad."""
    phone = pack.faq("faq_ants_phone", "fr")
    assert phone is not None
    assert not phone.to_recheck
    assert phone.source == SP + "F17970"
    assert "34 00 (numéro non surtaxé)" in phone.answer
    assert "09 70 83 07 07" in phone.answer
    assert "34 00" in faq_answer(pack, "faq_ants_phone", "ar")


def test_u5_paper_photo_for_the_licence_registration(pack: ContentPack) -> None:
    """The ANTS exam-registration page accepts a paper photo with its photo-signature form."""
    text = document_text(pack, "ephoto_code")
    assert (
        "Pour l'inscription à l'examen du permis, vous pouvez aussi envoyer une photo papier"
        in (text)
    )
    assert "Les autres démarches de permis en ligne demandent le code e-photo" not in text


def test_u6_u7_unconfirmed_claims_say_so(pack: ContentPack) -> None:
    assert "suffit à l'acheteur" not in document_text(pack, "sale_code")
    false = pack.faq("faq_false_declaration", "fr")
    assert false is not None
    assert false.answer.startswith("Selon les conditions d'utilisation de l'ANTS")
    assert "441-6" in false.answer
    assert false.to_recheck


def test_u8_documents_and_advice_carry_their_own_source(pack: ContentPack) -> None:
    for document in pack.documents.values():
        assert document.source
        assert document.review_by > document.checked_on
    for advice in pack.triage_tree.advice.values():
        assert advice.source
        assert advice.review_by > advice.checked_on
    assert not pack.documents["photo_id"].to_recheck  # F10619, checked 2026-12-06


@pytest.mark.parametrize(
    ("query", "expected", "confirmed"),
    [
        ("naturalisé", "faq_nationality_proof", True),
        ("autorisation de sortie du territoire", "faq_minor_travel_alone", True),
        ("mineur voyage seul", "faq_minor_travel_alone", True),
        ("passeport urgent", "faq_urgent_passport", True),
        ("personne âgée ne peut pas se déplacer", "faq_cannot_travel", False),
        ("solde de points", "faq_points_balance", False),
        ("permis probatoire", "faq_probationary_licence", True),
        ("permis international", "faq_international_permit", False),
        ("voiture volée", "faq_stolen_vehicle", False),
        ("certificat de non gage", "faq_administrative_status", False),
        ("FranceConnect marche pas", "faq_fc_fails", False),
        ("permis suspendu", "faq_licence_suspended", False),
        ("voiture d'un parent décédé", "faq_deceased_vehicle", True),
        ("amende après vente voiture", "faq_fines_after_sale", False),
        ("véhicule importé étranger carte grise", "faq_imported_vehicle", False),
        ("dossier en attente", "faq_application_stuck", True),
        ("erreur sur ma carte grise", "faq_registration_error", True),
        ("j'ai perdu le code de cession", "faq_sale_code_lost", False),
        ("demande rejetée ANTS", "faq_application_stuck", True),
    ],
)
def test_formerly_missing_questions_are_answered(
    pack: ContentPack, query: str, expected: str, confirmed: bool
) -> None:
    """Section 2.2 of the audit: each now has an answer, in Arabic too, found first."""
    assert pack.search(query, "fr", 3)[0].ref == expected
    view = pack.faq(expected, "ar")
    assert view is not None
    assert not view.fell_back
    assert view.to_recheck is not confirmed  # unconfirmed answers say "to recheck"
