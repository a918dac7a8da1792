"""Colours, sizes and themes, computed from ``ui/qss/tokens.toml`` and ``base.qss``.

WCAG 1.4.3/1.4.6: text contrast at least 4.5:1 (7:1 in the high-contrast theme);
WCAG 1.4.11: focus ring and borders at least 3:1; WCAG 2.5.8: targets; WCAG
1.4.4: text scales to 200 %. EN 301 549 11.7: the ``system`` theme follows the
platform (no colour of ours, the platform font size).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics, QTextLayout
from PySide6.QtWidgets import QLabel

from assist_desk import fonts, theme
from assist_desk.paths import ui_dir

COLOUR_THEMES = ("default", "high-contrast")
MINIMUM = {"default": 4.5, "high-contrast": 7.0}
BLOCK = re.compile(r"([^{}]+)\{([^{}]*(?:\{\{[^{}]*\}\}[^{}]*)*)\}", re.S)
TOKEN = re.compile(r"\{\{\s*(\w+)\s*\}\}")


def _template() -> str:
    return (ui_dir() / "qss" / "base.qss").read_text(encoding="utf-8")


def _rules() -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: token}) for every rule of base.qss using colour tokens."""
    text = re.sub(r"/\*.*?\*/", "", _template(), flags=re.S)
    rules = []
    for match in BLOCK.finditer(text):
        selector, body = match.group(1).strip(), match.group(2)
        properties: dict[str, str] = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            token = TOKEN.search(value)
            if token:
                properties[name.strip()] = token.group(1)
        rules.append((selector, properties))
    return rules


@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_declared_pairs_have_enough_contrast(name: str) -> None:
    colours = theme.tokens(name)
    for foreground, background in theme.contrast_pairs():
        ratio = theme.contrast_ratio(colours[foreground], colours[background])
        assert ratio >= MINIMUM[name], f"{name}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_focus_ring_and_borders_are_visible(name: str) -> None:
    colours = theme.tokens(name)
    assert theme.non_text_pairs()
    for foreground, background in theme.non_text_pairs():
        ratio = theme.contrast_ratio(colours[foreground], colours[background])
        assert ratio >= 3.0, f"{name}: {foreground} on {background} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_every_rule_of_the_style_sheet_keeps_the_contrast(name: str) -> None:
    """Each rule's text colour against its own background (or the window's), any block."""
    colours = theme.tokens(name)
    checked = 0
    for selector, properties in _rules():
        foreground = properties.get("color")
        if foreground is None or foreground not in colours:
            continue
        backgrounds = [properties.get("background"), properties.get("background-color")]
        background = next((b for b in backgrounds if b), None)
        for candidate in [background] if background else ["window_bg", "surface"]:
            ratio = theme.contrast_ratio(colours[foreground], colours[candidate])
            assert ratio >= MINIMUM[name], (
                f"{name}: {selector!r}: {foreground} on {candidate} is {ratio:.2f}:1"
            )
            checked += 1
    assert checked >= 8


def test_every_theme_defines_every_token() -> None:
    default = set(theme.tokens("default"))
    for name in (*COLOUR_THEMES, "system"):
        assert set(theme.tokens(name)) == default, (
            f"{name} lacks {default - set(theme.tokens(name))}"
        )


def test_colours_come_only_from_tokens() -> None:
    """No colour literal in the style sheet: a theme can then change every colour.

    A line may keep one when it says why with a ``/* fixed: … */`` comment (a QR code
    stays black on white in every theme)."""
    literals = []
    for line in _template().splitlines():
        if "/* fixed:" in line:
            continue
        code = re.sub(r"/\*.*?\*/", "", line)
        literals += re.findall(r"#[0-9A-Fa-f]{3,8}\b|\brgba?\(", code)
    assert not literals, f"use tokens from tokens.toml, not {literals[:3]}"


def test_system_theme_uses_only_the_platform_palette() -> None:
    for token, value in theme.tokens("system").items():
        assert value.startswith("palette("), f"system theme: {token} = {value}"


@pytest.mark.parametrize("name", [*COLOUR_THEMES, "system"])
@pytest.mark.parametrize("kiosk", [False, True])
def test_every_placeholder_is_filled(name: str, kiosk: bool, qapp: Any) -> None:
    rendered = theme.render(name, 2.0, kiosk)
    assert "{{" not in rendered
    assert "}}" not in rendered


def test_sizes_follow_mode_and_scale() -> None:
    normal = theme.sizes(1.0, kiosk=False)
    kiosk = theme.sizes(1.0, kiosk=True)
    double = theme.sizes(2.0, kiosk=False)
    assert int(kiosk["target_px"]) >= 44
    assert int(normal["target_px"]) >= 24
    assert int(double["font_px"]) == 2 * int(normal["font_px"])
    assert int(double["target_px"]) > int(normal["target_px"])  # targets grow with text


def test_auto_theme_follows_the_mode() -> None:
    assert theme.resolve("auto", "mediator") == "system"
    assert theme.resolve("auto", "kiosk") in ("default", "high-contrast")
    assert theme.resolve("auto", "training") in ("default", "high-contrast")
    assert theme.resolve("high-contrast", "mediator") == "high-contrast"


def test_system_theme_uses_the_platform_font_size(qapp: Any) -> None:
    platform = theme.platform_font_px()
    rendered = theme.render("system", 1.5, kiosk=False)
    assert f"font-size: {round(platform * 1.5)}px" in rendered
    assert "palette(window)" in rendered


def test_system_theme_sets_arabic_in_the_bundled_font(qtbot: Any, qapp: Any) -> None:
    """The platform's family has no Arabic letters: they fell back to DejaVu Sans, each
    label sized to its shorter line, under the primary font's height (issue 14)."""
    theme.apply(qapp, "system", 1.0, mode="mediator")
    label = QLabel("اللغة")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    drawn_in = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert drawn_in == {fonts.ARABIC_FAMILY}
    assert label.sizeHint().height() >= QFontMetrics(label.font()).height()


def test_apply_sets_and_reports_the_theme(qapp: Any) -> None:
    assert theme.apply(qapp, "auto", 1.0, mode="mediator") == "system"
    assert "palette(highlight)" in qapp.styleSheet()
    assert theme.apply(qapp, "high-contrast", 1.0, mode="kiosk") == "high-contrast"
    assert "#FFFF00" in qapp.styleSheet()
    # The sizes follow the language the application shows (Arabic type is larger): an
    # earlier test in this process may have left it in Arabic.
    arabic = bool(qapp.property("assist_desk_arabic"))
    target = theme.sizes(1.0, kiosk=True, arabic=arabic)["target_px"]
    assert f"min-height: {target}px" in qapp.styleSheet()


def test_a_removed_style_sheet_stays_removed_when_the_language_changes(qapp: Any) -> None:
    """theme.remove() forgets how the sheet was rendered: Arabic chosen afterwards (its
    larger type re-renders the sheet) brought back an earlier test's 200 % text."""
    theme.apply(qapp, "default", 2.0, kiosk=True)
    theme.remove(qapp)
    try:
        theme.language_changed(qapp, "ar")
        assert qapp.styleSheet() == ""
        assert qapp.property("assist_desk_style_args") is None
    finally:
        theme.language_changed(qapp, "en")
        theme.remove(qapp)
        qapp.setProperty("assist_desk_citizen", None)


def test_system_theme_pairs_roles_that_contrast_on_the_platform(qapp: Any) -> None:
    """With the platform's own palette (here Qt's default), our role pairs stay readable:
    the mapping never puts text in a role meant for decoration (e.g. highlight on base)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    roles = {
        "window": QPalette.ColorRole.Window,
        "window-text": QPalette.ColorRole.WindowText,
        "base": QPalette.ColorRole.Base,
        "text": QPalette.ColorRole.Text,
        "button": QPalette.ColorRole.Button,
        "button-text": QPalette.ColorRole.ButtonText,
        "highlight": QPalette.ColorRole.Highlight,
        "highlighted-text": QPalette.ColorRole.HighlightedText,
        "placeholder-text": QPalette.ColorRole.PlaceholderText,
        "link": QPalette.ColorRole.Link,
    }
    palette = QApplication.palette()

    def colour(token: str) -> str:
        role = theme.tokens("system")[token].removeprefix("palette(").removesuffix(")")
        return str(palette.color(roles[role]).name())

    for foreground, background in theme.contrast_pairs():
        if foreground == "disabled_text":
            continue  # WCAG exempts inactive controls
        ratio = theme.contrast_ratio(colour(foreground), colour(background))
        assert ratio >= 4.5, f"system: {foreground} on {background} is {ratio:.2f}:1"


# -- the disabled state of primary buttons (e.g. "Print…" before a choice) ------------------

SELECTOR_PART = re.compile(r"\[[^\]]*\]|:[a-z-]+")


def _cascade(widget: str, role: str, states: set[str]) -> dict[str, str]:
    """The colour tokens a ``widget`` with ``role`` in ``states`` gets from base.qss.

    Rules apply by specificity (attribute and pseudo-state parts), then by order,
    as Qt style sheets do; ``border`` also sets ``border-color``.
    """
    matched: list[tuple[int, int, dict[str, str]]] = []
    for order, (selectors, properties) in enumerate(_rules()):
        for selector in (s.strip() for s in selectors.split(",")):
            if " " in selector or ">" in selector or not selector.startswith(widget):
                continue
            rest = selector.removeprefix(widget)
            parts = SELECTOR_PART.findall(rest)
            if "".join(parts) != rest:
                continue  # an object name (#…) or a sub-control (::…)
            ok = all(
                part == f'[role="{role}"]' if part.startswith("[") else part[1:] in states
                for part in parts
            )
            if ok:
                matched.append((len(parts), order, properties))
    effective: dict[str, str] = {}
    for _, _, properties in sorted(matched, key=lambda m: (m[0], m[1])):
        for name, token in properties.items():
            effective[name] = token
            if name == "border":
                effective["border-color"] = token
    return effective


@pytest.mark.parametrize("name", COLOUR_THEMES)
def test_disabled_primary_button_is_readable_and_looks_disabled(name: str) -> None:
    colours = theme.tokens(name)
    enabled = _cascade("QPushButton", "primary", set())
    disabled = _cascade("QPushButton", "primary", {"disabled"})
    text, background = disabled["color"], disabled.get("background", "window_bg")
    ratio = theme.contrast_ratio(colours[text], colours[background])
    assert ratio >= MINIMUM[name], f"{name}: disabled primary {text} on {background} {ratio:.2f}:1"
    # Not the enabled look: another text colour and another fill.
    assert colours[text] != colours[enabled["color"]]
    assert disabled["background"] != enabled["background"]
    # Its border still shows where the button is (3:1 against the window).
    border = theme.contrast_ratio(colours[disabled["border-color"]], colours["window_bg"])
    assert border >= 3.0, f"{name}: disabled primary border {border:.2f}:1"


def _text_and_background(image: Any) -> tuple[str, str]:
    """The most frequent colour inside a button (its fill) and the colour that contrasts
    most with it (its text, drawn at full coverage in the middle of the strokes)."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for y in range(image.height() // 4, 3 * image.height() // 4):
        for x in range(image.width() // 8, 7 * image.width() // 8):
            counts[image.pixelColor(x, y).name()] += 1
    fill = counts.most_common(1)[0][0]
    text = max(counts, key=lambda c: theme.contrast_ratio(c, fill))
    return text, fill


@pytest.mark.parametrize("name", COLOUR_THEMES)
@pytest.mark.parametrize("kiosk", [False, True])
def test_disabled_primary_button_as_painted(name: str, kiosk: bool, qtbot: Any, qapp: Any) -> None:
    """The real button, styled by the application's theme and painted: its text keeps
    the contrast, and its fill is not the enabled blue (yellow in high contrast)."""
    from PySide6.QtWidgets import QPushButton

    theme.apply(qapp, name, 2.0, kiosk=kiosk)
    buttons = []
    for enabled in (True, False):
        button = QPushButton("Imprimer…")
        button.setProperty("role", "primary")
        button.setEnabled(enabled)
        qtbot.addWidget(button)
        button.show()
        qtbot.waitExposed(button)
        buttons.append(_text_and_background(button.grab().toImage()))
    (_, enabled_fill), (text, fill) = buttons
    ratio = theme.contrast_ratio(text, fill)
    assert ratio >= MINIMUM[name], f"{name}: painted disabled primary {text} on {fill}"
    assert fill != enabled_fill


#: A window with an item view (whose scroll bars keep Qt's style-sheet mark), styled,
#: unstyled by ``REMOVE``, styled again, deleted, then styled once more.
RESTYLE_AFTER_DELETE = """
import sys
import shiboken6
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem
from assist_desk import theme

app = QApplication([])
theme.apply(app, "default", 1.0, kiosk=True)
tree = QTreeWidget()
QTreeWidgetItem(tree, ["Carte grise"])
tree.show()
app.processEvents()
{remove}
theme.apply(app, "default", 2.0, kiosk=True)  # a new Qt style sheet cache
app.processEvents()
shiboken6.delete(tree)
theme.apply(app, "high-contrast", 1.0, kiosk=True)  # walks every cached widget
print("restyled")
"""


@pytest.mark.parametrize(
    "remove", ["theme.remove(app)", "app.setStyleSheet('')"], ids=["theme-remove", "plain-qt"]
)
def test_a_style_sheet_set_again_forgets_deleted_widgets(remove: str) -> None:
    """The segmentation fault in ``setStyleSheet`` (a style sheet removed while an item
    view lived, set again, the view deleted, then a theme change). Run in a process of
    its own: before the fix it died with SIGSEGV."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", RESTYLE_AFTER_DELETE.format(remove=remove)],
        cwd=Path(__file__).resolve().parents[2],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr}"
    assert done.stdout.split() == ["restyled"]


def test_no_style_sheet_mark_survives_the_removal(qtbot: Any, qapp: Any) -> None:
    """What the crash came from, seen in this process: once the style sheet is removed,
    no widget keeps Qt's ``WA_StyleSheet`` mark (the next cache then hooks each one)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem

    theme.apply(qapp, "default", 1.0, kiosk=True)
    tree = QTreeWidget()
    QTreeWidgetItem(tree, ["Carte grise"])
    qtbot.addWidget(tree)
    tree.show()
    qtbot.waitExposed(tree)
    marked = Qt.WidgetAttribute.WA_StyleSheet
    assert tree.testAttribute(marked)
    theme.remove(qapp)
    assert [w for w in QApplication.allWidgets() if w.testAttribute(marked)] == []
