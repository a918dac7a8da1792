"""Start-up in instructions (callgrind): the same comparison as ``startup``, without noise.

Wall times on a shared 2-core machine move by ±30 % from one run to the next;
the number of instructions a start executes does not (valgrind counts them, so
the same programme gives the same figure whatever else the machine does). Each
programme runs once under ``valgrind --tool=callgrind`` up to its first frame
and leaves at once (``BENCH_HARD_EXIT``), so the tear-down is not counted.
About 2 minutes; skipped when valgrind is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from argparse import Namespace

from bench.startup import bench_env, commands

_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")
#: A start under valgrind takes 30-90 s here; a programme that never reports its first
#: frame (a style sheet that paints no window background) would otherwise hang the bench.
VALGRIND_TIMEOUT_S = 600


def count(command: list[str], env: dict[str, str]) -> int:
    """Instructions executed by ``command`` (valgrind's "Collected" figure)."""
    try:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
            env=dict(env, BENCH_HARD_EXIT="1"),
            capture_output=True,
            text=True,
            check=False,
            timeout=VALGRIND_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(
            f"no first frame within {VALGRIND_TIMEOUT_S} s under valgrind: {command}"
        ) from None
    found = _COLLECTED.search(result.stderr)
    if found is None or "FIRST_FRAME" not in result.stdout:
        raise RuntimeError(f"no count for {command}: {result.stderr[-300:]}")
    return int(found.group(1))


def run(args: Namespace) -> list[str]:
    if shutil.which("valgrind") is None:
        return ["skipped: valgrind is not installed (apt install valgrind)"]
    env = bench_env()
    programs = commands()
    # One ordinary run first, so that compiled modules exist (see bench.startup).
    subprocess.run(
        programs["ours"],
        env=dict(env, ASSIST_DESK_BENCH_EXIT="first-frame"),
        capture_output=True,
        check=False,
        timeout=VALGRIND_TIMEOUT_S,
    )
    bare = count(programs["bare"], env)
    minimal = count(programs["minimal"], env)
    ours = count(programs["ours"], dict(env, ASSIST_DESK_BENCH_EXIT="first-frame"))
    return [
        f"bare PySide6 window: {bare / 1e6:.0f} M instructions to the first frame",
        f"minimal home screen (reference): {minimal / 1e6:.0f} M (ratio {minimal / bare:.2f})",
        f"assist_desk, home with its tiles: {ours / 1e6:.0f} M (ratio {ours / bare:.2f}; "
        f"÷ the minimal home {ours / minimal:.2f}, target ≤ 1.2, issue 13)",
    ]
