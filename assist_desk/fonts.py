"""The bundled fonts (V-7, AR-3): Noto Sans and Noto Naskh Arabic, open licence.

Every computer then shows the same letters, whatever fonts its system has (the
platform fallback was DejaVu Sans, which sets Arabic visibly smaller). The files and
their licence are in ``resources/fonts/`` (``SOURCE.md`` says where they come from).
They are added to this process's font database only; nothing is installed.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from assist_desk.paths import resources_dir

LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Naskh Arabic"
FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
)

_loaded: set[str] = set()


def load() -> set[str]:
    """Add the bundled fonts once; returns the families now available.

    A missing or unreadable file is not fatal: the style sheet names the platform's
    sans-serif after ours, so text still shows (only the look differs).
    """
    if not _loaded:
        folder = resources_dir() / "fonts"
        for name in FILES:
            font_id = QFontDatabase.addApplicationFont(str(folder / name))
            if font_id >= 0:
                _loaded.update(QFontDatabase.applicationFontFamilies(font_id))
    return set(_loaded)


def css_families() -> str:
    """The ``font-family`` value of the style sheet: Latin first, Arabic for Arabic letters."""
    return f'"{LATIN_FAMILY}", "{ARABIC_FAMILY}", sans-serif'


def css_families_after(platform_family: str) -> str:
    """The ``font-family`` value of the "system" theme: the platform's family, then ours
    for Arabic letters.

    The platform's family has no Arabic letters on most systems: without a family named
    for them Qt fell back to DejaVu Sans, smaller than the Arabic scale asks (AR-3), and
    each label was sized to DejaVu's shorter line while the checker read the primary
    font's taller one ("اللغة" needs 19 px height, has 17, mediator mode, issue 14).
    """
    return f'"{platform_family}", "{ARABIC_FAMILY}"'
