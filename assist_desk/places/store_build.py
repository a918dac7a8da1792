"""Writing the places store: one SQLite file, built once from the shared data.

``scripts/build_places.py`` gathers the communes and places into one
column-oriented document and calls :func:`write_store`; the application
then opens the file read-only (:mod:`assist_desk.places.store`) and reads only
the rows a search needs, instead of holding tens of MiB of Python objects.

Tables: ``meta`` (format, sources, counts), ``communes``, ``postcodes``
(in the order a postcode search lists them), ``name_keys`` and
``ranked_prefixes`` (the commune search, see
:mod:`assist_desk.places.gazetteer_build`), ``other_entries`` (former
communes and overseas names), ``places``, and one R*Tree of positions per
category (``near_town_hall`` …) for the nearest search: R*Tree boxes are
single-precision, so each also keeps the exact position (``+lat``, ``+lon``).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from assist_desk.places.gazetteer_build import (
    CommuneTable,
    FormerTable,
    build_name_index,
)
from assist_desk.places.models import DIGITAL_HELP, FRANCE_SERVICES, TOWN_HALL

#: Version of the document ``scripts/build_places.py`` hands over.
DOCUMENT_FORMAT = 1
#: Version of the store's schema (``meta.format``); the reader refuses others.
STORE_FORMAT = 2
STORE_NAME = "places.sqlite"

#: The R*Tree table of each category of bundled places.
NEAR_TABLES = {
    TOWN_HALL: "near_town_hall",
    FRANCE_SERVICES: "near_france_services",
    DIGITAL_HELP: "near_digital_help",
}

#: Columns of a place, in the order of the document's tab-separated rows.
PLACE_COLUMNS = (
    "name",
    "address",
    "postcode",
    "city",
    "insee",
    "phone",
    "email",
    "website",
    "hours",
    "note",
    "source",
    "updated",
    "flags",
)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE communes (
    row INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,
    postcodes TEXT NOT NULL, population INTEGER NOT NULL, lat REAL, lon REAL);
CREATE INDEX communes_by_code ON communes (code);
CREATE TABLE postcodes (position INTEGER PRIMARY KEY, postcode TEXT NOT NULL,
    row INTEGER NOT NULL);
CREATE INDEX postcodes_by_postcode ON postcodes (postcode);
CREATE TABLE name_keys (position INTEGER PRIMARY KEY, key TEXT NOT NULL,
    entry INTEGER NOT NULL, score INTEGER NOT NULL, rank INTEGER NOT NULL);
CREATE INDEX name_keys_by_key ON name_keys (key);
CREATE TABLE ranked_prefixes (prefix TEXT PRIMARY KEY, entries TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE other_entries (entry INTEGER PRIMARY KEY, label TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, via TEXT NOT NULL, code_insee TEXT NOT NULL,
    postcode TEXT NOT NULL, department TEXT NOT NULL, population INTEGER NOT NULL);
CREATE TABLE places (
    row INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL,
    postcode TEXT NOT NULL, city TEXT NOT NULL, insee TEXT NOT NULL, phone TEXT NOT NULL,
    email TEXT NOT NULL, website TEXT NOT NULL, hours TEXT NOT NULL, note TEXT NOT NULL,
    source TEXT NOT NULL, updated TEXT NOT NULL, flags INTEGER NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL);
"""


class StoreBuildError(Exception):
    """The document handed to :func:`write_store` is not what it expects."""


def write_store(document: dict[str, Any], target: Path) -> dict[str, int]:
    """Write the store for ``document`` to ``target`` (replaced atomically); row counts."""
    if document.get("format") != DOCUMENT_FORMAT:
        raise StoreBuildError(f"unsupported places document format {document.get('format')!r}")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.executescript(SCHEMA)
        for table in NEAR_TABLES.values():
            connection.execute(
                f"CREATE VIRTUAL TABLE {table} "
                "USING rtree(row, min_lat, max_lat, min_lon, max_lon, +lat, +lon)"
            )
        with connection:
            counts = _write_rows(connection, document)
        connection.execute("VACUUM")
    finally:
        connection.close()
    partial.replace(target)
    return counts


def _write_rows(connection: sqlite3.Connection, document: dict[str, Any]) -> dict[str, int]:
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
    connection.executemany(
        "INSERT INTO communes VALUES (?, ?, ?, ?, ?, ?, ?)",
        zip(
            range(len(communes.code)),
            communes.code,
            communes.name,
            communes.postcodes,
            communes.population,
            communes.lat,
            communes.lon,
            strict=True,
        ),
    )
    index = build_name_index(communes, former)
    connection.executemany(
        "INSERT INTO postcodes VALUES (?, ?, ?)",
        ((position, code, row) for position, (code, row) in enumerate(index.postcodes)),
    )
    connection.executemany(
        "INSERT INTO name_keys VALUES (?, ?, ?, ?, ?)",
        (
            (position, key, entry, score, index.entry_rank[entry])
            for position, (key, entry, score) in enumerate(
                zip(index.keys, index.entries, index.scores, strict=True)
            )
        ),
    )
    connection.executemany(
        "INSERT INTO ranked_prefixes VALUES (?, ?)",
        ((prefix, ",".join(map(str, entries))) for prefix, entries in sorted(index.top.items())),
    )
    connection.executemany(
        "INSERT INTO other_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                entry,
                loc.label,
                loc.latitude,
                loc.longitude,
                loc.via,
                loc.code_insee,
                loc.postcode,
                loc.department,
                loc.population,
            )
            for entry, loc in sorted(index.other_entries.items())
            if loc is not None  # no position: nothing to search around
        ),
    )
    columns = p["columns"]
    if tuple(columns) != PLACE_COLUMNS:
        raise StoreBuildError(f"unexpected place columns {columns!r}")
    sources = document["sources"]
    counts: dict[str, int] = {}
    for row, (kind, line, lat, lon) in enumerate(
        zip(p["kind"], p["rows"], p["lat"], p["lon"], strict=True)
    ):
        values = dict(zip(columns, line.split("\t"), strict=True))
        latitude, longitude = lat / 100000, lon / 100000
        connection.execute(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row,
                kind,
                *(values[name] for name in PLACE_COLUMNS[:10]),
                sources[int(values["source"])]["id"],
                values["updated"],
                int(values["flags"] or 0),
                latitude,
                longitude,
            ),
        )
        table = NEAR_TABLES.get(kind)
        if table is None:
            raise StoreBuildError(f"unexpected kind of bundled place {kind!r}")
        connection.execute(
            f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?, ?)",
            (row, latitude, latitude, longitude, longitude, latitude, longitude),
        )
        counts[kind] = counts.get(kind, 0) + 1
    meta = {
        "format": str(STORE_FORMAT),
        "sources": json.dumps(sources, ensure_ascii=False, sort_keys=True),
        "counts": json.dumps(counts, sort_keys=True),
        "communes": str(len(communes.code)),
    }
    connection.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    return counts


def _degrees(values: list[int | None]) -> list[float | None]:
    return [None if v is None else v / 100000 for v in values]
