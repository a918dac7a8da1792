"""One training portal process per test process, lent to every application the tests start.

A pytest plugin (listed in ``tests/conftest.py:pytest_plugins``). Issue 13 §5: each
application start in training mode (or as a training kiosk) launches the training
portal's child process, about 0.5 s of CPU, and the suite starts hundreds. Here the
first start in a test process (an xdist worker) launches that same child process with
the application's own :func:`~assist_desk.sandbox.start_in_subprocess`; every later
start borrows it. Between tests it goes back to its initial state through the
portal's own trainer call, ``POST /training/reset`` (with the trainer secret, as a
trainer's "reset" button). The portal stays a real HTTP server over loopback.

What a borrowed handle does not do: stop the process (the worker stops it once, at
the end), or keep its database where the application would (``data_dir`` is the
shared portal's folder). A test about the portal's own start, stop, data folder or
crash handling is marked ``own_training_portal``: its applications launch their own.

Fixture:
    lend_training_portal (autouse): while a test runs, the application's
        ``start_in_subprocess`` hands out the shared portal, reset before the test's
        first start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import assist_desk.sandbox
from assist_desk.sandbox import TrainingPortalHandle

#: Where the application's portal feature looks the launcher up (at each start).
_LAUNCHER = "start_in_subprocess"
_MARKER = "own_training_portal"


class BorrowedPortalHandle(TrainingPortalHandle):
    """The shared portal as one application start sees it: same URL, secret and
    start events; ``stop()`` leaves the process running for the next test."""

    def __init__(self, shared: TrainingPortalHandle) -> None:  # no super(): no new socket
        self.__dict__.update(shared.__dict__)
        self._process = None
        self._thread = None
        self._server = None

    def stop(self, timeout: float = 10.0) -> None:
        """Nothing: the worker stops the shared process once, at the end."""


class SharedTrainingPortal:
    """The worker's one training portal child process, started on first use."""

    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._handle: TrainingPortalHandle | None = None
        self._launch = assist_desk.sandbox.start_in_subprocess  # the real launcher
        self.processes_started = 0
        self.lent = 0

    def lend(self, reset_first: bool) -> BorrowedPortalHandle:
        if self._handle is None or self._handle.stopped.is_set():
            self._handle = self._launch(self._data_dir)
            self.processes_started += 1
            if not self._handle.wait_started(30.0):
                error = self._handle.error
                raise RuntimeError(f"the shared training portal did not start: {error!r}")
        elif reset_first:
            self._handle.reset()
        self.lent += 1
        return BorrowedPortalHandle(self._handle)

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.stop()


@pytest.fixture(scope="session")
def shared_training_portal(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[SharedTrainingPortal]:
    shared = SharedTrainingPortal(tmp_path_factory.mktemp("shared-training-portal"))
    yield shared
    shared.stop()


@pytest.fixture(autouse=True)
def lend_training_portal(
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    shared_training_portal: SharedTrainingPortal,
) -> None:
    """The application's training portal is the worker's shared one, reset for this test."""
    if request.node.get_closest_marker(_MARKER) is not None:
        return
    # A test that starts no application never launches the portal (lent on first use).
    first_start = [True]

    def borrow(
        data_dir: Path,
        host: str = "127.0.0.1",
        *,
        reset: bool = False,
        on_started: Callable[[TrainingPortalHandle], None] | None = None,
    ) -> TrainingPortalHandle:
        handle = shared_training_portal.lend(reset_first=first_start[0] or reset)
        first_start[0] = False
        if on_started is not None:
            on_started(handle)  # the portal accepts requests already
        return handle

    monkeypatch.setattr(assist_desk.sandbox, _LAUNCHER, borrow)
