"""The content audit's WRONG and OUTDATED findings (issue 16), each pinned by its id."""

from __future__ import annotations

from assist_desk.content import ContentPack
from assist_desk.typography import french_as_shown as shown


def document_text(pack: ContentPack, document_id: str, lang: str = "fr") -> str:
    document = pack.documents[document_id]
    parts = [document.name, document.what, *document.constraints, *document.alternatives]
    return " ".join(part[lang] for part in parts)


def test_w2_licence_proof_of_address_is_six_months(pack: ContentPack) -> None:
    text = document_text(pack, "proof_address_scan")
    assert "moins d'un an pour un permis" not in text
    assert "Pour un permis de conduire : daté de moins de 6 mois" in text


def test_w3_mobile_phone_bills_are_accepted(pack: ContentPack) -> None:
    text = document_text(pack, "proof_address")
    assert "pas toujours acceptée" not in text
    assert "fixe ou mobile, est acceptée" in text
    assert "2D-Doc" in text


def test_w4_justif_adresse_is_an_automatic_check(pack: ContentPack) -> None:
    faq = pack.faq("faq_justif_adresse", "fr")
    assert faq is not None
    assert "vérification automatique" in faq.answer
    assert "nom de naissance" in faq.answer
    assert "Certaines mairies" not in faq.answer
    assert faq.source.endswith("F14807")
    assert not faq.to_recheck
    assert "Certaines mairies" not in document_text(pack, "proof_address")


def test_w6_the_seller_hands_the_coupon_to_the_buyer(pack: ContentPack) -> None:
    for lang in ("fr", "en"):
        text = document_text(pack, "old_registration", lang)
        assert "garde le coupon" not in text
    assert "remet la carte grise entière" in document_text(pack, "old_registration")
    assert "hands over the whole certificate" in document_text(pack, "old_registration", "en")


def test_w7_no_counter_photo_in_mainland_france(pack: ContentPack) -> None:
    assert "Certaines mairies prennent la photo" not in document_text(pack, "photo_id")
    fee = pack.fees("pp_first_adult", "fr")
    assert fee is not None
    assert not any("un peu plus élevé" in rule for rule in fee.rules)
    assert any(shown("89 € à Mayotte") in rule for rule in fee.rules)
    faq = pack.faq("faq_passport_price", "fr")
    assert faq is not None
    assert "un peu plus élevé" not in faq.answer


def test_o3_driving_after_a_loss_needs_the_adcs(pack: ContentPack) -> None:
    faq = pack.faq("faq_licence_lost_drive", "fr")
    assert faq is not None
    assert "ADCS" in faq.answer
    assert "4 mois" in faq.answer
    # The official page could not be consulted: shown as to recheck, not as certain.
    assert faq.to_recheck
    assert pack.search("attestation droits à conduire", "fr", 3)[0].ref == "faq_licence_lost_drive"


def test_o4_online_complaint_since_october_2024(pack: ContentPack) -> None:
    text = document_text(pack, "theft_declaration")
    assert "15 octobre 2024" in text
    assert "plainte en ligne" in text
    assert "le récépissé est remis au commissariat" not in text


def test_w1_every_cost_formula_shown_with_the_checklist_says_the_halving(
    pack: ContentPack,
) -> None:
    """W1: the summary and the fee rules under the second-hand checklist gave the formula
    without the halving at 10 years, in every language."""
    halved = {"fr": "divisé par deux", "en": "halved", "ar": "تُقسم التعريفة على اثنين"}
    for lang, words in halved.items():
        view = pack.checklist("vr_change_owner", lang)
        assert view is not None
        assert not view.fell_back
        assert words in view.summary, (lang, view.summary)
        assert view.fee is not None
        regional = [rule for rule in view.fee.rules if "P.6" in rule]
        assert regional
        assert all(words in rule for rule in regional), (lang, regional)
