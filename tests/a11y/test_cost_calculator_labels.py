"""The cost calculator's labels are never cut (issue 14 follow-up).

Pseudo-translated (+40 %), "Region of your home" wrapped onto two lines; beside its
field in a QFormLayout the label got the height of the box next to it, 46 px of the
50 px its two lines need (61 of 72 at a kiosk of 1024×768). Each label now sits above
its field, as wide as the calculator, in a row as tall as its wrapped text.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from assist_desk.devtools import a11y_check
from assist_desk.tours.screens import CHECKLIST_SHOWN
from tests.a11y.helpers import settle, shown
from tests.app_fixtures import StartApplication

CASES = [
    # (mode, window size or None for the mode's usual one, text scale)
    ("training", None, "1.0"),
    ("kiosk", None, "1.0"),
    ("kiosk", (1024, 768), "1.0"),
    ("kiosk", (800, 600), "1.0"),
    ("kiosk", (800, 600), "2.0"),  # the labels wrap, even above their fields
]


@pytest.mark.parametrize(("mode", "size", "scale"), CASES)
def test_the_calculators_labels_get_the_height_of_their_lines(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
    mode: str,
    size: tuple[int, int] | None,
    scale: str,
) -> None:
    monkeypatch.setenv("ASSIST_DESK_PSEUDO_L10N", "1")
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", scale)
    context = shown(qtbot, app_context("--lang", "fr", "--mode", mode))
    window = context.window
    if size is not None:
        window.resize(*size)
        settle()
    window.show_screen("checklists")
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() > 0)
    screen.show_procedure(CHECKLIST_SHOWN)
    settle()
    calculator = screen.calculator
    assert calculator.isVisibleTo(window)
    region = calculator.region_label
    assert region.text().startswith("[")  # pseudo-translated, so 40 % longer
    if scale == "2.0":
        line = region.fontMetrics().lineSpacing()
        assert region.heightForWidth(region.width()) >= 2 * line - 2  # it wraps
    cut = [
        f"{label.text()!r}: needs {label.heightForWidth(label.width())} px, has {label.height()}"
        for label in calculator.findChildren(QLabel)
        if label.isVisibleTo(window)
        and label.wordWrap()
        and label.heightForWidth(label.width()) > label.height() + 1
    ]
    assert cut == []
    assert [str(f) for f in a11y_check.check_clipped_text(calculator)] == []
