"""The help point's own short list of places (a TOML file named in the settings).

No public file lists the town halls that take passport and identity-card
applications, the approved photographers and photo booths, or the
SIV-authorised professionals. A help point that knows some near it writes
them down, with the date it checked them::

    [[place]]
    name = "Mairie de Montreuil — titres d'identité"
    kind = "id-town-hall"     # id-town-hall, photographer, siv-professional, help-point, other
    address = "1 place Jean-Jaurès"
    postcode = "93100"
    city = "Montreuil"
    latitude = 48.8620        # optional: the commune's position is used without it
    longitude = 2.4410
    phone = "01 48 70 60 00"
    website = "https://www.montreuil.fr/"
    hours = "Mo-Fr 08:30-17:00; PH off"   # OpenStreetMap opening_hours syntax
    note = "Appointments only"
    checked = 2026-10-01

The file is validated: each problem is reported on one line naming the entry
and the field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assist_desk.places.hours import is_valid
from assist_desk.places.models import LOCAL, Location, Place

MAX_LOCAL_PLACES = 200

LocalKind = Literal["id-town-hall", "photographer", "siv-professional", "help-point", "other"]


class LocalPlacesError(Exception):
    """The local list cannot be used; ``lines`` name each problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class LocalPlace(BaseModel):
    """One entry of the local list."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=120)
    kind: LocalKind
    address: str = Field("", max_length=200)
    postcode: str = Field("", pattern=r"^(\d{5})?$")
    city: str = Field("", max_length=80)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    phone: str = Field("", max_length=30)
    website: str = Field("", max_length=300)
    hours: str = Field("", max_length=300)
    note: str = Field("", max_length=300)
    checked: date | None = None

    @field_validator("website")
    @classmethod
    def _https(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError("expected an https:// address")
        return value

    @field_validator("hours")
    @classmethod
    def _osm_hours(cls, value: str) -> str:
        if value and not is_valid(value):
            raise ValueError(
                "expected OpenStreetMap opening_hours syntax, e.g. 'Mo-Fr 09:00-17:00'"
            )
        return value


class LocalFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    place: list[LocalPlace] = Field(default_factory=list, max_length=MAX_LOCAL_PLACES)


def _describe(error: dict[str, Any], entries: list[Any]) -> str:
    loc = list(error["loc"])
    where = "file"
    if len(loc) >= 2 and loc[0] == "place" and isinstance(loc[1], int):
        index = loc[1]
        name = ""
        if index < len(entries) and isinstance(entries[index], dict):
            name = str(entries[index].get("name", ""))[:40]
        where = f"place {index + 1}" + (f" ({name})" if name else "")
        loc = loc[2:]
    field = ".".join(str(part) for part in loc) or "entry"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {field!r}: {message}"


def parse_local_places(
    content: str, locate: Callable[[str], Location | None] | None = None
) -> list[Place]:
    """Validate the TOML text and return its places; raises :class:`LocalPlacesError`."""
    try:
        raw = tomllib.loads(content)
    except tomllib.TOMLDecodeError as error:
        raise LocalPlacesError([f"file: not valid TOML ({error})"]) from None
    entries = raw.get("place", []) if isinstance(raw, dict) else []
    try:
        parsed = LocalFile.model_validate(raw)
    except ValidationError as error:
        listed = entries if isinstance(entries, list) else []
        raise LocalPlacesError([_describe(dict(e), listed) for e in error.errors()]) from None
    places: list[Place] = []
    problems: list[str] = []
    for number, entry in enumerate(parsed.place, 1):
        lat, lon, approximate = entry.latitude, entry.longitude, False
        insee = ""
        if (lat is None) != (lon is None):
            problems.append(f"place {number} ({entry.name}): latitude and longitude go together")
            continue
        if lat is None and entry.postcode and locate is not None:
            location = locate(entry.postcode)
            if location is not None:
                lat, lon, approximate = location.latitude, location.longitude, True
                insee = location.code_insee
        if lat is None or lon is None:
            problems.append(
                f"place {number} ({entry.name}): needs latitude and longitude, or a known postcode"
            )
            continue
        places.append(
            Place(
                kind=LOCAL,
                name=entry.name,
                address=entry.address,
                postcode=entry.postcode,
                city=entry.city,
                latitude=lat,
                longitude=lon,
                code_insee=insee,
                phone=entry.phone,
                website=entry.website,
                hours=entry.hours,
                note=entry.note,
                source="local",
                updated=entry.checked.isoformat() if entry.checked else "",
                approximate=approximate,
                local_kind=entry.kind,
            )
        )
    if problems:
        raise LocalPlacesError(problems)
    return places


def load_local_places(
    path: Path, locate: Callable[[str], Location | None] | None = None
) -> list[Place]:
    """Read and validate the local list at ``path``; raises :class:`LocalPlacesError`."""
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LocalPlacesError([f"file {path.name!r}: cannot be read ({error})"]) from None
    return parse_local_places(content, locate)
