"""Issue 14 follow-up: at a kiosk of 800×600 or 1024×768 the attract screen's four
pictograms fell into a column and pushed "Touch to start" below the fold. They now
stand in two rows of two when a row does not fit, and the button is in view unscrolled
(right under the welcome sentence when the whole screen does not fit its window)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from assist_desk.views.widgets.pictogram import Pictogram
from tests.a11y.helpers import settle, shown
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


@pytest.mark.parametrize(("size", "rows"), [((800, 600), 2), ((1024, 768), 1)])
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_small_kiosk_shows_the_pictograms_in_rows_and_the_start_button(
    qtbot: Any, app_context: StartApplication, lang: str, size: tuple[int, int], rows: int
) -> None:
    """800×600: two rows of two; 1024×768: the row of four fits (before: a column)."""
    context = shown(qtbot, app_context("--mode", "kiosk", "--lang", lang))
    window = context.window
    window.resize(*size)
    settle()
    attract = kiosk_of(context).attract
    assert window.current_screen() is attract
    pictures = [attract.findChild(Pictogram, f"attractExample_{n}") for n in attract.PROCEDURES]
    places = [p.mapTo(attract, QPoint(0, 0)) for p in pictures if p is not None]
    assert len(places) == 4
    assert len({place.y() for place in places}) == rows
    assert len({place.x() for place in places}) == 4 // rows
    first, second = places[0], places[1]
    assert first.y() == second.y()  # reading order: the first two share the top row
    assert (first.x() > second.x()) == (lang == "ar")  # right to left in Arabic
    # "Touch to start" whole in the window, without scrolling.
    holder = attract.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    assert holder.verticalScrollBar().value() == 0
    button = attract.start_button
    seen = QRect(button.mapTo(holder.viewport(), QPoint(0, 0)), button.size())
    assert holder.viewport().rect().contains(seen), (seen, holder.viewport().rect())


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_short_kiosk_shows_the_language_choice_without_scrolling(
    qtbot: Any, app_context: StartApplication, lang: str, size: tuple[int, int]
) -> None:
    """D2: at 1024×768 and 1280×800 "Choose your language" and the language buttons
    were below the fold (a citizen who does not read French could not find them); they
    are now at the top, and "Touch to start" is still in view."""
    context = shown(qtbot, app_context("--mode", "kiosk", "--lang", lang))
    window = context.window
    window.resize(*size)
    settle()
    attract = kiosk_of(context).attract
    assert window.current_screen() is attract
    holder = attract.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    assert holder.verticalScrollBar().value() == 0
    label = attract.findChild(QLabel, "attractLanguageLabel")
    assert label is not None
    assert label.text()
    shown_parts = [label, *attract.language_buttons.values(), attract.start_button]
    for widget in shown_parts:
        seen = QRect(widget.mapTo(holder.viewport(), QPoint(0, 0)), widget.size())
        assert holder.viewport().rect().contains(seen), (widget.objectName(), seen)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_at_200_percent_a_short_kiosk_shows_start_and_languages_without_scrolling(
    qtbot: Any, app_context: StartApplication, monkeypatch: Any, lang: str, size: tuple[int, int]
) -> None:
    """Issue 14: with text at 200 % the welcome sentence took three lines of 80-px type,
    and neither "Touch to start" nor the languages were in view at 1280×800. The welcome
    sentence, then the help point's name, now go under "Touch to start" when only that
    keeps both in view."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--mode", "kiosk", "--lang", lang))
    window = context.window
    window.resize(*size)
    settle()
    attract = kiosk_of(context).attract
    holder = attract.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    assert holder.verticalScrollBar().value() == 0
    assert holder.verticalScrollBar().maximum() > 0  # the screen is taller than the window
    for widget in [attract.start_button, *attract.language_buttons.values()]:
        seen = QRect(widget.mapTo(holder.viewport(), QPoint(0, 0)), widget.size())
        assert holder.viewport().rect().contains(seen), (widget.objectName(), seen)
    site = attract.findChild(QLabel, "attractSite")
    assert site is not None
    assert site.isVisible()
    assert site.text()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_large_kiosk_keeps_the_welcome_above_the_start_and_the_languages_below(
    qtbot: Any, app_context: StartApplication, lang: str
) -> None:
    context = shown(qtbot, app_context("--mode", "kiosk", "--lang", lang))
    context.window.resize(1920, 1080)
    settle()
    attract = kiosk_of(context).attract

    def top(name: str) -> int:
        widget = attract.findChild(QWidget, name)
        assert widget is not None
        return widget.mapTo(attract, QPoint(0, 0)).y()

    order = ["attractSite", "attractWelcome", "attractExamples", "attractStart", "attractLanguages"]
    tops = [top(name) for name in order]
    assert tops == sorted(tops), dict(zip(order, tops, strict=True))
