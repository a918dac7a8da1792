"""Issue 16, dates that tell the truth (fresh review, 2026-12-06): an entry written or
rewritten after its ``checked_on`` date claimed a check of a text (or a source) that did
not exist yet. Each entry below had its text or cited page changed on the day given
(found with ``git log -p resources/content``, comparing every entry's fields commit by
commit); its ``checked_on`` may not be earlier than that day."""

from __future__ import annotations

import datetime as dt

import pytest

from assist_desk.content import ContentPack
from assist_desk.content.freshness import facts

# The day each entry's text (or its cited page) last changed, per git history.
WRITTEN_ON: dict[dt.date, tuple[str, ...]] = {
    dt.date(2026, 12, 5): (
        "checklist pp_renewal_adult",
        "document old_registration",
        "faq faq_licence_lost_drive",
    ),
    dt.date(2026, 12, 6): (
        "checklist dl_add_category",
        "checklist dl_first_application",
        "checklist id_first_adult",
        "checklist id_first_minor",
        "checklist pp_first_adult",
        "checklist pp_first_minor",
        "checklist vr_change_owner",
        "checklist vr_declare_sale",
        "document assr_jdc",
        "document ephoto_code",
        "document id_scan",
        "document neph_number",
        "document roadworthiness",
        "document sale_code",
        "faq faq_account_suspended",
        "faq faq_application_stuck",
        "faq faq_cannot_travel",
        "faq faq_contact_ants",
        "faq faq_delete_account",
        "faq faq_fines_after_sale",
        "faq faq_hosted_proof",
        "faq faq_imported_vehicle",
        "faq faq_licence_online_only",
        "faq faq_licence_tracking",
        "faq faq_neph",
        "faq faq_pay_without_card",
        "faq faq_sale_code_lost",
        "faq faq_stamp_fine_confusion",
        "faq faq_stamp_where",
        "faq faq_stolen_vehicle",
        "faq faq_terms_claim",
        "faq faq_terms_language",
        "faq faq_terms_settlement",
        "faq faq_terms_what",
        "faq faq_vr_not_received",
        "faq faq_vr_temporary_certificate",
        "fee fee_free_id",
        "fee fee_vr_registration",
    ),
}
ENTRIES_WRITTEN_ON = [(where, day) for day, entries in WRITTEN_ON.items() for where in entries]


@pytest.mark.parametrize(("where", "written_on"), ENTRIES_WRITTEN_ON)
def test_no_entry_claims_a_check_before_its_text_existed(
    pack: ContentPack, where: str, written_on: dt.date
) -> None:
    by_place = {fact.where: fact for fact in facts(pack)}
    assert where in by_place
    assert by_place[where].checked_on >= written_on


def test_the_answers_written_on_6_december_say_so(pack: ContentPack) -> None:
    for entry in (
        "faq_application_stuck",
        "faq_cannot_travel",
        "faq_stolen_vehicle",
        "faq_fines_after_sale",
        "faq_imported_vehicle",
        "faq_sale_code_lost",
    ):
        view = pack.faq(entry, "fr")
        assert view is not None
        assert view.checked_on == dt.date(2026, 12, 6), entry
    adcs = pack.faq("faq_licence_lost_drive", "fr")  # O3, rewritten on 5 December
    assert adcs is not None
    assert adcs.checked_on >= dt.date(2026, 12, 5)


def test_no_fact_is_checked_after_the_pack_was_published(pack: ContentPack) -> None:
    latest = max(fact.checked_on for fact in facts(pack))
    assert latest <= pack.info.published
