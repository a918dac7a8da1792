"""HTTP clients for the ANTS coordination API and the appointment hub.

Both services need a token that ANTS issues to a partner (never one copied
from a public app); the caller passes it in (the app reads it from the OS
keyring through the credential store). Each client owns one long-lived
``httpx.AsyncClient`` (close it with :meth:`aclose`) and gives every call a
total time budget on top of httpx's per-phase timeouts, since a slow drip
never trips those: 4 s for a status check (as RDV Service Public does), up
to 15 s for slots (ANTS itself stops waiting for editors after 15 s).

Errors are only :class:`AppointmentError` subclasses, each with a ``reason``
code the app turns into a calm message and a hand-off.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import date
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from assist_desk.appointments.models import (
    MEETING_POINT_RADII_KM,
    SLOT_RADII_KM,
    Announcement,
    ApplicationStatus,
    HubAppointment,
    MeetingPoint,
    MeetingPointSlots,
    Reason,
)
from assist_desk.appointments.numbers import is_valid_number

log = logging.getLogger(__name__)

#: Total budget per call, seconds.
STATUS_TIMEOUT_S = 4.0
SEARCH_IDS_TIMEOUT_S = 4.0
ANNOUNCEMENT_TIMEOUT_S = 4.0
MEETING_POINTS_TIMEOUT_S = 8.0
SLOTS_TIMEOUT_S = 15.0

COORDINATION_TOKEN_HEADER = "x-rdv-opt-auth-token"
HUB_TOKEN_HEADER = "X-HUB-RDV-AUTH-TOKEN"

MAX_IDS_PER_CALL = 20

T = TypeVar("T")


class AppointmentError(Exception):
    """A documented failure of an appointment service. ``reason`` is a stable code."""

    reason = "unavailable"


class NotConfigured(AppointmentError):
    reason = "not-configured"


class Unauthorized(AppointmentError):
    reason = "unauthorized"


class RateLimited(AppointmentError):
    reason = "rate-limited"


class ServiceUnavailable(AppointmentError):
    reason = "unavailable"


class BadResponse(AppointmentError):
    reason = "bad-response"


class InvalidRequest(AppointmentError):
    reason = "invalid-request"


class _ServiceClient:
    """One service: base URL, token header, a long-lived client and the error mapping."""

    token_header = ""
    service_name = ""

    def __init__(
        self,
        base_url: str,
        token: str | None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if not token:
            raise NotConfigured(f"{self.service_name}: no token")
        if not base_url.startswith(("https://", "http://")):
            raise NotConfigured(f"{self.service_name}: base URL must be http(s)")
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/") + "/",
            headers={self.token_header: token, "Accept": "application/json"},
            timeout=httpx.Timeout(SLOTS_TIMEOUT_S, connect=4.0),
            transport=transport,
            follow_redirects=False,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _get(
        self, path: str, params: list[tuple[str, str]], budget: float, adapter: TypeAdapter[T]
    ) -> T:
        try:
            async with asyncio.timeout(budget):
                response = await self._client.get(
                    path, params=httpx.QueryParams(tuple(params)), timeout=budget
                )
        except TimeoutError:
            log.warning("%s %s: no answer within %.0f s", self.service_name, path, budget)
            raise ServiceUnavailable("timeout") from None
        except httpx.HTTPError as error:
            log.warning("%s %s: %s", self.service_name, path, type(error).__name__)
            raise ServiceUnavailable(type(error).__name__) from None
        status = response.status_code
        if status in (401, 403) and "radius" not in response.text:
            log.warning("%s %s: token refused (%d)", self.service_name, path, status)
            raise Unauthorized(str(status))
        if status == 429:
            raise RateLimited("429")
        if 400 <= status < 500:
            log.warning("%s %s: request refused (%d)", self.service_name, path, status)
            raise InvalidRequest(str(status))
        if status != 200:
            log.warning("%s %s: status %d", self.service_name, path, status)
            raise ServiceUnavailable(str(status))
        try:
            return adapter.validate_json(response.content)
        except ValidationError as error:
            log.warning(
                "%s %s: unexpected answer (%d errors)", self.service_name, path, error.error_count()
            )
            raise BadResponse("shape") from None


def _ids(application_ids: Iterable[str]) -> list[str]:
    ids = list(dict.fromkeys(application_ids))
    if not ids or len(ids) > MAX_IDS_PER_CALL:
        raise InvalidRequest(f"between 1 and {MAX_IDS_PER_CALL} numbers")
    for value in ids:
        if not is_valid_number(value):
            raise InvalidRequest("a number is not 10 upper-case letters or digits")
    return ids


_STATUS = TypeAdapter(dict[str, ApplicationStatus])
_MEETING_POINTS = TypeAdapter(list[MeetingPoint])
_SLOTS = TypeAdapter(list[MeetingPointSlots])
_SEARCH = TypeAdapter(dict[str, list[HubAppointment]])
_ANNOUNCEMENT = TypeAdapter(Announcement | None)


class CoordinationClient(_ServiceClient):
    """The ANTS coordination (anti-duplicate) API."""

    token_header = COORDINATION_TOKEN_HEADER
    service_name = "coordination"

    async def status(self, application_ids: Iterable[str]) -> dict[str, ApplicationStatus]:
        """``GET /status?application_ids=…``: each number's status and appointments."""
        ids = _ids(application_ids)
        found = await self._get(
            "status", [("application_ids", i) for i in ids], STATUS_TIMEOUT_S, _STATUS
        )
        # Keys are numbers; a number the service did not return is "unknown".
        upper = {key.upper(): value for key, value in found.items()}
        return {i: upper.get(i, ApplicationStatus(status="unknown")) for i in ids}


class HubClient(_ServiceClient):
    """The ANTS appointment hub (town halls' slots)."""

    token_header = HUB_TOKEN_HEADER
    service_name = "hub"

    async def meeting_points(
        self, latitude: float, longitude: float, radius_km: int = 20
    ) -> list[MeetingPoint]:
        if radius_km not in MEETING_POINT_RADII_KM:
            raise InvalidRequest(f"radius_km must be one of {MEETING_POINT_RADII_KM}")
        params = [
            ("longitude", f"{longitude:.6f}"),
            ("latitude", f"{latitude:.6f}"),
            ("radius_km", str(radius_km)),
        ]
        return await self._get(
            "MeetingPointsFromPosition", params, MEETING_POINTS_TIMEOUT_S, _MEETING_POINTS
        )

    async def slots(
        self,
        latitude: float,
        longitude: float,
        start: date,
        end: date,
        reason: Reason = "CNI-PASSPORT",
        radius_km: float = 20,
        documents_number: int = 1,
    ) -> list[MeetingPointSlots]:
        """Meeting points near a position with their free slots between two dates."""
        if radius_km not in SLOT_RADII_KM:
            raise InvalidRequest(f"radius_km must be one of {SLOT_RADII_KM}")
        if end < start:
            raise InvalidRequest("end date before start date")
        if not 1 <= documents_number <= 5:
            raise InvalidRequest("documents_number between 1 and 5")
        params = [
            ("longitude", f"{longitude:.6f}"),
            ("latitude", f"{latitude:.6f}"),
            ("start_date", start.isoformat()),
            ("end_date", end.isoformat()),
            ("radius_km", f"{radius_km:g}"),
            ("reason", reason),
            ("documents_number", str(documents_number)),
        ]
        return await self._get("SlotsFromPosition", params, SLOTS_TIMEOUT_S, _SLOTS)

    async def search_application_ids(
        self, application_ids: Iterable[str]
    ) -> dict[str, list[HubAppointment]]:
        ids = _ids(application_ids)
        found = await self._get(
            "searchApplicationIds",
            [("application_ids", i) for i in ids],
            SEARCH_IDS_TIMEOUT_S,
            _SEARCH,
        )
        upper = {key.upper(): value for key, value in found.items()}
        return {i: upper.get(i, []) for i in ids}

    async def announcement(self) -> Announcement | None:
        """The hub's banner (an outage, say), or None when there is none."""
        found = await self._get("Announcement", [], ANNOUNCEMENT_TIMEOUT_S, _ANNOUNCEMENT)
        return None if found is None or found.empty else found


def model_dump_all(items: Iterable[BaseModel]) -> list[dict[str, Any]]:
    """Plain dictionaries (for JSON output)."""
    return [item.model_dump() for item in items]
