"""Tour scenes of the offline screens: questions and answers, documents to bring, which
procedure, find a place, and About. A screen whose feature is not installed is skipped."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assist_desk.tours.scene import Scene, Tour

SCREENS = (
    ("faq", "offline-01-faq", "Questions and answers, offline"),
    ("checklists", "offline-02-checklists", "Documents to bring, fees and the cost calculator"),
    ("triage", "offline-03-triage", "Which procedure do I need?"),
    ("places", "offline-04-places", "Help points and town halls"),
    ("about", "offline-05-about", "About: version, content pack, data sources and licences"),
)


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    for screen_id, name, title in SCREENS:
        try:
            tour.show(screen_id)
        except KeyError:  # the feature is not installed (e.g. broken content)
            continue
        await tour.settle()
        yield tour.scene(name, title)
    tour.show("home")
