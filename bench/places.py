"""Offline places: load time, memory, autocomplete per keystroke and nearest-N, p99.

Targets (issue 8): at most 2 ms per keystroke and per nearest query (p99),
over the whole data; loading happens off the first screen's path (a worker
thread when the Places screen is first opened), so its time is reported,
not budgeted against start-up.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import time
import tracemalloc
from argparse import Namespace
from typing import Any

TARGET_MS = 2.0


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
    rss_before = _rss_mib()
    load_times = []
    directory = None
    for _ in range(1 if quick else 3):
        directory = None
        gc.collect()
        start = time.perf_counter()
        directory = PlacesDirectory.load()
        load_times.append(time.perf_counter() - start)
    assert directory is not None
    rss_after = _rss_mib()
    del directory
    gc.collect()
    tracemalloc.start()
    directory = PlacesDirectory.load()
    traced = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()

    rng = random.Random(8)
    gaz = directory.gazetteer
    names = rng.sample(gaz._c.name, 150 if quick else 600)
    postcodes = rng.sample(sorted(set(gaz._postcodes)), 100 if quick else 400)
    typed: list[str] = []
    for name in names:
        typed += [name[:n] for n in range(1, len(name) + 1)]
    for postcode in postcodes:
        typed += [postcode[:n] for n in range(1, 6)]
    typed += ["st", "st d", "st de", "ste", "sai", "la", "le", "pa", "paris 1", "marseille 1"]
    keystroke: list[float] = []
    keystroke_cpu: list[float] = []
    for text in typed:
        _timed(keystroke, keystroke_cpu, directory.complete, text, 8)

    positions = [
        (lat, lon)
        for lat, lon in zip(gaz._c.lat, gaz._c.lon, strict=True)
        if lat is not None and lon is not None
    ]
    sample = rng.sample(positions, 500 if quick else 3000)
    kinds = (TOWN_HALL, FRANCE_SERVICES, DIGITAL_HELP)
    nearest: dict[str, tuple[list[float], list[float]]] = {kind: ([], []) for kind in kinds}
    for lat, lon in sample:
        for kind, (wall, cpu) in nearest.items():
            _timed(wall, cpu, directory.nearest, lat, lon, kind, 5)
    index_only: tuple[list[float], list[float]] = ([], [])
    grid = directory._indexes[TOWN_HALL]
    for lat, lon in sample:
        _timed(index_only[0], index_only[1], grid.nearest, lat, lon, 5)
    resolve: list[float] = []
    resolve_cpu: list[float] = []
    for name in names[:200]:
        _timed(resolve, resolve_cpu, directory.near, name, kinds, 5)

    def line(label: str, wall: list[float], cpu: list[float]) -> str:
        p99 = _percentile(wall, 0.99)
        p99_cpu = _percentile(cpu, 0.99)
        verdict = "ok" if p99 <= TARGET_MS else "over target"
        return (
            f"{label}: p50 {statistics.median(wall):.3f} ms, p99 {p99:.3f} ms wall "
            f"({verdict}), p99 {p99_cpu:.3f} ms CPU, max {max(wall):.3f} ms, "
            f"{len(wall)} queries"
        )

    lines = [
        f"data: {len(gaz._c.code)} communes, "
        f"{directory.count(TOWN_HALL)} town halls, {directory.count(FRANCE_SERVICES)} "
        f"France services, {directory.count(DIGITAL_HELP)} digital help points",
        f"load (off the first screen's path): median {statistics.median(load_times):.2f} s "
        f"over {len(load_times)} loads",
        f"memory the data adds: {traced:.1f} MiB traced by Python, "
        f"RSS +{rss_after - rss_before:.1f} MiB after the first load",
        f"machine load average: {_loadavg()} (wall-clock p99 includes time the process "
        "waited for a CPU; the CPU figure does not)",
        line("autocomplete per keystroke", keystroke, keystroke_cpu),
    ]
    lines += [
        line(f"nearest 5 {kind} (with today's hours)", wall, cpu)
        for kind, (wall, cpu) in nearest.items()
    ]
    lines.append(line("nearest 5 town-hall, grid index only (no hours)", *index_only))
    lines.append(line("whole search (resolve + 3 categories x 5)", resolve, resolve_cpu))
    return lines


def _timed(wall: list[float], cpu: list[float], function: Any, *args: Any) -> None:
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
