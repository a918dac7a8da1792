"""Run a part of the test suite several times in a row and count passes, failures and crashes.

Issue 13 §1: a crash that shows once in five runs is still a crash. Each run is a fresh
pytest process; its output goes to ``<logs>/run-NN.log`` (with faulthandler's trace if
Python dies), and one line per run is printed as it ends, then the totals.

    python scripts/repeat_tests.py --runs 20 tests/a11y
    python scripts/repeat_tests.py --runs 5 --shuffle -- -n auto --dist worksteal tests

``--shuffle`` gives each run its own order (pytest-random-order, a new seed per run,
printed so that ``--seed N`` or ``make test-shuffled SEED=N`` replays it). The exit
status is 0 only when every run passed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Signs that a process died instead of failing: Python's own fatal error report
#: (faulthandler), or pytest-xdist's report of a worker that vanished.
CRASH_SIGNS = ("Fatal Python error", "crashed while running", "node down:")

SUMMARY_COUNT = re.compile(r"(\d+) (passed|failed|error|errors|skipped|xfailed|xpassed)\b")


@dataclass(frozen=True)
class RunResult:
    number: int
    verdict: str  # "pass", "fail" or "crash"
    exit_status: int
    seconds: float
    counts: dict[str, int]
    seed: int | None
    log: Path

    def line(self) -> str:
        counts = ", ".join(f"{n} {kind}" for kind, n in self.counts.items()) or "no summary"
        seed = f" seed={self.seed}" if self.seed is not None else ""
        return (
            f"run {self.number:2d}: {self.verdict.upper():5s} exit={self.exit_status}"
            f" {self.seconds:6.1f} s  {counts}{seed}  ({self.log})"
        )


def summary_counts(output: str) -> dict[str, int]:
    """The counts of pytest's last summary line ("3 passed, 1 failed in 2.0s", framed
    by "=" unless pytest runs with -q)."""
    lines = [line for line in output.splitlines() if SUMMARY_COUNT.match(line.strip("= "))]
    if not lines:
        return {}
    counts: dict[str, int] = {}
    for number, kind in SUMMARY_COUNT.findall(lines[-1]):
        counts["error" if kind == "errors" else kind] = int(number)
    return counts


def verdict_of(exit_status: int, output: str) -> str:
    # A negative status is a signal (SIGSEGV = -11, SIGABRT = -6); pytest itself only
    # exits with 0 (all passed) or 1 (some failed) when it ran to its end.
    if exit_status < 0 or any(sign in output for sign in CRASH_SIGNS):
        return "crash"
    return "pass" if exit_status == 0 else "fail"


def run_once(number: int, pytest_args: list[str], seed: int | None, logs: Path) -> RunResult:
    command = [sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", *pytest_args]
    if seed is not None:
        command += ["--random-order-bucket=global", f"--random-order-seed={seed}"]
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    done = subprocess.run(
        command,
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    seconds = time.monotonic() - started
    log = logs / f"run-{number:02d}.log"
    log.write_text(" ".join(command) + "\n\n" + done.stdout, encoding="utf-8")
    return RunResult(
        number=number,
        verdict=verdict_of(done.returncode, done.stdout),
        exit_status=done.returncode,
        seconds=seconds,
        counts=summary_counts(done.stdout),
        seed=seed,
        log=log,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--shuffle", action="store_true", help="a new test order each run")
    parser.add_argument("--seed", type=int, help="with --shuffle: the first run's seed")
    parser.add_argument("--logs", type=Path, default=ROOT / "out" / "repeat")
    parser.add_argument("pytest_args", nargs="+", help="what pytest runs (after --)")
    options = parser.parse_args(argv)

    options.logs.mkdir(parents=True, exist_ok=True)
    seeds = random.Random(options.seed)
    print(f"== {options.runs} runs of: pytest {' '.join(options.pytest_args)}", flush=True)
    results = []
    for number in range(1, options.runs + 1):
        seed = None
        if options.shuffle:
            seed = options.seed if number == 1 and options.seed else seeds.randrange(1, 10**6)
        result = run_once(number, options.pytest_args, seed, options.logs)
        print(result.line(), flush=True)
        results.append(result)

    tally = {
        verdict: sum(r.verdict == verdict for r in results) for verdict in ("pass", "fail", "crash")
    }
    print(
        f"== {len(results)} runs: {tally['pass']} passed, {tally['fail']} failed,"
        f" {tally['crash']} crashed; {sum(r.seconds for r in results):.0f} s in all",
        flush=True,
    )
    for result in results:
        if result.verdict == "crash":
            print(f"   crash in run {result.number}: see {result.log}")
    return 0 if tally["pass"] == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
