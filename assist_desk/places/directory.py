"""The offline places directory: open the bundled store, search, nearest by category.

``PlacesDirectory.load()`` opens ``resources/places/places.sqlite`` (built by
``scripts/build_places.py``) read-only and adds the help point's local list
and any imported national export, which stay in memory (a few hundred
places). Nothing else is loaded: each search reads the rows it needs through
the store's indexes (R*Tree for positions, sorted keys for names and
postcodes), so the process holds a few MiB instead of the whole directory,
and a keystroke's query still takes well under a millisecond.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from assist_desk.places.gazetteer import Gazetteer
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
from assist_desk.places.nearest import GridIndex, distance_km, fast_km, nearest_in_boxes
from assist_desk.places.store import PlacesStore, StoreError
from assist_desk.places.store_build import STORE_NAME

log = logging.getLogger(__name__)

RESOURCE_NAME = STORE_NAME
FLAG_APPROXIMATE, FLAG_ADMIN_HELP, FLAG_MOBILE = 1, 2, 4
#: Places farther than this are not offered as "near".
MAX_KM = 400.0

#: Grid cell size (degrees) for the added places of each category.
CELL_DEGREES = {TOWN_HALL: 0.1, FRANCE_SERVICES: 0.4, DIGITAL_HELP: 0.4, LOCAL: 0.5}

_PLACES = (
    "SELECT row, kind, name, address, postcode, city, insee, phone, email, website, hours, "
    "note, source, updated, flags, lat, lon FROM places"
)


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

    def __init__(self, store: PlacesStore, extra: list[Place] | None = None) -> None:
        self.store = store
        self.sources: list[dict[str, str]] = store.sources
        self.gazetteer = Gazetteer(store)
        self._bundled = sum(store.counts.values())
        self._extra: list[Place] = []
        self._replaced: set[str] = set()
        self._extra_indexes: dict[str, GridIndex] = {}
        self.set_extra_places(extra or [])

    # -- loading ---------------------------------------------------------------------

    @classmethod
    def load(
        cls, directory: Path | None = None, extra: list[Place] | None = None
    ) -> PlacesDirectory:
        path = (directory or resource_dir()) / RESOURCE_NAME
        try:
            store = PlacesStore(path)
        except StoreError as error:
            raise PlacesDataError(str(error)) from None
        return cls(store, extra)

    def close(self) -> None:
        self.store.close()

    def set_extra_places(self, places: list[Place], replace_kinds: set[str] | None = None) -> None:
        """Add the local list and imported places; ``replace_kinds`` hide bundled ones."""
        self._extra = list(places)
        self._replaced = set(replace_kinds or ())
        lat = [place.latitude for place in self._extra]
        lon = [place.longitude for place in self._extra]
        by_kind: dict[str, list[int]] = {}
        for number, place in enumerate(self._extra):
            by_kind.setdefault(place.kind, []).append(number)
        self._extra_indexes = {
            kind: GridIndex(numbers, lat, lon, CELL_DEGREES.get(kind, 0.4))
            for kind, numbers in by_kind.items()
        }

    # -- places ------------------------------------------------------------------------

    def count(self, kind: str) -> int:
        bundled = 0 if kind in self._replaced else self.store.counts.get(kind, 0)
        extra = self._extra_indexes.get(kind)
        return bundled + (extra.size if extra is not None else 0)

    def place(self, row: int) -> Place:
        """Bundled places are rows ``0 ..``; the added ones follow them."""
        if row >= self._bundled:
            return self._extra[row - self._bundled]
        found = self.store.row(f"{_PLACES} WHERE row = ?", (row,))
        if found is None:
            raise IndexError(row)
        return _bundled_place(found[1:])

    def nearest(
        self,
        latitude: float,
        longitude: float,
        kind: str,
        limit: int = 5,
        now: datetime | None = None,
    ) -> list[Hit]:
        # (fast km, row, latitude, longitude) from the store and from the added places;
        # each list holds its own ``limit`` nearest, so together they hold the nearest overall.
        found: list[tuple[float, int, float, float]] = []
        if kind not in self._replaced and self.store.counts.get(kind):

            def in_box(south: float, north: float, west: float, east: float) -> Any:
                return self.store.places_in_box(kind, south, north, west, east)

            found += nearest_in_boxes(in_box, latitude, longitude, limit, MAX_KM)
        extra = self._extra_indexes.get(kind)
        if extra is not None:
            for number in (n for _, n in extra.nearest(latitude, longitude, limit, MAX_KM)):
                place = self._extra[number]
                found.append(
                    (
                        fast_km(latitude, longitude, place.latitude, place.longitude),
                        self._bundled + number,
                        place.latitude,
                        place.longitude,
                    )
                )
        chosen = sorted(
            (distance_km(latitude, longitude, lat, lon), row)
            for _, row, lat, lon in sorted(found)[:limit]
        )
        chosen = [(distance, row) for distance, row in chosen if distance <= MAX_KM]
        places = self._places([row for _, row in chosen])
        hits = []
        for distance, row in chosen:
            place = places[row]
            department = department_of(place.code_insee, place.postcode)
            hits.append(Hit(place, distance, day_hours(place.hours, department, now)))
        return hits

    def _places(self, rows: list[int]) -> dict[int, Place]:
        """The places of ``rows``, the bundled ones read in one query."""
        found = {row: self._extra[row - self._bundled] for row in rows if row >= self._bundled}
        bundled = [row for row in rows if row < self._bundled]
        if bundled:
            marks = ",".join("?" * len(bundled))
            for values in self.store.rows(f"{_PLACES} WHERE row IN ({marks})", tuple(bundled)):
                found[values[0]] = _bundled_place(values[1:])
        return found

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


def _bundled_place(found: tuple[Any, ...]) -> Place:
    (kind, name, address, postcode, city, insee, phone, email, website, hours, note) = found[:11]
    source, updated, flags, lat, lon = found[11:]
    return Place(
        kind=kind,
        name=name,
        address=address,
        postcode=postcode,
        city=city,
        latitude=lat,
        longitude=lon,
        code_insee=insee,
        phone=phone,
        email=email,
        website=website,
        hours=hours,
        note=note,
        source=source,
        updated=updated,
        approximate=bool(flags & FLAG_APPROXIMATE),
        admin_help=bool(flags & FLAG_ADMIN_HELP),
        mobile=bool(flags & FLAG_MOBILE),
    )
