"""The shared portal models: field checks and their codes, terms hashing and diffs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from assist_desk.models import (
    CREATE_MODELS,
    FIELD_ERROR_CODES,
    PROFILES,
    ChangeKind,
    ClaimCreate,
    IndividualAccountCreate,
    LocalizedText,
    Problem,
    Profile,
    changed_sections,
    french_text_sha256,
)
from assist_desk.models.accounts import AccountCreate
from assist_desk.models.contact import add_working_days, french_public_holidays
from assist_desk.models.problem import field_errors_from_pydantic, problem_type
from assist_desk.modes import LANGUAGES
from assist_desk.portal.idempotency import (
    KeyBook,
    backoff_delay,
    fingerprint,
    format_key,
    parse_key,
    parse_retry_after,
)
from assist_desk.sandbox import seed

ACCOUNT = TypeAdapter(AccountCreate)


def consent(version_id: str | None = None) -> dict[str, str]:
    """The ticked "I have read the Terms of Use" a create payload carries (M12): the
    current version (or ``version_id``) with its hash."""
    from datetime import date

    wanted = version_id or seed.current_terms_id(date.today())
    version = next(v for v in seed.terms_versions() if v.id == wanted)
    return {"version_id": version.id, "sha256": version.sha256, "site_id": "test-site"}


VALID: dict[str, dict[str, Any]] = {
    "individual": {
        "email": "jeanne.dupont@example.org",
        "given_names": "Jeanne Marie",
        "family_name": "Dupont",
        "birth_date": "1980-02-29",
        "password": "Trois-sortes-1",
        "terms": consent(),
    },
    "siv_professional": {
        "email": "garage@example.org",
        "company_name": "Garage du Centre",
        "siret": "732 829 320 00074",
        "prefecture_authorisation": "SIV-75-2024-00123",
        "department": "75",
        "contact_name": "Paul Martin",
        "terms": consent(),
    },
    "driving_school": {
        "email": "auto-ecole@example.org",
        "establishment_name": "Auto-école des Lilas",
        "approval_number": "E 23 075 0001 0",
        "password": "Trois-sortes-1",
        "terms": consent(),
    },
    "road_safety_centre": {
        "email": "cssr@example.org",
        "establishment_name": "Centre Prudence",
        "approval_number": "R 21 013 0042 0",
        "siret": "73282932000074",
        "password": "Trois-sortes-1",
        "terms": consent(),
    },
    "town_hall_dr": {
        "email": "etat-civil@mairie.example.org",
        "commune_name": "Ajaccio",
        "insee_code": "2A004",
        "contact_name": "Service état civil",
        "fingerprint_stations": 2,
        "terms": consent(),
    },
    "legal_entity": {
        "email": "asso@example.org",
        "organisation_name": "La Poste (établissement)",
        "siret": "35600000000048",
        "password": "Trois-sortes-1",
        "terms": consent(),
    },
}


def codes(payload: dict[str, Any]) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        ACCOUNT.validate_python(payload)
    return Problem(
        title="t", status=422, errors=field_errors_from_pydantic(caught.value.errors())
    ).field_errors()


@pytest.mark.parametrize("profile", [p.value for p in PROFILES])
def test_each_profile_has_a_valid_payload(profile: str) -> None:
    model = ACCOUNT.validate_python({"profile": profile, **VALID[profile]})
    assert isinstance(model, CREATE_MODELS[Profile(profile)])
    assert model.profile == profile


def test_six_profiles_exactly() -> None:
    assert [p.value for p in PROFILES] == [
        "individual",
        "siv_professional",
        "driving_school",
        "road_safety_centre",
        "town_hall_dr",
        "legal_entity",
    ]


def test_siret_is_compacted_and_la_poste_exception_accepted() -> None:
    siv = ACCOUNT.validate_python({"profile": "siv_professional", **VALID["siv_professional"]})
    assert siv.siret == "73282932000074"  # type: ignore[union-attr]
    # La Poste establishments (SIREN 356000000) do not follow the Luhn rule on the SIRET.
    ACCOUNT.validate_python({"profile": "legal_entity", **VALID["legal_entity"]})


def test_every_rejection_names_the_field_and_the_reason() -> None:
    found = codes(
        {
            "profile": "driving_school",
            "email": "not-an-address",
            "establishment_name": "   ",
            "approval_number": "??",
            "siret": "73282932000075",
            "password": "short",
        }
    )
    assert found == {
        "email": ["invalid_email"],
        "establishment_name": ["required"],
        "approval_number": ["too_short"],
        "siret": ["invalid_siret"],
        "password": ["password_too_short"],
        "terms": ["required"],  # no account without "I have read the Terms" (M12)
    }
    assert set(c for v in found.values() for c in v) <= FIELD_ERROR_CODES


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("alllowercaseletters", "password_too_weak"),
        ("x" * 129 + "A1", "too_long"),
        ("Jeanne.Dupont-2024", "password_contains_email"),
    ],
)
def test_password_rules(password: str, code: str) -> None:
    payload = {"profile": "individual", **VALID["individual"], "password": password}
    assert codes(payload)["password"] == [code]


def test_other_field_codes() -> None:
    found = codes(
        {
            "profile": "town_hall_dr",
            "email": "",
            "commune_name": "Paris",
            "insee_code": "7505",
            "contact_name": "x1",
            "fingerprint_stations": 0,
            "extra": 1,
        }
    )
    assert found == {
        "email": ["required"],
        "insee_code": ["too_short"],
        "fingerprint_stations": ["too_small"],
        "extra": ["unknown_field"],
        "terms": ["required"],
    }
    assert codes({"profile": "individual", **VALID["individual"], "birth_date": "2999-01-01"}) == {
        "birth_date": ["date_in_future"]
    }
    assert codes({"profile": "nope"}) == {"profile": ["invalid_choice"]}
    assert codes({}) == {"profile": ["required"]}
    siv = {**VALID["siv_professional"], "department": "99", "prefecture_authorisation": "ABCDEFG"}
    assert codes({"profile": "siv_professional", **siv}) == {
        "department": ["invalid_department"],
        "prefecture_authorisation": ["invalid_prefecture_authorisation"],
    }
    phone = {**VALID["siv_professional"], "phone": "call me maybe"}
    assert codes({"profile": "siv_professional", **phone}) == {"phone": ["invalid_phone"]}


def test_passwords_never_show_in_repr_but_are_sent() -> None:
    model = IndividualAccountCreate.model_validate(VALID["individual"])
    assert "Trois-sortes-1" not in repr(model)
    assert '"password":"Trois-sortes-1"' in ACCOUNT.dump_json(model).decode()


def test_claim_window() -> None:
    today = date.today()
    base = {"email": "a@example.org", "name": "Ana", "kind": "delay", "description": "late"}
    ClaimCreate.model_validate({**base, "event_date": (today - timedelta(days=30)).isoformat()})
    with pytest.raises(ValidationError) as caught:
        ClaimCreate.model_validate({**base, "event_date": (today - timedelta(days=31)).isoformat()})
    assert field_errors_from_pydantic(caught.value.errors())[0].code == "claim_too_late"


def test_working_days_skip_weekends_and_holidays() -> None:
    assert date(2026, 7, 14) in french_public_holidays(2026)
    assert date(2026, 4, 6) in french_public_holidays(2026)  # Easter Monday 2026
    # Friday 24 Dec 2027 + 1 working day: Sat, Sun, Mon 27 (25 Dec is a Saturday).
    assert add_working_days(date(2027, 12, 24), 1) == date(2027, 12, 27)
    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)
    assert add_working_days(date(2026, 11, 30), 15) == date(2026, 12, 21)


def test_terms_hash_and_what_changed() -> None:
    v1, v2 = seed.terms_versions()
    assert v1.sha256 == french_text_sha256(v1.sections["fr"])
    assert v1.sha256 != v2.sha256
    for version in (v1, v2):
        ids = version.section_ids()
        assert all([s.id for s in version.sections[lang]] == ids for lang in ("en", "ar"))
        assert "fait foi" in version.note["fr"]
    changes = changed_sections(v1, v2, "en")
    assert [(c.section_id, c.kind) for c in changes] == [
        ("accounts", ChangeKind.CHANGED),
        ("suspension", ChangeKind.ADDED),
        ("deletion", ChangeKind.CHANGED),
    ]
    assert changes[1].old is None
    assert changes[1].new is not None
    assert changes[1].new.title == "Account suspension"
    back = changed_sections(v2, v1)
    assert ("suspension", ChangeKind.REMOVED) in [(c.section_id, c.kind) for c in back]
    assert v2.section("nope") is None


def test_catalogue_follows_the_shared_identifiers() -> None:
    catalogue = seed.catalogue()
    assert [c.id for c in catalogue.categories] == [
        "vehicle_registration",
        "driving_licence",
        "identity_card",
        "passport",
    ]
    all_ids = [p.id for c in catalogue.categories for p in c.procedures]
    assert len(all_ids) == 26
    assert len(set(all_ids)) == 26
    for category in catalogue.categories:
        for procedure in category.procedures:
            assert procedure.checklist_id == procedure.id
            assert procedure.pre_application_number == procedure.id.startswith(("id_", "pp_"))
            assert procedure.handoff_url.startswith("https://")
            assert procedure.handoff_url.endswith(".ants.gouv.fr/")
            assert all(procedure.titles.get(lang) for lang in LANGUAGES)
    assert {p.id for p in catalogue.for_profile(Profile.SIV_PROFESSIONAL)} == {
        "vr_change_owner",
        "vr_change_address",
        "vr_duplicate",
        "vr_declare_sale",
    }
    assert {p.id for p in catalogue.for_profile(Profile.DRIVING_SCHOOL)} == {
        "dl_first_application",
        "dl_add_category",
    }
    assert catalogue.for_profile(Profile.ROAD_SAFETY_CENTRE) == []
    assert catalogue.for_profile(Profile.TOWN_HALL_DR) == []
    assert len(catalogue.for_profile(Profile.INDIVIDUAL)) == 26
    assert {p.id for p in catalogue.for_profile(Profile.LEGAL_ENTITY)} == {
        p.id for p in catalogue.for_profile(Profile.SIV_PROFESSIONAL)
    }
    assert set(catalogue.account_only_profiles) == {
        Profile.ROAD_SAFETY_CENTRE,
        Profile.TOWN_HALL_DR,
    }
    assert catalogue.procedure("nope") is None


def test_localized_text_falls_back_to_french() -> None:
    text = LocalizedText(fr="Bonjour", en="Hello", ar="مرحبا")
    assert text.get("ar") == "مرحبا"
    assert text.get("de") == "Bonjour"


def test_idempotency_keys() -> None:
    assert format_key('a"b\\c') == '"a\\"b\\\\c"'
    assert parse_key(format_key('a"b\\c')) == 'a"b\\c'
    assert parse_key("no-quotes") is None
    assert parse_key('""') is None
    assert parse_key('"é"') is None
    assert parse_key(None) is None
    book = KeyBook()
    first = book.key_for("POST", "/v1/accounts", {"a": 1, "b": 2})
    assert book.key_for("POST", "/v1/accounts", {"b": 2, "a": 1}) == first
    assert book.key_for("POST", "/v1/accounts", {"a": 2}) != first
    assert len(book) == 2
    book.clear()
    assert book.key_for("POST", "/v1/accounts", {"a": 1, "b": 2}) != first
    assert fingerprint("post", "/x", None) == fingerprint("POST", "/x", None)


def test_backoff_and_retry_after() -> None:
    import random
    from datetime import UTC, datetime

    rng = random.Random(1)
    delays = [backoff_delay(n, 0.5, 2.0, rng) for n in range(1, 8)]
    assert all(0 <= d <= min(2.0, 0.5 * 2 ** (n - 1)) for n, d in enumerate(delays, 1))
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = datetime(2026, 11, 30, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Mon, 30 Nov 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Mon, 30 Nov 2026 11:00:00 GMT", now) == 0.0


def test_problem_type() -> None:
    assert problem_type("idempotency_key_in_use") == "/problems/idempotency-key-in-use"
