"""Tour scenes: the home screen (with the training banner in training mode)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assist_desk.tours.scene import Scene, Tour


def scene_names() -> frozenset[str]:
    return frozenset({"home"})


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    tour.show("home")
    banner = "with the training banner" if tour.window.banner.isVisible() else "no banner"
    yield tour.scene("home", f"Home screen, tiles of every installed feature ({banner})")
