"""Running the training portal with uvicorn, in a background thread or in the foreground."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    """

    def __init__(self, sock: socket.socket, data_dir: Path, host: str) -> None:
        self.sock = sock
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
        self._stop_requested = threading.Event()

    @property
    def outbox_url(self) -> str:
        return f"{self.url}/training/outbox"

    def wait_started(self, timeout: float = 30.0) -> bool:
        """Block until the server accepts requests (True) or failed/timed out (False)."""
        done = self.started.wait(timeout)
        return done and self.error is None

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the server to finish and wait for its thread (at most ``timeout`` s)."""
        self._stop_requested.set()
        if self._server is not None:
            self._server.should_exit = True
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

    from assist_desk.sandbox.app import create_app

    app = create_app(data_dir, reset=reset, options=options)
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
        server_header=False,
        limit_concurrency=500,
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
    sock = bind_socket(host, port)
    handle = TrainingPortalHandle(sock, Path(data_dir), host)

    def run() -> None:
        import asyncio

        try:
            server = build_server(handle.data_dir, reset=reset, options=options)
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
