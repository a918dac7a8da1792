"""The first opening of "Create an account" and its first step switches (issue 13 §3).

Runs ``bench/wizard_opening_driver.py`` (the application to "settled", a first input,
its warm-ups done, then the wizard opened as its tile opens it and walked three steps)
in training mode and in a training kiosk, and prints for each move the GUI thread's
CPU time and the wall time, with the layout and paint events the move posted (what a
person waits for), as the median and range of the runs. A tap has about 100 ms.

``BENCH_BEFORE_TREE=/path/to/other/checkout``: each round runs that tree's application
first, then this one's (same driver, same moment), and prints both: an A/B in the same
session, as the other benchmarks measure against a baseline of the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from argparse import Namespace
from collections import defaultdict

from bench.startup import HERE, bench_env

DRIVER = HERE / "wizard_opening_driver.py"
MODES = {"training": [], "kiosk": ["--mode", "kiosk"]}


def _moves(tree: str, mode: str) -> dict[str, tuple[float, float]]:
    """One run: each move's (GUI CPU ms, wall ms), with the events it posted."""
    env = bench_env()
    env["PYTHONPATH"] = tree
    env["ASSIST_DESK_TRAINING_KIOSK"] = "true"  # a kiosk with fictitious data only
    done = subprocess.run(
        [sys.executable, str(DRIVER), *MODES[mode]],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{tree} ({mode}) failed ({done.returncode}): {done.stderr[-2000:]}")
    moves = {}
    for line in done.stdout.splitlines():
        if line.startswith("MOVE "):
            _, name, _cpu, _wall, cpu, wall = line.split()
            moves[name] = (float(cpu), float(wall))
    return moves


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def run(args: Namespace) -> list[str]:
    trees = {"this tree": str(HERE.parent)}
    before = os.environ.get("BENCH_BEFORE_TREE")
    if before:
        trees = {"before": before, **trees}
    runs = 2 if args.quick else args.runs
    lines = []
    for mode in MODES:
        for tree in trees.values():
            _moves(tree, mode)  # a first run compiles the modules (as an installed copy has)
        figures: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for _ in range(runs):
            for label, tree in trees.items():  # alternating: the same load for both
                for name, (cpu, wall) in _moves(tree, mode).items():
                    figures[(label, name)]["cpu"].append(cpu)
                    figures[(label, name)]["wall"].append(wall)
        lines.append(f"{mode}, {runs} runs: GUI CPU ms / wall ms, median (range)")
        names = list(dict.fromkeys(name for _label, name in figures))
        for name in names:
            for label in trees:
                measured = figures[(label, name)]
                lines.append(
                    f"  {name:14} {label:10} {_summary(measured['cpu']):>16} / "
                    f"{_summary(measured['wall'])}"
                )
    return lines
