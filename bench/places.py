"""Offline places: opening time, memory, autocomplete per keystroke and nearest-N.

Targets (issue 8): at most 2 ms per keystroke and per nearest query (p99),
over the whole data. Two sets of queries: a broad random sample (every
prefix of 600 commune names, 400 postcodes, 3,000 positions) and a few
typical ones (what a citizen types and searches), with p50 and p95.
The data is opened off the first screen's path (a worker thread when the
Places screen is first opened); since issue 13 it is an on-disk SQLite store,
so opening takes milliseconds and the memory figure is the store's, not the data's.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
import tracemalloc
from argparse import Namespace
from collections.abc import Callable
from typing import Any

TARGET_MS = 2.0

#: What a citizen types (each prefix is a keystroke) and then searches.
TYPICAL_TYPED = ("Paris", "st de", "75011", "Marseil", "Lyon", "Bordeaux", "97411", "st jean de l")
TYPICAL_SEARCHED = (
    "75011",
    "Saint-Denis",
    "Bordeaux",
    "Marseille 1er",
    "97411",
    "st jean de luz",
    "Gap",
    "here",
)
SITE = (48.8566, 2.3522)


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _rss_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def run(args: Namespace) -> list[str]:
    from assist_desk.places.directory import PlacesDirectory
    from assist_desk.places.models import DIGITAL_HELP, FRANCE_SERVICES, TOWN_HALL

    quick = bool(getattr(args, "quick", False))
    kinds = (TOWN_HALL, FRANCE_SERVICES, DIGITAL_HELP)
    rss_before = _rss_mib()
    load_times = []
    for _ in range(1 if quick else 3):
        gc.collect()
        start = time.perf_counter()
        PlacesDirectory.load().close()
        load_times.append(time.perf_counter() - start)
    gc.collect()
    tracemalloc.start()
    directory = PlacesDirectory.load()
    for query in TYPICAL_SEARCHED:
        directory.near(query, kinds, 5, site=SITE)
    gc.collect()
    traced = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    rss_after = _rss_mib()

    rng = random.Random(8)
    store = directory.store
    names = rng.sample(
        [n for (n,) in store.rows("SELECT name FROM communes")], 150 if quick else 600
    )
    postcodes = [p for (p,) in store.rows("SELECT DISTINCT postcode FROM postcodes ORDER BY 1")]
    typed: list[str] = []
    for name in names:
        typed += [name[:n] for n in range(1, len(name) + 1)]
    for postcode in rng.sample(postcodes, 100 if quick else 400):
        typed += [postcode[:n] for n in range(1, 6)]
    typed += ["st", "st d", "st de", "ste", "sai", "la", "le", "pa", "paris 1", "marseille 1"]
    keystroke: tuple[list[float], list[float]] = ([], [])
    for text in typed:
        _timed(keystroke, directory.complete, text, 8)

    positions = store.rows("SELECT lat, lon FROM communes WHERE lat IS NOT NULL")
    sample = rng.sample(positions, 500 if quick else 3000)
    nearest: dict[str, tuple[list[float], list[float]]] = {kind: ([], []) for kind in kinds}
    for lat, lon in sample:
        for kind, timings in nearest.items():
            _timed(timings, directory.nearest, lat, lon, kind, 5)
    resolve: tuple[list[float], list[float]] = ([], [])
    for name in names[:200]:
        _timed(resolve, directory.near, name, kinds, 5)

    typical_keys: tuple[list[float], list[float]] = ([], [])
    typical_search: tuple[list[float], list[float]] = ([], [])
    for _ in range(5 if quick else 30):
        for text in TYPICAL_TYPED:
            for length in range(1, len(text) + 1):
                _timed(typical_keys, directory.complete, text[:length], 8)
        for query in TYPICAL_SEARCHED:
            _timed(typical_search, directory.near, query, kinds, 5, None, SITE)

    def line(label: str, timings: tuple[list[float], list[float]]) -> str:
        wall, cpu = timings
        p99 = _percentile(wall, 0.99)
        verdict = "ok" if p99 <= TARGET_MS else "over target"
        return (
            f"{label}: p50 {statistics.median(wall):.3f} ms, p95 {_percentile(wall, 0.95):.3f} ms, "
            f"p99 {p99:.3f} ms wall ({verdict}), p99 {_percentile(cpu, 0.99):.3f} ms CPU, "
            f"max {max(wall):.3f} ms, {len(wall)} queries"
        )

    lines = [
        f"data: {store.commune_count} communes, "
        f"{directory.count(TOWN_HALL)} town halls, {directory.count(FRANCE_SERVICES)} "
        f"France services, {directory.count(DIGITAL_HELP)} digital help points "
        f"({store.path.stat().st_size / 2**20:.1f} MiB store on disk)",
        f"open (off the first screen's path): median {statistics.median(load_times) * 1000:.1f} ms "
        f"over {len(load_times)} opens",
        f"memory the places add: {traced:.1f} MiB traced by Python (imports included), "
        f"RSS +{rss_after - rss_before:.1f} MiB after opening and {len(TYPICAL_SEARCHED)} searches",
        f"machine load average: {_loadavg()} (wall-clock figures include time the process "
        "waited for a CPU; the CPU figure does not)",
        line("autocomplete per keystroke", keystroke),
    ]
    lines += [line(f"nearest 5 {kind} (with today's hours)", t) for kind, t in nearest.items()]
    lines.append(line("whole search (resolve + 3 categories x 5)", resolve))
    lines.append(line("typical keystrokes (8 queries typed)", typical_keys))
    lines.append(line("typical searches (8 queries)", typical_search))
    return lines


def _timed(
    timings: tuple[list[float], list[float]], function: Callable[..., Any], *args: Any
) -> None:
    wall, cpu = timings
    start_cpu = time.thread_time()
    start = time.perf_counter()
    function(*args)
    wall.append((time.perf_counter() - start) * 1000)
    cpu.append((time.thread_time() - start_cpu) * 1000)


def _loadavg() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "n/a"
