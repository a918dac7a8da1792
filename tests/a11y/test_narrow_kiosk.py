"""Kiosk mode at 200 % text on an 800 × 600 screen: buttons wrap, nothing is cut.

WCAG 1.4.4 (text resized to 200 % without loss) and 1.4.10 (reflow): the
attract screen's "Touch to start", the places screen's "Search" and the
mediator tools' "Lock" kept their text on one line and ran off the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget

from assist_desk.devtools import a11y_check
from assist_desk.views.widgets.wrap_button import WrapButton
from tests.a11y.helpers import settle, shown
from tests.app_fixtures import StartApplication
from tests.sample_content import copy_without_arabic

NARROW = (800, 600)

BUTTONS: list[tuple[str, Callable[[Any], QPushButton]]] = [
    ("attract", lambda screen: screen.start_button),
    ("places", lambda screen: screen.search_button),
    ("mediator_tools", lambda screen: screen.lock_button),
]


def _resize(window: Any, size: tuple[int, int]) -> None:
    """A kiosk window fills its screen: make it an ordinary window of ``size`` instead
    (the offscreen test screen is 800 × 800 px)."""
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    settle()
    assert (window.width(), window.height()) == size


def _scroll_area(widget: QWidget) -> QScrollArea:
    node = widget.parentWidget()
    while node is not None and not isinstance(node, QScrollArea):
        node = node.parentWidget()
    assert node is not None
    return node


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_kiosk_buttons_fit_at_200_percent_on_800_px(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    app_context: StartApplication,
) -> None:
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", lang, "--mode", "kiosk"))
    window = context.window
    _resize(window, NARROW)
    problems = []
    for screen_id, button_of in BUTTONS:
        window.show_screen(screen_id)
        settle()
        screen = window.current_screen()
        button = button_of(screen)
        assert isinstance(button, WrapButton)
        assert button.isVisible()
        assert button.text()
        # The whole text fits: its longest word across, all its lines down.
        assert button.required_width() <= button.width(), (screen_id, button.text())
        assert button.required_height(button.width()) <= button.height(), screen_id
        # ... and the button itself is inside the part of the screen one sees.
        viewport = _scroll_area(screen).viewport()
        left = button.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0, screen_id
        assert left + button.width() <= viewport.width(), screen_id
        problems += [
            f"{screen_id}: {finding}"
            for finding in a11y_check.check_screen(window, kiosk=True)
            if finding.kind == "clipped-text"
        ]
    assert not problems, "\n".join(problems)
    if lang == "fr":
        # At 200 % on 800 px, "Touchez pour commencer" no longer fits on one line.
        window.show_screen("attract")
        settle()
        start_button = window.current_screen().start_button
        one_line = start_button.fontMetrics().horizontalAdvance(start_button.text())
        assert one_line > start_button.width()
        assert start_button.height() >= 2 * start_button.fontMetrics().height()


def test_wide_kiosk_keeps_the_buttons_on_one_line(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    """At 1920 × 1080 the same buttons keep one line (the row does not fold)."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", "fr", "--mode", "kiosk"))
    window = context.window
    _resize(window, (1920, 1080))
    for screen_id, button_of in BUTTONS:
        window.show_screen(screen_id)
        settle()
        button = button_of(window.current_screen())
        one_line = button.fontMetrics().horizontalAdvance(button.text())
        assert one_line <= button.width(), screen_id
        # One line: no more height needed than with unlimited width.
        assert button.required_height(button.width()) == button.required_height(10**5)
    places = window.screen_by_id("places")
    window.show_screen("places")
    settle()
    # Field and Search button side by side on a wide screen.
    assert (
        places.search_button.y() == places.search_edit.y()
        or abs(
            places.search_button.geometry().center().y()
            - places.search_edit.geometry().center().y()
        )
        < places.search_button.height()
    )


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_lists_go_above_their_content_at_200_percent_on_800_px(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    app_context: StartApplication,
    tmp_path: Path,
) -> None:
    """Questions and answers, documents to bring: the list above what it shows, each
    readable, and nothing cut (the FAQ's "shown in French" notice included: in Arabic the
    pack is loaded without its Arabic texts, so that the notice shows)."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    if lang == "ar":
        target = copy_without_arabic(tmp_path / "content")
        monkeypatch.setattr("assist_desk.content.pack.default_directory", lambda: target)
    context = shown(qtbot, app_context("--lang", lang, "--mode", "kiosk"))
    window = context.window
    _resize(window, NARROW)
    for screen_id in ("faq", "checklists"):
        window.show_screen(screen_id)
        settle()
        screen = window.current_screen()
        assert screen.splitter.stacked(), screen_id
        findings = [
            str(f) for f in a11y_check.check_screen(window, kiosk=True) if f.kind == "clipped-text"
        ]
        assert not findings, "\n".join(findings)
    faq = window.screen_by_id("faq")
    assert faq.list_fallback.isVisibleTo(faq) == (lang == "ar")
    _resize(window, (1920, 1080))
    window.show_screen("faq")
    settle()
    assert not faq.splitter.stacked()  # side by side again on a wide screen
