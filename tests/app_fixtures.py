"""The one way a test starts the whole application (a pytest plugin loaded by conftest.py).

Fixtures:
    neutral_application: no catalogue, style sheet, right-to-left direction or
        ``QApplication.exit`` left over from another test (the a11y and i18n folders
        use it for every test).
    app_context: a function ``app_context(*argv, wait=False)`` that builds the
        application with :func:`assist_desk.app.build` (the same composition root as
        ``assist-desk``), installs every feature and returns its context; each
        application it started is shut down after the test (:func:`stop_application`).

:func:`start_application` and :func:`stop_application` are the same two steps for the
helpers that take ``qtbot`` and ``qapp``; :func:`start_in_this_process` is the start of
the child-process drivers (``tests/kiosk/*_driver.py``), which have no ``qtbot``.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from assist_desk.app import AppContext, build
from assist_desk.cli import build_parser

#: How long a test waits for the background start-up steps (content, training portal).
SETTLE_TIMEOUT_MS = 20000

StartApplication = Callable[..., AppContext]


def start_application(qtbot: Any, qapp: Any, *argv: str, wait: bool = False) -> AppContext:
    """``assist-desk ARGV`` with every feature installed, without entering ``exec()``.

    With ``wait``, also the background start-up steps (the content pack, the training
    portal) have finished, as a person waiting for the home screen would see it.
    """
    args = build_parser().parse_args(list(argv))
    context = build(args, qapp)
    assert not isinstance(context, int), f"assist-desk {' '.join(argv)} exited with {context}"
    qtbot.addWidget(context.window)
    context.finish_startup()
    if wait:
        qtbot.waitUntil(lambda: not context.pending_startup, timeout=SETTLE_TIMEOUT_MS)
    return context


def start_in_this_process(*argv: str) -> AppContext:
    """``assist-desk ARGV`` shown, every feature installed, in a driver's own process
    (a new QApplication; the caller runs its event loop)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    context = build(build_parser().parse_args(list(argv)), app)
    assert not isinstance(context, int), f"assist-desk {' '.join(argv)} exited with {context}"
    context.window.show()
    context.finish_startup()
    return context


def stop_application(qtbot: Any, context: AppContext) -> None:
    """Quit as the application does, without breaking the Qt event loops of later tests.

    The portal client closes its pool inside the running loop first (``close_nowait``
    schedules a task that a closing loop would never run), and the loop's own tasks end;
    then ``shutdown()``. The context's Qt objects are deleted here, on the GUI thread,
    and the cycles collected now: left to the collector, they could be freed later on a
    worker thread. The context's translators are removed from the shared QApplication,
    or a later test in English would read this test's French.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from shiboken6 import isValid

    if not isValid(context):
        return
    loop = context.loop
    if loop is not None and not loop.is_closed():
        portal = context.features.portal
        client = portal.client.made() if portal is not None else None
        if client is not None:
            closing = loop.create_task(client.aclose())
            qtbot.waitUntil(closing.done, timeout=10000)
        qtbot.waitUntil(lambda: all(task.done() for task in asyncio.all_tasks(loop)))
    context.shutdown()
    context.switcher.uninstall()
    context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@pytest.fixture
def app_context(qtbot: Any, qapp: Any) -> Iterator[StartApplication]:
    """Start the application (as often as the test needs); each one is stopped after it."""
    started: list[AppContext] = []

    def start(*argv: str, wait: bool = False) -> AppContext:
        context = start_application(qtbot, qapp, *argv, wait=wait)
        started.append(context)
        return context

    yield start
    for context in reversed(started):
        stop_application(qtbot, context)


def reset_application(app: Any) -> None:
    """No catalogue, style sheet or right-to-left direction left by an earlier test."""
    from PySide6.QtCore import QLocale, Qt

    from assist_desk import theme
    from assist_desk.i18n import LanguageSwitcher

    LanguageSwitcher.remove_all(app)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    theme.remove(app)
    # The theme's language and audience marks: an Arabic start left "assist_desk_arabic"
    # and the next test's kiosk style sheet came out at the Arabic size (a column of
    # 1174 px instead of 1026, test_kiosk_screens_are_a_centred_column).
    app.setProperty("assist_desk_arabic", None)
    app.setProperty("assist_desk_citizen", None)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def neutral_application(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts and ends without any catalogue, style or direction left over.

    WORKAROUND: qasync's ``stop()`` calls ``QApplication.exit()``, after which timers
    of later tests stop firing (pitfalls.md section 3, "app_exit"): ``exit`` is a
    no-op during the test.
    """
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "exit", lambda *args: None)
    reset_application(qapp)
    yield
    reset_application(qapp)
