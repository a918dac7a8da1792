"""The client against the running training portal over loopback HTTP (no mocks)."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from assist_desk.models import (
    AccountStatus,
    ClaimCreate,
    ContactMessageCreate,
    FranceConnectStatus,
    NextStep,
    Profile,
    changed_sections,
)
from assist_desk.portal import errors
from assist_desk.portal.client import PortalClient
from tests.portal.conftest import run_with_client
from tests.portal.test_models import VALID, consent
from tests.portal_fixtures import TrainingPortal


def payload(profile: str, **changes: Any) -> dict[str, Any]:
    return {"profile": profile, **VALID[profile], **changes}


def test_health_version_terms_catalogue(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        assert (await client.health()).status == "ok"
        version = await client.version()
        assert version.training
        assert version.api_version == "1.2.0"
        listing = await client.list_terms()
        assert listing.current == "v2"
        assert [v.id for v in listing.versions] == ["v1", "v2"]
        current = await client.current_terms()
        old = await client.terms("v1")
        assert current.sha256 == listing.versions[1].sha256
        assert [c.section_id for c in changed_sections(old, current)] == [
            "accounts",
            "suspension",
            "deletion",
        ]
        with pytest.raises(errors.NotFound):
            await client.terms("v9")
        catalogue = await client.catalogue()
        assert len(catalogue.categories) == 4
        assert catalogue.procedure("vr_change_owner") is not None

    run_with_client(training_portal.url, body)


def test_six_profiles_get_their_own_status(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> dict[str, tuple[str, str]]:
        result = {}
        for profile in Profile:
            account = await client.create_account(payload(profile.value))
            assert account.profile is profile
            result[profile.value] = (account.status.value, account.next_step.value)
        return result

    statuses = run_with_client(training_portal.url, body)
    assert statuses == {
        "individual": ("pending_activation", "check_email"),
        "siv_professional": ("pending_prefecture_validation", "await_prefecture"),
        "driving_school": ("pending_activation", "check_email"),
        "road_safety_centre": ("pending_activation", "check_email"),
        "town_hall_dr": ("request_received", "await_agency_reply"),
        "legal_entity": ("pending_activation", "check_email"),
    }
    subjects = [m["subject"] for m in training_portal.outbox()]
    assert len(subjects) == 6
    assert any("SIV" in s for s in subjects)
    assert any("mairie" in s for s in subjects)


def test_individual_from_form_to_handoff(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        terms = await client.current_terms()
        account = await client.create_account(payload("individual"))
        # The Terms were accepted in the creation itself (M12)...
        assert account.terms_accepted_version == terms.id
        assert account.terms_current
        # ...and a pending account has no session: its token only reads its status.
        assert not client.has_session(account.id)
        assert (await client.account(account.id)).status is AccountStatus.PENDING_ACTIVATION
        with pytest.raises(errors.AuthenticationFailed) as no_session:
            await client.create_request(account.id, "pp_first_adult")
        assert no_session.value.code == "authentication_required"
        with pytest.raises(errors.Conflict) as not_active:
            await client.sign_in(VALID["individual"]["email"], VALID["individual"]["password"])
        assert not_active.value.code == "account_not_active"
        token = training_portal.activation_token(account.id)
        activated = await client.activate(token)
        assert activated.status is AccountStatus.ACTIVE
        assert activated.next_step is NextStep.SIGN_IN
        assert activated.terms_accepted_version == "v2"
        assert activated.terms_current
        await client.sign_in(VALID["individual"]["email"], VALID["individual"]["password"])
        assert client.has_session(account.id)
        acceptance = await client.accept_terms(
            account.id, terms.id, terms.sha256, "help_point", "site-42"
        )
        assert acceptance.current
        assert acceptance.site_id == "site-42"
        request = await client.create_request(account.id, "pp_first_adult")
        assert request.handoff_url == "https://passeport.ants.gouv.fr/"
        assert request.pre_application_number
        vr = await client.create_request(account.id, "vr_change_owner")
        assert vr.handoff_url == "https://immatriculation.ants.gouv.fr/"
        assert [r.id for r in await client.list_requests(account.id)] == [request.id, vr.id]
        with pytest.raises(errors.ValidationFailed) as unknown:
            await client.create_request(account.id, "xx_nothing")
        assert unknown.value.field_errors == {"procedure_id": ["procedure_unknown"]}
        # A new session (another day): sign in, then the same account.
        client.reset()
        assert not client.has_session(account.id)
        with pytest.raises(errors.AuthenticationFailed):
            await client.account(account.id)
        with pytest.raises(errors.AuthenticationFailed) as wrong:
            await client.sign_in(VALID["individual"]["email"], "Wrong-password-1")
        assert wrong.value.code == "invalid_credentials"
        session = await client.sign_in(
            VALID["individual"]["email"], VALID["individual"]["password"]
        )
        assert session.account_id == account.id
        assert (await client.account(account.id)).status is AccountStatus.ACTIVE
        await client.sign_out(account.id)
        assert not client.has_session(account.id)

    run_with_client(training_portal.url, body)


def test_new_terms_version_asks_again(training_portal: TrainingPortal) -> None:
    training_portal.set_current_terms("v1")

    async def body(client: PortalClient) -> None:
        account = await client.create_account(payload("legal_entity", terms=consent("v1")))
        v1 = await client.current_terms()
        assert v1.id == "v1"
        await client.activate(training_portal.activation_token(account.id))
        await client.sign_in(VALID["legal_entity"]["email"], VALID["legal_entity"]["password"])
        assert (await client.create_request(account.id, "vr_duplicate")).category_id == (
            "vehicle_registration"
        )
        training_portal.set_current_terms(None)  # v2 published
        stale = await client.account(account.id)
        assert stale.terms_accepted_version == "v1"
        assert not stale.terms_current
        with pytest.raises(errors.Conflict) as outdated:
            await client.create_request(account.id, "vr_duplicate")
        assert outdated.value.code == "terms_outdated"
        v2 = await client.current_terms()
        with pytest.raises(errors.ValidationFailed) as mismatch:
            await client.accept_terms(account.id, v2.id, v1.sha256, "help_point", "site")
        assert mismatch.value.field_errors == {"sha256": ["terms_hash_mismatch"]}
        with pytest.raises(errors.ValidationFailed) as unknown:
            await client.accept_terms(account.id, "v7", v1.sha256, "help_point", "site")
        assert unknown.value.field_errors == {"version_id": ["terms_version_unknown"]}
        await client.accept_terms(account.id, v2.id, v2.sha256, "help_point", "site")
        assert (await client.account(account.id)).terms_current
        with pytest.raises(errors.ValidationFailed) as not_eligible:
            await client.create_request(account.id, "pp_first_adult")
        assert not_eligible.value.field_errors == {"procedure_id": ["not_eligible"]}

    run_with_client(training_portal.url, body)


def test_siv_professional_validated_by_the_prefecture(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        account = await client.create_account(payload("siv_professional"))
        assert account.status is AccountStatus.PENDING_PREFECTURE_VALIDATION
        training_portal.validate(account.id)
        waiting = await client.account(account.id)
        assert waiting.status is AccountStatus.PENDING_ACTIVATION
        instructions = training_portal.outbox()[0]
        assert instructions["kind"] == "siv_instructions"
        assert instructions["link"]
        token = training_portal.activation_token(account.id)
        with pytest.raises(errors.ValidationFailed) as no_password:  # M7: chosen here
            await client.activate(token)
        assert no_password.value.field_errors == {"password": ["required"]}
        active = await client.activate(token, password="Garage-du-Port-42")
        assert active.status is AccountStatus.ACTIVE
        refused = await client.create_account(
            payload("siv_professional", email="autre-garage@example.org")
        )
        training_portal.refuse(refused.id)
        after = await client.account(refused.id)
        assert after.status is AccountStatus.REFUSED
        assert after.next_step is NextStep.CONTACT_PREFECTURE

    run_with_client(training_portal.url, body)


def test_resend_is_rate_limited_and_delete_by_owner(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        account = await client.create_account(payload("driving_school"))
        with pytest.raises(errors.RateLimited) as limited:
            await client.resend_activation(account.id)
        assert limited.value.retry_after is not None
        assert 1 <= limited.value.retry_after <= 60
        assert "try again" in (limited.value.detail or "")
        with pytest.raises(errors.ValidationFailed) as taken:
            await client.create_account(payload("driving_school", establishment_name="Autre"))
        assert taken.value.field_errors == {"email": ["email_taken"]}
        await client.delete_account(account.id)
        # The e-mail is free again; the old account is gone for everyone.
        again = await client.create_account(payload("driving_school", establishment_name="Autre"))
        assert again.id != account.id
        with pytest.raises(errors.AuthenticationFailed):
            await client.account(account.id)
        # Deleted or unknown: answered as any other (M5), but nothing is sent.
        sent = len(training_portal.outbox())
        assert (await client.resend_activation(account.id)).account_id == account.id
        assert len(training_portal.outbox()) == sent
        with pytest.raises(errors.ValidationFailed) as bad_token:
            await client.activate("x" * 32)
        assert bad_token.value.field_errors == {"token": ["invalid_token"]}

    run_with_client(training_portal.url, body)


def test_owner_only(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        mine = await client.create_account(payload("legal_entity"))
        other = await client.create_account(payload("individual"))
        # Use mine's token on other's account.
        client._status_tokens[other.id] = client._status_tokens[mine.id]
        with pytest.raises(errors.AuthenticationFailed) as forbidden:
            await client.delete_account(other.id)
        assert forbidden.value.status == 403

    run_with_client(training_portal.url, body)


def test_franceconnect_round_trip(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        start = await client.franceconnect_start()
        assert start.authorize_url.startswith(training_portal.url)
        page = await asyncio.to_thread(httpx.get, start.authorize_url, trust_env=False)
        assert "Camille" in page.text
        assert "fictives" in page.text
        assert (await client.franceconnect_result(start.id)).status is FranceConnectStatus.PENDING
        account_id = training_portal.choose_franceconnect(start.id, "fc-karim")
        result = await client.franceconnect_result(start.id)
        assert result.status is FranceConnectStatus.COMPLETED
        assert result.account is not None
        assert result.account.id == account_id
        assert result.account.franceconnect
        assert result.account.status is AccountStatus.ACTIVE
        assert client.has_session(account_id)
        terms = await client.current_terms()
        await client.accept_terms(account_id, terms.id, terms.sha256, "help_point", "site")
        assert (await client.create_request(account_id, "dl_loss")).category_id == "driving_licence"
        cancelled = await client.franceconnect_start()
        cancel_url = f"{training_portal.url}/training/franceconnect/{cancelled.id}/cancel"
        cancel = await asyncio.to_thread(
            httpx.post, cancel_url, headers=training_portal.trainer_headers, trust_env=False
        )
        assert cancel.status_code == 200
        assert (await client.franceconnect_result(cancelled.id)).status is (
            FranceConnectStatus.CANCELLED
        )
        with pytest.raises(errors.NotFound):
            await client.franceconnect_result("fc_unknown")

    run_with_client(training_portal.url, body)


def test_contact_and_claims_state_their_deadlines(training_portal: TrainingPortal) -> None:
    async def body(client: PortalClient) -> None:
        receipt = await client.contact(
            ContactMessageCreate(
                email="a@example.org", name="Ana", topic="account", message="Bonjour"
            )
        )
        assert receipt.answer_within_working_days == 15
        assert receipt.answer_due > receipt.received.date() + timedelta(days=15)
        event = date.today() - timedelta(days=3)
        claim = await client.claim(
            ClaimCreate(
                email="a@example.org", name="Ana", kind="delay", event_date=event, description="x"
            )
        )
        assert claim.claim_deadline == event + timedelta(days=30)
        assert claim.answer_within_days == 60
        assert claim.answer_due == claim.received.date() + timedelta(days=60)
        assert claim.formal_channel == "registered_letter"
        assert "Charleville" in claim.postal_address
        with pytest.raises(errors.ValidationFailed) as invalid:
            await client.create_account({"profile": "individual", "email": "nope"})
        assert invalid.value.field_errors["email"] == ["invalid_email"]
        assert invalid.value.status is None  # refused before sending

    run_with_client(training_portal.url, body)


def test_portal_client_fixture(
    training_portal: TrainingPortal, portal_client: PortalClient
) -> None:
    async def body() -> str:
        return (await portal_client.health()).status

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        assert loop.run_until_complete(body()) == "ok"
    finally:
        loop.run_until_complete(portal_client.aclose())
        loop.close()
        asyncio.set_event_loop(None)
