"""Feature installer: the portal client, and the embedded training portal when used.

Listed first in :data:`assist_desk.app.FEATURE_INSTALLERS`. It provides:

* :func:`client`: the one long-lived :class:`~assist_desk.portal.client.PortalClient`
  (reset at every session wipe, closed on quit), made on first use and then kept
  in ``context.services["portal"]``. Its modules (httpx, the pydantic models:
  about 0.35 s of imports) load in a worker once every feature is installed,
  while the person reads the home screen, not before the first screen answers;
* ``context.services["training_portal"]``: the
  :class:`~assist_desk.sandbox.TrainingPortalHandle` when the training portal runs
  (``.url``, ``.outbox_url``), absent otherwise.

The training portal runs in a child process: its socket is bound here at once (so
the client's URL is known and early requests wait in the backlog), FastAPI, uvicorn
and SQLite cost the GUI process neither memory nor interpreter-lock time, and the
start-up step "training-portal" ends when it accepts requests. The GUI never waits
for it. The child stops when the application goes away, even after a SIGKILL.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assist_desk.portal.client import PortalClient
    from assist_desk.sandbox import TrainingPortalHandle

# The AppContext (assist_desk.app) sits above the layers: typed loosely here.
AppContext = Any

log = logging.getLogger(__name__)

STARTUP_STEP = "training-portal"
#: ``context.services`` key of the portal's base URL (set by :func:`install`).
URL_SERVICE = "portal_url"
POLL_MS = 20


def install(context: AppContext) -> None:
    settings = context.settings
    if settings.uses_training_portal:
        url = _start_training_portal(context)
    else:
        assert settings.portal_url is not None
        url = settings.portal_url
    context.services[URL_SERVICE] = url
    context.sig_ready.connect(lambda: _warm_up(context))
    where = "training portal" if settings.uses_training_portal else "remote"
    log.info("portal service ready (%s)", where)


def client(context: AppContext) -> PortalClient | None:
    """The portal client, made on first use; None when the portal service did not start."""
    existing = context.services.get("portal")
    if existing is not None:
        return existing  # type: ignore[no-any-return]
    url = context.services.get(URL_SERVICE)
    if url is None:
        return None
    from assist_desk.portal.client import PortalClient

    made = PortalClient(url)
    context.services["portal"] = made
    context.wipe_hooks.append(made.reset)
    context.shutdown_hooks.append(lambda: _close(made))
    return made


def _warm_up(context: AppContext) -> None:
    if context.services.get("portal") is not None:
        return
    import importlib

    # Only imports (thread-safe): the client itself is made on the GUI thread.
    context.warm_up(
        "warm:portal-client", lambda: importlib.import_module("assist_desk.portal.client")
    )


def _close(client: PortalClient) -> None:
    """Close the client at quit, letting its pool close before the asyncio loop goes."""
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    client.close_nowait()
    # The asyncio loop runs inside Qt's: pump events briefly so the background closes
    # finish (sockets closed) before the application closes the loop.
    deadline = time.monotonic() + 1.0
    while client.closing and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _start_training_portal(context: AppContext) -> str:
    from PySide6.QtCore import QTimer

    from assist_desk import paths
    from assist_desk.sandbox import start_in_subprocess

    context.pending_startup.add(STARTUP_STEP)

    def started(handle: TrainingPortalHandle) -> None:
        # Runs in a reader thread: log only; the GUI thread polls ``handle.started``.
        if handle.error is not None:
            log.error("the training portal could not start: %s", type(handle.error).__name__)
        else:
            log.info("training portal listening on port %d", handle.port)

    try:
        handle = start_in_subprocess(paths.data_dir() / "training-portal", on_started=started)
    except OSError:
        context.startup_step_done(STARTUP_STEP)
        raise
    context.services["training_portal"] = handle
    context.shutdown_hooks.append(handle.stop)
    # A GUI-thread timer owned by the context: no Qt call ever crosses threads.
    poll = QTimer(context)
    poll.setInterval(POLL_MS)

    def check() -> None:
        if handle.started.is_set():
            poll.stop()
            context.startup_step_done(STARTUP_STEP)

    poll.timeout.connect(check)
    poll.start()
    context.shutdown_hooks.append(poll.stop)
    return handle.url
