"""Names and bounds shared by the quick start-up read (:mod:`assist_desk.bootstrap`)
and the validated settings (:mod:`assist_desk.settings`); stdlib only, so that
the first frame never waits for pydantic. Each fact is written here once.
"""

from enum import StrEnum
from typing import Literal, get_args


class Mode(StrEnum):
    """Who sits in front of the screen."""

    KIOSK = "kiosk"  # a citizen alone at a self-service kiosk
    MEDIATOR = "mediator"  # a mediator at a help-point workstation, beside a citizen
    TRAINING = "training"  # a trainer; everything goes to the embedded training portal


#: An interface (and portal, and content) language with a complete translation.
Language = Literal["fr", "en", "ar"]
#: The same languages, in the order offered. The only list of them in the project
#: (tests/unit/test_single_sources.py looks for copies).
LANGUAGES: tuple[Language, ...] = get_args(Language)
#: The reference language: French texts prevail, and a site that sets nothing starts in it.
DEFAULT_LANGUAGE: Language = "fr"
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})

#: Colour themes (``theme`` setting); see assist_desk/theme.py.
Theme = Literal["auto", "default", "high-contrast", "system"]
THEMES: tuple[Theme, ...] = get_args(Theme)
DEFAULT_THEME: Theme = "auto"

#: Text scale factor bounds (``font_scale``): 200 % at most (WCAG 1.4.4).
FONT_SCALE_MIN = 1.0
FONT_SCALE_MAX = 2.0
DEFAULT_FONT_SCALE = 1.0

#: The help point's name (``site_name``): shown on every screen and printed.
SITE_NAME_MIN_LENGTH = 1
SITE_NAME_MAX_LENGTH = 80
DEFAULT_SITE_NAME = "Point numérique (formation)"

ENV_PREFIX = "ASSIST_DESK_"
