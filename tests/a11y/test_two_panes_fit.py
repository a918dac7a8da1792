"""The workstation's two-pane tools fit the window (issue 14, the wide review).

At a 1280×800 mediator workstation the FAQ answer had three nested scroll areas (the
screen, the question list, the answer) and its "See also" and footer were cut at the
window's edge: every screen was capped to the reading column, so the panes stacked.
Now the FAQ, the checklists and the places use the window's width at a workstation,
their panes side by side, each text pane still at most about 75 characters a line;
the screen itself does not scroll, and the bottom of each screen is in view.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

from assist_desk.app import AppContext
from assist_desk.devtools import design_check
from assist_desk.tours.screens import CHECKLIST_SHOWN, PLACE_SEARCHED
from assist_desk.views.checklists import ChecklistsScreen
from assist_desk.views.faq import FaqScreen
from assist_desk.views.places import PlacesScreen
from tests.a11y.helpers import settle, shown
from tests.app_fixtures import StartApplication

SIZES = [(1280, 800), (1024, 768), (1920, 1080)]


def _holder(screen: QWidget) -> QScrollArea:
    holder = screen.parentWidget().parentWidget()
    assert isinstance(holder, QScrollArea)
    return holder


def _in_view(widget: QWidget, holder: QScrollArea) -> bool:
    """The whole of ``widget`` lies inside the visible part of the screen."""
    top_left = widget.mapTo(holder.viewport(), QPoint(0, 0))
    return holder.viewport().rect().contains(QRect(top_left, widget.size()))


#: A screen with something opened in it; what must be in view; what its pane scrolls to.
Opened = tuple[QWidget, list[QWidget], list[QWidget]]


def _reachable(widget: QWidget, holder: QScrollArea) -> bool:
    """In view, or whole in a pane that scrolls on its own and is itself in view."""
    if _in_view(widget, holder):
        return True
    pane = widget.parentWidget()
    while pane is not None and not isinstance(pane, QScrollArea):
        pane = pane.parentWidget()
    if pane is None or pane is holder or pane.widget() is None:
        return False
    content = pane.widget()
    top_left = widget.mapTo(content, QPoint(0, 0))
    whole = content.rect().contains(QRect(top_left, widget.size()))
    return whole and _in_view(pane, holder)


def _open_answer(qtbot: Any, context: AppContext) -> Opened:
    context.window.show_screen("faq")
    screen = context.window.current_screen()
    assert isinstance(screen, FaqScreen)
    settle()
    item = next(
        screen.results.item(row)
        for row in range(screen.results.count())
        if screen.results.item(row).flags() & screen.results.item(row).flags().ItemIsSelectable
    )
    screen.results.itemActivated.emit(item)
    settle()
    assert screen.related.isVisible()
    return screen, [screen.footer, screen.related, screen.triage_button], []


def _open_checklist(qtbot: Any, context: AppContext) -> Opened:
    context.window.show_screen("checklists")
    screen = context.window.current_screen()
    assert isinstance(screen, ChecklistsScreen)
    screen.show_procedure(CHECKLIST_SHOWN)
    settle()
    assert screen.calculator.isVisible()
    return screen, [screen.print_button, screen.triage_button], [screen.calculator]


def _open_place(qtbot: Any, context: AppContext) -> Opened:
    context.window.show_screen("places")
    screen = context.window.current_screen()
    assert isinstance(screen, PlacesScreen)
    qtbot.waitUntil(lambda: screen.controller.ready, timeout=10_000)
    screen.search_edit.setText(PLACE_SEARCHED)
    screen.search()
    settle()
    screen.results.setCurrentRow(1)  # the first town hall (row 0: its category's title)
    settle()
    assert screen.details.text()
    return screen, [screen.sources], [screen.id_panel, screen.qr]


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


OPENERS = {"faq": _open_answer, "checklists": _open_checklist, "places": _open_place}


@pytest.mark.parametrize(
    ("lang", "mode"), [("fr", "mediator"), ("ar", "mediator"), ("fr", "training")]
)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("screen_id", list(OPENERS))
def test_two_pane_tool_fits_the_workstation_window(
    qtbot: Any, app_context: StartApplication, screen_id: str, size: Any, lang: str, mode: str
) -> None:
    context = shown(qtbot, app_context("--lang", lang, "--mode", mode))
    context.window.resize(*size)
    settle()
    screen, in_view, in_pane = OPENERS[screen_id](qtbot, context)
    settle()
    holder = _holder(screen)
    assert not screen.splitter.stacked(), screen.splitter.size()
    assert holder.verticalScrollBar().maximum() == 0, (screen.minimumSizeHint(), holder.size())
    assert [_name(w) for w in in_view if not _in_view(w, holder)] == []
    assert [_name(w) for w in in_pane if not _reachable(w, holder)] == []
    panes = [screen.splitter.widget(i) for i in range(screen.splitter.count())]
    assert all(pane.isVisible() and pane.height() > 200 for pane in panes)
    assert design_check.check_long_lines(screen) == []


@pytest.mark.parametrize("screen_id", list(OPENERS))
def test_kiosk_keeps_its_column(qtbot: Any, app_context: StartApplication, screen_id: str) -> None:
    """K-4 untouched: at a kiosk the tools keep the centred reading column."""
    context = shown(qtbot, app_context("--lang", "fr", "--mode", "kiosk"))
    context.window.resize(1920, 1080)
    settle()
    context.window.show_screen(screen_id)
    settle()
    screen = context.window.current_screen()
    assert not screen.property("wide")
    assert screen.width() < 1920 * 0.7


def _whole_in_page(widget: QWidget, screen: QWidget) -> bool:
    """The whole of ``widget`` lies inside the screen's page (the page scrolls to it)."""
    top_left = widget.mapTo(screen, QPoint(0, 0))
    return screen.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("screen_id", list(OPENERS))
def test_large_text_on_a_short_window_stacks_and_only_the_page_scrolls(
    qtbot: Any,
    app_context: StartApplication,
    monkeypatch: pytest.MonkeyPatch,
    screen_id: str,
    lang: str,
) -> None:
    """Text at 200 % on 1280×800: the panes stack (side by side, each had a few lines);
    the chosen text is as tall as it is, read with the page's one scroll bar; the list
    keeps its box; nothing is cut and no line runs past about 75 characters."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", lang, "--mode", "mediator"))
    context.window.resize(1280, 800)
    settle()
    screen, in_view, in_pane = OPENERS[screen_id](qtbot, context)
    settle()
    assert screen.splitter.stacked()
    chosen = screen.splitter.widget(1)
    assert not isinstance(chosen, QScrollArea)  # the details, the checklist: in the page
    text = {"faq": "answer", "checklists": "view"}.get(screen_id)
    if text is not None:  # as tall as its text: no scroll bar of its own
        assert getattr(screen, text).verticalScrollBar().maximum() == 0
    assert _holder(screen).verticalScrollBar().maximum() > 0  # the page scrolls instead
    assert [_name(w) for w in [*in_view, *in_pane] if not _whole_in_page(w, screen)] == []
    assert design_check.check_long_lines(screen) == []
