"""Emulation of the ANTS coordination API and appointment hub, for trainers and tests.

Mounted by the training portal (``PortalOptions.extra_routers``) under ``/ants-emulation``:

- ``/ants-emulation/coordination/api/status`` (header ``x-rdv-opt-auth-token``);
- ``/ants-emulation/hub/api/{MeetingPointsFromPosition, SlotsFromPosition,
  searchApplicationIds, Announcement}`` (header ``X-HUB-RDV-AUTH-TOKEN``).

The answers have the documented shapes (../shared/reference/ants-facts.md,
section B) and are entirely fictitious. The token is :data:`TRAINING_TOKEN`;
any other gives 401 as the real services do.

Demonstration numbers: the **first letter** of a 10-character number decides
its status, so a trainer can show each one:

| first letter | status | appointments |
|---|---|---|
| ``V`` | validated | one, if the second letter is ``R`` (e.g. ``VR12345678``); else none |
| ``C`` | consumed | one past appointment |
| ``D`` | declared | none |
| ``E`` | expired | none |
| anything else | unknown | none |

Meeting points are three fictitious town halls placed around the requested
position; their slots are every weekday from the start date at 09:00, 10:30
and 14:00 (Paris time written as UTC offsets are not emulated).
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request

from assist_desk.appointments.service import TRAINING_TOKEN

__all__ = ["PREFIX", "TRAINING_TOKEN", "router"]

PREFIX = "/ants-emulation"

_STATUS_BY_LETTER = {"V": "validated", "C": "consumed", "D": "declared", "E": "expired"}
_SLOT_RADII = {0.99, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0}
_MEETING_RADII = {20, 40, 60}
_REASONS = {"CNI", "PASSPORT", "CNI-PASSPORT"}
_MAX_DAYS = 62

# Bounded and finite: inf and nan are 422, never a "math domain error" (review finding M1).
Latitude = Annotated[float, Query(ge=-90, le=90, allow_inf_nan=False)]
Longitude = Annotated[float, Query(ge=-180, le=180, allow_inf_nan=False)]
Numbers = Annotated[list[str], Query(min_length=1, max_length=20)]

#: Fictitious meeting points: (id, name, offset north km, offset east km).
_POINTS = (
    ("9001", "Mairie fictive des Tilleuls (formation)", 1.2, 0.8),
    ("9002", "Mairie fictive du Port (formation)", -3.5, 2.0),
    ("9003", "Mairie fictive de la Colline (formation)", 6.0, -7.5),
)


def _coordination_token(
    token: Annotated[str | None, Header(alias="x-rdv-opt-auth-token")] = None,
) -> None:
    if token != TRAINING_TOKEN:
        raise HTTPException(status_code=401, detail="X-RDV-OPT-AUTH-TOKEN header invalid")


def _hub_token(
    token: Annotated[str | None, Header(alias="X-HUB-RDV-AUTH-TOKEN")] = None,
) -> None:
    if token != TRAINING_TOKEN:
        raise HTTPException(status_code=401, detail="X-HUB-RDV-AUTH-TOKEN header invalid")


coordination = APIRouter(
    prefix="/coordination/api",
    tags=["ANTS emulation: coordination API"],
    dependencies=[Depends(_coordination_token)],
)
hub = APIRouter(
    prefix="/hub/api",
    tags=["ANTS emulation: appointment hub"],
    dependencies=[Depends(_hub_token)],
)


def _problem_responses() -> dict[int | str, dict[str, Any]]:
    """Errors (401 without the token, 400/403/422) are the portal's problem documents."""
    from assist_desk.sandbox.problems import PROBLEM_RESPONSES

    return PROBLEM_RESPONSES


def demo_status(number: str) -> str:
    """The emulated status of a number (see the module docstring)."""
    return _STATUS_BY_LETTER.get(number[:1].upper(), "unknown") if len(number) == 10 else "unknown"


def _appointments(number: str, base: str) -> list[dict[str, str]]:
    status = demo_status(number)
    if status == "validated" and number[1:2].upper() == "R":
        when = "2026-12-14 09:30:00"
    elif status == "consumed":
        when = "2026-03-02 10:00:00"
    else:
        return []
    return [
        {
            "management_url": f"{base}/ants-emulation/manage/{number}",
            "meeting_point": _POINTS[0][1],
            "meeting_point_id": _POINTS[0][0],
            "appointment_date": when,
        }
    ]


def _base(request: Request) -> str:
    """The portal's own URL (configured or bound), never the request's ``Host`` (M11)."""
    from assist_desk.sandbox.state import state_of

    return state_of(request).base_url(request)


@coordination.get("/status", summary="Status of pre-application numbers")
def status(request: Request, application_ids: Numbers) -> dict[str, dict[str, Any]]:
    base = _base(request)
    return {
        number: {"status": demo_status(number), "appointments": _appointments(number, base)}
        for number in application_ids
    }


def _point(
    entry: tuple[str, str, float, float], latitude: float, longitude: float
) -> dict[str, Any]:
    ident, name, north, east = entry
    # Stay on the globe near the poles and the antimeridian.
    lat = max(-90.0, min(90.0, latitude + north / 111.2))
    lon = longitude + east / (111.2 * max(0.1, math.cos(math.radians(latitude))))
    lon = (lon + 180.0) % 360.0 - 180.0
    return {
        "id": ident,
        "name": name,
        "longitude": round(lon, 6),
        "latitude": round(lat, 6),
        "public_entry_address": f"{int(abs(north * 10)) + 1} place de la Mairie",
        "zip_code": "00000",
        "city_name": "Commune fictive",
        "website": None,
        "city_logo": None,
        "distance_km": round(math.hypot(north, east), 2),
    }


@hub.get("/MeetingPointsFromPosition", summary="Meeting points near a position")
def meeting_points(
    longitude: Longitude, latitude: Latitude, radius_km: int = 20
) -> list[dict[str, Any]]:
    if radius_km not in _MEETING_RADII:
        raise HTTPException(status_code=403, detail="radius_km value not allowed")
    points = [_point(entry, latitude, longitude) for entry in _POINTS]
    return [p for p in points if p["distance_km"] <= radius_km]


@hub.get("/SlotsFromPosition", summary="Free slots near a position")
def slots(
    request: Request,
    longitude: Longitude,
    latitude: Latitude,
    start_date: date,
    end_date: date,
    radius_km: float = 20,
    reason: str = "CNI-PASSPORT",
    documents_number: Annotated[int, Query(ge=1, le=5)] = 1,
) -> list[dict[str, Any]]:
    if radius_km not in _SLOT_RADII:
        raise HTTPException(status_code=403, detail="radius_km value not allowed")
    if (
        reason not in _REASONS
        or end_date < start_date
        or (end_date - start_date).days > _MAX_DAYS
        or end_date.year > 9000
    ):
        raise HTTPException(status_code=400, detail="invalid search")
    base = _base(request)
    out = []
    for entry in _POINTS:
        point = _point(entry, latitude, longitude)
        if point["distance_km"] > radius_km:
            continue
        free: list[dict[str, str]] = []
        day = start_date
        while day <= end_date and len(free) < 12:
            if day.weekday() < 5:
                for hour, minute in ((9, 0), (10, 30), (14, 0)):
                    moment = datetime(day.year, day.month, day.day, hour, minute)
                    stamp = moment.strftime("%Y-%m-%dT%H:%MZ")
                    free.append(
                        {
                            "datetime": stamp,
                            "callback_url": f"{base}/ants-emulation/book/{entry[0]}/{stamp}",
                        }
                    )
            day += timedelta(days=1)
        point["available_slots"] = free
        out.append(point)
    return out


@hub.get("/searchApplicationIds", summary="Appointments of pre-application numbers")
def search_application_ids(
    request: Request, application_ids: Numbers
) -> dict[str, list[dict[str, str]]]:
    base = _base(request)
    found: dict[str, list[dict[str, str]]] = {}
    for number in application_ids:
        found[number] = [
            {
                "meeting_point": item["meeting_point"],
                "datetime": item["appointment_date"].replace(" ", "T"),
                "management_url": item["management_url"],
            }
            for item in _appointments(number, base)
        ]
    return found


@hub.get("/Announcement", summary="The hub's banner")
def announcement() -> dict[str, str]:
    return {
        "title": "Formation",
        "description": "Service simulé : aucun rendez-vous réel n'est proposé.",
        "alert_level": "info",
    }


router = APIRouter(prefix=PREFIX, responses=_problem_responses())
router.include_router(coordination)
router.include_router(hub)
