"""Running the training portal with uvicorn: in a thread, in a child process, or in the foreground.

The application starts it in a child process (:func:`start_in_subprocess`): FastAPI,
uvicorn and SQLite then cost the GUI process neither memory nor time under the
interpreter lock. Tests use a thread (:func:`start_in_thread`), which is quicker to
start and to inspect.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assist_desk.sandbox import trainer_auth

if TYPE_CHECKING:
    from assist_desk.sandbox.app import PortalOptions

log = logging.getLogger(__name__)


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket (port 0: a free port chosen by the system)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY on accepted sockets only when
    # proto says TCP; with proto 0, Nagle meets delayed ACKs (+40 ms per keep-alive request).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class TrainingPortalHandle:
    """A training portal running in a background thread.

    Attributes:
        url: base URL (``http://127.0.0.1:PORT``), valid at once; requests wait in the
            socket's backlog until the server runs.
        data_dir: where its SQLite database lives.
        error: the exception that stopped the server from starting, if any.
        trainer_secret: opens the trainer pages (held in memory only; see
            :mod:`assist_desk.sandbox.trainer_auth`).
    """

    def __init__(self, sock: socket.socket, data_dir: Path, host: str, trainer_secret: str) -> None:
        self.sock = sock
        self.trainer_secret = trainer_secret
        self.data_dir = data_dir
        self.host = host
        self.port: int = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.port}"
        self.started = threading.Event()
        self.stopped = threading.Event()
        self.error: BaseException | None = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._stop_requested = threading.Event()

    @property
    def outbox_url(self) -> str:
        """The trainer's outbox, opened already signed in (a one-time link)."""
        return self.login_url("/training/outbox")

    @property
    def trainer_headers(self) -> dict[str, str]:
        """Headers for a program calling the trainer pages (``/training/*``, ``/activate``)."""
        return {trainer_auth.HEADER: self.trainer_secret}

    def login_url(self, next_path: str = "/training/outbox") -> str:
        """A one-time link signing a browser in to the trainer pages, then opening ``next_path``."""
        return self.url + trainer_auth.login_path(self.trainer_secret, next_path)

    def wait_started(self, timeout: float = 30.0) -> bool:
        """Block until the server accepts requests (True) or failed/timed out (False)."""
        done = self.started.wait(timeout)
        return done and self.error is None

    def reset(self, timeout: float = 5.0) -> int:
        """Forget every fictitious account (``POST /training/reset``). Returns rows deleted."""
        import json
        import urllib.request  # here: the GUI starts the portal before ready, resets rarely

        request = urllib.request.Request(f"{self.url}/training/reset", data=b"{}", method="POST")
        request.add_header("Content-Type", "application/json")
        request.add_header(trainer_auth.HEADER, self.trainer_secret)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(json.loads(response.read())["deleted_rows"])

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the server to finish and wait for it (at most ``timeout`` s)."""
        self._stop_requested.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._process is not None:
            _end_process(self._process, timeout)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)
        with contextlib.suppress(OSError):
            self.sock.close()

    def __enter__(self) -> TrainingPortalHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def build_server(
    data_dir: Path,
    *,
    reset: bool = False,
    options: PortalOptions | None = None,
    log_level: str = "warning",
) -> Any:
    """A ``uvicorn.Server`` for the training portal (not started)."""
    import uvicorn

    from assist_desk.sandbox.app import PortalOptions, create_app
    from assist_desk.sandbox.protocol import limited_protocol

    app = create_app(data_dir, reset=reset, options=options)
    limits = options or PortalOptions()
    config = uvicorn.Config(
        app,
        # Header timeout and connection caps (review M2); its 503 is a problem document.
        http=limited_protocol(
            limits.header_timeout_s, limits.max_connections_per_peer, limits.max_connections
        ),
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
        server_header=False,
        # The protocol caps connections itself: uvicorn's own cap would answer text/plain.
        limit_concurrency=None,
    )
    return uvicorn.Server(config)


def start_in_thread(
    data_dir: Path,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    reset: bool = False,
    options: PortalOptions | None = None,
    wait: bool = True,
    on_started: Callable[[TrainingPortalHandle], None] | None = None,
) -> TrainingPortalHandle:
    """Start a training portal in a daemon thread; returns at once with ``wait=False``.

    The socket is bound before returning, so ``handle.url`` is usable immediately.
    ``on_started`` is called from the server thread once it accepts requests (or
    failed: check ``handle.error``).
    """
    secret = _trainer_secret(host, options)
    sock = bind_socket(host, port)
    handle = TrainingPortalHandle(sock, Path(data_dir), host, secret)

    def run() -> None:
        import asyncio

        from assist_desk.sandbox.app import PortalOptions

        try:
            own = dataclasses.replace(options or PortalOptions(), trainer_secret=secret)
            if own.public_url is None and not _wildcard(host):
                own.public_url = handle.url
            server = build_server(handle.data_dir, reset=reset, options=own)
            handle._server = server
            if handle._stop_requested.is_set():
                server.should_exit = True

            async def serve() -> None:
                config = server.config
                if not config.loaded:
                    config.load()
                server.lifespan = config.lifespan_class(config)
                if handle._stop_requested.is_set():
                    return
                await server.startup(sockets=[sock])
                if server.should_exit and not handle._stop_requested.is_set():
                    raise RuntimeError("the training portal could not start")
                if handle._stop_requested.is_set():
                    server.should_exit = True
                handle.started.set()
                if on_started is not None:
                    on_started(handle)
                await server.main_loop()
                await server.shutdown(sockets=[sock])

            asyncio.run(serve())
        except BaseException as error:  # reported through the handle
            handle.error = error
            log.exception("training portal stopped with an error")
            if not handle.started.is_set():
                handle.started.set()
                if on_started is not None:
                    on_started(handle)
        finally:
            try:
                state = getattr(getattr(handle._server, "config", None), "app", None)
                store = getattr(
                    getattr(getattr(state, "state", None), "portal", None), "store", None
                )
                if store is not None:
                    store.close()
            finally:
                handle.stopped.set()

    thread = threading.Thread(target=run, name="training-portal", daemon=True)
    handle._thread = thread
    thread.start()
    if wait and not handle.wait_started():
        handle.stop()
        raise RuntimeError(f"the training portal did not start: {handle.error!r}")
    return handle


READY_LINE = "TRAINING-PORTAL-READY"


def _wildcard(host: str) -> bool:
    return host.strip("[]") in {"0.0.0.0", "::", ""}


def _trainer_secret(host: str, options: PortalOptions | None) -> str:
    """The portal's trainer secret; a non-loopback address needs one given explicitly."""
    given = options.trainer_secret if options is not None else None
    if not trainer_auth.is_loopback(host) and not given:
        raise ValueError(f"listening on {host} (not loopback) needs a trainer secret")
    return given or trainer_auth.new_secret()


def _sandbox_command() -> list[str]:
    """How to run ``assist-desk`` from this process (a frozen bundle or Python)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "assist_desk"]


def _end_process(process: subprocess.Popen[bytes], timeout: float) -> None:
    # Closing its stdin is the polite "please stop"; then terminate, then kill.
    with contextlib.suppress(OSError, ValueError):
        if process.stdin is not None:
            process.stdin.close()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def start_in_subprocess(
    data_dir: Path,
    host: str = "127.0.0.1",
    *,
    reset: bool = False,
    on_started: Callable[[TrainingPortalHandle], None] | None = None,
) -> TrainingPortalHandle:
    """Start a training portal in a child process; returns at once.

    The socket is bound here and handed to the child, so ``handle.url`` is usable
    immediately (connections wait in the backlog). The child stops when its stdin
    closes, so it never outlives this process, even after a crash or SIGKILL.
    ``handle.started`` is set (and ``on_started`` called, from a reader thread) once
    the child accepts requests, or when it failed (``handle.error``).
    """
    sock = bind_socket(host, 0)
    secret = trainer_auth.new_secret()
    handle = TrainingPortalHandle(sock, Path(data_dir), host, secret)
    command = [
        *_sandbox_command(),
        "sandbox",
        "--fd",
        str(sock.fileno()),
        "--host",
        host,
        "--data",
        str(handle.data_dir),
        "--stop-on-stdin-eof",
    ]
    if reset:
        command.append("--reset")
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        pass_fds=[sock.fileno()],
        # The secret goes by environment, never argv (which any local user can read).
        env={**os.environ, trainer_auth.SECRET_ENV: secret},
    )
    handle._process = process
    # The child holds the listening socket now; ours would only queue connections.
    sock.close()

    def read_output() -> None:
        assert process.stdout is not None
        for raw in process.stdout:  # read to the end, or the child blocks on a full pipe
            if raw.decode("utf-8", "replace").strip() == READY_LINE and not handle.started.is_set():
                handle.started.set()
                if on_started is not None:
                    on_started(handle)
        process.stdout.close()
        code = process.wait()
        if not handle.started.is_set():
            handle.error = RuntimeError(f"the training portal exited with status {code}")
            handle.started.set()
            if on_started is not None:
                on_started(handle)
        handle.stopped.set()

    thread = threading.Thread(target=read_output, name="training-portal-output", daemon=True)
    thread.start()
    return handle
