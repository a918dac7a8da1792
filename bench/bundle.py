"""The self-contained bundle: its size, and its start-up time against ``python -m assist_desk``.

Needs a built bundle (``make bundle``) in ``dist/assist-desk``. Both sides run
offscreen with the same throw-away HOME; wall time runs from just before the
process is spawned to its first painted frame (``ASSIST_DESK_BENCH_EXIT``, as in
:mod:`bench.startup`), and to the exit of a run that quits once "settled"
(training portal and features started, then shut down cleanly).
``--version`` is timed too: it is what an operator types first.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from argparse import Namespace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "assist-desk"
MIB = 1024 * 1024


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = Path(env.get("TMPDIR", "/tmp")) / "assist-desk-bench-bundle-home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "c"),
        XDG_DATA_HOME=str(home / "d"),
        XDG_STATE_HOME=str(home / "s"),
        XDG_CACHE_HOME=str(home / "k"),
    )
    return env


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds to the first frame, seconds to exit, peak RSS (MiB) of one run."""
    start = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    output = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    ended = time.time()
    process.returncode = 0
    if status != 0:
        raise RuntimeError(f"{command[0]} exited with wait status {status}")
    first = next(
        float(line.split()[1]) for line in output.splitlines() if line.startswith("FIRST_FRAME")
    )
    return first - start, ended - start, usage.ru_maxrss / 1024


def _version_time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "--version"], env=env, capture_output=True, check=True)
    return time.perf_counter() - start


def run(args: Namespace) -> list[str]:
    exe = BUNDLE / ("assist-desk-cli.exe" if os.name == "nt" else "assist-desk")
    if not exe.is_file():
        return [f"no bundle at {BUNDLE}: run `make bundle` first"]
    runs = 3 if args.quick else args.runs
    env = _env()
    sides = {"bundle": [str(exe)], "python": [sys.executable, "-m", "assist_desk"]}
    lines = [f"bundle: {BUNDLE} — {_size(BUNDLE) / MIB:.1f} MiB on disk"]
    for archive in sorted(BUNDLE.parent.glob("assist-desk-*.tar.gz")) + sorted(
        BUNDLE.parent.glob("assist-desk-*.zip")
    ):
        lines.append(f"archive: {archive.name} — {archive.stat().st_size / MIB:.1f} MiB")
    samples: dict[str, dict[str, list[float]]] = {
        side: {"version": [], "first": [], "settled": [], "rss": []} for side in sides
    }
    for command in sides.values():  # warm the disk cache (and .pyc files) for both
        _measure(command, dict(env, ASSIST_DESK_BENCH_EXIT="settled"))
    for _ in range(runs):
        for side, command in sides.items():
            samples[side]["version"].append(_version_time(command, env))
            first, _, _ = _measure(command, dict(env, ASSIST_DESK_BENCH_EXIT="first-frame"))
            _, settled, rss = _measure(command, dict(env, ASSIST_DESK_BENCH_EXIT="settled"))
            samples[side]["first"].append(first)
            samples[side]["settled"].append(settled)
            samples[side]["rss"].append(rss)
    med = {side: {k: statistics.median(v) for k, v in s.items()} for side, s in samples.items()}
    lines.append(f"runs: {runs} (median)")
    for side, label in (("python", "python -m assist_desk"), ("bundle", "bundle")):
        m = med[side]
        lines.append(
            f"{label}: --version {m['version'] * 1000:.0f} ms, first frame"
            f" {m['first'] * 1000:.0f} ms, fully started and quit {m['settled'] * 1000:.0f} ms,"
            f" peak RSS {m['rss']:.1f} MiB"
        )
    b, p = med["bundle"], med["python"]
    lines.append(
        f"ratio bundle/python: --version {b['version'] / p['version']:.2f},"
        f" first frame {b['first'] / p['first']:.2f}, fully started"
        f" {b['settled'] / p['settled']:.2f}, memory {b['rss'] / p['rss']:.2f}"
    )
    return lines
