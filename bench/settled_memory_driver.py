"""The application started as ``python -m assist_desk`` does, reporting where its
memory goes at each start-up step (for bench/settled_memory.py).

``python -m bench.settled_memory_driver``: training mode, offscreen; prints one
``STEP`` line per start-up step (milliseconds since the process started, resident
memory in KiB, modules imported, the step), the GUI thread's CPU milliseconds from
the first frame to ready (``GUI_CPU_MS``), then, once settled, the resident memory by
kind of mapping (``MAPPING``), the threads (``THREADS``) and the peak so far
(``SETTLED_PEAK_KB``); then it gives the application its first input
(``sig_first_input``), waits for the warm-ups that starts, prints the peak of the
process in use (``SELF_PEAK_KB``) and exits. The hooks wrap the composition root's own steps;
nothing else of the application changes.
"""

from __future__ import annotations

import collections
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASSIST_DESK_BENCH_EXIT"] = "settled"

STARTED = time.perf_counter()


def rss_kb() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def step(name: str) -> None:
    elapsed_ms = (time.perf_counter() - STARTED) * 1000
    print(f"STEP {elapsed_ms:.0f} {rss_kb()} {len(sys.modules)} {name}", flush=True)


def peak_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def mapping_group(path: str) -> str:
    """A mapping's kind: what one would act on to shrink it."""
    name = path.rsplit("/", 1)[-1]
    if path in ("", "[heap]") or path.startswith("[anon"):
        return "anonymous (Python objects and code, C/C++ heaps, thread stacks)"
    if "/PySide6/Qt/lib/" in path:
        return "Qt libraries"
    if "/PySide6/" in path or "/shiboken6/" in path:
        return "PySide6 bindings"
    if "pydantic_core" in path:
        return "pydantic_core"
    if name.startswith(("libcrypto", "libssl", "_ssl", "_hashlib")):
        return "OpenSSL (ssl, hashlib)"
    if name.startswith("libpython") or "/lib-dynload/" in path:
        return "Python (interpreter, standard extensions)"
    if path.endswith((".ttf", ".otf", ".ttc")):
        return "fonts"
    if path.startswith("["):
        return "kernel ([stack], [vvar], [vdso])"
    return "other shared libraries and files"


def mappings_kb() -> dict[str, int]:
    groups: collections.Counter[str] = collections.Counter()
    current = ""
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            fields = line.split()
            if not fields:
                continue
            if not fields[0].endswith(":"):  # a mapping's header line
                current = fields[5] if len(fields) > 5 else ""
            elif fields[0] == "Rss:":
                groups[mapping_group(current)] += int(fields[1])
    return dict(groups)


def install_hooks() -> None:
    import assist_desk.app as app
    import assist_desk.context as context_module

    held: dict[str, Any] = {}  # the first frame's CPU time, the real attach
    finish_startup = app.AppContext.finish_startup
    install = app.AppContext._install
    step_done = context_module.FeatureContext.startup_step_done
    report_and_quit = app._report_and_quit

    def attach_hook(qapp: Any) -> Any:
        loop = held["attach"](qapp)  # calls the real attach
        step("settings, log file, stores, asyncio loop")  # the last before the features
        return loop

    def finish_startup_hook(self: Any, stepwise: bool = False) -> None:
        step("first frame")
        held["first frame"] = time.thread_time()
        # Imported here, as finish_startup's first line does: not before the first frame.
        import assist_desk.event_loop as event_loop

        held["attach"] = event_loop.attach
        event_loop.attach = attach_hook  # type: ignore[assignment]
        self.sig_ready.connect(ready)
        finish_startup(self, stepwise)

    def ready() -> None:
        step("ready (every feature installed)")
        print(f"GUI_CPU_MS {(time.thread_time() - held['first frame']) * 1000:.0f}", flush=True)

    def install_hook(self: Any, feature_step: Any) -> None:
        install(self, feature_step)
        step(feature_step.__name__.replace("_", " "))

    def step_done_hook(self: Any, name: str) -> None:
        step(f"done: {name}")
        step_done(self, name)

    warm_ups: list[Any] = []
    warm_up = context_module.FeatureContext.warm_up

    def warm_up_hook(self: Any, name: str, function: Any) -> Any:
        future = warm_up(self, name, function)
        if future is not None:
            warm_ups.append(future)
            future.add_done_callback(lambda _: step(f"done: {name}"))
        return future

    def report_and_quit_hook(context: Any) -> None:
        import threading

        for group, kb in sorted(mappings_kb().items(), key=lambda item: -item[1]):
            print(f"MAPPING {kb} {group}", flush=True)
        print(
            f"THREADS {len(os.listdir('/proc/self/task'))} "
            f"(Python: {', '.join(t.name for t in threading.enumerate())})",
            flush=True,
        )
        print(f"SETTLED_PEAK_KB {peak_kb()}", flush=True)
        # Settled is an untouched process (a kiosk at its attract screen). Then one
        # first input, as a citizen's touch gives it: the warm-ups it starts, and the
        # peak of a process in use (SELF_PEAK_KB, printed as the application exits).
        context.sig_first_input.emit()
        wait_for_warm_ups(context)

    def wait_for_warm_ups(context: Any) -> None:
        from PySide6.QtCore import QTimer

        if any(not future.done() for future in warm_ups):
            QTimer.singleShot(10, lambda: wait_for_warm_ups(context))
            return
        step("first input: its warm-ups done")
        report_and_quit(context)

    app.AppContext.finish_startup = finish_startup_hook  # type: ignore[method-assign]
    app.AppContext._install = install_hook  # type: ignore[method-assign,assignment]
    context_module.FeatureContext.startup_step_done = step_done_hook  # type: ignore[method-assign]
    context_module.FeatureContext.warm_up = warm_up_hook  # type: ignore[method-assign]
    app._report_and_quit = report_and_quit_hook


if __name__ == "__main__":
    install_hooks()
    from assist_desk.cli import main

    sys.exit(main())
