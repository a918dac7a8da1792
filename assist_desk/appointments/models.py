"""The documented shapes of the ANTS coordination API and appointment hub (pydantic)."""

from __future__ import annotations

import logging
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

log = logging.getLogger(__name__)

StatusCode = Literal["validated", "consumed", "declared", "unknown", "expired"]
STATUS_CODES: tuple[StatusCode, ...] = ("validated", "consumed", "declared", "unknown", "expired")

#: Reasons accepted by ``SlotsFromPosition``.
Reason = Literal["CNI", "PASSPORT", "CNI-PASSPORT"]
#: Radii accepted by ``SlotsFromPosition`` (anything else: 403).
SLOT_RADII_KM: tuple[float, ...] = (0.99, 5, 10, 15, 20, 25, 30)
#: Radii accepted by ``MeetingPointsFromPosition``.
MEETING_POINT_RADII_KM: tuple[int, ...] = (20, 40, 60)


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ExistingAppointment(_Lenient):
    """An appointment already declared for a number (by any editor)."""

    management_url: str = ""
    meeting_point: str = ""
    meeting_point_id: str = ""
    appointment_date: str = ""

    @field_validator("meeting_point_id", mode="before")
    @classmethod
    def _text(cls, value: Any) -> str:
        return "" if value is None else str(value)


class ApplicationStatus(_Lenient):
    """One number's entry in ``GET /status``."""

    status: StatusCode
    appointments: list[ExistingAppointment] = Field(default_factory=list)

    @field_validator("status", mode="before")
    @classmethod
    def _known_status(cls, value: Any) -> str:
        text = str(value).strip().lower()
        if text not in STATUS_CODES:
            log.warning("coordination API: unexpected status value, treated as unknown")
            return "unknown"
        return text

    @field_validator("appointments", mode="before")
    @classmethod
    def _list(cls, value: Any) -> Any:
        return [] if value is None else value


class MeetingPoint(_Lenient):
    """A town hall with a collection device that publishes its slots on the hub."""

    id: str
    name: str
    longitude: float
    latitude: float
    public_entry_address: str = ""
    zip_code: str = ""
    city_name: str = ""
    website: str | None = None
    city_logo: str | None = None
    distance_km: float | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_text(cls, value: Any) -> str:
        return str(value)


class Slot(_Lenient):
    datetime: str  # ISO 8601 as sent ("2022-12-19T10:00Z")
    callback_url: str


class MeetingPointSlots(MeetingPoint):
    available_slots: list[Slot] = Field(default_factory=list)


class HubAppointment(_Lenient):
    """One appointment returned by ``searchApplicationIds``."""

    meeting_point: str = ""
    datetime: str = ""
    management_url: str = ""


class Announcement(_Lenient):
    """The hub's outage or information banner (empty title: nothing to show)."""

    title: str = ""
    description: str = ""
    alert_level: str = ""

    @property
    def empty(self) -> bool:
        return not (self.title or self.description)
