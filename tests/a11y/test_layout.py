"""No text is cut: pseudo-translation (+40 %), text at 200 %, Arabic; Arabic mirrors.

WCAG 1.4.4 (resize text to 200 % without loss), 1.4.10 (reflow); RGAA 10.4.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QScrollArea

from assist_desk import i18n, theme
from assist_desk.devtools import a11y_check
from tests.a11y.helpers import ensure_tiles, settle, shown, visit
from tests.app_fixtures import StartApplication

CASES = [
    # (environment, language, mode)
    ({"ASSIST_DESK_PSEUDO_L10N": "1"}, "fr", "training"),
    ({"ASSIST_DESK_PSEUDO_L10N": "1"}, "ar", "kiosk"),
    ({"ASSIST_DESK_FONT_SCALE": "2.0"}, "fr", "mediator"),
    ({"ASSIST_DESK_FONT_SCALE": "2.0"}, "ar", "training"),
    ({"ASSIST_DESK_FONT_SCALE": "2.0", "ASSIST_DESK_PSEUDO_L10N": "1"}, "en", "kiosk"),
]


@pytest.mark.parametrize(("env", "lang", "mode"), CASES)
def test_no_clipped_text_anywhere(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    lang: str,
    mode: str,
    app_context: StartApplication,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    context = shown(qtbot, app_context("--lang", lang, "--mode", mode))
    window = context.window
    ensure_tiles(window)
    assert context.switcher.pseudo == ("ASSIST_DESK_PSEUDO_L10N" in env)
    findings = []
    for screen in visit(window):
        findings += [
            f"{screen.screen_id}: {f}" for f in a11y_check.check_screen(window, kiosk=False)
        ]
    assert not findings, "\n".join(findings)
    if context.switcher.pseudo:
        # The strings really went through the pseudo-translator.
        assert window.end_button.text().startswith("[")
        assert window.home.tiles()[0].title().startswith("[")


def test_text_at_200_percent_reflows_and_scrolls(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", "fr", "--mode", "training"))
    window = context.window
    ensure_tiles(window)
    tile = window.home.tiles()[0]
    assert tile.font().pixelSize() >= 2 * theme.BASE_FONT_PX
    assert window.end_button.font().pixelSize() == 2 * theme.BASE_FONT_PX
    holder = window.home.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    # Nothing runs off the side: no horizontal scrolling, the page grows downwards.
    assert window.home.width() <= holder.viewport().width()
    assert holder.horizontalScrollBar().maximum() == 0
    # Tab to the last tile: it is scrolled into view.
    last = window.home.tiles()[-1]
    last.setFocus(Qt.FocusReason.TabFocusReason)
    holder.ensureWidgetVisible(last)
    top_left = last.mapTo(holder.viewport(), QPoint(0, 0))
    assert 0 <= top_left.y() < holder.viewport().height()


def test_arabic_mirrors_the_window(qtbot: Any, qapp: Any, app_context: StartApplication) -> None:
    context = shown(qtbot, app_context("--lang", "ar"))
    window = context.window
    ensure_tiles(window)
    window.show_screen("home")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def x_of(widget: Any) -> int:
        return int(widget.mapTo(window, QPoint(0, 0)).x())

    # Help point name on the right, session button on the far left.
    assert x_of(window.site_label) > x_of(window.language_box) > x_of(window.end_button)
    first, second = window.home.tiles()[:2]
    # At 1280×800 the Arabic home has two columns of tiles (one would need scrolling):
    # the first on the right of the first row; each draws its pictogram on the reading
    # side, right in Arabic.
    assert window.home.columns() == 2
    assert x_of(first) > x_of(second)
    assert first.mapTo(window, QPoint(0, 0)).y() == second.mapTo(window, QPoint(0, 0)).y()
    assert first.isRightToLeft()
    # The help-point name is isolated inside the Arabic sentence; the default name is
    # the application's own words, in Arabic too (AR-5).
    text = window.site_label.text()
    assert i18n.FSI + "نقطة رقمية (تدريب)" + i18n.PDI in text
    assert text.startswith("نقطة")
    # Back to French: everything flips back.
    context.switch_language("fr")
    settle()
    assert x_of(window.site_label) < x_of(window.end_button)
    assert first.isLeftToRight()


def test_icons_with_a_direction_mirror_in_arabic(qapp: Any) -> None:
    arrow = QPixmap(16, 16)
    arrow.fill(QColor("white"))
    arrow.setDevicePixelRatio(1.0)
    from PySide6.QtGui import QPainter

    painter = QPainter(arrow)
    painter.fillRect(0, 0, 4, 16, QColor("black"))  # a mark on the left edge
    painter.end()
    icon = QIcon(arrow)
    same = theme.directional_icon(icon, Qt.LayoutDirection.LeftToRight)
    mirrored = theme.directional_icon(icon, Qt.LayoutDirection.RightToLeft)
    assert same.pixmap(16, 16).toImage().pixelColor(1, 8) == QColor("black")
    image = mirrored.pixmap(16, 16).toImage()
    assert image.pixelColor(14, 8) == QColor("black")
    assert image.pixelColor(1, 8) == QColor("white")


def test_top_bar_wraps_into_rows_at_200_percent(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", "ar", "--mode", "training"))
    window = context.window
    bar = window.top_bar
    label = window.site_label
    controls = [window.language_box, window.staff_button, window.end_button]
    window.resize(800, 600)
    settle()
    # The help point's name on a row of its own, the controls on rows below it,
    # nothing drawn over anything, nothing cut.
    assert all(label.geometry().bottom() < c.geometry().top() for c in controls)
    assert label.height() < 3 * label.fontMetrics().height()  # not a tall, narrow column
    rows = {c.geometry().top() for c in controls}
    assert len(rows) <= 2  # wrapped rows, not one control per row
    assert not [
        f
        for f in a11y_check.check_screen(window, kiosk=False)
        if "topBar/" in f.where  # the bar and its controls, wherever the shell scrolls
    ]
    assert window.height() <= 600  # the bar does not push the window off the screen
    # Hiding the bar (kiosk attract screen) hides the name too.
    bar.hide()
    assert not label.isVisible()
    bar.show()
    # Wide enough: the name and the controls share one row.
    window.resize(2400, 800)
    settle()
    middle = label.geometry().center().y()
    assert all(c.geometry().top() <= middle <= c.geometry().bottom() for c in controls)


def test_a_screen_is_laid_out_before_it_is_painted(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    """The places screen, built on first use at a kiosk at 200 %: its page is laid out at
    its minimum width while hidden, then at the viewport's, then grown by its scroll area.
    Before the screen is painted (no event handled since it was asked for) its wrapped
    text already has its height (the identity-card notice was squeezed to 290 px of 793)."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    monkeypatch.setenv("ASSIST_DESK_PSEUDO_L10N", "1")
    context = shown(qtbot, app_context("--lang", "en", "--mode", "kiosk"))
    window = context.window
    ensure_tiles(window)
    window.show_screen("places")
    page = window.current_screen()
    assert page.screen_id == "places"
    assert page.height() >= page.layout().totalHeightForWidth(page.width())
    assert a11y_check.check_screen(window, kiosk=False) == []
