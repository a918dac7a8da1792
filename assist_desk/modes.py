"""Names shared by the fast start-up path and the settings model (stdlib only)."""

from enum import StrEnum


class Mode(StrEnum):
    """Who sits in front of the screen."""

    KIOSK = "kiosk"  # a citizen alone at a self-service kiosk
    MEDIATOR = "mediator"  # a mediator at a help-point workstation, beside a citizen
    TRAINING = "training"  # a trainer; everything goes to the embedded training portal


#: Interface languages with a complete translation, in the order offered.
LANGUAGES: tuple[str, ...] = ("fr", "en", "ar")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})

ENV_PREFIX = "ASSIST_DESK_"
