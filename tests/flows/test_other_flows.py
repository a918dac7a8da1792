"""Terms re-acceptance, New request and the field checks, as plain data."""

from __future__ import annotations

import pytest

from assist_desk.flows import fields, navmaps
from assist_desk.flows.catalogue import (
    CATEGORIES,
    PROCEDURES,
    PROFILES,
    allowed_by_category,
    category_of,
)
from assist_desk.flows.wizard import GuardRefused, Wizard


def test_reacceptance_path() -> None:
    wizard = Wizard(navmaps.reacceptance_navmap())
    assert wizard.next() == "confirm"
    wizard.update(terms_version="v2", terms_sha256="cd" * 32)
    with pytest.raises(GuardRefused) as refused:
        wizard.next()
    assert refused.value.reason == navmaps.TERMS_NOT_READ
    with pytest.raises(GuardRefused) as refused:
        wizard.next(terms_read=True)
    assert refused.value.reason == navmaps.NOT_ACCEPTED
    assert wizard.next(accepted=True) == "accepted"


def _signed_in(wizard: Wizard, profile: str, category: str) -> str:
    """Choose the category, answer the FranceConnect question if asked, sign in."""
    wizard.next(category=category)
    if wizard.current == "franceconnect_check":
        wizard.next(franceconnect_answer="yes")
    assert wizard.current == "sign_in"
    with pytest.raises(GuardRefused) as refused:
        wizard.next(profile=profile)
    assert refused.value.reason == navmaps.NOT_SIGNED_IN
    return wizard.next(account_id="acc-1")


@pytest.mark.parametrize("profile", PROFILES)
def test_new_request_each_profile_each_allowed_procedure(profile: str) -> None:
    allowed = allowed_by_category(profile)
    for category in CATEGORIES:
        wizard = Wizard(navmaps.new_request_navmap())
        after = _signed_in(wizard, profile, category)
        if category not in allowed:  # said after the sign-in, a side page to go back from
            assert after == "no_procedures"
            assert wizard.is_last()
            assert not wizard.step.counts
            continue
        assert after == "procedure"
        for procedure in PROCEDURES[category]:
            if procedure not in allowed[category]:
                with pytest.raises(GuardRefused):
                    wizard.next(procedure=procedure)
                continue
            assert wizard.next(procedure=procedure) == "summary"
            assert wizard.next() == "declaration"
            with pytest.raises(GuardRefused):
                wizard.next()
            assert wizard.next(request_id="r1", handoff_url="https://x/") == "handoff"
            wizard.back_to("procedure")
            for key in ("request_id", "handoff_url"):  # as choose_procedure does
                wizard.data.pop(key)


def test_franceconnect_is_asked_before_the_sign_in_for_vehicles() -> None:
    """C-4: the question comes right after the category, and the sign-in after it."""
    wizard = Wizard(navmaps.new_request_navmap())
    assert wizard.current == "category"
    assert wizard.next(category="vehicle_registration") == "franceconnect_check"
    assert "sign_in" not in wizard.history
    with pytest.raises(GuardRefused) as refused:
        wizard.next()
    assert refused.value.reason == navmaps.NO_CHOICE
    assert wizard.next(franceconnect_answer="yes") == "sign_in"
    assert wizard.next(profile="individual", account_id="acc-1") == "procedure"
    assert wizard.history.index("franceconnect_check") < wizard.history.index("sign_in")
    wizard.next(procedure="vr_change_owner")
    assert wizard.next() == "declaration"  # nothing about FranceConnect after the sign-in


@pytest.mark.parametrize("answer", navmaps.FRANCECONNECT_ANSWERS)
def test_every_franceconnect_answer_reaches_the_sign_in_or_a_stop(answer: str) -> None:
    wizard = Wizard(navmaps.new_request_navmap())
    wizard.next(category="vehicle_registration")
    after = wizard.next(franceconnect_answer=answer)
    assert after == ("vehicle_paths" if answer == "no" else "sign_in")


def test_vehicle_without_franceconnect_offers_two_paths_before_the_sign_in() -> None:
    wizard = Wizard(navmaps.new_request_navmap())
    wizard.next(category="vehicle_registration")
    assert wizard.next(franceconnect_answer="no") == "vehicle_paths"
    with pytest.raises(GuardRefused):
        wizard.next()
    assert wizard.next(vr_path="professional") == "professional"
    assert wizard.is_last()  # a professional does it: no sign-in asked for
    wizard.back()
    assert wizard.next(vr_path="third_party") == "sign_in"
    assert wizard.next(profile="individual", account_id="acc-1") == "procedure"


@pytest.mark.parametrize("profile", ["siv_professional", "legal_entity"])
def test_a_signed_in_professional_is_not_asked_about_franceconnect(profile: str) -> None:
    wizard = Wizard(navmaps.new_request_navmap())
    wizard.update(profile=profile, account_id="acc-1")  # signed in earlier this session
    assert wizard.next(category="vehicle_registration") == "sign_in"
    assert wizard.next() == "procedure"


def test_before_the_sign_in_every_category_an_account_may_start_is_offered() -> None:
    only = {"road_safety_centre": {"passport": ["pp_loss"]}}
    wizard = Wizard(navmaps.new_request_navmap(lambda profile: only.get(profile, {})))
    with pytest.raises(GuardRefused):
        wizard.next(category="identity_card")
    assert wizard.next(category="passport") == "sign_in"


def test_eligibility_comes_from_the_caller() -> None:
    wizard = Wizard(navmaps.new_request_navmap(lambda profile: {"passport": ["pp_loss"]}))
    wizard.next(category="passport")
    assert wizard.next(profile="road_safety_centre", account_id="acc-1") == "procedure"
    with pytest.raises(GuardRefused):
        wizard.next(procedure="pp_theft")


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [
        ("email", "", fields.REQUIRED),
        ("email", "not an address", "invalid_email"),
        ("email", "a@example.org", None),
        ("siret", "73282932000074", None),
        ("siret", "732 829 320 00074", None),
        ("siret", "73282932000075", "invalid_siret"),
        ("siret", "35600000000048", None),  # La Poste exception
        ("date", "31/12/1999", None),
        ("date", "1999-12-31", fields.INVALID_DATE),
        ("date", "32/13/1999", fields.INVALID_DATE),
        ("date", "01/01/2999", "date_in_future"),
        ("password", "Short1!", "password_too_short"),
        ("password", "longenoughbutweak", "password_too_weak"),
        ("password", "Long-enough-12345", None),
        ("approval", "E 23 075 0001 0", None),
        ("approval", "<script>", "invalid_approval_number"),
        ("department", "2A", None),
        ("insee_code", "7505", "invalid_insee_code"),
        ("number", "0", fields.INVALID_NUMBER),
        ("number", "3", None),
        ("name", "x" * 200, fields.TOO_LONG),
        ("name", "1234", "invalid_format"),
    ],
)
def test_field_checks(kind: str, value: str, code: str | None) -> None:
    assert fields.check_field(fields.Field("f", kind), value) == code


def test_password_confirm_optional_and_payload() -> None:
    confirm = fields.Field("password_confirm", "password_confirm")
    assert fields.check_field(confirm, "abc", {"password": "abd"}) == fields.PASSWORDS_DIFFER
    assert fields.check_field(confirm, "abc", {"password": "abc"}) is None
    assert fields.check_field(fields.Field("x", "name", required=False), " ") is None
    assert fields.parse_date("1/2/2003").isoformat() == "2003-02-01"
    with pytest.raises(ValueError, match="DD/MM/YYYY"):
        fields.parse_date("2003-02-01")
    assert fields.form_errors("legal_entity", {}) == {
        "email": fields.REQUIRED,
        "organisation_name": fields.REQUIRED,
        "siret": fields.REQUIRED,
        "password": fields.REQUIRED,
        "password_confirm": fields.REQUIRED,
    }
    payload = fields.create_payload(
        "town_hall_dr",
        {
            "email": " m@example.org ",
            "commune_name": "X",
            "insee_code": "75056",
            "contact_name": "Y",
            "fingerprint_stations": "2",
            "message": "",
        },
    )
    assert payload == {
        "profile": "town_hall_dr",
        "email": "m@example.org",
        "commune_name": "X",
        "insee_code": "75056",
        "contact_name": "Y",
        "fingerprint_stations": 2,
    }
    individual = fields.create_payload(
        "individual",
        {"birth_date": "14/07/1985", "password": "p", "password_confirm": "p", "email": "e"},
    )
    assert individual["birth_date"] == "1985-07-14"
    assert "password_confirm" not in individual
    assert category_of("dl_loss") == "driving_licence"
    with pytest.raises(KeyError):
        category_of("nope")
