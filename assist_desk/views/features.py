"""The home tiles: which features the home screen offers, in which order, with which texts.

:data:`TILES` is the only list of them: the first frame announces these tiles
before their features are installed, the home screen orders and words them from
it, and an installer offers a tile by its ``screen_id``. A screen is created only
when its tile is first opened (:class:`Feature`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assist_desk.i18n import QT_TRANSLATE_NOOP
from assist_desk.views.screen import Screen


@dataclass(frozen=True)
class Tile:
    """One home tile: the screen it opens, its title, a one-line hint (``Home`` context;
    short: two columns of tiles hold every tile on one screen, see views/home.py)
    and its pictogram (a name of ``views/widgets/pictogram.PICTOGRAMS``)."""

    screen_id: str
    title: str
    hint: str
    pictogram: str


#: Every home tile, in the order the home screen shows them.
TILES: tuple[Tile, ...] = (
    Tile(
        "new_request",
        QT_TRANSLATE_NOOP("Home", "New request"),
        QT_TRANSLATE_NOOP("Home", "Registration certificate, licence, ID card, passport"),
        "form",
    ),
    Tile(
        "account",
        QT_TRANSLATE_NOOP("Home", "Create an ANTS account"),
        QT_TRANSLATE_NOOP("Home", "For a person, a professional or a town hall"),
        "new_account",
    ),
    Tile(
        "faq",
        QT_TRANSLATE_NOOP("Home", "Questions & answers"),
        QT_TRANSLATE_NOOP("Home", "Frequent questions, even without Internet"),
        "questions",
    ),
    Tile(
        "checklists",
        QT_TRANSLATE_NOOP("Home", "Documents to bring"),
        QT_TRANSLATE_NOOP("Home", "Lists of documents and fees, ready to print"),
        "checklist",
    ),
    Tile(
        "places",
        QT_TRANSLATE_NOOP("Home", "Help points and town halls"),
        QT_TRANSLATE_NOOP("Home", "Addresses, opening hours; booking an ID card or passport"),
        "place",
    ),
)

#: The tiles' screen ids, in order.
TILE_IDS: tuple[str, ...] = tuple(tile.screen_id for tile in TILES)
_BY_ID: dict[str, Tile] = {tile.screen_id: tile for tile in TILES}


def tile(screen_id: str) -> Tile:
    """The tile that opens ``screen_id`` (KeyError for a screen without a tile)."""
    return _BY_ID[screen_id]


def tile_position(screen_id: str) -> int:
    """Where the tile goes on the home screen (0 first)."""
    return TILE_IDS.index(screen_id)


@dataclass(frozen=True)
class Feature:
    """A home tile's screen, built by ``factory`` when first opened.

    ``screen_id`` must be one of :data:`TILE_IDS`: the tile's place and texts come
    from :data:`TILES`, never from the installer.
    """

    screen_id: str
    factory: Callable[[], Screen]

    def __post_init__(self) -> None:
        if self.screen_id not in _BY_ID:
            raise ValueError(f"no home tile {self.screen_id!r}: add it to views/features.TILES")
