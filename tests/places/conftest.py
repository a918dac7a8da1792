"""Fixtures for the places and appointments tests.

Fixtures:
    directory: the bundled places directory, loaded once per session.
    ants_emulation_url: the training portal's URL; it serves the ANTS emulation router.
    places_qasync_loop: like ``qasync_loop``, but its teardown never calls
        ``QApplication.exit()`` (see the fixture).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from assist_desk.places.directory import PlacesDirectory


@pytest.fixture(scope="session")
def directory() -> PlacesDirectory:
    return PlacesDirectory.load()


@pytest.fixture
def ants_emulation_url(training_portal: Any) -> str:
    """The training portal (real HTTP on 127.0.0.1) that serves the ANTS emulation."""
    return str(training_portal.url)


_CLOSED_LOOPS: list[Any] = []


@pytest.fixture
def places_qasync_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop for ``@asyncSlot`` tests that leaves later Qt event loops working.

    WORKAROUND: ``QEventLoop.stop()`` on a loop built with ``already_running=True``
    calls ``QApplication.exit()``, which sets Qt's "quit now" flag: every later nested
    ``QEventLoop.exec()`` (so every ``qtbot.waitSignal``) then returns at once and
    times out. This teardown marks the loop stopped without exiting the application.
    """
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield loop
    for task in [t for t in asyncio.all_tasks(loop) if not t.done()]:
        task.cancel()
    qapp.aboutToQuit.disconnect(loop._after_run_forever)
    loop._after_run_forever()
    loop._QEventLoop__is_running = False  # type: ignore[attr-defined]
    loop.close()
    _CLOSED_LOOPS.append(loop)  # its Qt timer must not be collected by another thread
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
    if errors:
        pytest.fail(f"unhandled asyncio error: {errors[0].get('message')}")
