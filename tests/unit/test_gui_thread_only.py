"""Qt objects die on the GUI thread: the asyncio loop's timers and the cyclic collector.

The a11y folder used to die with a segmentation fault: qasync's loop keeps its
pending callbacks as Qt timers of one parentless QObject, which the cyclic
collector freed on a worker thread once the loop was closed; Qt could not stop
those timers and later delivered one to freed memory.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer

from assist_desk.event_loop import GuiEventLoop, close_attached
from assist_desk.gui_gc import collect_on_gui_thread


def test_closing_the_loop_deletes_its_timers_on_the_gui_thread(qapp: Any) -> None:
    loop = GuiEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    loop.call_later(3600, lambda: None)  # e.g. an HTTP time-out still pending
    loop.run_in_executor(None, lambda: None)  # starts the executor's QThreads
    qt_objects = loop._qt_objects()
    assert len(qt_objects) >= 3  # timer, signaller, a worker: qasync's names still hold
    close_attached(loop, qapp)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(shiboken6.isValid(item) for item in qt_objects)
    late = loop.call_soon(lambda: None)  # e.g. a worker's result queued before the close
    assert late.cancelled()


def test_a_callback_may_close_the_loop_that_runs_it(qapp: Any, qtbot: Any) -> None:
    # The application quits from a task; aboutToQuit then closes the loop while
    # qasync is still inside that callback's timer event.
    loop = GuiEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    done: list[bool] = []
    loop.call_soon(lambda: (close_attached(loop, qapp), done.append(True)))
    qtbot.waitUntil(lambda: bool(done))
    QTimer.singleShot(0, lambda: done.append(True))  # the deferred delete runs
    qtbot.waitUntil(lambda: len(done) == 2)
    assert not shiboken6.isValid(loop._timer)


def test_a_worker_freeing_the_closed_loop_touches_no_qt_object(qapp: Any) -> None:
    # The harness fails this test on any Qt warning about threads and on any GUI
    # object destroyed by a worker (tests/thread_checks.py).
    loop = GuiEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    loop.call_later(3600, lambda: None)
    close_attached(loop, qapp)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    holder: list[Any] = [loop]
    holder.append(holder)  # a cycle: only the collector can free it
    del loop, holder
    worker = threading.Thread(target=gc.collect)
    worker.start()
    worker.join()


class Owner(QObject):
    pass


def test_cycles_holding_qt_objects_are_freed_on_the_gui_thread(qapp: Any) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    freed_on: list[QThread | None] = []
    owner = Owner()
    owner.destroyed.connect(lambda: freed_on.append(QThread.currentThread()))
    cycle: dict[str, Any] = {"owner": owner}
    cycle["self"] = cycle
    alive = weakref.ref(owner)
    del owner, cycle

    def allocate_a_lot() -> None:  # enough to cross every threshold many times
        for _ in range(300_000):
            _ = [[]]

    worker = threading.Thread(target=allocate_a_lot)
    worker.start()
    worker.join()
    assert alive() is not None, "a worker's allocations must not trigger a collection"
    while alive() is not None:
        collector.check()
        gc.collect()
    assert freed_on == [qapp.thread()]


def test_debug_runs_report_objects_made_off_the_gui_thread(
    qapp: Any, capfd: pytest.CaptureFixture[str]
) -> None:
    from assist_desk import app
    from tests import thread_checks

    app._guard_threads()  # what run_gui does with ASSIST_DESK_DEBUG=1 or python -X dev
    made: list[QObject] = []

    def make_in_a_worker() -> None:
        made.append(QObject())

    worker = threading.Thread(target=make_in_a_worker)
    worker.start()
    worker.join()
    thread_checks._problems.clear()  # the suite's own guard saw it too; this test expects it
    assert "in make_in_a_worker" in capfd.readouterr().err
