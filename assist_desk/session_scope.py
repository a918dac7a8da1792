"""The one place where the application's asynchronous work starts, so a wipe can end it.

Every controller starts its asynchronous operations here instead of creating
tasks itself (``tests/kiosk/test_session_scope.py`` checks the sources for
that). Two kinds:

* :meth:`SessionScope.run`: work done for the current citizen (a portal call,
  a pre-application number check, FranceConnect polling, a mediator PIN check).
  The wipe calls :meth:`SessionScope.end`, which cancels all of it and moves to
  a new session id; a result that comes back for an older session id is
  dropped, never shown to the next person.
* :meth:`SessionScope.run_lasting`: device work that holds nothing of a citizen
  and must not be cut short by a wipe (reading the help point's tokens from the
  keyring, closing a replaced HTTP client, probing the secure storage). It is
  tracked, so it is not collected mid-run, and cancelled only by :meth:`close`.

Qt-free: plain asyncio (the qasync loop in the application), imported when the
first operation starts, not when the window is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

T = TypeVar("T")


class SessionScope:
    """The asynchronous work of the current citizen session (see the module docstring)."""

    def __init__(self) -> None:
        #: Changes at every :meth:`end`: results for another id are dropped.
        self.session_id = 0
        self._session_tasks: set[asyncio.Task[Any]] = set()
        self._lasting_tasks: set[asyncio.Task[Any]] = set()
        #: Each running task's coroutines (its own and the work it wraps), to close
        #: them when the task is cancelled before it ever ran.
        self._coroutines: dict[asyncio.Task[Any], tuple[Coroutine[Any, Any, Any], ...]] = {}

    @property
    def running(self) -> int:
        """Session operations not finished yet (lasting ones not counted)."""
        return len(self._session_tasks)

    def is_current(self, session_id: int) -> bool:
        return session_id == self.session_id

    def run(
        self,
        work: Coroutine[Any, Any, T],
        on_result: Callable[[T], None] | None = None,
    ) -> asyncio.Task[None] | None:
        """Start ``work`` for the current session; ``on_result`` gets its result if still current.

        Returns the task, or None when no asyncio loop exists (then ``work`` is closed).
        """
        session_id = self.session_id

        async def scoped() -> None:
            result = await work
            if on_result is not None and self.is_current(session_id):
                on_result(result)

        return self._start(scoped(), self._session_tasks, work)

    def run_lasting(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """Start device work that holds no citizen data: a wipe does not cancel it."""
        return self._start(work, self._lasting_tasks, work)

    def end(self) -> int:
        """The session is over: cancel its operations, start a new id. Returns how many."""
        cancelled = 0
        for task in list(self._session_tasks):
            if task.cancel():
                cancelled += 1
                self._close_unstarted(task)
        self._session_tasks.clear()
        self.session_id += 1
        if cancelled:
            log.info("session operations cancelled at the wipe: %d", cancelled)
        return cancelled

    def close(self) -> None:
        """Quit: cancel everything, the lasting work included."""
        self.end()
        for task in list(self._lasting_tasks):
            if task.cancel():
                self._close_unstarted(task)
        self._lasting_tasks.clear()

    async def wait_idle(self) -> None:
        """For tours and tests: wait until the running operations have finished."""
        import asyncio

        while self._session_tasks or self._lasting_tasks:
            tasks = [*self._session_tasks, *self._lasting_tasks]
            await asyncio.gather(*tasks, return_exceptions=True)

    def _start(
        self,
        wrapped: Coroutine[Any, Any, Any],
        tasks: set[asyncio.Task[Any]],
        work: Coroutine[Any, Any, Any],
    ) -> asyncio.Task[Any] | None:
        import asyncio

        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:
            log.error("no asyncio loop: an operation could not start")
            wrapped.close()
            if wrapped is not work:
                work.close()
            return None
        task = loop.create_task(wrapped)
        tasks.add(task)
        self._coroutines[task] = (wrapped, work)
        task.add_done_callback(tasks.discard)
        task.add_done_callback(self._forget)
        task.add_done_callback(_report_failure)
        return task

    def _forget(self, task: asyncio.Task[Any]) -> None:
        for coroutine in self._coroutines.pop(task, ()):
            coroutine.close()  # a wrapped work the task never reached: no "never awaited"

    def _close_unstarted(self, task: asyncio.Task[Any]) -> None:
        """A task cancelled before its first step may never run (the loop is closing):
        close its coroutines now. The task still ends as cancelled when it runs."""
        import inspect

        coroutines = self._coroutines.get(task, ())
        if coroutines and inspect.getcoroutinestate(coroutines[0]) == inspect.CORO_CREATED:
            for coroutine in coroutines:
                coroutine.close()


def _report_failure(task: asyncio.Task[Any]) -> None:
    """Log an operation's unexpected error by its type only (an error text may hold values)."""
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("an operation failed: %s", type(error).__name__)
