"""Renders the QSS templates of ``ui/qss`` with the theme's tokens.

This is the only module that calls ``setStyleSheet`` (a house rule checked by
``scripts/misc_checks.py``). Sizes follow the text scale and the mode: 44 px
touch targets in kiosk mode, 24 px elsewhere (WCAG 2.5.8).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache

from PySide6.QtWidgets import QApplication

from assist_desk.paths import ui_dir

BASE_FONT_PX = 17
KIOSK_FONT_PX = 20
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@cache
def _tokens_file() -> dict[str, dict[str, object]]:
    return tomllib.loads((ui_dir() / "qss" / "tokens.toml").read_text(encoding="utf-8"))


def tokens(theme: str) -> dict[str, str]:
    """Colour tokens of a theme (``default`` or ``high-contrast``)."""
    return {k: str(v) for k, v in _tokens_file()[theme].items()}


def contrast_pairs() -> list[tuple[str, str]]:
    pairs = _tokens_file()["contrast_pairs"]["pairs"]
    assert isinstance(pairs, list)
    return [(str(fg), str(bg)) for fg, bg in pairs]


def sizes(font_scale: float, kiosk: bool) -> dict[str, str]:
    font = round((KIOSK_FONT_PX if kiosk else BASE_FONT_PX) * font_scale)
    target = 44 if kiosk else 32
    return {
        "font_px": str(font),
        "title_px": str(round(font * 1.35)),
        "target_px": str(max(target, round(font * 1.9))),
        "tile_px": str(round(font * 5)),
        "indicator_px": str(max(24, round(font * 1.3))),
    }


def render(theme: str, font_scale: float = 1.0, kiosk: bool = False) -> str:
    values = tokens(theme) | sizes(font_scale, kiosk)
    template = (ui_dir() / "qss" / "base.qss").read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        return values[match.group(1)]

    return _PLACEHOLDER.sub(fill, template)


def apply(app: QApplication, theme: str, font_scale: float = 1.0, kiosk: bool = False) -> None:
    app.setStyleSheet(render(theme, font_scale, kiosk))


def relative_luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours."""
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
