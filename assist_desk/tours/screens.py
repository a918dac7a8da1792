"""Tour scenes of the offline screens: questions and answers, documents to bring, which
procedure, find a place, and About. A screen whose feature is not installed is skipped."""

from __future__ import annotations

from collections.abc import AsyncIterator

from PySide6.QtCore import Qt

from assist_desk.tours.scene import Scene, Tour

#: The checklist the tour opens: a used car's registration, with the cost calculator.
CHECKLIST_SHOWN = "vr_change_owner"

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
        screen = tour.window.current_screen()
        if screen_id == "faq":  # an answer opened (its own page at a kiosk, K-4)
            item = next(
                screen.results.item(row)
                for row in range(screen.results.count())
                if screen.results.item(row).flags() & Qt.ItemFlag.ItemIsSelectable
            )
            screen.results.itemActivated.emit(item)
            await tour.settle()
            yield tour.scene("offline-01b-faq-answer", "An answer opened")
            screen.clear_citizen_data()
        elif screen_id == "checklists":  # a checklist with its cost calculator
            screen.show_procedure(CHECKLIST_SHOWN)
            await tour.settle()
            yield tour.scene("offline-02b-checklist", "A checklist opened, its cost calculator")
            screen.clear_citizen_data()
    tour.show("home")
