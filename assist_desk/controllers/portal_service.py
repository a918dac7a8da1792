"""Feature installer: the portal client, and the embedded training portal when used.

Listed first in :data:`assist_desk.app.FEATURE_INSTALLERS`. It provides:

* ``context.services["portal"]``: the one long-lived
  :class:`~assist_desk.portal.client.PortalClient` (reset at every session wipe,
  closed on quit);
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
POLL_MS = 20


def install(context: AppContext) -> None:
    from assist_desk.portal.client import PortalClient

    settings = context.settings
    if settings.uses_training_portal:
        url = _start_training_portal(context)
    else:
        assert settings.portal_url is not None
        url = settings.portal_url
    client = PortalClient(url)
    context.services["portal"] = client
    context.wipe_hooks.append(client.reset)
    context.shutdown_hooks.append(lambda: _close(client))
    log.info(
        "portal client ready (%s)", "training portal" if settings.uses_training_portal else "remote"
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
