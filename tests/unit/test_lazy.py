"""Lazy[T]: the typed slot for objects made on first use."""

from __future__ import annotations

from assist_desk.lazy import Lazy


def test_made_once_on_first_get() -> None:
    calls: list[int] = []

    def make() -> list[int]:
        calls.append(1)
        return [len(calls)]

    slot: Lazy[list[int]] = Lazy(make)
    assert slot.made() is None
    assert calls == []
    first = slot.get()
    assert slot.get() is first
    assert slot.made() is first
    assert calls == [1]


def test_set_replaces_without_making() -> None:
    slot: Lazy[str] = Lazy(lambda: "made")
    slot.set("given")
    assert slot.get() == "given"
    assert slot.made() == "given"
