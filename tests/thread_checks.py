"""Qt objects on the wrong thread fail the test in which it happens (a pytest plugin).

Two nets, both reporting the Python stack of the thread that did it, printed at
once (a segmentation fault may follow) and failing the test at its teardown:

- :class:`assist_desk.devtools.thread_guard.ThreadGuard` sees every ``QObject``
  made off the GUI thread by Python code, and every GUI-thread ``QObject``
  destroyed on another thread (e.g. a wrapper freed by the cyclic collector
  running in a worker);
- a Qt message handler, chained before pytest-qt's, catches Qt's own warnings
  about threads and timers ("Timers cannot be stopped from another thread",
  "Cannot create children for a parent that is in a different thread", …).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

THREAD_WARNINGS = ("another thread", "different thread", "from another thread", "QThread")

_problems: list[str] = []
_guard: Any = None


def _record(problem: str) -> None:
    _problems.append(problem)
    print(f"\n*** Qt thread problem: {problem}", file=sys.__stderr__, flush=True)


def _install_guard(app: Any) -> None:
    global _guard
    if _guard is None:
        # As in the application (AppContext.finish_startup): collections run on the
        # GUI thread only, including between the tests that boot no application.
        from assist_desk.gui_gc import collect_on_gui_thread

        collect_on_gui_thread(app)
        from assist_desk.devtools.thread_guard import ThreadGuard

        _guard = ThreadGuard(lambda violation: _record(str(violation)))
        _guard.install()


def _uses_qt(request: pytest.FixtureRequest) -> bool:
    names = request.fixturenames
    return "qapp" in names or "qtbot" in names or "PySide6.QtWidgets" in sys.modules


@pytest.fixture(autouse=True)
def fail_on_wrong_thread_qt(request: pytest.FixtureRequest) -> Iterator[None]:
    if not _uses_qt(request):
        yield
        return
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or request.getfixturevalue("qapp")
    _install_guard(app)
    previous: Any = None

    def handler(kind: Any, context: Any, message: str) -> None:
        if any(text in message for text in THREAD_WARNINGS):
            thread = threading.current_thread().name
            stack = "".join(traceback.format_stack()[:-1])
            _record(f"Qt warned on thread {thread!r}: {message}\n{stack}")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    _problems.clear()
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
    if _problems:
        found = list(_problems)
        _problems.clear()
        pytest.fail("Qt objects on the wrong thread:\n\n" + "\n\n".join(found), pytrace=False)
