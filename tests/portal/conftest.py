"""Helpers for the portal tests (no Qt): run a coroutine with a client of the live portal."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from assist_desk.portal.client import PortalClient

T = TypeVar("T")


def _clear_stale_running_loop() -> None:
    # WORKAROUND: qasync.QEventLoop(already_running=True) registers itself as the
    # thread's running loop and never unregisters, even once closed; asyncio.run()
    # then refuses to start ("cannot be called from a running event loop").
    loop = asyncio._get_running_loop()
    if loop is not None and (loop.is_closed() or not loop.is_running()):
        asyncio.events._set_running_loop(None)


@pytest.fixture(autouse=True)
def no_stale_running_loop() -> Any:
    _clear_stale_running_loop()
    yield
    _clear_stale_running_loop()


def run_with_client(url: str, body: Callable[[PortalClient], Awaitable[T]], **options: Any) -> T:
    """``body(client)`` in a fresh event loop, with a client closed in that same loop."""
    options.setdefault("deadline_s", 10.0)
    options.setdefault("backoff_base_s", 0.05)

    async def main() -> T:
        async with PortalClient(url, **options) as client:
            return await body(client)

    return asyncio.run(main())
