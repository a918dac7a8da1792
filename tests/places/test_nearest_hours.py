"""Nearest places by category, distances, and today's opening hours."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from assist_desk.places.directory import PlacesDirectory
from assist_desk.places.hours import day_hours, department_of, is_valid
from assist_desk.places.models import DIGITAL_HELP, FRANCE_SERVICES, TOWN_HALL
from assist_desk.places.nearest import GridIndex, distance_km


def test_distance() -> None:
    # Paris (Notre-Dame) to Lyon (Bellecour): about 392 km as the crow flies.
    assert distance_km(48.8530, 2.3499, 45.7578, 4.8320) == pytest.approx(392, abs=3)
    assert distance_km(1.0, 1.0, 1.0, 1.0) == 0.0


def test_grid_matches_brute_force() -> None:
    rng = random.Random(8)
    lat = [rng.uniform(42, 51) for _ in range(3000)]
    lon = [rng.uniform(-4, 8) for _ in range(3000)]
    grid = GridIndex(range(3000), lat, lon, cell=0.1)
    for _ in range(50):
        qlat, qlon = rng.uniform(42, 51), rng.uniform(-4, 8)
        expected = sorted((distance_km(qlat, qlon, lat[i], lon[i]), i) for i in range(3000))[:7]
        assert [row for _, row in grid.nearest(qlat, qlon, 7)] == [row for _, row in expected]


def test_town_halls_near_paris_11(directory: PlacesDirectory) -> None:
    at = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # a Tuesday, 11:00 in Paris
    result = directory.near("75011", (TOWN_HALL,), 3, now=at)
    hits = result.groups[TOWN_HALL]
    assert hits[0].place.name == "Mairie de Paris 11e Arrondissement"
    assert hits[0].place.full_address() == "12 place Léon-Blum, 75011 Paris"
    assert hits[0].place.phone == "01 53 27 11 11"
    assert hits[0].distance_km is not None
    assert hits[0].distance_km < 0.5
    assert [h.distance_km for h in hits] == sorted(h.distance_km or 0 for h in hits)
    assert hits[0].today.known
    assert hits[0].today.open_now is True
    assert hits[0].today.text() == "08:30–17:00"


def test_every_category_has_places_near_a_town(directory: PlacesDirectory) -> None:
    result = directory.near("Angoulême", (TOWN_HALL, FRANCE_SERVICES, DIGITAL_HELP), 5)
    for kind in (TOWN_HALL, FRANCE_SERVICES, DIGITAL_HELP):
        assert len(result.groups[kind]) == 5, kind
        assert all(h.distance_km is not None and h.distance_km < 60 for h in result.groups[kind])


def test_overseas_places_are_found_and_timed_locally(directory: PlacesDirectory) -> None:
    at = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)  # 09:00 in La Réunion, 06:00 in Paris
    result = directory.near("97400", (TOWN_HALL,), 1, now=at)
    hit = result.groups[TOWN_HALL][0]
    assert hit.place.name == "Mairie de Saint-Denis"
    assert hit.place.code_insee == "97411"
    assert hit.today.open_now is True


def test_department_of() -> None:
    assert department_of("97411") == "974"
    assert department_of("2A004") == "2A"
    assert department_of("", "75011") == "75"


def test_day_hours() -> None:
    expression = "Mo-Fr 08:30-12:00,13:30-17:00; Sa 09:00-12:00; PH off"
    monday_noon = datetime(2026, 11, 30, 12, 30, tzinfo=UTC)  # 13:30 Paris
    hours = day_hours(expression, "75", monday_noon)
    assert hours.intervals == (("08:30", "12:00"), ("13:30", "17:00"))
    assert hours.open_now is True
    assert hours.next_change == "17:00"
    sunday = day_hours(expression, "75", datetime(2026, 11, 29, 10, 0, tzinfo=UTC))
    assert sunday.known
    assert sunday.intervals == ()
    assert sunday.open_now is False
    christmas = day_hours(expression, "75", datetime(2026, 12, 25, 10, 0, tzinfo=UTC))
    assert christmas.intervals == ()  # public holiday
    assert day_hours("", "75").known is False
    assert day_hours("not hours at all", "75").known is False


def test_is_valid() -> None:
    assert is_valid("Mo-Fr 09:00-17:00")
    assert not is_valid("lundi 9h")
    assert not is_valid("")


def test_wrong_source_points_are_replaced_and_flagged(directory: PlacesDirectory) -> None:
    # 1,590 town-hall points of the source lie outside their commune (SOURCE.md).
    flagged = sum(directory.place(i).approximate for i in range(directory.count(TOWN_HALL)))
    assert 1500 <= flagged <= 1700
