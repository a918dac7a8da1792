"""Building the commune search index (at data build time, not in the application).

Every commune, former commune (commune déléguée / associée) and overseas
department name becomes an *entry*; every word start of its folded name a
*key* (``saintdenis``, ``denis``). Keys are sorted; each carries a score (a
bonus for the whole name, then the entry's population) so that a prefix
search can rank its matches. Prefixes shared by many keys are ranked here,
once, so that a keystroke never sorts thousands of matches. Postcodes are
sorted the way a postcode search lists them: arrondissements first, then by
population. :mod:`assist_desk.places.store_build` writes all of it into the
SQLite store that :mod:`assist_desk.places.gazetteer` searches.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass, field

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

#: A prefix with more keys than this is ranked at build time.
PRECOMPUTE_OVER = 200
#: How many entries a ranked prefix keeps (a search asks for at most TOP // 2).
TOP = 32
#: Score bonus of a key that starts the whole name (it outranks any population).
WHOLE_NAME = 10**9
#: Sorts after any folded key (keys are ASCII letters and digits).
END = "\uffff"


@dataclass(frozen=True, slots=True)
class CommuneTable:
    """The communes' columns as built from the shared data (positions in degrees)."""

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


@dataclass(slots=True)
class NameIndex:
    """What the store keeps for the commune search (see the module docstring).

    Entries ``0 .. len(communes) - 1`` are the communes themselves; the others
    (former communes, overseas names) have their location in ``other_entries``.
    """

    keys: list[str] = field(default_factory=list)
    entries: list[int] = field(default_factory=list)
    scores: list[int] = field(default_factory=list)
    entry_rank: list[int] = field(default_factory=list)
    other_entries: dict[int, Location | None] = field(default_factory=dict)
    top: dict[str, list[int]] = field(default_factory=dict)
    postcodes: list[tuple[str, int]] = field(default_factory=list)  # (postcode, commune row)


def commune_location(c: CommuneTable, row: int, via: str, postcode: str = "") -> Location | None:
    """The location of commune ``row`` (None without a position)."""
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


def build_name_index(communes: CommuneTable, former: FormerTable) -> NameIndex:
    index = NameIndex()
    row_of = {code: i for i, code in enumerate(communes.code)}
    count = len(communes.code)
    index.entry_rank = list(communes.population)
    pairs: list[tuple[str, int, int]] = []  # key, entry, whole-name bonus
    for i, name in enumerate(communes.name):
        _add_name(pairs, name, i)
        if communes.kind[i] == "a":
            for alias in _arrondissement_aliases(name):
                pairs.append((text.fold(alias), i, 1))
    for j, name in enumerate(former.name):
        entry = count + j
        current = row_of.get(former.current[j])
        index.entry_rank.append(0)
        index.other_entries[entry] = _former_location(communes, former, j, current)
        if current is not None and text.fold(name) == text.fold(communes.name[current]):
            continue  # same name as today's commune: nothing new to find
        _add_name(pairs, name, entry)
    for label, code in OVERSEAS_NAMES.items():
        row = row_of.get(code)
        if row is None:
            continue
        entry = len(index.entry_rank)
        index.entry_rank.append(communes.population[row])
        base = commune_location(communes, row, "name")
        index.other_entries[entry] = (
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
        _add_name(pairs, label, entry)
    pairs.sort()
    index.keys = [key for key, _, _ in pairs]
    index.entries = [entry for _, entry, _ in pairs]
    index.scores = [bonus * WHOLE_NAME + index.entry_rank[entry] for _, entry, bonus in pairs]
    index.top = _ranked_prefixes(index)
    index.postcodes = _sorted_postcodes(communes)
    return index


def _add_name(pairs: list[tuple[str, int, int]], name: str, entry: int) -> None:
    for position, key in enumerate(text.word_starts(name)):
        pairs.append((key, entry, 1 if position == 0 else 0))


def best_entries(scored: list[tuple[int, int]], count: int) -> list[int]:
    """The ``count`` best distinct entries of (score, entry) pairs in key order.

    Ties keep key order (the store's search orders by score, then position).
    """
    ranked = heapq.nlargest(count * 3, range(len(scored)), key=lambda i: scored[i][0])
    seen: set[int] = set()
    entries: list[int] = []
    for position in ranked:
        entry = scored[position][1]
        if entry not in seen:
            seen.add(entry)
            entries.append(entry)
        if len(entries) >= count:
            break
    return entries


def _ranked_prefixes(index: NameIndex) -> dict[str, list[int]]:
    """Rank once every prefix shared by many keys (then a keystroke never sorts many)."""
    keys = index.keys
    top: dict[str, list[int]] = {}
    spans = [(0, len(keys))]
    length = 1
    while spans and length <= 24:
        deeper = []
        for low, high in spans:
            start = low
            while start < high:
                prefix = keys[start][:length]
                if len(prefix) < length:
                    # A key as short as the parent prefix (the commune "Sai" in "sai…"):
                    # step over it, not over the whole span.
                    start += 1
                    continue
                end = bisect_left(keys, prefix + END, start, high)
                if end - start > PRECOMPUTE_OVER:
                    scored = list(
                        zip(index.scores[start:end], index.entries[start:end], strict=True)
                    )
                    top[prefix] = best_entries(scored, TOP)
                    deeper.append((start, end))
                start = end
        spans = deeper
        length += 1
    return top


def _sorted_postcodes(communes: CommuneTable) -> list[tuple[str, int]]:
    """(postcode, row): by postcode, arrondissements first, then by population."""
    count = len(communes.code)
    in_arrondissement = {
        postcode
        for i, codes in enumerate(communes.postcodes)
        if communes.kind[i] == "a"
        for postcode in codes.split("|")
    }
    parents = {communes.parent[i] for i in range(count) if communes.kind[i] == "a"}
    rows = []
    for i, codes in enumerate(communes.postcodes):
        for postcode in filter(None, codes.split("|")):
            if communes.code[i] in parents and postcode in in_arrondissement:
                continue  # "75011": Paris 11e, not Paris as a whole
            arrondissement_first = 0 if communes.kind[i] == "a" else 1
            rows.append((postcode, arrondissement_first, -communes.population[i], i))
    rows.sort()
    return [(row[0], row[3]) for row in rows]


def _former_location(
    c: CommuneTable, f: FormerTable, j: int, current: int | None
) -> Location | None:
    lat, lon = f.lat[j], f.lon[j]
    if (lat is None or lon is None) and current is not None:
        lat, lon = c.lat[current], c.lon[current]
    if lat is None or lon is None:
        return None
    now_name = c.name[current] if current is not None else ""
    label = f.name[j] if not now_name or now_name == f.name[j] else f"{f.name[j]} → {now_name}"
    postcodes = c.postcodes[current].split("|") if current is not None else [""]
    return Location(
        label=label,
        latitude=lat,
        longitude=lon,
        via="former",
        code_insee=f.current[j],
        postcode=postcodes[0],
        department=department_of(f.current[j]),
    )


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
