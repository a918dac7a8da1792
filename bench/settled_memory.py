"""Where the settled memory goes, and what each start-up step adds (issue 13 §3).

Runs ``bench/settled_memory_driver.py`` (the application to "settled", training mode)
and a bare PySide6 window in the same run, and prints: the resident memory after
each start-up step with the modules imported so far, the GUI thread's CPU time from
the first frame to ready (what "ready" cannot go under on any machine), the settled
memory by kind of mapping beside the bare window's, and the peak once a first input
has started the warm-ups (a process in use). The training portal is
a child process: not counted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from argparse import Namespace

from bench.startup import HERE, bench_env

#: The bare window of bench/bare_window.py, reporting its mappings after its first frame.
_BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from bench.settled_memory_driver import mappings_kb

class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, report)
        return False

def report():
    for group, kb in mappings_kb().items():
        print(f"MAPPING {kb} {group}", flush=True)
    QApplication.quit()

app = QApplication([])
label = QLabel("Bonjour")
probe = FirstFrame()
label.installEventFilter(probe)
label.resize(1280, 800)
label.show()
app.exec()
"""


def _run(command: list[str]) -> list[str]:
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=bench_env(),
        cwd=HERE.parent,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{command[-1]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout.splitlines()


def _mappings(lines: list[str]) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in lines:
        if line.startswith("MAPPING "):
            _, kb, group = line.split(" ", 2)
            found[group] = int(kb) / 1024
    return found


def run(args: Namespace) -> list[str]:
    runs = 1 if args.quick else max(1, min(args.runs, 5))
    _run([sys.executable, "-c", _BARE])  # warm the disk cache
    ours = [_run([sys.executable, "-m", "bench.settled_memory_driver"]) for _ in range(runs)]
    bare = _mappings(_run([sys.executable, "-c", _BARE]))

    def figures(key: str) -> list[int]:
        return [int(line.split()[1]) for r in ours for line in r if line.startswith(key)]

    settled = [kb / 1024 for kb in figures("SETTLED_PEAK_KB")]
    in_use = [kb / 1024 for kb in figures("SELF_PEAK_KB")]
    cpu = figures("GUI_CPU_MS")
    last = ours[-1]
    lines = [
        f"runs: {runs}; settled peak RSS {statistics.median(settled):.1f} MiB (median), "
        f"bare window {sum(bare.values()):.1f} MiB",
        f"after a first input and its warm-ups: peak RSS {statistics.median(in_use):.1f} MiB",
        f"GUI thread's CPU from the first frame to ready: {statistics.median(cpu)} ms (median)",
        "start-up steps (last run): ms since start, RSS, added, modules",
    ]
    previous = None
    for line in last:
        if line.startswith("STEP "):
            _, ms, kb, modules, name = line.split(" ", 4)
            mib = int(kb) / 1024
            added = f"+{mib - previous:4.1f}" if previous is not None else "     "
            lines.append(f"  {int(ms):5d} ms {mib:6.1f} MiB {added} {int(modules):4d}  {name}")
            previous = mib
    lines.append("settled RSS by mapping (last run) against the bare window, MiB:")
    for group, mib in sorted(_mappings(last).items(), key=lambda item: -item[1]):
        lines.append(f"  {mib:5.1f} (bare {bare.get(group, 0.0):5.1f})  {group}")
    lines.extend(line for line in last if line.startswith("THREADS"))
    return lines
