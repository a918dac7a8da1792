"""Nearest places of one category.

Bundled places are searched in the store's R*Tree (:func:`nearest_in_boxes`):
a box around the query grows until it holds enough places closer than its own
half-width. The few places added at run time (the help point's local list, an
imported export) are bucketed in memory by :class:`GridIndex`.
Both rank by :func:`fast_km`, then sort the chosen places by great-circle distance.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Sequence

EARTH_KM = 6371.0088
KM_PER_DEGREE = math.pi * EARTH_KM / 180

#: The first box's half-width (km): about where the fifth place usually is.
FIRST_BOX_KM = 10.0

#: (row, latitude, longitude) of the places inside a box (south, north, west, east).
BoxQuery = Callable[[float, float, float, float], Sequence[tuple[int, float, float]]]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def fast_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: exact enough to rank places a few hundred km apart."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return EARTH_KM * math.hypot(x, y)


def nearest_in_boxes(
    in_box: BoxQuery, lat: float, lon: float, limit: int, max_km: float = 400.0
) -> list[tuple[float, int, float, float]]:
    """Up to ``limit`` (fast km, row, latitude, longitude), nearest first by :func:`fast_km`.

    Every place within ``fast_km`` of ``half`` lies inside the box of half-width
    ``half``, so once the box holds ``limit`` of them, no place outside can be
    nearer. The box doubles until then, or until it covers ``max_km`` (with a
    margin for the difference between :func:`fast_km` and the great circle).
    """
    if limit <= 0:
        return []
    half = FIRST_BOX_KM
    widest = max_km * 1.25
    while True:
        half = min(half, widest)
        dlat = half / KM_PER_DEGREE
        edge_lat = abs(lat) + dlat
        if edge_lat >= 89.0:
            west, east = -180.0, 180.0
        else:
            dlon = dlat / math.cos(math.radians(edge_lat))
            west, east = lon - dlon, lon + dlon
        ranked = sorted(
            (fast_km(lat, lon, plat, plon), row, plat, plon)
            for row, plat, plon in in_box(lat - dlat, lat + dlat, west, east)
        )
        inside = sum(1 for found in ranked[:limit] if found[0] <= half)
        if inside >= limit or half >= widest:
            return ranked[:limit]
        half *= 2


class GridIndex:
    """Places of one category bucketed in ``cell``-degree cells (kept in memory).

    ``nearest`` visits rings of cells around the query until the N-th best
    distance is shorter than anything an unvisited ring could hold, then stops
    (at most ``max_km``).
    """

    def __init__(
        self, rows: Sequence[int], lat: Sequence[float], lon: Sequence[float], cell: float
    ) -> None:
        self.cell = cell
        self._lat = lat
        self._lon = lon
        self._cells: dict[tuple[int, int], list[int]] = {}
        for row in rows:
            key = (math.floor(lat[row] / cell), math.floor(lon[row] / cell))
            self._cells.setdefault(key, []).append(row)
        self.size = len(rows)

    def nearest(
        self, lat: float, lon: float, limit: int, max_km: float = 400.0
    ) -> list[tuple[float, int]]:
        """Up to ``limit`` (fast km, row) pairs, nearest first by :func:`fast_km`."""
        if limit <= 0 or not self.size:
            return []
        ci, cj = math.floor(lat / self.cell), math.floor(lon / self.cell)
        cos_lat = max(0.05, math.cos(math.radians(min(89.0, abs(lat) + self.cell * 10))))
        ring_km = self.cell * KM_PER_DEGREE * cos_lat  # smallest width of a cell near here
        best: list[tuple[float, int]] = []  # max-heap on distance (negated)
        radius = 0
        max_rings = int(max_km / ring_km) + 2
        cells = self._cells
        while radius <= max_rings:
            for key in _ring(ci, cj, radius):
                rows = cells.get(key)
                if not rows:
                    continue
                for row in rows:
                    d = fast_km(lat, lon, self._lat[row], self._lon[row])
                    if len(best) < limit:
                        heapq.heappush(best, (-d, row))
                    elif d < -best[0][0]:
                        heapq.heapreplace(best, (-d, row))
            # Anything in ring radius+1 is at least radius * ring_km away.
            if len(best) >= limit and -best[0][0] <= radius * ring_km:
                break
            radius += 1
        return sorted((-d, row) for d, row in best)


def _ring(ci: int, cj: int, radius: int) -> list[tuple[int, int]]:
    if radius == 0:
        return [(ci, cj)]
    cells = []
    for dj in range(-radius, radius + 1):
        cells.append((ci - radius, cj + dj))
        cells.append((ci + radius, cj + dj))
    for di in range(-radius + 1, radius):
        cells.append((ci + di, cj - radius))
        cells.append((ci + di, cj + radius))
    return cells
