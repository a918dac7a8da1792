"""Reading the places store (``resources/places/places.sqlite``), read-only.

The file is opened immutable (no locks, no journal: it is shipped data and
may sit on a read-only disk). Only the rows a search needs are read; SQLite's
own page cache is capped at :data:`CACHE_KIB`, so the process holds a few
MiB whatever the size of the data. One connection serves every thread: the
Places screen's worker opens it and the GUI thread then searches, so calls
are serialised with a lock.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from assist_desk.places.store_build import NEAR_TABLES, STORE_FORMAT

#: SQLite page cache per connection (KiB): the upper levels of the indexes; the rest
#: comes from the OS file cache (on a shared 2-core machine: searches as fast as with
#: 2 MiB within the noise, about 1 MiB less resident memory).
CACHE_KIB = 512


class StoreError(Exception):
    """The store is missing, unreadable or of another format (a packaging error)."""


class PlacesStore:
    """See the module docstring."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise StoreError(f"cannot read {path.name}: no such file")
        uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("format") == str(STORE_FORMAT):
                # An SQLite built without R*Tree fails here, not at the first search.
                for table in NEAR_TABLES.values():
                    self._db.execute(f"SELECT row FROM {table} LIMIT 1").fetchall()
        except sqlite3.Error as error:
            self._db.close()
            raise StoreError(f"cannot read {path.name}: {error}") from None
        if meta.get("format") != str(STORE_FORMAT):
            self._db.close()
            raise StoreError(f"unsupported places store format {meta.get('format')!r}")
        self._lock = threading.Lock()
        self.path = path
        self.sources: list[dict[str, str]] = json.loads(meta["sources"])
        self.counts: dict[str, int] = json.loads(meta["counts"])
        self.commune_count = int(meta["communes"])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cursor: sqlite3.Cursor | None = None
            try:
                cursor = self._db.cursor()
                yield cursor
            except sqlite3.Error as error:  # e.g. the file replaced or removed under us
                raise StoreError(f"cannot read {self.path.name}: {error}") from error
            finally:
                if cursor is not None:
                    cursor.close()

    def rows(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Every row of a read query (the lock is held while SQLite runs it)."""
        with self._cursor() as cursor:
            return cursor.execute(sql, parameters).fetchall()

    def row(self, sql: str, parameters: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        with self._cursor() as cursor:
            found: tuple[Any, ...] | None = cursor.execute(sql, parameters).fetchone()
            return found

    def places_in_box(
        self, kind: str, south: float, north: float, west: float, east: float
    ) -> list[tuple[int, float, float]]:
        """(row, latitude, longitude) of the bundled places of ``kind`` inside the box."""
        table = NEAR_TABLES.get(kind)
        if table is None:
            return []
        return self.rows(
            f"SELECT row, lat, lon FROM {table} "
            "WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ?",
            (south, north, west, east),
        )
