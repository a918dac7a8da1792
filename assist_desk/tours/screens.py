"""Tour scenes of the offline screens: questions and answers, documents to bring, which
procedure, find a place, and About. A screen whose feature is not installed is skipped."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from PySide6.QtCore import Qt

from assist_desk.tours.scene import Scene, Tour

#: The checklist the tour opens: a used car's registration, with the cost calculator.
CHECKLIST_SHOWN = "vr_change_owner"
#: The postcode the tour searches for places.
PLACE_SEARCHED = "75011"

SCREENS = (
    ("faq", "offline-01-faq", "Questions and answers, offline"),
    ("checklists", "offline-02-checklists", "Documents to bring, fees and the cost calculator"),
    ("triage", "offline-03-triage", "Which procedure do I need?"),
    ("places", "offline-04-places", "Help points and town halls"),
    ("about", "offline-05-about", "About: version, content pack, data sources and licences"),
)


def scene_names() -> frozenset[str]:
    opened = {"offline-01b-faq-answer", "offline-02b-checklist", "offline-04b-place"}
    return frozenset({name for _, name, _ in SCREENS} | opened)


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    for screen_id, name, title in SCREENS:
        try:
            tour.show(screen_id)
        except KeyError:  # the feature is not installed (e.g. broken content)
            continue
        await tour.settle()
        yield tour.scene(name, title)
        screen = tour.window.current_screen()
        shown = await _open_something(tour, screen_id, screen)
        if shown is not None:  # the same screen with something opened in it
            yield tour.scene(*shown)
            screen.clear_citizen_data()
    tour.show("home")


def _first_choice(results: Any) -> Any:
    """The first item of a list that can be chosen (not a theme's or category's title)."""
    return next(
        results.item(row)
        for row in range(results.count())
        if results.item(row).flags() & Qt.ItemFlag.ItemIsSelectable
    )


async def _answer_opened(tour: Tour, screen: Any) -> None:
    """An answer opened (its own page at a kiosk, K-4)."""
    screen.results.itemActivated.emit(_first_choice(screen.results))
    await tour.settle()


async def _checklist_opened(tour: Tour, screen: Any) -> None:
    """A checklist with its cost calculator (its own page at a kiosk, K-4)."""
    screen.show_procedure(CHECKLIST_SHOWN)
    await tour.settle()


async def _place_opened(tour: Tour, screen: Any) -> None:
    """A place found and opened (its own page at a kiosk, K-4)."""
    await tour.wait_for(lambda: screen.controller.ready, what="the places loaded")
    screen.search_edit.setText(PLACE_SEARCHED)
    screen.search()
    item = _first_choice(screen.results)
    screen.results.setCurrentItem(item)
    screen.results.itemActivated.emit(item)
    await asyncio.sleep(0.2)  # the search box's clear button fades in (160 ms)
    await tour.settle()


async def _open_something(tour: Tour, screen_id: str, screen: Any) -> tuple[str, str] | None:
    """Open something in the screen just shown; the name and title of its scene."""
    if screen_id == "faq":
        await _answer_opened(tour, screen)
        return ("offline-01b-faq-answer", "An answer opened")
    if screen_id == "checklists":
        await _checklist_opened(tour, screen)
        return ("offline-02b-checklist", "A checklist opened, its cost calculator")
    if screen_id == "places":
        await _place_opened(tour, screen)
        return ("offline-04b-place", "A place opened, its QR code")
    return None
