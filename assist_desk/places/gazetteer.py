"""Finding a commune while the person types: postcode, INSEE code or name.

Names match whatever their case, accents or hyphens, with "St"/"Saint",
from the start of any word ("denis" finds Saint-Denis), including former
communes that merged (communes déléguées/associées, shown with their current
commune), municipal arrondissements ("Paris 11", "Marseille 1er") and the
names of the overseas departments. Each keystroke is a binary search in a
sorted key list; the short prefixes with many matches are ranked once at load.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from assist_desk.places import text
from assist_desk.places.hours import department_of
from assist_desk.places.models import Location

#: Overseas departments searched by name: their prefecture's INSEE code.
OVERSEAS_NAMES = {
    "Guadeloupe": "97105",
    "Martinique": "97209",
    "Guyane": "97302",
    "La Réunion": "97411",
    "Mayotte": "97611",
}

_PRECOMPUTE_OVER = 200
_END = "\uffff"
_WHOLE_NAME = 10**9
_TOP = 32


@dataclass(frozen=True, slots=True)
class CommuneTable:
    """The communes' columns as loaded from the resource (positions in degrees)."""

    code: list[str]
    name: list[str]
    kind: list[str]  # "c" commune, "a" municipal arrondissement
    parent: list[str]
    postcodes: list[str]
    population: list[int]
    lat: list[float | None]
    lon: list[float | None]


@dataclass(frozen=True, slots=True)
class FormerTable:
    """Former communes (déléguées / associées) and the current commune they belong to."""

    code: list[str]
    name: list[str]
    current: list[str]
    lat: list[float | None]
    lon: list[float | None]


class Gazetteer:
    """Postcode, INSEE code and name search over every commune."""

    def __init__(self, communes: CommuneTable, former: FormerTable) -> None:
        self._c = communes
        self._f = former
        self._row = {code: i for i, code in enumerate(communes.code)}
        count = len(communes.code)
        # Entries: 0..count-1 communes, then former communes, then overseas names.
        self._entry_rank: list[int] = list(communes.population)
        self._entry_loc: list[Location | None] = [None] * count
        pairs: list[tuple[str, int, int]] = []  # key, entry, whole-name bonus
        for i, name in enumerate(communes.name):
            self._add_name(pairs, name, i)
            if communes.kind[i] == "a":
                for alias in _arrondissement_aliases(name):
                    pairs.append((text.fold(alias), i, 1))
        for j, name in enumerate(former.name):
            entry = count + j
            current = self._row.get(former.current[j])
            self._entry_rank.append(0)
            self._entry_loc.append(self._former_location(j, current))
            if current is not None and text.fold(name) == text.fold(communes.name[current]):
                continue  # same name as today's commune: nothing new to find
            self._add_name(pairs, name, entry)
        for label, code in OVERSEAS_NAMES.items():
            row = self._row.get(code)
            if row is None:
                continue
            entry = len(self._entry_rank)
            self._entry_rank.append(communes.population[row])
            base = self._commune_location(row, "name")
            self._entry_loc.append(
                None
                if base is None
                else Location(
                    label=f"{communes.name[row]} — {label}",
                    latitude=base.latitude,
                    longitude=base.longitude,
                    via="name",
                    code_insee=base.code_insee,
                    department=base.department,
                    population=base.population,
                )
            )
            self._add_name(pairs, label, entry)
        pairs.sort()
        self._keys = [key for key, _, _ in pairs]
        self._entries = [entry for _, entry, _ in pairs]
        self._score = [bonus * _WHOLE_NAME + self._entry_rank[entry] for _, entry, bonus in pairs]
        self._top: dict[str, list[int]] = {}
        self._precompute()
        # Postcodes: sorted (postcode, -population, row).
        postcode_rows = []
        in_arrondissement = {
            postcode
            for i, codes in enumerate(communes.postcodes)
            if communes.kind[i] == "a"
            for postcode in codes.split("|")
        }
        parents = {communes.parent[i] for i in range(count) if communes.kind[i] == "a"}
        for i, codes in enumerate(communes.postcodes):
            for postcode in filter(None, codes.split("|")):
                if communes.code[i] in parents and postcode in in_arrondissement:
                    continue  # "75011": Paris 11e, not Paris as a whole
                arrondissement_first = 0 if communes.kind[i] == "a" else 1
                postcode_rows.append((postcode, arrondissement_first, -communes.population[i], i))
        postcode_rows.sort()
        self._postcodes = [row[0] for row in postcode_rows]
        self._postcode_rows = [row[3] for row in postcode_rows]

    # -- building --------------------------------------------------------------------

    @staticmethod
    def _add_name(pairs: list[tuple[str, int, int]], name: str, entry: int) -> None:
        for position, key in enumerate(text.word_starts(name)):
            pairs.append((key, entry, 1 if position == 0 else 0))

    def _precompute(self) -> None:
        """Rank once every prefix shared by many keys (then a keystroke never sorts many)."""
        keys = self._keys
        spans = [(0, len(keys))]
        length = 1
        while spans and length <= 24:
            deeper = []
            for low, high in spans:
                start = low
                while start < high:
                    prefix = keys[start][:length]
                    end = bisect_left(keys, prefix + _END, start, high)
                    if end - start > _PRECOMPUTE_OVER and len(prefix) == length:
                        self._top[prefix] = self._best(start, end, _TOP)
                        deeper.append((start, end))
                    start = end
            spans = deeper
            length += 1

    def _best(self, start: int, end: int, count: int) -> list[int]:
        positions = heapq.nlargest(count * 3, range(start, end), key=self._score.__getitem__)
        seen: set[int] = set()
        entries: list[int] = []
        for position in positions:
            entry = self._entries[position]
            if entry not in seen:
                seen.add(entry)
                entries.append(entry)
            if len(entries) >= count:
                break
        return entries

    # -- locations ---------------------------------------------------------------------

    def _commune_location(self, row: int, via: str, postcode: str = "") -> Location | None:
        c = self._c
        lat, lon = c.lat[row], c.lon[row]
        if lat is None or lon is None:
            return None
        return Location(
            label=c.name[row],
            latitude=lat,
            longitude=lon,
            via=via,
            code_insee=c.code[row],
            postcode=postcode or c.postcodes[row].split("|")[0],
            department=department_of(c.code[row]),
            population=c.population[row],
        )

    def _former_location(self, j: int, current: int | None) -> Location | None:
        f = self._f
        lat, lon = f.lat[j], f.lon[j]
        if (lat is None or lon is None) and current is not None:
            lat, lon = self._c.lat[current], self._c.lon[current]
        if lat is None or lon is None:
            return None
        now_name = self._c.name[current] if current is not None else ""
        label = f.name[j] if not now_name or now_name == f.name[j] else f"{f.name[j]} → {now_name}"
        postcodes = self._c.postcodes[current].split("|") if current is not None else [""]
        return Location(
            label=label,
            latitude=lat,
            longitude=lon,
            via="former",
            code_insee=f.current[j],
            postcode=postcodes[0],
            department=department_of(f.current[j]),
        )

    def _entry_location(self, entry: int) -> Location | None:
        if entry < len(self._c.code):
            return self._commune_location(entry, "name")
        return self._entry_loc[entry]

    def commune(self, code_insee: str, via: str = "insee") -> Location | None:
        row = self._row.get(code_insee)
        return None if row is None else self._commune_location(row, via)

    # -- search --------------------------------------------------------------------------

    def by_postcode(self, postcode: str) -> list[Location]:
        """Every commune with this postcode, arrondissements first, then by population."""
        start = bisect_left(self._postcodes, postcode)
        found = []
        for i in range(start, len(self._postcodes)):
            if self._postcodes[i] != postcode:
                break
            location = self._commune_location(self._postcode_rows[i], "postcode", postcode)
            if location is not None:
                found.append(location)
        return found

    def _postcode_prefix(self, prefix: str, limit: int) -> list[Location]:
        start = bisect_left(self._postcodes, prefix)
        found: list[Location] = []
        for i in range(start, len(self._postcodes)):
            if not self._postcodes[i].startswith(prefix) or len(found) >= limit:
                break
            location = self._commune_location(
                self._postcode_rows[i], "postcode", self._postcodes[i]
            )
            if location is not None:
                found.append(location)
        return found

    def _name_entries(self, key: str, limit: int) -> list[int]:
        start = bisect_left(self._keys, key)
        end = bisect_left(self._keys, key + _END, start)
        if end - start > _PRECOMPUTE_OVER and key in self._top and limit * 2 <= _TOP:
            ranked = self._top[key]
        else:
            ranked = self._best(start, end, limit * 2)
        # An exact name comes first ("Paris" before "Parisot").
        exact = self._exact(key)
        ordered = exact + [e for e in ranked if e not in exact]
        return ordered[: limit * 2]

    def _exact(self, key: str) -> list[int]:
        """Entries whose whole name is ``key``."""
        start = bisect_left(self._keys, key)
        out = []
        for i in range(start, len(self._keys)):
            if self._keys[i] != key:
                break
            if self._score[i] >= _WHOLE_NAME:
                out.append(self._entries[i])
        out.sort(key=lambda e: -self._entry_rank[e])
        return out

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
        return list(_unique(self._entry_location(e) for e in entries))[:limit]

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


def _arrondissement_aliases(name: str) -> list[str]:
    """ "Paris 11e Arrondissement" is also "Paris 11", "Paris 11e", "Paris 11ème"."""
    parts = name.split()
    if len(parts) < 3:
        return []
    city, number = " ".join(parts[:-2]), parts[-2]
    digits = "".join(ch for ch in number if ch.isdigit())
    if not digits:
        return []
    return [f"{city} {digits}", f"{city} {digits}eme", f"{city} {digits}e"]


def _unique(locations: Iterable[Location | None]) -> Iterable[Location]:
    seen: set[tuple[str, str]] = set()
    for location in locations:
        if location is None:
            continue
        key = (location.label, location.code_insee)
        if key not in seen:
            seen.add(key)
            yield location
