"""A kiosk's top bar keeps its controls on one row: the help point's name gives way.

At 1280 × 800 the language, Home, "Need help?" and End session fit one line, but not
with the name before them: the bar took two rows, and that height came out of the
screen (the Arabic FranceConnect question's answers went below the fold, D1). The name
gives way when it costs a row, and only then: at 1920 × 1080 it is shown. With text at
200 % the controls fold into rows of their own, and the name took one more.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import kiosk_of_size, rect_in_window


def _controls(window: Any) -> list[Any]:
    shown = (
        window.language_box,
        window.home_button,
        window.help_button,
        window.end_button,
    )
    return [widget for widget in shown if widget.isVisible()]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_at_1280x800_the_controls_keep_one_row_without_the_name(
    qtbot: Any, app_context: StartApplication, language: str
) -> None:
    context = kiosk_of_size(qtbot, app_context, language, (1280, 800))
    window = context.window

    def one_row() -> bool:
        return len({rect_in_window(widget).top() for widget in _controls(window)}) == 1

    # The name gives way once the bar's layout pass is over, and the bar is laid out again.
    qtbot.waitUntil(lambda: window.site_label.isHidden() and one_row(), timeout=2000)
    # The name is still where a citizen starts, and on the printouts.
    assert window.site_label.text()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_at_1920x1080_the_name_is_shown_with_the_controls_on_one_row(
    qtbot: Any, app_context: StartApplication, language: str
) -> None:
    context = kiosk_of_size(qtbot, app_context, language, (1920, 1080))
    window = context.window
    qtbot.wait(50)  # the check after the bar's layout
    assert window.site_label.isVisible()
    tops = {rect_in_window(widget).top() for widget in [window.site_label, *_controls(window)]}
    assert len({top // 40 for top in tops}) == 1, tops  # one row (labels sit a few px lower)


def test_at_200_percent_the_name_does_not_take_a_row_of_its_own(
    qtbot: Any, app_context: StartApplication, monkeypatch: Any
) -> None:
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = kiosk_of_size(qtbot, app_context, "fr", (1280, 800))
    window = context.window
    bar = window.top_bar.layout()
    qtbot.waitUntil(lambda: window.site_label.isHidden(), timeout=2000)
    width = window.top_bar.width()
    assert bar.row_count(width, window.site_label, shown=True) > bar.row_count(
        width, window.site_label, shown=False
    )


def test_a_workstation_keeps_its_name(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context("--mode", "mediator", "--lang", "fr")
    context.window.resize(1024, 768)
    context.window.show()
    qtbot.wait(50)
    assert context.window.bar_fit is None
    assert context.window.site_label.isVisible()
