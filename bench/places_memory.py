"""Memory once "Find a place" has been used, against a bare PySide6 window.

Runs ``bench/places_memory_driver.py`` (the application, settled, then the
Places screen opened and six searches typed; the window clicked once before, as a
citizen's first touch starts the warm-ups) and ``bench/bare_window.py`` in
the same run, and prints the resident memory (RSS) of the settled application,
the RSS after the searches, the difference (target, issue 13: at most +10 MiB)
and both as ratios of the bare window's. The training portal is a child
process: its memory is not counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from argparse import Namespace

from bench.startup import HERE, bench_env

TARGET_EXTRA_MIB = 10.0


def _bare_window_mib(env: dict[str, str]) -> float:
    """Peak RSS of the bare window (it exits after its first frame: peak = settled)."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / "bare_window.py")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return usage.ru_maxrss / 1024


def _driver(env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.places_memory_driver"],
        capture_output=True,
        text=True,
        env=env,
        cwd=HERE.parent,
        timeout=300,
        check=False,
    )
    figures: dict[str, float] = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("SETTLED_KB", "PLACES_KB"):
            figures[key] = int(value) / 1024
        elif key == "PLACES_READY_S":
            figures[key] = float(value)
    if done.returncode != 0 or len(figures) != 3:
        raise RuntimeError(f"driver failed ({done.returncode}): {done.stderr[-2000:]}")
    return figures


def run(args: Namespace) -> list[str]:
    runs = 1 if args.quick else max(1, min(args.runs, 5))
    env = bench_env()
    _bare_window_mib(env)  # warm the disk cache and write .pyc files
    bare: list[float] = []
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        bare.append(_bare_window_mib(env))
        samples.append(_driver(env))

    def median(key: str) -> float:
        return statistics.median(sample[key] for sample in samples)

    bare_mib = statistics.median(bare)
    settled, used = median("SETTLED_KB"), median("PLACES_KB")
    extra = statistics.median(s["PLACES_KB"] - s["SETTLED_KB"] for s in samples)
    verdict = "ok" if extra <= TARGET_EXTRA_MIB else "over target"
    return [
        f"runs: {runs} (median)",
        f"bare PySide6 window: RSS {bare_mib:.1f} MiB",
        f"assist_desk settled, then touched once: RSS {settled:.1f} MiB "
        f"(ratio {settled / bare_mib:.2f})",
        f"after six place searches: RSS {used:.1f} MiB (ratio {used / bare_mib:.2f})",
        f"extra RSS once 'Find a place' has been used: +{extra:.1f} MiB "
        f"(target ≤ +{TARGET_EXTRA_MIB:.0f} MiB: {verdict}); "
        f"data ready {median('PLACES_READY_S'):.2f} s after the screen opened",
    ]
