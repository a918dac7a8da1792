"""Renders the QSS templates of ``ui/qss`` with the theme's tokens.

This is the only module that calls ``setStyleSheet`` (a house rule checked by
``scripts/misc_checks.py``). Sizes follow the text scale and the mode: 44 px
touch targets in kiosk mode, 24 px at least elsewhere (WCAG 2.5.8).

Themes (the ``theme`` setting):

- ``default``: the assist_desk colours (contrast ≥ 4.5:1, checked by
  ``tests/a11y/test_theme.py`` from ``tokens.toml``);
- ``high-contrast``: black, white, yellow and cyan (contrast ≥ 7:1);
- ``system``: follows the platform, as EN 301 549 clause 11.7 asks of
  non-web software: no colour of ours (every colour token is a
  ``palette(...)`` reference to the platform palette, so a platform dark or
  high-contrast scheme applies) and the platform font and font size (times
  ``font_scale``); sizes of targets and the focus ring stay ours;
- ``auto`` (the default): ``system`` in mediator mode (a workstation whose
  user chose their platform settings); in kiosk and training modes
  ``high-contrast`` when the platform asks for more contrast, else
  ``default``. A kiosk is closed functionality (EN 301 549 clause 5.1): it is
  isolated from the platform on purpose and offers its own settings instead.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle

from assist_desk import fonts
from assist_desk.paths import ui_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# The type scale (V-7, K-2): body / subtitle / title, 18 / 24 / 32 px on a desktop and
# 26 / 30 / 40 px at a kiosk (read standing, at arm's length). At 200 % text on a small
# screen the layouts reflow and scroll (the column, flow_row, reflow): never smaller type.
BASE_FONT_PX = 18
KIOSK_FONT_PX = 26
TITLE_RATIO = {False: 32 / 18, True: 40 / 26}
SUBTITLE_RATIO = {False: 24 / 18, True: 30 / 26}
# Arabic runs larger (its letters read smaller at the same size): AR-3.
ARABIC_SCALE = 1.15
#: The column holds about 75 characters of body text: 37 font sizes wide (~1000 px at
#: the kiosk's 26 px, ~730 px at 18 px), the screen's side margins added.
COLUMN_EMS = 37
COLUMN_MARGINS_PX = 64
#: Room for a splitter's handle between two panes of one column each (views/widgets/two_panes.py).
PANE_GAP_PX = 16
KIOSK_TARGET_PX = 44
#: A choice at a kiosk (check box, radio, tile): K-2's 80 px, the design check's limit.
KIOSK_CHOICE_PX = 80
DEFAULT_TARGET_PX = 32  # above the WCAG 2.5.8 minimum of 24 px
THEMES = ("default", "high-contrast", "system")
#: The combobox's arrow (V-6), drawn in each theme's control colour (the system theme's
#: colours are unknown: a mid grey, 4.5:1 on white and 4.6:1 on black).
COMBO_ARROWS = {
    "default": "chevron-down-primary.svg",
    "high-contrast": "chevron-down-yellow.svg",
    "system": "chevron-down-grey.svg",
}
_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@cache
def _tokens_file() -> dict[str, dict[str, object]]:
    return tomllib.loads((ui_dir() / "qss" / "tokens.toml").read_text(encoding="utf-8"))


def tokens(theme: str) -> dict[str, str]:
    """Colour tokens of a theme (``default``, ``high-contrast`` or ``system``)."""
    return {k: str(v) for k, v in _tokens_file()[theme].items()}


def link_colour() -> str | None:
    """The colour of links in rich text for the theme the application shows, or None
    (no style sheet, or the "system" theme: the platform's own link colour)."""
    app = QApplication.instance()
    shown = app.property("assist_desk_theme") if app is not None else None
    if shown not in THEMES:
        return None
    colour = tokens(str(shown)).get("link", "")
    return colour if colour.startswith("#") else None


def contrast_pairs() -> list[tuple[str, str]]:
    """Text/background token pairs that must keep the text contrast."""
    pairs = _tokens_file()["contrast_pairs"]["pairs"]
    assert isinstance(pairs, list)
    return [(str(fg), str(bg)) for fg, bg in pairs]


def non_text_pairs() -> list[tuple[str, str]]:
    """Focus ring and borders against their background (3:1, WCAG 1.4.11)."""
    pairs = _tokens_file()["contrast_pairs"].get("non_text", [])
    assert isinstance(pairs, list)
    return [(str(fg), str(bg)) for fg, bg in pairs]


def platform_prefers_high_contrast() -> bool:
    """True when the platform asks for more contrast (Qt 6.10+ reports it)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    try:
        from PySide6.QtCore import Qt

        preference = accessibility().contrastPreference()
        return bool(preference == Qt.ContrastPreference.HighContrast)
    except (AttributeError, RuntimeError):
        return False


def resolve(theme: str, mode: str | None = None) -> str:
    """The theme to render for a ``theme`` setting (``auto`` resolved) and a mode."""
    if theme != "auto":
        return theme
    if mode == "mediator":
        return "system"
    return "high-contrast" if platform_prefers_high_contrast() else "default"


def platform_font_px() -> int:
    """The platform's default font size in pixels (before our scale)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return max(10, QFontInfo(QApplication.font()).pixelSize())
    return BASE_FONT_PX


def column_px(font_px: int) -> int:
    """The width of the screens' column for a body text size."""
    return round(font_px * COLUMN_EMS) + COLUMN_MARGINS_PX


def two_pane_px(font_px: int) -> int:
    """The width of a workstation's two-pane tool: two columns side by side."""
    return 2 * round(font_px * COLUMN_EMS) + PANE_GAP_PX + COLUMN_MARGINS_PX


def _families(system: bool) -> str:
    if not system:
        return fonts.css_families()
    return fonts.css_families_after(QApplication.font().family())


def sizes(
    font_scale: float, kiosk: bool, base_px: int | None = None, arabic: bool = False
) -> dict[str, str]:
    base = base_px if base_px is not None else (KIOSK_FONT_PX if kiosk else BASE_FONT_PX)
    # Arabic ×1.15, but not beyond the 200 % that every screen is built to hold:
    # at the largest text setting Arabic and Latin are the same size.
    factor = min(font_scale * ARABIC_SCALE, max(font_scale, 2.0)) if arabic else font_scale
    font = round(base * factor)
    arabic_factor = min(font_scale * ARABIC_SCALE, max(font_scale, 2.0))
    target = KIOSK_TARGET_PX if kiosk else DEFAULT_TARGET_PX
    scrollbar = max(target - 8 if kiosk else 16, round(font * 1.1))
    return {
        "font_px": str(font),
        # The bundled fonts; in the "system" theme the platform's font, ours for Arabic.
        "font_family": f"font-family: {_families(base_px is not None)};",
        "small_px": str(max(12, round(font * 0.85))),
        "title_px": str(round(font * TITLE_RATIO[kiosk])),
        "subtitle_px": str(round(font * SUBTITLE_RATIO[kiosk])),
        "target_px": str(max(target, round(font * 1.9))),
        "tile_px": str(round(font * 5)),
        "choice_px": str(KIOSK_CHOICE_PX if kiosk else max(target, round(font * 1.9))),
        # The screens' centred column (V-3, K-2): about 75 characters of body text a
        # line (a character is about half the font size), plus the screen's margins.
        "column_px": str(column_px(font)),
        # A workstation's FAQ, checklists and places: two columns, side by side (issue 14).
        "two_pane_px": str(two_pane_px(font)),
        # On-screen keyboard keys: at least 60 px at a kiosk (issue 15).
        "key_px": str(max(64 if kiosk else 48, round(font * 2.2))),
        "combo_arrow_px": str(max(16, round(font * 0.8))),
        "key_smallest_px": str(max(16, round(font * 0.6))),
        "indicator_px": str(max(24, round(font * 1.3))),
        "scrollbar_px": str(scrollbar),
        # Names written in their own script, whatever the interface's language (the
        # welcome screen's languages): the Latin size, and Arabic larger as everywhere.
        "latin_name_px": str(round(base * font_scale)),
        "arabic_name_px": str(round(base * arabic_factor)),
        # Half the handle (the bar less its 1-px edge and 4-px insets), rounded down: Qt
        # draws square corners for a radius larger than half the handle.
        "scrollbar_radius_px": str(max(2, (scrollbar - 9) // 2 - 1)),
    }


def keys_at_100_percent(kiosk: bool, base_px: int | None, arabic: bool) -> dict[str, str]:
    """The on-screen keyboard's key height and label sizes at 100 % text: the keys' middle
    step (``keyHeight``/``keyFont`` "base"). At larger text, where the larger keys do not
    fit the window, the keys keep at least their 100 % size instead of stepping straight
    down to 44 px (D3: 66 → 46 px keys, 38 → 26 px labels at 200 % on a 1920 × 1080 kiosk)."""
    normal = sizes(1.0, kiosk, base_px, arabic)
    return {
        "key_base_px": normal["key_px"],
        "key_base_font_px": normal["title_px"],
        "key_base_function_px": normal["font_px"],
    }


def render(theme: str, font_scale: float = 1.0, kiosk: bool = False, arabic: bool = False) -> str:
    """The whole style sheet for a resolved theme name."""
    base_px = platform_font_px() if theme == "system" else None
    # A token missing from a theme falls back to the default theme's value (a test
    # requires every theme to define every token, so this only softens a mistake).
    values = (
        tokens("default")
        | tokens(theme)
        | sizes(font_scale, kiosk, base_px, arabic)
        | keys_at_100_percent(kiosk, base_px, arabic)
    )
    arrow = ui_dir() / "icons" / COMBO_ARROWS.get(theme, COMBO_ARROWS["default"])
    values["combo_arrow"] = arrow.as_posix()
    # The vertical bar's edge toward the page: a style sheet's border-left is not
    # mirrored, and Arabic (the one right-to-left language) puts the bar on the left.
    values["scrollbar_page_side"] = "right" if arabic else "left"
    template = (ui_dir() / "qss" / "base.qss").read_text(encoding="utf-8")

    def fill(match: re.Match[str]) -> str:
        return values[match.group(1)]

    return _PLACEHOLDER.sub(fill, template)


def apply(
    app: QApplication,
    theme: str,
    font_scale: float = 1.0,
    kiosk: bool = False,
    mode: str | None = None,
) -> str:
    """Style the whole application; returns the theme actually rendered."""
    if mode is not None:
        kiosk = mode == "kiosk"
    resolved = resolve(theme, mode)
    fonts.load()
    hide_mnemonics(app, citizen=(mode != "mediator") if mode is not None else True)
    arabic = bool(app.property("assist_desk_arabic"))
    if not app.styleSheet():
        _forget_stale_style_sheet_marks()
    app.setStyleSheet(render(resolved, font_scale, kiosk, arabic))
    app.setProperty("assist_desk_theme", resolved)
    app.setProperty("assist_desk_style_args", [resolved, font_scale, kiosk])
    if resolved == "system" and not app.property("assist_desk_follows_platform"):
        # The platform's colours or contrast change while running (dark mode, high
        # contrast turned on): render again, so palette() references are re-read.
        app.setProperty("assist_desk_follows_platform", True)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(
            lambda *_: app.setStyleSheet(
                render("system", font_scale, kiosk, bool(app.property("assist_desk_arabic")))
            )
        )
    return resolved


def remove(app: QApplication) -> None:
    """Back to the platform style, no style sheet at all (between tests, in the tour)."""
    # Forgotten too, or the next language change renders the old style sheet again
    # (language_changed): 200 % text came back in a later test's unstyled screen.
    app.setProperty("assist_desk_style_args", None)
    app.setProperty("assist_desk_theme", None)
    app.setStyleSheet("")
    _forget_stale_style_sheet_marks()


def _forget_stale_style_sheet_marks() -> None:
    """Clear the style-sheet mark Qt leaves on some widgets once no style sheet is left.

    WORKAROUND (Qt 6.11): removing the application style sheet deletes Qt's style
    sheet cache, yet item views and their scroll bars keep their ``WA_StyleSheet``
    mark. The next style sheet's cache trusts that mark: it caches such a widget
    without hooking its ``destroyed()`` signal, so once the widget is deleted, the
    following ``setStyleSheet`` walks the freed widget (a segmentation fault, see
    tests/a11y/test_theme.py::test_a_style_sheet_set_again_forgets_deleted_widgets).
    With no style sheet anywhere the mark is stale on every widget, so it is cleared
    and the next cache hooks each widget again.
    """
    widgets = QApplication.allWidgets()
    if any(widget.styleSheet() for widget in widgets):
        return  # a widget's own style sheet keeps Qt's cache (and its hooks) alive
    for widget in widgets:
        widget.setAttribute(Qt.WidgetAttribute.WA_StyleSheet, False)


class _NoMnemonicStyle(QProxyStyle):
    """Draws no mnemonic underline where the application says so (V-6, AR-4).

    On citizen screens the underlines puzzle people, and in Arabic they fall on the
    dots of letters ("بحث" read "يحث"). The shortcuts still work with Alt.

    It also draws no text caret in a label (issue 14): a label's text a screen reader
    reads line by line (selectable by keyboard, e.g. a place's details) showed a
    blinking bar, and read-only text with a caret looks like a field to type in. The
    arrows still move the (invisible) cursor and the selection.
    """

    def pixelMetric(self, metric: Any, option: Any = None, widget: Any = None) -> int:
        if metric == QStyle.PixelMetric.PM_TextCursorWidth and isinstance(widget, QLabel):
            return 0
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: Any, option: Any = None, widget: Any = None, data: Any = None) -> int:
        if hint == QStyle.StyleHint.SH_UnderlineShortcut:
            app = QApplication.instance()
            if app is not None and (
                app.property("assist_desk_citizen") or app.property("assist_desk_arabic")
            ):
                return 0
        return super().styleHint(hint, option, widget, data)


def hide_mnemonics(app: QApplication, citizen: bool) -> None:
    """No underline on citizen screens (kiosk, training) nor in Arabic; mediators keep them."""
    app.setProperty("assist_desk_citizen", citizen)
    if not isinstance(app.style(), _NoMnemonicStyle):
        app.setStyle(_NoMnemonicStyle(app.style().name()))


def language_changed(app: QCoreApplication, language: str) -> None:
    """Arabic is set larger (AR-3): re-render the style sheet when that changes."""
    arabic = language == "ar"
    if bool(app.property("assist_desk_arabic")) == arabic:
        return
    app.setProperty("assist_desk_arabic", arabic)
    args = app.property("assist_desk_style_args")
    if args and isinstance(app, QApplication):  # styled already (else apply() reads it)
        theme, font_scale, kiosk = args
        app.setStyleSheet(render(str(theme), float(font_scale), bool(kiosk), arabic))


def directional_icon(icon: QIcon, direction: Qt.LayoutDirection | None = None) -> QIcon:
    """``icon`` mirrored in right-to-left layouts (arrows, "next", "back").

    Icons with a direction point the other way in Arabic; symbols without one
    (a printer, a phone) stay as they are and need no call. Call it again on
    ``QEvent.LayoutDirectionChange``, e.g. in ``retranslate_ui``.
    """
    # Imported here: QIcon's first use makes its 163 enum members (ThemeIcon...), and
    # no first frame needs it (bench/RESULTS.md, session 9).
    from PySide6.QtGui import QIcon, QTransform

    if direction is None:
        direction = QGuiApplication.layoutDirection()
    if direction != Qt.LayoutDirection.RightToLeft or icon.isNull():
        return icon
    mirrored = QIcon()
    sizes = icon.availableSizes() or [QSize(64, 64)]
    for size in sizes:
        pixmap = icon.pixmap(size)
        mirrored.addPixmap(pixmap.transformed(QTransform().scale(-1, 1)))
    return mirrored


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
