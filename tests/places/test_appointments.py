"""Appointment clients over real HTTP against the training emulation, and every fallback."""

from __future__ import annotations

import asyncio
from datetime import date

import httpx
import pytest

from assist_desk.appointments.client import (
    BadResponse,
    CoordinationClient,
    HubClient,
    InvalidRequest,
    NotConfigured,
    RateLimited,
    ServiceUnavailable,
    Unauthorized,
)
from assist_desk.appointments.models import STATUS_CODES
from assist_desk.appointments.service import AppointmentConfig, AppointmentService
from assist_desk.sandbox.ants_emulation import TRAINING_TOKEN

DEMO_NUMBERS = {
    "validated": "VA12345678",
    "consumed": "CB12345678",
    "declared": "DC12345678",
    "unknown": "XY12345678",
    "expired": "ED12345678",
}


def run(coroutine):  # type: ignore[no-untyped-def]
    return asyncio.run(coroutine)


def _service(url: str, token: str | None = TRAINING_TOKEN) -> AppointmentService:
    return AppointmentService(AppointmentConfig.training(url), token, token)


@pytest.mark.parametrize("status", STATUS_CODES)
def test_every_status_over_http(ants_emulation_url: str, status: str) -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        service = _service(ants_emulation_url)
        try:
            return await service.check(DEMO_NUMBERS[status].lower())
        finally:
            await service.aclose()

    outcome = run(scenario())
    assert outcome.fallback is None
    assert outcome.number == DEMO_NUMBERS[status]
    assert outcome.status is not None
    assert outcome.status.status == status
    assert len(outcome.appointments) == (1 if status == "consumed" else 0)


def test_validated_number_with_an_appointment(ants_emulation_url: str) -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        client = CoordinationClient(
            ants_emulation_url + "/ants-emulation/coordination/api", TRAINING_TOKEN
        )
        try:
            return await client.status(["VR12345678", "DC12345678"])
        finally:
            await client.aclose()

    found = run(scenario())
    assert found["DC12345678"].status == "declared"
    validated = found["VR12345678"]
    assert validated.status == "validated"
    (appointment,) = validated.appointments
    assert appointment.meeting_point.startswith("Mairie fictive")
    assert appointment.meeting_point_id == "9001"
    assert appointment.appointment_date == "2026-12-14 09:30:00"
    assert appointment.management_url.endswith("/ants-emulation/manage/VR12345678")


def test_hub_over_http(ants_emulation_url: str) -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        hub = HubClient(ants_emulation_url + "/ants-emulation/hub/api", TRAINING_TOKEN)
        try:
            points = await hub.meeting_points(48.85, 2.37, 20)
            slots = await hub.slots(
                48.85, 2.37, date(2026, 12, 7), date(2026, 12, 8), "PASSPORT", 5
            )
            ids = await hub.search_application_ids(["VR12345678", "XY12345678"])
            banner = await hub.announcement()
            return points, slots, ids, banner
        finally:
            await hub.aclose()

    points, slots, ids, banner = run(scenario())
    assert [p.id for p in points] == ["9001", "9002", "9003"]
    assert all(p.distance_km is not None for p in points)
    assert [p.id for p in slots] == ["9001", "9002"]  # the third is 9.6 km away
    assert [s.datetime for s in slots[0].available_slots][:3] == [
        "2026-12-07T09:00Z",
        "2026-12-07T10:30Z",
        "2026-12-07T14:00Z",
    ]
    assert len(slots[0].available_slots) == 6
    assert ids["XY12345678"] == []
    assert ids["VR12345678"][0].meeting_point
    assert banner is not None
    assert banner.alert_level == "info"


def test_slots_near_sorted_by_distance(ants_emulation_url: str) -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        service = _service(ants_emulation_url)
        try:
            return await service.slots_near(45.76, 4.83, start=date(2026, 12, 7), days=1)
        finally:
            await service.aclose()

    outcome = run(scenario())
    assert outcome.fallback is None
    distances = [p.distance_km for p in outcome.points]
    assert distances == sorted(d or 0 for d in distances)
    assert len(distances) == 3


def test_wrong_token_falls_back(ants_emulation_url: str) -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        service = _service(ants_emulation_url, token="not-the-token")
        try:
            return await service.check("VA12345678"), await service.slots_near(45.0, 5.0)
        finally:
            await service.aclose()

    number, slots = run(scenario())
    assert number.fallback is not None
    assert number.fallback.reason == "unauthorized"
    assert number.fallback.handoff_url == "https://rendezvouspasseport.ants.gouv.fr/"
    assert slots.fallback is not None
    assert slots.fallback.reason == "unauthorized"


def test_without_token_or_switched_off_nothing_is_called() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request may be sent")

    transport = httpx.MockTransport(refuse)

    async def scenario():  # type: ignore[no-untyped-def]
        off = AppointmentService(AppointmentConfig(), "tok", "tok", transport)
        no_token = AppointmentService(AppointmentConfig(enabled=True), None, None, transport)
        out = [await off.check("VA12345678"), await no_token.check("VA12345678")]
        out.append(await no_token.slots_near(45.0, 5.0))
        assert await no_token.announcement() is None
        await off.aclose()
        await no_token.aclose()
        return out

    results = run(scenario())
    assert [r.fallback.reason for r in results if r.fallback] == ["not-configured"] * 3
    assert not AppointmentService(AppointmentConfig(enabled=True)).can_check_numbers


def test_invalid_number_is_never_sent() -> None:
    async def scenario():  # type: ignore[no-untyped-def]
        service = AppointmentService(AppointmentConfig(enabled=True), "t", "t")
        try:
            return await service.check("AB12")
        finally:
            await service.aclose()

    outcome = run(scenario())
    assert outcome.fallback is not None
    assert outcome.fallback.reason == "invalid-number"


def _client_with(handler) -> CoordinationClient:  # type: ignore[no-untyped-def]
    return CoordinationClient("https://coordination.test/api", "t", httpx.MockTransport(handler))


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(401, json={"detail": "bad token"}), Unauthorized),
        (httpx.Response(429, text="slow down"), RateLimited),
        (httpx.Response(502, text="<html>bad gateway</html>"), ServiceUnavailable),
        (httpx.Response(200, text="not json"), BadResponse),
        (httpx.Response(200, json={"VA12345678": {"appointments": []}}), BadResponse),
        (httpx.Response(422, json={"detail": []}), InvalidRequest),
    ],
)
def test_fault_shapes(response: httpx.Response, error: type[Exception]) -> None:
    async def scenario() -> None:
        client = _client_with(lambda request: response)
        try:
            await client.status(["VA12345678"])
        finally:
            await client.aclose()

    with pytest.raises(error):
        run(scenario())


def test_connection_refused_and_timeout_become_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(5)
        return httpx.Response(200, json={})

    monkeypatch.setattr("assist_desk.appointments.client.STATUS_TIMEOUT_S", 0.05)

    async def scenario(handler):  # type: ignore[no-untyped-def]
        client = _client_with(handler)
        try:
            await client.status(["VA12345678"])
        finally:
            await client.aclose()

    for handler in (refused, slow):
        with pytest.raises(ServiceUnavailable):
            run(scenario(handler))


def test_sends_the_documented_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"VA12345678": {"status": "strange", "appointments": None}})

    async def scenario():  # type: ignore[no-untyped-def]
        client = _client_with(handler)
        try:
            return await client.status(["VA12345678", "VA12345678", "DC12345678"])
        finally:
            await client.aclose()

    found = run(scenario())
    (request,) = seen
    assert request.url.path == "/api/status"
    assert request.url.params.get_list("application_ids") == ["VA12345678", "DC12345678"]
    assert request.headers["x-rdv-opt-auth-token"] == "t"
    assert request.headers["accept"] == "application/json"
    assert found["VA12345678"].status == "unknown"  # an unexpected value is not trusted
    assert found["DC12345678"].status == "unknown"  # not returned: unknown


def test_client_argument_checks() -> None:
    with pytest.raises(NotConfigured):
        CoordinationClient("https://x.test/api", None)
    with pytest.raises(NotConfigured):
        HubClient("ftp://x.test/api", "t")

    async def scenario() -> None:
        hub = HubClient(
            "https://x.test/api", "t", httpx.MockTransport(lambda r: httpx.Response(500))
        )
        try:
            with pytest.raises(InvalidRequest):
                await hub.slots(45.0, 5.0, date(2026, 1, 2), date(2026, 1, 1))
            with pytest.raises(InvalidRequest):
                await hub.slots(45.0, 5.0, date(2026, 1, 1), date(2026, 1, 2), radius_km=7)
            with pytest.raises(InvalidRequest):
                await hub.meeting_points(45.0, 5.0, 10)
            with pytest.raises(InvalidRequest):
                await hub.search_application_ids(["bad"])
        finally:
            await hub.aclose()

    run(scenario())
