"""Plain data objects of the places package (immutable, Qt-free)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TOWN_HALL = "town-hall"
FRANCE_SERVICES = "france-services"
DIGITAL_HELP = "digital-help"
LOCAL = "local"

#: Categories with places in the offline data (and the help point's own list).
KINDS: tuple[str, ...] = (TOWN_HALL, FRANCE_SERVICES, DIGITAL_HELP, LOCAL)

#: Categories that only an online locator knows: never listed offline.
ONLINE_ONLY_KINDS: tuple[str, ...] = ("id-town-hall", "photographer", "siv-professional")

#: Kinds of entries a help point may put in its local list.
LOCAL_KINDS: tuple[str, ...] = (
    "id-town-hall",
    "photographer",
    "siv-professional",
    "help-point",
    "other",
)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a search starts: a commune, an arrondissement, a former commune or the site."""

    label: str
    latitude: float
    longitude: float
    via: str  # "postcode", "insee", "name", "former", "site"
    code_insee: str = ""
    postcode: str = ""
    department: str = ""
    population: int = 0

    def display(self) -> str:
        """``Saint-Denis (974)`` or ``75011 Paris 11e Arrondissement``."""
        if self.via == "postcode" and self.postcode:
            return f"{self.postcode} {self.label}"
        if self.department:
            return f"{self.label} ({self.department})"
        return self.label

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["display"] = self.display()
        return data


@dataclass(frozen=True, slots=True)
class Place:
    """One place: a town hall, a France services, a digital help point or a local entry."""

    kind: str
    name: str
    address: str
    postcode: str
    city: str
    latitude: float
    longitude: float
    code_insee: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    hours: str = ""  # OpenStreetMap opening_hours syntax
    note: str = ""
    source: str = ""
    updated: str = ""
    approximate: bool = False
    admin_help: bool = False
    mobile: bool = False
    local_kind: str = ""

    def full_address(self) -> str:
        """The address with postcode and town, without repeating them."""
        tail = f"{self.postcode} {self.city}".strip()
        if not self.address:
            return tail
        if self.postcode and self.postcode in self.address:
            return self.address
        return f"{self.address}, {tail}" if tail else self.address


@dataclass(frozen=True, slots=True)
class DayHours:
    """A place's hours for one day and whether it is open at the given time."""

    known: bool
    intervals: tuple[tuple[str, str], ...] = ()
    open_now: bool | None = None
    next_change: str = ""  # "HH:MM" today, else ""

    def text(self) -> str:
        """``08:30–12:00, 13:30–17:00``; empty when closed all day or unknown."""
        return ", ".join(f"{start}–{end}" for start, end in self.intervals)


@dataclass(frozen=True, slots=True)
class Hit:
    """A place found near a location."""

    place: Place
    distance_km: float | None
    today: DayHours = field(default_factory=lambda: DayHours(known=False))

    def as_json(self) -> dict[str, Any]:
        place = asdict(self.place)
        place["full_address"] = self.place.full_address()
        place["distance_km"] = None if self.distance_km is None else round(self.distance_km, 2)
        place["today"] = self.today.text() if self.today.known else None
        place["open_now"] = self.today.open_now
        return place
