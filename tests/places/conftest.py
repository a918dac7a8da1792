"""Fixtures for the places and appointments tests.

Fixtures:
    directory: the bundled places directory, loaded once per session.
    ants_emulation_url: the ANTS emulation router served over real HTTP on 127.0.0.1.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from assist_desk.places.directory import PlacesDirectory


@pytest.fixture(scope="session")
def directory() -> PlacesDirectory:
    return PlacesDirectory.load()


@pytest.fixture(scope="session")
def ants_emulation_url() -> Iterator[str]:
    """A FastAPI app with the emulation router, served by uvicorn on a free loopback port."""
    import uvicorn
    from fastapi import FastAPI

    from assist_desk.sandbox.ants_emulation import router

    app = FastAPI()
    app.include_router(router)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("emulation server did not start")
        time.sleep(0.01)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
    sock.close()
