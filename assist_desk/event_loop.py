"""The asyncio loop inside the running Qt loop (qasync), and its clean end.

Why a subclass: qasync's loop schedules every callback as a Qt timer of one
parentless ``QObject`` (its ``_SimpleTimer``), and its ``close()`` only sets a
flag, so the timers still pending (``call_later`` of httpx time-outs, polls)
stay registered with Qt. The Python wrapper of that object sits in reference
cycles with the loop, so the cyclic collector frees it on whichever thread
happens to trigger a collection: a worker thread, which cannot stop the
timers ("QObject::~QObject: Timers cannot be stopped from another thread").
The next time one of those timers fires, Qt delivers it to freed memory: a
segmentation fault. :class:`GuiEventLoop` has that object (which kills its
timers) and qasync's other Qt objects deleted by the GUI thread's event loop
when the loop is closed; and :mod:`assist_desk.gui_gc` keeps the collector
itself on the GUI thread.

This module imports qasync: import it only once the first frame is shown.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class GuiEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    """A qasync loop whose Qt objects die on the GUI thread when it is closed."""

    def _add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        if self.is_closed():
            # qasync would start a timer nobody kills. Late arrivals are normal here:
            # a worker's result queued (call_soon_threadsafe) just before the close.
            handle.cancel()
            return handle
        result: asyncio.Handle = super()._add_callback(handle, delay)
        return result

    def close(self) -> None:
        if self.is_closed():
            return
        super().close()  # waits for the executor's threads
        # Deleted by the GUI thread's event loop, never by whichever thread frees the
        # Python wrappers; the timer object's destructor kills its pending timers.
        # deleteLater, not an immediate delete: close() may run inside one of that
        # object's own timer events (a callback that ends the application).
        for qt_object in self._qt_objects():
            if shiboken6.isValid(qt_object):
                qt_object.deleteLater()

    def _qt_objects(self) -> list[QObject]:
        """The Qt objects qasync made for this loop (private names of qasync 0.28)."""
        objects = [self._timer, getattr(self, "_QEventLoop__call_soon_signaller", None)]
        executor = getattr(self, "_QEventLoop__default_executor", None)
        objects += getattr(executor, "_QThreadExecutor__workers", [])
        return [item for item in objects if isinstance(item, QObject)]


def attach(app: QApplication) -> asyncio.AbstractEventLoop:
    """An asyncio loop running inside the already running Qt loop."""
    loop: asyncio.AbstractEventLoop = GuiEventLoop(app, already_running=True)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_log_loop_exception)
    return loop


def close_attached(loop: asyncio.AbstractEventLoop, app: QApplication) -> None:
    """Cancel the tasks, then stop and close a loop made with ``already_running=True``.

    qasync's ``stop()`` calls ``QApplication.exit()``: harmless when the
    application is quitting anyway, but in a process that goes on (the test
    suite) it leaves Qt's quit flag set and later timers never fire. So the
    exit call is shadowed for the duration of ``stop()``.
    """
    for task in asyncio.all_tasks(loop):
        task.cancel()
    app.exit = lambda *args: None  # type: ignore[method-assign]
    try:
        loop.stop()
    finally:
        del app.exit
    loop.close()
    # WORKAROUND: a loop made with already_running=True registers itself as the
    # thread's running loop and never unregisters, even once closed.
    if asyncio.events._get_running_loop() is loop:
        asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


def _log_loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    if sys.is_finalizing():
        return  # a task freed as the interpreter ends: nothing can be logged any more
    error = context.get("exception")
    log.error("asyncio: %s", context.get("message"), exc_info=error)
