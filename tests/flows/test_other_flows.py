"""Terms re-acceptance, New request and the field checks, as plain data."""

from __future__ import annotations

import pytest

from assist_desk.flows import fields, navmaps
from assist_desk.flows.catalogue import (
    CATEGORIES,
    ELIGIBILITY,
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


def _request_until_summary(wizard: Wizard, profile: str, procedure: str) -> None:
    wizard.next(profile=profile, account_id="acc-1")
    wizard.next(category=category_of(procedure))
    assert wizard.next(procedure=procedure) == "summary"


@pytest.mark.parametrize("profile", PROFILES)
def test_new_request_each_profile_each_allowed_procedure(profile: str) -> None:
    allowed = allowed_by_category(profile)
    if not ELIGIBILITY[profile]:
        wizard = Wizard(navmaps.new_request_navmap())
        with pytest.raises(GuardRefused) as refused:
            wizard.next(profile=profile)
        assert refused.value.reason == navmaps.NOT_SIGNED_IN
        assert wizard.next(account_id="acc-1") == "no_procedures"
        assert wizard.is_last()
        return
    for category in CATEGORIES:
        wizard = Wizard(navmaps.new_request_navmap())
        wizard.next(profile=profile, account_id="acc-1")
        if category not in allowed:
            with pytest.raises(GuardRefused):
                wizard.next(category=category)
            continue
        for procedure in PROCEDURES[category]:
            wizard.reset()
            wizard.next(profile=profile, account_id="acc-1")
            wizard.next(category=category)
            if procedure not in allowed[category]:
                with pytest.raises(GuardRefused):
                    wizard.next(procedure=procedure)
                continue
            wizard.next(procedure=procedure)
            after = wizard.next()
            if category == "vehicle_registration" and profile == "individual":
                assert after == "franceconnect_check"
                wizard.next(has_franceconnect=True)
            assert wizard.current == "declaration"
            with pytest.raises(GuardRefused):
                wizard.next()
            assert wizard.next(request_id="r1", handoff_url="https://x/") == "handoff"


def test_vehicle_registration_without_franceconnect_offers_two_paths() -> None:
    wizard = Wizard(navmaps.new_request_navmap())
    _request_until_summary(wizard, "individual", "vr_change_owner")
    wizard.next()
    with pytest.raises(GuardRefused):
        wizard.next()
    assert wizard.next(has_franceconnect=False) == "vehicle_paths"
    with pytest.raises(GuardRefused):
        wizard.next()
    assert wizard.next(vr_path="professional") == "professional"
    assert wizard.is_last()
    wizard.back()
    assert wizard.next(vr_path="third_party") == "declaration"
    assert wizard.data["procedure"] == "vr_change_owner"


def test_eligibility_comes_from_the_caller() -> None:
    wizard = Wizard(navmaps.new_request_navmap(lambda profile: {"passport": ["pp_loss"]}))
    wizard.next(profile="road_safety_centre", account_id="acc-1")
    assert wizard.next(category="passport") == "procedure"
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
