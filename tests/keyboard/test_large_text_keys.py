"""Text at 200 % never makes the keys smaller than at 100 % where the 100 % keys fit.

Before, at a 1920 × 1080 kiosk the keys went from about 66 px at 100 % to 46 px at
200 %, their labels from 38 to 26 px: five rows of the 200 % keys did not fit half the
window, and the keys stepped straight down to their shortest height (44 px), which
only the smallest labels fit.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics

from tests.app_fixtures import StartApplication, stop_application
from tests.keyboard.helpers import (
    KIOSK_SIZE,
    focus,
    keyboard_of,
    kiosk_of_size,
    open_account_form,
)


def _key_sizes(
    qtbot: Any, app_context: StartApplication, language: str
) -> dict[str, tuple[int, int]]:
    """Every character key's (height, label font size in pixels) on the e-mail keys."""
    context = kiosk_of_size(qtbot, app_context, language, KIOSK_SIZE)
    keyboard = keyboard_of(context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["email"])
    qtbot.waitUntil(keyboard.isVisible)
    qtbot.wait(50)  # the keys fitted to the window
    sizes = {}
    for button, key in keyboard.key_buttons():
        if button.isVisible():
            sizes[f"{key.action.value}:{button.text()}"] = (
                button.height(),
                button.font().pixelSize(),
            )
            metrics = QFontMetrics(button.font())
            assert metrics.horizontalAdvance(button.text()) <= button.width()
    assert sizes
    # Stopped before the next one starts: two kiosks at once would share the screen.
    stop_application(qtbot, context)
    return sizes


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_keys_at_200_percent_are_no_smaller_than_at_100(
    qtbot: Any, app_context: StartApplication, monkeypatch: Any, language: str
) -> None:
    at_100 = _key_sizes(qtbot, app_context, language)
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    at_200 = _key_sizes(qtbot, app_context, language)
    assert at_200.keys() == at_100.keys()
    shrunk = {
        name: (at_100[name], at_200[name])
        for name in at_100
        if at_200[name][0] < at_100[name][0] or at_200[name][1] < at_100[name][1]
    }
    assert shrunk == {}, f"{len(shrunk)} keys (height, font px) shrank at 200 %: {shrunk}"


@pytest.mark.parametrize(
    ("language", "size"), [("fr", (1280, 800)), ("ar", (1024, 768)), ("fr", (800, 600))]
)
def test_the_window_keeps_its_size_when_the_keys_open_at_200_percent(
    qtbot: Any, app_context: StartApplication, monkeypatch: Any, language: str, size: Any
) -> None:
    """The keys, shown at their largest size for a moment before they are fitted, made
    the window grow to 836 px and stay so: taller than a 1280 × 800 (or 1024 × 768,
    800 × 600) screen, the bottom row of keys under its edge, the field under the bar."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = kiosk_of_size(qtbot, app_context, language, size)
    keyboard = keyboard_of(context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["email"])
    qtbot.waitUntil(keyboard.isVisible)
    qtbot.wait(50)
    window = context.window
    assert (window.width(), window.height()) == size
    bottom = keyboard.mapTo(window, keyboard.rect().bottomLeft()).y()
    assert bottom < window.height()
    for button, _key in keyboard.key_buttons():
        assert button.mapTo(window, button.rect().bottomLeft()).y() < window.height()
