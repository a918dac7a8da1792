"""Pack 1.4.3: a fresh review of issue 16 found over-claims; each claim now says only what
its cited page says, or is marked to recheck (fr, en, ar)."""

from __future__ import annotations

import datetime as dt

from assist_desk.content import ContentPack
from assist_desk.content.freshness import needs_recheck
from assist_desk.content.vehicle_cost import estimate
from assist_desk.typography import french_as_shown as shown
from tests.content.test_audit_fixes import document_text

DECREE_ART_12 = "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006286501"


def test_pack_version_is_1_4_3(pack: ContentPack) -> None:
    assert pack.version == "1.4.3"


def test_collection_claims_only_what_the_passport_decree_says(pack: ContentPack) -> None:
    """Décret 2005-1726 art. 12: the passport only, "par tout moyen". The text message,
    the ANTS tracking and a 3-month rule for the identity card were stated as certain."""
    french = pack.faq("faq_collect_document", "fr")
    arabic = pack.faq("faq_collect_document", "ar")
    english = pack.faq("faq_collect_document", "en")
    assert french is not None
    assert arabic is not None
    assert english is not None
    assert french.source == english.source
    assert french.to_recheck  # the mediators' list names it
    assert "faq faq_collect_document" in {f.where for f in needs_recheck(pack, dt.date.today())}
    assert "SMS" not in french.answer
    assert "Pour le passeport" in french.answer
    assert "dans les 3 mois" in french.answer
    assert "détruit" in french.answer
    assert "carte d'identité" in french.answer
    assert "(à revérifier)" in french.answer
    assert "site de l'ANTS est aussi à revérifier" in french.answer
    assert "text message" not in english.answer
    assert "to recheck" in english.answer
    assert not arabic.fell_back
    assert "رسالة قصيرة" not in arabic.answer  # "text message"
    assert "التحقق" in arabic.answer  # "to recheck"


def test_the_carte_grise_proof_of_address_cites_the_carte_grise_page(pack: ContentPack) -> None:
    """F31847 (the licence page) was cited for "6 months for a carte grise as for a licence"."""
    licence = pack.documents["proof_address_scan"]
    vehicle = pack.documents["proof_address_scan_vehicle"]
    assert str(licence.source).endswith("/F31847")
    assert str(vehicle.source).endswith("/F1028")
    assert "carte grise" not in document_text(pack, "proof_address_scan")
    assert "Pour un permis de conduire : daté de moins de 6 mois" in document_text(
        pack, "proof_address_scan"
    )
    vehicle_text = document_text(pack, "proof_address_scan_vehicle")
    assert "Pour une carte grise" in vehicle_text
    assert "de moins de 6 mois" in vehicle_text
    assert "nom et votre prénom" in vehicle_text
    for procedure in ("vr_change_owner", "vr_change_address", "vr_duplicate"):
        view = pack.checklist(procedure, "fr")
        assert view is not None
        ids = {item.document.id for item in view.items}
        assert "proof_address_scan_vehicle" in ids
        assert "proof_address_scan" not in ids
    licence_view = pack.checklist("dl_first_application", "fr")
    assert licence_view is not None
    assert "proof_address_scan" in {item.document.id for item in licence_view.items}
    arabic = pack.checklist("vr_change_owner", "ar")
    assert arabic is not None
    document = next(i.document for i in arabic.items if i.document.id.startswith("proof_"))
    assert all("Pour" not in text for text in document.constraints)  # translated


def test_corse_start_date_is_to_recheck_as_its_sources_disagree(pack: ContentPack) -> None:
    """1 January 2026 (simulateurmalus.fr) or 1 March 2026 (Caradisiac, 17/02/2026)."""
    cost = pack.fee_file.vehicle_cost
    corse = next(region for region in cost.regions if region.id == "corse")
    rate = corse.rates[-1]
    assert rate.eur_per_cv == 53.0
    assert not rate.valid_from_confirmed
    assert rate.valid_from == dt.date(2026, 3, 1)  # both sources agree it applies by then
    result = estimate(cost, "corse", 5, dt.date(2020, 1, 1), dt.date(2026, 12, 6))
    assert result.eur_per_cv == 53.0
    assert not result.rate_start_known


def test_a_passport_abroad_costs_96_euros_with_ones_own_photo(pack: ContentPack) -> None:
    """F34752: abroad, 96 € with your photo, 99 € with the counter photo (only 99 was said)."""
    for lang, abroad, amounts in (
        ("fr", "À l'étranger", ("96 €", "99 €")),
        ("en", "Abroad", ("€96", "€99")),
        ("ar", "في الخارج", ("96", "99")),
    ):
        view = pack.fees("pp_first_adult", lang)
        assert view is not None
        assert not view.fell_back
        rule = next(rule for rule in view.rules if abroad in rule)
        assert all(shown(amount) in rule for amount in amounts), rule


def test_stuck_application_statuses_cite_the_ants_help_page(pack: ContentPack) -> None:
    """immatriculation.ants.gouv.fr/aide-et-contact/demarches-en-ligne documents them."""
    french = pack.faq("faq_application_stuck", "fr")
    arabic = pack.faq("faq_application_stuck", "ar")
    assert french is not None
    assert arabic is not None
    assert (
        french.source == "https://immatriculation.ants.gouv.fr/aide-et-contact/demarches-en-ligne"
    )
    assert not french.to_recheck
    for status in ("« à compléter »", "« en attente de paiement »", "« en instruction »"):
        assert shown(status) in french.answer
    assert shown("« Mes messages »") in french.answer
    assert "plusieurs semaines" not in french.answer  # no stored ANTS page gives a duration
    assert not arabic.fell_back
    assert "en instruction" in arabic.answer
