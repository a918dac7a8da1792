"""The portal feature: the portal's address, its one client, and the embedded training
portal when used.

:func:`install` returns the :class:`PortalFeature`:

* ``client``: the one long-lived :class:`~assist_desk.portal.client.PortalClient`
  (reset at every session wipe, closed on quit), made on first use. Its modules
  (httpx, the pydantic models: 8 MiB) load in a worker on the first touch, click or
  key (``sig_first_input``), while the person reads the next screen: not while a
  kiosk waits at its attract screen;
* ``training``: the :class:`~assist_desk.sandbox.TrainingPortalHandle` when the
  training portal runs (``.url``, ``.outbox_url``, ``.reset()``), else None.

The training portal runs in a child process: its socket is bound here at once (so
the client's URL is known and early requests wait in the backlog), FastAPI, uvicorn
and SQLite cost the GUI process neither memory nor interpreter-lock time, and the
start-up step "training-portal" ends when it accepts requests. The GUI never waits
for it. The child stops when the application goes away, even after a SIGKILL.

A training kiosk (``training_kiosk = true``, a kiosk with no portal URL) keeps the
portal's database on a temporary file system, never in the kiosk account's home,
resets it at every session wipe and deletes it at quit. A kiosk with no portal
URL and no such setting never gets here: its settings are refused.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.lazy import Lazy
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.portal.client import PortalClient
    from assist_desk.sandbox import TrainingPortalHandle

log = logging.getLogger(__name__)

STARTUP_STEP = "training-portal"
POLL_MS = 20
#: A training kiosk's database folder is ``<temporary file system>/<prefix><pid>``.
TRAINING_KIOSK_PREFIX = "assist-desk-training-portal-"
#: Temporary file systems (in memory) a training kiosk's database may live on.
_MEMORY_FILE_SYSTEMS = ("tmpfs", "ramfs")


class PortalFeature:
    """The portal's base URL, its client (made on first use) and the training portal."""

    def __init__(
        self, context: FeatureContext, url: str, training: TrainingPortalHandle | None
    ) -> None:
        self.url = url
        self.training = training
        self._context = context
        self.client: Lazy[PortalClient] = Lazy(self._make_client)

    def _make_client(self) -> PortalClient:
        from assist_desk.portal.client import PortalClient

        made = PortalClient(self.url)
        self._context.wipe_hooks.append(made.reset)
        self._context.shutdown_hooks.append(lambda: _close(made))
        return made

    def warm_up(self) -> None:
        """Load the client's modules in a worker (imports only: thread-safe; the
        client itself is made on the GUI thread)."""
        if self.client.made() is None:
            self._context.warm_up("warm:portal-client", _import_client_modules)


def install(context: FeatureContext) -> PortalFeature:
    settings = context.settings
    training = None
    if settings.uses_training_portal:
        training = _start_training_portal(context)
        url = training.url
    else:
        assert settings.portal_url is not None
        url = settings.portal_url
    feature = PortalFeature(context, url, training)
    context.sig_first_input.connect(feature.warm_up)
    where = "training portal" if training is not None else "remote"
    log.info("portal service ready (%s)", where)
    return feature


def _import_client_modules() -> None:
    import assist_desk.portal.client  # noqa: F401


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


def _start_training_portal(context: FeatureContext) -> TrainingPortalHandle:
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

    training_kiosk = context.settings.is_training_kiosk
    data_dir = training_kiosk_dir() if training_kiosk else paths.data_dir() / "training-portal"
    try:
        handle = start_in_subprocess(data_dir, on_started=started)
    except OSError:
        context.startup_step_done(STARTUP_STEP)
        raise
    context.shutdown_hooks.append(handle.stop)
    if training_kiosk:
        # Hooks run in reverse: the folder goes once the child has stopped.
        context.shutdown_hooks.insert(0, lambda: shutil.rmtree(data_dir, ignore_errors=True))
    context.wipe_hooks.append(lambda: _reset_in_kiosk_mode(context, handle))
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
    return handle


def _reset_in_kiosk_mode(context: FeatureContext, handle: TrainingPortalHandle) -> None:
    """In kiosk mode (a training kiosk, or a trainer's switch to kiosk mode), forget
    every account the last person made: the training portal's own reset. Before the
    portal has started it has stored nothing. A failure raises: the wipe then fails,
    and a kiosk ends its process rather than go on. Trainers at a workstation keep
    their exercise accounts across sessions (``assist-desk sandbox --reset``)."""
    if context.mode() is Mode.KIOSK and handle.started.is_set() and handle.error is None:
        handle.reset()


def training_kiosk_dir() -> Path:
    """A new, private folder for a training kiosk's database, on a temporary file
    system: the session's runtime folder (``$XDG_RUNTIME_DIR``, a tmpfs under
    logind), else ``/dev/shm``; the system's temporary folder only where neither is
    a memory file system (logged). Folders left by earlier processes of this
    account that are gone (a crash) are deleted first."""
    candidates = [os.environ.get("XDG_RUNTIME_DIR", ""), "/dev/shm"]
    memory = [Path(c) for c in candidates if c and _is_memory_file_system(Path(c))]
    if memory:
        base = memory[0]
    else:
        base = Path(tempfile.gettempdir())
        log.warning("no temporary file system in memory: the training kiosk uses %s", base)
    _remove_leftovers(base)
    made = base / f"{TRAINING_KIOSK_PREFIX}{os.getpid()}"
    shutil.rmtree(made, ignore_errors=True)
    made.mkdir(mode=0o700)
    return made


def _remove_leftovers(base: Path) -> None:
    for folder in base.glob(f"{TRAINING_KIOSK_PREFIX}*"):
        pid = folder.name.removeprefix(TRAINING_KIOSK_PREFIX)
        if pid.isdigit() and not _process_exists(int(pid)) and _is_mine(folder):
            shutil.rmtree(folder, ignore_errors=True)


def _is_mine(path: Path) -> bool:
    getuid = getattr(os, "getuid", None)  # POSIX only
    return getuid is None or path.stat().st_uid == getuid()


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another account's process: not ours to judge
        return True
    return True


def _is_memory_file_system(path: Path) -> bool:
    """True when ``path`` is on tmpfs or ramfs (Linux: the mount table)."""
    if not sys.platform.startswith("linux") or not path.is_dir():
        return False
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    target = str(path.resolve())
    best, kind = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind in _MEMORY_FILE_SYSTEMS
