"""A typed slot for an object made on first use (Qt-free).

Start-up makes nothing it can postpone: the portal client, the flows'
controllers and the appointments controller are made when a screen first needs
them, their modules loading meanwhile in workers. ``Lazy[T]`` says so in the
type, where a getter lambda and a dictionary key said it before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Lazy(Generic[T]):
    """``make()`` is called by the first :meth:`get`, on the calling thread, once."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._value: T | None = None

    def get(self) -> T:
        if self._value is None:
            self._value = self._make()
        return self._value

    def made(self) -> T | None:
        """The object if it has been made, else None (nothing is made)."""
        return self._value

    def set(self, value: T) -> None:
        """Use ``value`` from now on instead (the tour's unreachable portal scene, a
        test's controller); the factory is not called for it."""
        self._value = value
