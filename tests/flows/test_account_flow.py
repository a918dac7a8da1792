"""Every path of the account-creation navmap, as plain data."""

from __future__ import annotations

import pytest

from assist_desk.flows import navmaps
from assist_desk.flows.catalogue import PREREQUISITES, PROFILES
from assist_desk.flows.wizard import GuardRefused, Wizard
from assist_desk.tours.samples import FORMS


def _all_yes(profile: str) -> dict[str, bool]:
    return dict.fromkeys(PREREQUISITES[profile], True)


def _to_terms(wizard: Wizard, profile: str, method: str = "ants_account") -> None:
    wizard.next(profile=profile)
    wizard.next(**_all_yes(profile))
    if profile == "individual":
        wizard.next(method=method)
        if method == "franceconnect":
            assert wizard.current == "franceconnect"
            wizard.next()
            return
    assert wizard.current == ("town_hall_request" if profile == "town_hall_dr" else "form")
    wizard.next(fields=dict(FORMS[profile]))


@pytest.mark.parametrize(
    ("profile", "method", "after", "pending"),
    [
        ("individual", "ants_account", "check_email", "pending_activation"),
        ("individual", "franceconnect", "account_ready", None),
        ("siv_professional", "ants_account", "prefecture_pending", "pending_prefecture_validation"),
        ("driving_school", "ants_account", "check_email", "pending_activation"),
        ("road_safety_centre", "ants_account", "check_email", "pending_activation"),
        ("legal_entity", "ants_account", "check_email", "pending_activation"),
    ],
)
def test_happy_path_per_profile(profile: str, method: str, after: str, pending: str | None) -> None:
    wizard = Wizard(navmaps.account_navmap())
    _to_terms(wizard, profile, method)
    assert wizard.current == "terms"
    with pytest.raises(GuardRefused) as refused:
        wizard.next(terms_read=True)
    assert refused.value.reason == navmaps.TERMS_NOT_LOADED
    wizard.update(terms_version="v2", terms_sha256="ab" * 32, terms_read=False)
    with pytest.raises(GuardRefused) as refused:
        wizard.next()
    assert refused.value.reason == navmaps.TERMS_NOT_READ
    assert wizard.next(terms_read=True) == "declaration"
    with pytest.raises(GuardRefused) as refused:
        wizard.next()
    assert refused.value.reason == navmaps.NOT_SUBMITTED
    assert wizard.next(account_id="acc-1", account_status=pending or "active") == after
    if pending is not None:
        with pytest.raises(GuardRefused):
            wizard.next()
        if profile == "siv_professional":
            assert wizard.next(account_status="pending_activation") == "check_email"
        wizard.next(account_status="active")
    assert wizard.current == "account_ready"
    assert wizard.is_last()
    assert wizard.progress()[0] == wizard.progress()[1]


def test_siv_prefecture_can_validate_straight_to_active() -> None:
    wizard = Wizard(navmaps.account_navmap())
    _to_terms(wizard, "siv_professional")
    wizard.next(terms_version="v2", terms_sha256="ab" * 32, terms_read=True)
    wizard.next(account_id="a", account_status="pending_prefecture_validation")
    assert wizard.next(account_status="active") == "account_ready"


def test_town_hall_goes_to_the_account_request_path() -> None:
    wizard = Wizard(navmaps.account_navmap())
    _to_terms(wizard, "town_hall_dr")
    assert wizard.current == "terms"  # the account it asks for is governed by them (M12)
    wizard.next(terms_version="v2", terms_sha256="ab" * 32, terms_read=True)
    assert wizard.current == "declaration"
    assert "form" not in wizard.history
    assert wizard.next(account_id="req-1") == "request_sent"
    assert wizard.is_last()


def test_no_email_guides_then_comes_back_with_data_kept() -> None:
    wizard = Wizard(navmaps.account_navmap())
    wizard.next(profile="driving_school")
    assert wizard.next(has_email=False, has_approval=True) == "email_guide"
    assert not navmaps.is_stop("email_guide")
    assert wizard.is_last()
    assert wizard.back() == "prerequisites"
    assert wizard.data["has_approval"] is True
    assert wizard.next(has_email=True) == "form"


@pytest.mark.parametrize(
    ("profile", "missing", "stop"),
    [
        ("siv_professional", "has_prefecture_authorisation", "siv_authorisation_help"),
        ("siv_professional", "has_siret", "siret_help"),
        ("driving_school", "has_approval", "approval_help"),
        ("road_safety_centre", "has_approval", "approval_help"),
        ("legal_entity", "has_siret", "siret_help"),
    ],
)
def test_missing_prerequisite_stops_cleanly(profile: str, missing: str, stop: str) -> None:
    wizard = Wizard(navmaps.account_navmap())
    wizard.next(profile=profile)
    answers = _all_yes(profile)
    answers[missing] = False
    assert wizard.next(**answers) == stop
    assert navmaps.is_stop(stop)
    assert wizard.is_last()
    assert not wizard.can_next()


def test_driving_schools_and_cssr_are_not_asked_for_a_siret() -> None:
    # The portal's form asks them for an e-mail and an approval number (ToU 1.5).
    from assist_desk.flows.fields import FORM_FIELDS

    for profile in ("driving_school", "road_safety_centre"):
        assert "has_siret" not in PREREQUISITES[profile]
        assert "siret" not in {field.name for field in FORM_FIELDS[profile]}
    assert "siret" in {field.name for field in FORM_FIELDS["legal_entity"]}


def test_unanswered_prerequisites_and_no_profile_refused() -> None:
    wizard = Wizard(navmaps.account_navmap())
    with pytest.raises(GuardRefused):
        wizard.next(profile="astronaut")
    wizard.next(profile="legal_entity")
    with pytest.raises(GuardRefused) as refused:
        wizard.next(has_email=True)
    assert refused.value.reason == navmaps.UNANSWERED


def test_invalid_form_refused_and_back_keeps_typing() -> None:
    wizard = Wizard(navmaps.account_navmap())
    wizard.next(profile="legal_entity")
    wizard.next(has_email=True, has_siret=True)
    bad = dict(FORMS["legal_entity"], siret="73282932000075")
    with pytest.raises(GuardRefused) as refused:
        wizard.next(fields=bad)
    assert refused.value.reason == navmaps.INVALID_FIELDS
    wizard.back()
    wizard.next()
    assert wizard.data["fields"]["siret"] == "73282932000075"


def test_individual_method_must_be_chosen() -> None:
    wizard = Wizard(navmaps.account_navmap())
    wizard.next(profile="individual")
    wizard.next(has_email=True)
    with pytest.raises(GuardRefused):
        wizard.next()
    assert set(PROFILES) == set(FORMS)
