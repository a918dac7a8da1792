"""Start-up time and peak memory: assist_desk against a bare PySide6 window.

Wall time runs from just before the process is spawned to its first painted
frame (each prints ``FIRST_FRAME <epoch>``). assist_desk's first frame is its
real home screen, tiles included (a tile chosen at once opens as soon as its
feature is installed); "ready" is when every feature is installed, "settled"
when the background steps (training portal, content index) are done too.
Peak RSS is the process's own (``SELF_PEAK_KB``; the training portal is a child
process and not counted). A third program, ``minimal_home.py`` (a style sheet,
a top bar and five plain buttons), shows what any real first screen costs.

The children run without ``PYTHONDONTWRITEBYTECODE`` so that the warm-up run
leaves compiled modules behind, as an installed application has them.
Wall times are noisy on a shared machine: ``startup_instructions`` counts
instructions instead.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from argparse import Namespace
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bench_env() -> dict[str, str]:
    """Offscreen, a throw-away home, compiled modules kept."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    home = Path(env.get("TMPDIR", "/tmp")) / "assist-desk-bench-home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "c"),
        XDG_DATA_HOME=str(home / "d"),
        XDG_STATE_HOME=str(home / "s"),
        XDG_CACHE_HOME=str(home / "k"),
    )
    return env


def commands() -> dict[str, list[str]]:
    return {
        "bare": [sys.executable, str(HERE / "bare_window.py")],
        "minimal": [sys.executable, str(HERE / "minimal_home.py")],
        "ours": [sys.executable, "-m", "assist_desk"],
    }


def _measure(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawn to each reported moment, and the peak RSS in MiB."""
    start = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    output = process.stdout.read().decode()
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    figures: dict[str, float] = {"peak": usage.ru_maxrss / 1024}
    for line in output.splitlines():
        key, _, value = line.partition(" ")
        if key in ("FIRST_FRAME", "READY"):
            figures[key.lower()] = float(value) - start
        elif key == "SELF_PEAK_KB":
            figures["peak"] = int(value) / 1024
    return figures


def run(args: Namespace) -> list[str]:
    runs = 3 if args.quick else args.runs
    env = bench_env()
    programs = commands()
    first = dict(env, ASSIST_DESK_BENCH_EXIT="first-frame")
    settled = dict(env, ASSIST_DESK_BENCH_EXIT="settled")
    for name in ("bare", "minimal"):  # warm the disk cache and write .pyc files
        _measure(programs[name], env)
    _measure(programs["ours"], settled)
    samples: dict[str, list[dict[str, float]]] = {
        k: [] for k in ("bare", "minimal", "first", "settled")
    }
    for _ in range(runs):
        samples["bare"].append(_measure(programs["bare"], env))
        samples["minimal"].append(_measure(programs["minimal"], env))
        samples["first"].append(_measure(programs["ours"], first))
        samples["settled"].append(_measure(programs["ours"], settled))

    def median(kind: str, key: str) -> float:
        return statistics.median(sample[key] for sample in samples[kind])

    bare_t, bare_m = median("bare", "first_frame"), median("bare", "peak")
    lines = [
        f"runs: {runs} (median)",
        f"bare PySide6 window: {bare_t * 1000:.0f} ms to first frame, peak RSS {bare_m:.1f} MiB",
    ]

    def row(label: str, seconds: float, mib: float | None = None) -> None:
        target = ", target ≤ 1.3" if mib is not None else ""
        text = f"{label}: {seconds * 1000:.0f} ms (ratio {seconds / bare_t:.2f}{target})"
        if mib is not None:
            text += f", peak RSS {mib:.1f} MiB (ratio {mib / bare_m:.2f}, target ≤ 1.6)"
        lines.append(text)

    row(
        "minimal home screen (reference), first frame",
        median("minimal", "first_frame"),
        median("minimal", "peak"),
    )
    row(
        "assist_desk, first frame (home with its tiles)",
        median("first", "first_frame"),
        median("first", "peak"),
    )
    ready = median("settled", "ready")
    lines.append(
        f"assist_desk, every feature installed (ready): {ready * 1000:.0f} ms "
        f"(ratio {ready / bare_t:.2f}, target ≤ 3)"
    )
    lines.append(
        f"assist_desk, settled (training portal up, content loaded, not touched yet): "
        f"peak RSS {median('settled', 'peak'):.1f} MiB "
        f"(ratio {median('settled', 'peak') / bare_m:.2f}, target ≤ 1.6)"
    )
    return lines
