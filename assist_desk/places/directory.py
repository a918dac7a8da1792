"""The offline places directory: load the bundled resource, search, nearest by category.

``PlacesDirectory.load()`` reads ``resources/places/places.json.gz`` (built
by ``scripts/build_places.py``), adds the help point's local list and any
imported national export, and builds the search indexes. Loading takes a few
hundred milliseconds: callers do it off the first screen's path (a worker
thread in the GUI). Queries are then fast enough for every keystroke.
"""

from __future__ import annotations

import gzip
import json
import logging
import sys
from array import array
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assist_desk.places.gazetteer import CommuneTable, FormerTable, Gazetteer
from assist_desk.places.hours import day_hours, department_of
from assist_desk.places.models import (
    DIGITAL_HELP,
    FRANCE_SERVICES,
    KINDS,
    LOCAL,
    TOWN_HALL,
    Hit,
    Location,
    Place,
)
from assist_desk.places.nearest import GridIndex, distance_km

log = logging.getLogger(__name__)

RESOURCE_NAME = "places.json.gz"
FORMAT_VERSION = 1
FLAG_APPROXIMATE, FLAG_ADMIN_HELP, FLAG_MOBILE = 1, 2, 4

#: Grid cell size (degrees) per category: dense categories get small cells.
CELL_DEGREES = {TOWN_HALL: 0.1, FRANCE_SERVICES: 0.4, DIGITAL_HELP: 0.4, LOCAL: 0.5}


class PlacesDataError(Exception):
    """The bundled resource is missing or unreadable (a packaging error)."""


def resource_dir() -> Path:
    from assist_desk.paths import resources_dir

    return resources_dir() / "places"


@dataclass(frozen=True, slots=True)
class NearResult:
    """What ``near`` found: the starting location, other candidates and places by category."""

    query: str
    origin: Location | None
    alternatives: list[Location]
    groups: dict[str, list[Hit]] = field(default_factory=dict)


class PlacesDirectory:
    """Communes and places, searchable offline."""

    def __init__(self, document: dict[str, Any], extra: list[Place] | None = None) -> None:
        if document.get("format") != FORMAT_VERSION:
            raise PlacesDataError(f"unsupported places format {document.get('format')!r}")
        self.sources: list[dict[str, str]] = document["sources"]
        c, f, p = document["communes"], document["former"], document["places"]
        communes = CommuneTable(
            code=c["code"],
            name=c["name"],
            kind=c["type"],
            parent=c["parent"],
            postcodes=c["postcodes"],
            population=c["population"],
            lat=_degrees(c["lat"]),
            lon=_degrees(c["lon"]),
        )
        former = FormerTable(
            code=f["code"],
            name=f["name"],
            current=f["current"],
            lat=_degrees(f["lat"]),
            lon=_degrees(f["lon"]),
        )
        self.gazetteer = Gazetteer(communes, former)
        self._columns: list[str] = p["columns"]
        self._kinds: list[str] = [sys.intern(kind) for kind in p["kind"]]
        self._rows: list[str] = p["rows"]
        self._base_lat = array("d", (v / 100000 for v in p["lat"]))
        self._base_lon = array("d", (v / 100000 for v in p["lon"]))
        self._lat = self._base_lat
        self._lon = self._base_lon
        self._extra: list[Place] = []
        self._replaced: set[str] = set()
        self._indexes: dict[str, GridIndex] = {}
        self.set_extra_places(extra or [])

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(
        cls, directory: Path | None = None, extra: list[Place] | None = None
    ) -> PlacesDirectory:
        path = (directory or resource_dir()) / RESOURCE_NAME
        try:
            with gzip.open(path, "rb") as handle:
                document = json.loads(handle.read())
        except (OSError, ValueError) as error:
            raise PlacesDataError(f"cannot read {path.name}: {error}") from None
        return cls(document, extra)

    def set_extra_places(self, places: list[Place], replace_kinds: set[str] | None = None) -> None:
        """Add the local list and imported places; ``replace_kinds`` hide bundled ones."""
        self._extra = list(places)
        self._replaced = set(replace_kinds or ())
        base = len(self._kinds)
        rows_by_kind: dict[str, list[int]] = {kind: [] for kind in KINDS}
        for row, kind in enumerate(self._kinds):
            if kind not in self._replaced:
                rows_by_kind.setdefault(kind, []).append(row)
        self._lat = self._base_lat + array("d", (place.latitude for place in self._extra))
        self._lon = self._base_lon + array("d", (place.longitude for place in self._extra))
        for offset, place in enumerate(self._extra):
            rows_by_kind.setdefault(place.kind, []).append(base + offset)
        self._indexes = {
            kind: GridIndex(rows, self._lat, self._lon, CELL_DEGREES.get(kind, 0.4))
            for kind, rows in rows_by_kind.items()
        }

    # -- places ------------------------------------------------------------------------

    def count(self, kind: str) -> int:
        index = self._indexes.get(kind)
        return index.size if index is not None else 0

    def place(self, row: int) -> Place:
        base = len(self._kinds)
        if row >= base:
            return self._extra[row - base]
        v = dict(zip(self._columns, self._rows[row].split("\t"), strict=True))
        flags = int(v["flags"] or 0)
        return Place(
            kind=self._kinds[row],
            name=v["name"],
            address=v["address"],
            postcode=v["postcode"],
            city=v["city"],
            latitude=self._lat[row],
            longitude=self._lon[row],
            code_insee=v["insee"],
            phone=v["phone"],
            email=v["email"],
            website=v["website"],
            hours=v["hours"],
            note=v["note"],
            source=self.sources[int(v["source"])]["id"],
            updated=v["updated"],
            approximate=bool(flags & FLAG_APPROXIMATE),
            admin_help=bool(flags & FLAG_ADMIN_HELP),
            mobile=bool(flags & FLAG_MOBILE),
        )

    def nearest(
        self,
        latitude: float,
        longitude: float,
        kind: str,
        limit: int = 5,
        now: datetime | None = None,
    ) -> list[Hit]:
        index = self._indexes.get(kind)
        if index is None:
            return []
        hits = []
        for distance, row in index.nearest(latitude, longitude, limit):
            place = self.place(row)
            department = department_of(place.code_insee, place.postcode)
            hits.append(Hit(place, distance, day_hours(place.hours, department, now)))
        return hits

    # -- search ------------------------------------------------------------------------

    def complete(self, typed: str, limit: int = 8) -> list[Location]:
        return self.gazetteer.complete(typed, limit)

    def resolve(
        self, query: str, site: tuple[float, float] | None = None
    ) -> tuple[Location | None, list[Location]]:
        """A location for ``query``; "here" (or nothing) is the help point's position."""
        if query.strip().lower() in ("", "here", "ici") and site is not None:
            return Location("", site[0], site[1], via="site"), []
        origin, alternatives = self.gazetteer.resolve(query)
        if origin is not None and site is not None and origin.via == "name" and alternatives:
            # Same names elsewhere: prefer the one nearest the help point, if as good.
            same = [origin] + [a for a in alternatives if a.label == origin.label]
            nearest = min(
                same, key=lambda loc: distance_km(site[0], site[1], loc.latitude, loc.longitude)
            )
            if nearest is not origin:
                alternatives = [origin] + [a for a in alternatives if a is not nearest]
                origin = nearest
        return origin, alternatives

    def near(
        self,
        query: str,
        kinds: tuple[str, ...] = KINDS,
        limit: int = 5,
        now: datetime | None = None,
        site: tuple[float, float] | None = None,
        origin: Location | None = None,
    ) -> NearResult:
        """The nearest places of each category around what ``query`` names."""
        alternatives: list[Location] = []
        if origin is None:
            origin, alternatives = self.resolve(query, site)
        groups: dict[str, list[Hit]] = {}
        if origin is not None:
            for kind in kinds:
                groups[kind] = self.nearest(origin.latitude, origin.longitude, kind, limit, now)
        return NearResult(query, origin, alternatives, groups)


def _degrees(values: list[int | None]) -> list[float | None]:
    return [None if v is None else v / 100000 for v in values]
