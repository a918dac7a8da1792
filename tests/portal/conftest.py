"""Helpers for the portal tests (no Qt): run a coroutine with a client of the live portal."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from assist_desk.portal.client import PortalClient

T = TypeVar("T")


def run_with_client(url: str, body: Callable[[PortalClient], Awaitable[T]], **options: Any) -> T:
    """``body(client)`` in a fresh event loop, with a client closed in that same loop."""
    options.setdefault("deadline_s", 10.0)
    options.setdefault("backoff_base_s", 0.05)

    async def main() -> T:
        async with PortalClient(url, **options) as client:
            return await body(client)

    return asyncio.run(main())
