"""The fixed design's floor, against the bare window and assist_desk, in the same run.

``python -m bench design_floor [--runs N]`` (from the source tree's root). Issue 13's
targets are ratios to a bare PySide6 window: settled peak RSS ≤ 1.6, "ready" wall ≤ 3.
The design fixes PySide6, qasync (asyncio in Qt's loop) and pydantic (the settings
model, read before "ready", and the content pack's models). This measures a process
made only of those (``bench/design_floor_program.py``: the bare window, the settings
validated, the loop attached; then the content pack, the design's "settled" step), so
that what is left for everything else shows: the targets are reachable only if the
floor is well under them.

Each round runs every programme once, alternating, so that the machine's load weighs
on all alike; medians are printed, with the floor's steps and its memory by kind of
mapping beside assist_desk's (one run each, the last round).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from argparse import Namespace

from bench.startup import bench_env, commands

_FLOOR = [sys.executable, "-m", "bench.design_floor_program"]


def _measure(command: list[str], env: dict[str, str]) -> tuple[dict[str, float], list[str]]:
    """Seconds from spawn to FIRST_FRAME and READY, the peak RSS in MiB, and the output."""
    start = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    output = process.stdout.read().decode().splitlines()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    if status != 0:
        raise RuntimeError(f"{command} exited with status {status}")
    figures: dict[str, float] = {"peak": usage.ru_maxrss / 1024}
    for line in output:
        key, _, value = line.partition(" ")
        if key in ("FIRST_FRAME", "READY"):
            figures[key.lower()] = float(value) - start
        elif key == "SELF_PEAK_KB":
            figures["peak"] = int(value) / 1024
    return figures, output


def _mappings(output: list[str]) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in output:
        if line.startswith("MAPPING "):
            _, kb, group = line.split(" ", 2)
            found[group] = int(kb) / 1024
    return found


def run(args: Namespace) -> list[str]:
    runs = 3 if args.quick else args.runs
    env = bench_env()
    programs = {
        "bare": (commands()["bare"], env),
        "floor": (_FLOOR, env),
        "floor+content": (_FLOOR, dict(env, FLOOR_CONTENT="1")),
        "minimal floor+content": (_FLOOR, dict(env, FLOOR_CONTENT="1", FLOOR_BASE="minimal")),
        "ours": (commands()["ours"], dict(env, ASSIST_DESK_BENCH_EXIT="settled")),
    }
    for command, program_env in programs.values():  # the disk cache, compiled modules
        _measure(command, program_env)
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in programs}
    last: dict[str, list[str]] = {}
    for _ in range(runs):
        for name, (command, program_env) in programs.items():
            figures, last[name] = _measure(command, program_env)
            samples[name].append(figures)

    def median(name: str, key: str) -> float:
        return statistics.median(sample[key] for sample in samples[name])

    bare_t, bare_m = median("bare", "first_frame"), median("bare", "peak")
    lines = [
        f"runs: {runs} (median), load average {os.getloadavg()[0]:.1f}",
        f"bare PySide6 window: {bare_t * 1000:.0f} ms to first frame, peak RSS {bare_m:.1f} MiB",
    ]
    for name in programs:
        if name == "bare":
            continue
        ready, peak = median(name, "ready"), median(name, "peak")
        lines.append(
            f"{name}: ready {ready * 1000:.0f} ms (÷ bare {ready / bare_t:.2f}, target ≤ 3), "
            f"peak RSS {peak:.1f} MiB (÷ bare {peak / bare_m:.2f}, target ≤ 1.6)"
        )
    lines.append("floor+content, steps (last round): ms since start, RSS, added, modules")
    previous = None
    for line in last["floor+content"]:
        if line.startswith("STEP "):
            _, ms, kb, modules, name = line.split(" ", 4)
            mib = int(kb) / 1024
            added = f"+{mib - previous:4.1f}" if previous is not None else "     "
            lines.append(f"  {int(ms):5d} ms {mib:6.1f} MiB {added} {int(modules):4d}  {name}")
            previous = mib
    floor_map = _mappings(last["floor+content"])
    lines.append(
        "RSS by mapping at the end, MiB: floor+content (assist_desk settled: "
        "bench.settled_memory's table)"
    )
    for group, mib in sorted(floor_map.items(), key=lambda item: -item[1]):
        lines.append(f"  {mib:5.1f}  {group}")
    return lines
