"""The appointment facade: check a number, find slots, or hand off gracefully.

By default nothing is called: the app checks the number offline, explains
what happens next and hands off to the official appointment site. Only when
the help point has a partnership token (kept in the OS keyring) and has
switched the services on does it call ANTS; any failure (no token, refused
token, time-out, outage, odd answer) gives a :class:`Fallback` that says why
in a stable code and where to go instead, never an exception.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

import httpx

from assist_desk.appointments.client import (
    AppointmentError,
    CoordinationClient,
    HubClient,
    NotConfigured,
)
from assist_desk.appointments.models import (
    Announcement,
    ApplicationStatus,
    ExistingAppointment,
    MeetingPointSlots,
    Reason,
)
from assist_desk.appointments.numbers import check_number
from assist_desk.credentials import ANTS_COORDINATION_ENTRY, ANTS_HUB_ENTRY

if TYPE_CHECKING:
    from assist_desk.settings import Settings

log = logging.getLogger(__name__)

PRODUCTION_COORDINATION_URL = "https://api-coordination.rendezvouspasseport.ants.gouv.fr/api"
PRODUCTION_HUB_URL = "https://api.rendezvouspasseport.ants.gouv.fr/api"
FALLBACK_HANDOFF_URL = "https://rendezvouspasseport.ants.gouv.fr/"

#: Names under which the credential store keeps the tokens (service "assist-desk").
COORDINATION_TOKEN_NAME = ANTS_COORDINATION_ENTRY
HUB_TOKEN_NAME = ANTS_HUB_ENTRY

#: The token the training portal's emulation accepts (fictitious, public).
TRAINING_TOKEN = "training-ants-token"

#: Paths of the training portal's emulation (see assist_desk/sandbox/ants_emulation.py).
TRAINING_COORDINATION_PATH = "/ants-emulation/coordination/api"
TRAINING_HUB_PATH = "/ants-emulation/hub/api"


@dataclass(frozen=True, slots=True)
class AppointmentConfig:
    """Where the services are and whether to use them (from the settings)."""

    enabled: bool = False
    coordination_url: str = PRODUCTION_COORDINATION_URL
    hub_url: str = PRODUCTION_HUB_URL
    handoff_url: str = FALLBACK_HANDOFF_URL

    @classmethod
    def from_settings(cls, settings: Settings, handoff_url: str | None = None) -> AppointmentConfig:
        """From ``ants_api_enabled``, ``ants_coordination_url`` and ``ants_hub_url``."""
        return cls(
            enabled=settings.ants_api_enabled,
            coordination_url=settings.ants_coordination_url or PRODUCTION_COORDINATION_URL,
            hub_url=settings.ants_hub_url or PRODUCTION_HUB_URL,
            handoff_url=handoff_url or FALLBACK_HANDOFF_URL,
        )

    @classmethod
    def training(cls, portal_url: str, handoff_url: str | None = None) -> AppointmentConfig:
        """The training portal's emulation of both services."""
        base = portal_url.rstrip("/")
        return cls(
            enabled=True,
            coordination_url=base + TRAINING_COORDINATION_PATH,
            hub_url=base + TRAINING_HUB_PATH,
            handoff_url=handoff_url or FALLBACK_HANDOFF_URL,
        )


@dataclass(frozen=True, slots=True)
class Fallback:
    """Why the service was not used or failed, and where to send the person instead."""

    reason: str  # "not-configured", "invalid-number", "unauthorized", "unavailable", …
    handoff_url: str


@dataclass(frozen=True, slots=True)
class NumberOutcome:
    """The status of one number, with its appointments, or a fallback."""

    number: str
    status: ApplicationStatus | None = None
    fallback: Fallback | None = None

    @property
    def appointments(self) -> list[ExistingAppointment]:
        return list(self.status.appointments) if self.status else []


@dataclass(frozen=True, slots=True)
class SlotsOutcome:
    points: list[MeetingPointSlots] = field(default_factory=list)
    fallback: Fallback | None = None


class AppointmentService:
    """Calls the ANTS services when configured, else falls back (see the module docstring)."""

    def __init__(
        self,
        config: AppointmentConfig,
        coordination_token: str | None = None,
        hub_token: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config
        self._tokens = (coordination_token, hub_token)
        self._transport = transport
        # Clients (each with its TLS context) are made on first use, not at start-up.
        self._coordination: CoordinationClient | None = None
        self._hub: HubClient | None = None

    def _coordination_client(self) -> CoordinationClient | None:
        if self._coordination is None and self.can_check_numbers:
            try:
                self._coordination = CoordinationClient(
                    self.config.coordination_url, self._tokens[0], self._transport
                )
            except NotConfigured:
                log.info("coordination API not configured")
        return self._coordination

    def _hub_client(self) -> HubClient | None:
        if self._hub is None and self.can_find_slots:
            try:
                self._hub = HubClient(self.config.hub_url, self._tokens[1], self._transport)
            except NotConfigured:
                log.info("appointment hub not configured")
        return self._hub

    @property
    def can_check_numbers(self) -> bool:
        return self.config.enabled and bool(self._tokens[0])

    @property
    def can_find_slots(self) -> bool:
        return self.config.enabled and bool(self._tokens[1])

    def _fallback(self, reason: str) -> Fallback:
        return Fallback(reason, self.config.handoff_url)

    async def check(self, typed: str) -> NumberOutcome:
        """Check a number offline, then its status with the coordination API if possible."""
        checked = check_number(typed)
        if not checked.valid:
            return NumberOutcome(checked.normalised, fallback=self._fallback("invalid-number"))
        client = self._coordination_client()
        if client is None:
            return NumberOutcome(checked.normalised, fallback=self._fallback("not-configured"))
        try:
            found = await client.status([checked.normalised])
        except AppointmentError as error:
            return NumberOutcome(checked.normalised, fallback=self._fallback(error.reason))
        return NumberOutcome(checked.normalised, status=found[checked.normalised])

    async def slots_near(
        self,
        latitude: float,
        longitude: float,
        reason: Reason = "CNI-PASSPORT",
        start: date | None = None,
        days: int = 14,
        radius_km: float = 20,
        documents_number: int = 1,
    ) -> SlotsOutcome:
        """Free slots near a position (the help point's), nearest meeting points first."""
        hub = self._hub_client()
        if hub is None:
            return SlotsOutcome(fallback=self._fallback("not-configured"))
        first = start or date.today()
        try:
            points = await hub.slots(
                latitude,
                longitude,
                first,
                first + timedelta(days=days),
                reason,
                radius_km,
                documents_number,
            )
        except AppointmentError as error:
            return SlotsOutcome(fallback=self._fallback(error.reason))
        points.sort(key=lambda p: (p.distance_km is None, p.distance_km or 0.0))
        return SlotsOutcome(points=points)

    async def announcement(self) -> Announcement | None:
        """The hub's banner, if any (None also when the hub is unreachable)."""
        hub = self._hub_client()
        if hub is None:
            return None
        try:
            return await hub.announcement()
        except AppointmentError:
            return None

    async def aclose(self) -> None:
        for client in (self._coordination, self._hub):
            if client is not None:
                await client.aclose()
