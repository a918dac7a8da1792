"""Features offered as tiles on the home screen, created only when first opened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assist_desk.views.screen import Screen


@dataclass(frozen=True)
class Feature:
    """A home tile; its texts are ``TILE_TEXTS[screen_id]`` (``Home`` context)."""

    screen_id: str
    order: int
    factory: Callable[[], Screen]


#: Where each known tile goes on the home screen (a feature's own ``order`` is used
#: for a tile not listed here).
TILE_ORDER: dict[str, int] = {
    "new_request": 10,
    "account": 20,
    "faq": 30,
    "checklists": 40,
    "places": 50,
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


# Tile texts live here so that pyside6-lupdate sees them in the "Home" context.
TILE_TEXTS: dict[str, tuple[str, str]] = {
    "new_request": (
        QT_TRANSLATE_NOOP("Home", "New request"),
        QT_TRANSLATE_NOOP(
            "Home", "Start a procedure: registration certificate, licence, ID card, passport"
        ),
    ),
    "account": (
        QT_TRANSLATE_NOOP("Home", "Create an ANTS account"),
        QT_TRANSLATE_NOOP("Home", "For a person, a professional or a town hall"),
    ),
    "faq": (
        QT_TRANSLATE_NOOP("Home", "Questions & answers"),
        QT_TRANSLATE_NOOP("Home", "The answers to frequent questions, even without Internet"),
    ),
    "checklists": (
        QT_TRANSLATE_NOOP("Home", "Documents to bring"),
        QT_TRANSLATE_NOOP("Home", "Lists of documents and fees, ready to print"),
    ),
    "places": (
        QT_TRANSLATE_NOOP("Home", "Find a place"),
        QT_TRANSLATE_NOOP("Home", "Town halls and help points near you"),
    ),
}
