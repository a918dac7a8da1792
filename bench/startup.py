"""Start-up time and peak memory: assist_desk against a bare PySide6 window.

Wall time runs from just before the process is spawned to its first painted
frame (both print ``FIRST_FRAME <epoch>``); peak RSS is the child's
``ru_maxrss``. For assist_desk two figures: exiting at the first frame, and
"settled" — after the rest of start-up (settings, asyncio, training portal,
features) has completed, which is what a session really costs. The training
portal runs in its own process and is not counted in the app's peak.
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


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds to first frame and peak RSS (MiB).

    The peak is the process's own (``SELF_PEAK_KB``, printed by assist_desk when it
    has settled) or, failing that, wait4's figure — which also counts waited-for
    children such as the training portal's process.
    """
    start = time.time()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    output = process.stdout.read().decode()
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    first = next(
        float(line.split()[1]) for line in output.splitlines() if line.startswith("FIRST_FRAME")
    )
    own = [int(line.split()[1]) for line in output.splitlines() if line.startswith("SELF_PEAK_KB")]
    return first - start, (own[0] if own else usage.ru_maxrss) / 1024


def run(args: Namespace) -> list[str]:
    runs = 3 if args.quick else args.runs
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    home = Path(env.get("TMPDIR", "/tmp")) / "assist-desk-bench-home"
    home.mkdir(parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "c"),
        XDG_DATA_HOME=str(home / "d"),
        XDG_STATE_HOME=str(home / "s"),
        XDG_CACHE_HOME=str(home / "k"),
    )
    bare = [sys.executable, str(HERE / "bare_window.py")]
    ours = [sys.executable, "-m", "assist_desk"]
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "first": [], "settled": []}
    _measure(bare, env)  # warm the disk cache and .pyc files for both
    _measure(ours, dict(env, ASSIST_DESK_BENCH_EXIT="first-frame"))
    for _ in range(runs):
        samples["bare"].append(_measure(bare, env))
        samples["first"].append(_measure(ours, dict(env, ASSIST_DESK_BENCH_EXIT="first-frame")))
        samples["settled"].append(_measure(ours, dict(env, ASSIST_DESK_BENCH_EXIT="settled")))
    med = {
        k: (statistics.median(s[0] for s in v), statistics.median(s[1] for s in v))
        for k, v in samples.items()
    }
    bare_t, bare_m = med["bare"]
    lines = [
        f"runs: {runs} (median)",
        f"bare PySide6 window: {bare_t * 1000:.0f} ms to first frame, peak RSS {bare_m:.1f} MiB",
    ]
    for key, label in (
        ("first", "assist_desk, first frame"),
        ("settled", "assist_desk, fully started"),
    ):
        t, m = med[key]
        lines.append(f"{label}: {t * 1000:.0f} ms, peak RSS {m:.1f} MiB")
        lines.append(
            f"  startup ratio {t / bare_t:.2f} (target ≤ 1.3),"
            f" memory ratio {m / bare_m:.2f} (target ≤ 1.6)"
        )
    return lines
