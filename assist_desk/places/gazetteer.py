"""Finding a commune while the person types: postcode, INSEE code or name.

Names match whatever their case, accents or hyphens, with "St"/"Saint",
from the start of any word ("denis" finds Saint-Denis), including former
communes that merged (communes déléguées/associées, shown with their current
commune), municipal arrondissements ("Paris 11", "Marseille 1er") and the
names of the overseas departments. Each keystroke is an indexed prefix query
in the store's sorted keys; the short prefixes with many matches were ranked
when the store was built (:mod:`assist_desk.places.gazetteer_build`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from assist_desk.places import text
from assist_desk.places.gazetteer_build import END, TOP, WHOLE_NAME
from assist_desk.places.hours import department_of
from assist_desk.places.models import Location
from assist_desk.places.store import PlacesStore

_COMMUNE = "SELECT row, code, name, postcodes, population, lat, lon FROM communes"


class Gazetteer:
    """Postcode, INSEE code and name search over every commune (read from the store)."""

    def __init__(self, store: PlacesStore) -> None:
        self._store = store

    # -- locations ---------------------------------------------------------------------

    @staticmethod
    def _location(found: tuple[Any, ...] | None, via: str, postcode: str = "") -> Location | None:
        """The location of a ``communes`` row (None without a position)."""
        if found is None:
            return None
        _, code, name, postcodes, population, lat, lon = found
        if lat is None or lon is None:
            return None
        return Location(
            label=name,
            latitude=lat,
            longitude=lon,
            via=via,
            code_insee=code,
            postcode=postcode or postcodes.split("|")[0],
            department=department_of(code),
            population=population,
        )

    def _commune_location(self, row: int, via: str, postcode: str = "") -> Location | None:
        found = self._store.row(f"{_COMMUNE} WHERE row = ?", (row,))
        return self._location(found, via, postcode)

    def _entry_locations(self, entries: list[int]) -> list[Location | None]:
        """The location of each entry (communes, then the others, each in one query)."""
        count = self._store.commune_count
        communes = [e for e in entries if e < count]
        others = [e for e in entries if e >= count]
        found: dict[int, Location | None] = {}
        if communes:
            marks = ",".join("?" * len(communes))
            for values in self._store.rows(f"{_COMMUNE} WHERE row IN ({marks})", tuple(communes)):
                found[values[0]] = self._location(values, "name")
        if others:
            marks = ",".join("?" * len(others))
            for values in self._store.rows(
                "SELECT entry, label, lat, lon, via, code_insee, postcode, department, population "
                f"FROM other_entries WHERE entry IN ({marks})",
                tuple(others),
            ):
                found[values[0]] = Location(*values[1:])
        return [found.get(entry) for entry in entries]

    def commune(self, code_insee: str, via: str = "insee") -> Location | None:
        found = self._store.row(f"{_COMMUNE} WHERE code = ? ORDER BY row LIMIT 1", (code_insee,))
        return self._location(found, via)

    # -- search --------------------------------------------------------------------------

    def by_postcode(self, postcode: str) -> list[Location]:
        """Every commune with this postcode, arrondissements first, then by population."""
        rows = self._store.rows(
            "SELECT row FROM postcodes WHERE postcode = ? ORDER BY position", (postcode,)
        )
        found = (self._commune_location(row, "postcode", postcode) for (row,) in rows)
        return [location for location in found if location is not None]

    def _postcode_prefix(self, prefix: str, limit: int) -> list[Location]:
        # The index on postcode lists a postcode's rows by position: no sort, and
        # communes without a position are left out before the limit.
        rows = self._store.rows(
            "SELECT p.postcode, c.row, c.code, c.name, c.postcodes, c.population, c.lat, c.lon "
            "FROM postcodes AS p JOIN communes AS c ON c.row = p.row "
            "WHERE p.postcode >= ? AND p.postcode < ? AND c.lat IS NOT NULL "
            "AND c.lon IS NOT NULL ORDER BY p.postcode, p.position LIMIT ?",
            (prefix, prefix + END, limit),
        )
        found = (self._location(row[1:], "postcode", row[0]) for row in rows)
        return [location for location in found if location is not None]

    def _name_entries(self, key: str, limit: int) -> list[int]:
        ranked: list[int] | None = None
        if limit * 2 <= TOP:
            top = self._store.row("SELECT entries FROM ranked_prefixes WHERE prefix = ?", (key,))
            if top is not None:
                ranked = [int(entry) for entry in str(top[0]).split(",")]
        if ranked is None:
            ranked = self._best(key, limit * 2)
        # An exact name comes first ("Paris" before "Parisot").
        exact = self._exact(key)
        ordered = exact + [e for e in ranked if e not in exact]
        return ordered[: limit * 2]

    def _best(self, key: str, count: int) -> list[int]:
        """The ``count`` best distinct entries whose keys start with ``key``."""
        rows = self._store.rows(
            "SELECT entry FROM name_keys WHERE key >= ? AND key < ? "
            "ORDER BY score DESC, position LIMIT ?",
            (key, key + END, count * 3),
        )
        seen: set[int] = set()
        entries: list[int] = []
        for (entry,) in rows:
            if entry not in seen:
                seen.add(entry)
                entries.append(entry)
            if len(entries) >= count:
                break
        return entries

    def _exact(self, key: str) -> list[int]:
        """Entries whose whole name is ``key``."""
        rows = self._store.rows(
            "SELECT entry FROM name_keys WHERE key = ? AND score >= ? ORDER BY rank DESC, position",
            (key, WHOLE_NAME),
        )
        return [entry for (entry,) in rows]

    def complete(self, typed: str, limit: int = 8) -> list[Location]:
        """Suggestions for what the person has typed so far (postcode, code or name)."""
        stripped = typed.strip()
        if not stripped:
            return []
        compact = stripped.replace(" ", "")
        if compact.isdigit():
            found = self._postcode_prefix(compact[:5], limit)
            insee = text.as_insee(compact)
            if insee is not None:
                location = self.commune(insee)
                if location is not None and all(
                    loc.code_insee != location.code_insee for loc in found
                ):
                    found.append(location)
            return found[:limit]
        insee = text.as_insee(stripped)
        if insee is not None and insee[:2] in ("2A", "2B"):
            location = self.commune(insee)
            return [location] if location is not None else []
        keys = text.query_keys(stripped)
        entries: list[int] = []
        if len(keys) == 2:  # "st": mostly Saint-…, but keep room for Strasbourg
            written, typed_as_is = keys
            entries = self._name_entries(written, limit)[: limit - limit // 4]
            entries += [e for e in self._name_entries(typed_as_is, limit) if e not in entries]
        elif keys:
            entries = self._name_entries(keys[0], limit)
        return list(_unique(self._entry_locations(entries)))[:limit]

    def resolve(self, query: str) -> tuple[Location | None, list[Location]]:
        """The best location for a complete query, and the other candidates."""
        postcode = text.as_postcode(query)
        candidates: list[Location] = []
        if postcode is not None:
            candidates = self.by_postcode(postcode)
        insee = text.as_insee(query)
        if insee is not None:
            location = self.commune(insee)
            if location is not None and all(
                c.code_insee != location.code_insee for c in candidates
            ):
                candidates.append(location)
        if not candidates and postcode is None:
            candidates = self.complete(query, limit=8)
        if not candidates:
            return None, []
        return candidates[0], candidates[1:]


def _unique(locations: Iterable[Location | None]) -> Iterable[Location]:
    seen: set[tuple[str, str]] = set()
    for location in locations:
        if location is None:
            continue
        key = (location.label, location.code_insee)
        if key not in seen:
            seen.add(key)
            yield location
