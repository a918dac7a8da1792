"""The on-disk places store: same answers as the in-memory directory it replaced,
nearest places exact against a full scan, read-only, light on memory, usable
from the thread that did not open it."""

from __future__ import annotations

import gc
import json
import random
import sqlite3
import threading
import tracemalloc
from pathlib import Path

import pytest

from assist_desk.places.directory import MAX_KM, PlacesDataError, PlacesDirectory
from assist_desk.places.models import DIGITAL_HELP, FRANCE_SERVICES, KINDS, TOWN_HALL, Place
from assist_desk.places.nearest import distance_km, fast_km
from assist_desk.places.store_build import STORE_NAME

BEFORE = Path(__file__).with_name("before_store_answers.json")
SITE = (45.75, 4.85)


def _all_places(directory: PlacesDirectory, kind: str) -> list[tuple[int, float, float]]:
    return directory.store.rows("SELECT row, lat, lon FROM places WHERE kind = ?", (kind,))


def _nearest_by_full_scan(
    places: list[tuple[int, float, float]], lat: float, lon: float, limits: tuple[int, ...]
) -> dict[int, list[tuple[float, int]]]:
    """What ``nearest`` must answer for each limit: the ``limit`` first by fast
    distance (then row), in great-circle order, none beyond MAX_KM."""
    ranked = sorted((fast_km(lat, lon, plat, plon), row, plat, plon) for row, plat, plon in places)
    answers = {}
    for limit in limits:
        chosen = sorted(
            (distance_km(lat, lon, plat, plon), row) for _, row, plat, plon in ranked[:limit]
        )
        answers[limit] = [(d, row) for d, row in chosen if d <= MAX_KM]
    return answers


def test_completions_are_those_of_the_former_directory(directory: PlacesDirectory) -> None:
    before = json.loads(BEFORE.read_text(encoding="utf-8"))["complete"]
    assert len(before) > 300
    for typed, expected in before.items():
        found = [
            f"{loc.label}|{loc.code_insee}|{loc.postcode}|{loc.via}"
            for loc in directory.complete(typed)
        ]
        assert found == expected, typed


def test_searches_find_what_the_former_directory_found(directory: PlacesDirectory) -> None:
    """Origins and alternatives identical; each category's distances identical (two
    places at the same distance may come in either order)."""
    before = json.loads(BEFORE.read_text(encoding="utf-8"))["near"]
    assert len(before) > 100
    for query, expected in before.items():
        result = directory.near(query, KINDS[:3], 5, site=SITE)
        origin = result.origin
        assert (None if origin is None else f"{origin.display()}|{origin.code_insee}") == expected[
            "origin"
        ], query
        assert [f"{a.display()}|{a.code_insee}" for a in result.alternatives] == expected[
            "alternatives"
        ], query
        distances = {
            kind: [round(hit.distance_km or 0.0, 2) for hit in hits]
            for kind, hits in result.groups.items()
        }
        assert distances == expected["distances"], query


def test_nearest_matches_a_full_scan(directory: PlacesDirectory) -> None:
    """Random points over mainland France and overseas, including open sea (nothing
    within 400 km) and a limit larger than a small category's local count."""
    rng = random.Random(13)
    points = [(rng.uniform(41.0, 51.5), rng.uniform(-5.5, 9.8)) for _ in range(25)]
    points += [(-21.1, 55.5), (16.25, -61.55), (4.9, -52.3), (-17.6, -149.5), (-22.3, 166.4)]
    points += [(45.0, -20.0), (0.0, 0.0)]  # open sea
    for kind in (TOWN_HALL, FRANCE_SERVICES, DIGITAL_HELP):
        places = _all_places(directory, kind)
        assert places
        for lat, lon in points:
            for limit, expected in _nearest_by_full_scan(places, lat, lon, (1, 5, 12)).items():
                hits = directory.nearest(lat, lon, kind, limit)
                assert [h.distance_km for h in hits] == [d for d, _ in expected], (kind, lat, lon)
                assert [h.place for h in hits] == [directory.place(row) for _, row in expected]
    assert directory.nearest(45.0, -20.0, TOWN_HALL, 5) == []


def test_added_places_join_the_bundled_ones_by_distance(directory: PlacesDirectory) -> None:
    paris_11 = directory.gazetteer.by_postcode("75011")[0]
    lat, lon = paris_11.latitude + 0.002, paris_11.longitude  # not on the town hall itself
    bundled = directory.nearest(lat, lon, TOWN_HALL, 4)
    here = Place(
        kind=TOWN_HALL,
        name="Added town hall",
        address="",
        postcode="75011",
        city="Paris",
        latitude=lat,
        longitude=lon,
    )
    far = Place(TOWN_HALL, "Far away", "", "", "", lat + 3.0, lon)
    merged = PlacesDirectory(directory.store, [here, far])
    hits = merged.nearest(lat, lon, TOWN_HALL, 4)
    assert [h.place for h in hits] == [here] + [h.place for h in bundled[:3]]
    assert merged.count(TOWN_HALL) == directory.count(TOWN_HALL) + 2
    replaced = PlacesDirectory(directory.store)
    replaced.set_extra_places([far], {TOWN_HALL})
    assert [h.place for h in replaced.nearest(lat, lon, TOWN_HALL)] == [far]
    assert replaced.count(TOWN_HALL) == 1


def test_the_store_is_never_written(tmp_path: Path, directory: PlacesDirectory) -> None:
    shipped = directory.store.path
    copy = tmp_path / STORE_NAME
    copy.write_bytes(shipped.read_bytes())
    copy.chmod(0o444)  # as on a read-only installation
    opened = PlacesDirectory.load(tmp_path)
    try:
        assert opened.near("Saint-Denis", KINDS[:3]).origin is not None
        assert opened.complete("Bor")
    finally:
        opened.close()
    assert copy.read_bytes() == shipped.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_NAME]  # no journal, no WAL


def test_missing_or_foreign_store_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(PlacesDataError, match="no such file"):
        PlacesDirectory.load(tmp_path)
    (tmp_path / STORE_NAME).write_bytes(b"not a database at all" * 100)
    with pytest.raises(PlacesDataError, match="cannot read"):
        PlacesDirectory.load(tmp_path)
    (tmp_path / STORE_NAME).unlink()
    old = sqlite3.connect(tmp_path / STORE_NAME)
    old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    old.execute("INSERT INTO meta VALUES ('format', '1')")
    old.commit()
    old.close()
    with pytest.raises(PlacesDataError, match="unsupported places store format '1'"):
        PlacesDirectory.load(tmp_path)


def test_opened_in_a_worker_then_searched_here() -> None:
    """As the Places screen does: its worker thread opens, the GUI thread searches."""
    opened: list[PlacesDirectory] = []
    worker = threading.Thread(target=lambda: opened.append(PlacesDirectory.load()))
    worker.start()
    worker.join(30)
    assert opened
    try:
        result = opened[0].near("75011", (TOWN_HALL,), 3)
        assert result.origin is not None
        assert result.origin.postcode == "75011"
        assert len(result.groups[TOWN_HALL]) == 3
    finally:
        opened[0].close()


def test_the_directory_holds_little_python_memory() -> None:
    """The in-memory directory traced about 50 MiB; the store a few hundred KiB."""
    gc.collect()
    tracemalloc.start()
    try:
        directory = PlacesDirectory.load()
        for query in ("75011", "Saint-Denis", "Bordeaux", "Marseille 1er", "97411", "st jean"):
            directory.complete(query)
            directory.near(query, KINDS[:3], 5, site=SITE)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    directory.close()
    assert held < 2 * 1024 * 1024, f"{held / 2**20:.1f} MiB"
