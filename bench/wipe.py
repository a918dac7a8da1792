"""Session wipe: time from trigger to attract screen, and a soak of scripted sessions.

Runs the real application (a training kiosk: the embedded training portal,
reset at every wipe; every feature installer) offscreen in a throw-away HOME,
inside its own Qt event loop with the qasync loop attached, exactly as
``run_gui`` does.

* **Wipe time**: a citizen session is scripted (attract → account wizard, the
  form typed, a portal request in flight, a session temporary file, the
  clipboard), then "End session"; the time runs from the trigger until the
  attract screen is current and painted (``repaint()``). Target: ≤ 200 ms.
* **Soak**: 500 such sessions (``--quick``: 60), each with a completed portal
  request and one cancelled by the wipe. After a warm-up of 20 sessions, then
  at the end: resident memory (RSS), live asyncio tasks and open sockets.
  Targets: RSS growth ≤ 10 %, no growth in tasks or sockets.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path
from typing import Any

WARM_UP = 20
REQUEST_LIMIT_S = 5.0
#: Sessions whose completed request failed or hung past REQUEST_LIMIT_S.
FAILED_REQUESTS: list[int] = []


def _rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1_048_576


def _open_sockets() -> int:
    count = 0
    for entry in os.scandir("/proc/self/fd"):
        try:
            if os.readlink(entry.path).startswith("socket:"):
                count += 1
        except OSError:
            continue
    return count


def _live_tasks(loop: asyncio.AbstractEventLoop) -> int:
    return sum(1 for task in asyncio.all_tasks(loop) if not task.done())


async def _settle(rounds: int = 2) -> None:
    # Only asyncio sleeps: processEvents() inside a qasync task re-enters the loop.
    for _ in range(rounds):
        await asyncio.sleep(0.005)


async def _session(context: Any, number: int, with_requests: bool) -> float:
    """One scripted citizen session ended by "End session"; returns the wipe time (ms)."""
    window = context.window
    kiosk = context.features.kiosk

    flows = context.features.flows.service.get()
    portal = context.features.portal.client.get()
    kiosk.attract.start_button.click()
    window.home.tile("account").click()
    screen = window.current_screen()
    account = flows.account
    screen.page("profile").choose("individual")
    account.go_next()
    for key in screen.page("prerequisites").answers:
        screen.page("prerequisites").answer(key, True)
    account.go_next()
    screen.page("method").choose("ants_account")
    account.go_next()
    form = screen.page("form")
    form.fill(
        {
            "given_names": f"Soak {number}",
            "family_name": "Citizen",
            "email": f"soak.{number}@example.org",
            "birth_date": "14/07/1985",
            "password": "Correct-horse-42",
            "password_confirm": "Correct-horse-42",
        }
    )
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(form.edits["email"].text())  # the citizen's Ctrl+C
    (context.session_tmp.path() / "checklist.txt").write_text("x", encoding="utf-8")
    in_flight = None
    if with_requests:
        try:  # one completed request (bounded: a hang is counted, not waited for)
            await asyncio.wait_for(portal.health(), REQUEST_LIMIT_S)
        except Exception:
            FAILED_REQUESTS.append(number)
        in_flight = asyncio.ensure_future(portal.health())  # one cut by the wipe
    await _settle(1)
    started = time.perf_counter()
    window.end_button.click()
    window.repaint()  # the attract screen actually painted
    elapsed = (time.perf_counter() - started) * 1000
    assert window.current_screen().screen_id == "attract"
    if in_flight is not None:
        try:
            await in_flight
        except asyncio.CancelledError:
            pass
        except Exception:  # a request that had already finished, or a portal error
            pass
    return elapsed


async def _benchmark(context: Any, args: Namespace, lines: list[str]) -> None:
    loop = asyncio.get_running_loop()
    timed = 10 if args.quick else 50
    soak = 60 if args.quick else 500
    wipes = [await _session(context, i, with_requests=False) for i in range(timed)]
    ordered = sorted(wipes)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    lines.append(
        f"wipe, trigger → attract painted ({timed} sessions): median "
        f"{statistics.median(wipes):.1f} ms, p95 {p95:.1f} ms, max {max(wipes):.1f} ms "
        f"(target ≤ 200 ms)"
    )
    for i in range(WARM_UP):
        await _session(context, 1000 + i, with_requests=True)
    gc.collect()
    await _settle()
    base = (_rss_mib(), _live_tasks(loop), _open_sockets())
    soak_wipes = []
    started = time.perf_counter()
    for i in range(soak):
        soak_wipes.append(await _session(context, 10_000 + i, with_requests=True))
    duration = time.perf_counter() - started
    gc.collect()
    await _settle(5)
    end = (_rss_mib(), _live_tasks(loop), _open_sockets())
    growth = (end[0] - base[0]) / base[0] * 100
    lines += [
        f"soak: {soak} sessions with wipes in {duration:.0f} s "
        f"(each: account form typed, 1 request done, 1 cancelled by the wipe)",
        f"  RSS after {WARM_UP} warm-up sessions {base[0]:.1f} MiB → end {end[0]:.1f} MiB: "
        f"{growth:+.1f} % (target ≤ 10 %)",
        f"  live asyncio tasks {base[1]} → {end[1]} (target: no growth)",
        f"  open sockets {base[2]} → {end[2]} (target: no growth)",
        f"  requests that failed or hung > {REQUEST_LIMIT_S:g} s: {len(FAILED_REQUESTS)}",
        f"  wipe during the soak: median {statistics.median(soak_wipes):.1f} ms, "
        f"max {max(soak_wipes):.1f} ms",
    ]


def run(args: Namespace) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.TemporaryDirectory(prefix="assist-desk-bench-wipe-")
    home = Path(scratch.name)
    for var, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", "c"),
        ("XDG_DATA_HOME", "d"),
        ("XDG_STATE_HOME", "s"),
        ("XDG_CACHE_HOME", "k"),
        ("TMPDIR", "t"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    # A kiosk on the embedded portal must be a declared training kiosk (C1); its wipe
    # also resets the training portal (one local HTTP call), so this is the slower case.
    os.environ["ASSIST_DESK_TRAINING_KIOSK"] = "true"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assist_desk import app as app_module
    from assist_desk.cli import build_parser

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    app_args = build_parser().parse_args(["--mode", "kiosk"])
    context = app_module.build(app_args, qapp)
    assert not isinstance(context, int)
    window = context.window
    window.resize(1920, 1080)
    window.show()
    lines: list[str] = []
    errors: list[BaseException] = []

    async def main() -> None:
        try:
            await _benchmark(context, args, lines)
        except BaseException as error:
            errors.append(error)
        finally:
            qapp.exit(0)

    tasks: list[asyncio.Task[None]] = []  # a reference, or the task may be collected

    def start_main() -> None:
        assert context.loop is not None
        tasks.append(context.loop.create_task(main()))

    def begin() -> None:
        context.finish_startup()
        if context.pending_startup:
            context.sig_settled.connect(start_main)  # the training portal is up
        else:
            start_main()

    def report_stuck() -> None:
        for task in tasks:
            task.print_stack(file=sys.stderr)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(report_stuck)
    watchdog.start(int(os.environ.get("ASSIST_DESK_BENCH_WATCHDOG_S", "900")) * 1000)

    QTimer.singleShot(0, begin)
    qapp.exec()
    watchdog.stop()
    context.shutdown()
    window.deleteLater()
    scratch.cleanup()
    if errors:
        raise errors[0]
    return lines
