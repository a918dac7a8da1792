"""Every key's label is whole at the kiosk's smallest sizes (1024 × 768, 1280 × 800).

Before, the keys stepped down to their short height (44 px) on a short screen but kept
the title-size labels: only the labels' width was checked, so the descenders of "g",
"q", "y" and ".gouv.fr" were cut at the keys' bottom edge in French and in Arabic.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

from tests.app_fixtures import StartApplication
from tests.keyboard.helpers import focus, keyboard_of, kiosk_of_size, open_account_form

SMALL_KIOSKS = [(1024, 768), (1280, 800)]


def _label_room(button: QPushButton) -> tuple[int, int]:
    """The width and height the style leaves the label inside the key."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    contents = button.style().subElementRect(
        QStyle.SubElement.SE_PushButtonContents, option, button
    )
    return contents.width(), contents.height()


@pytest.mark.parametrize("size", SMALL_KIOSKS)
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_key_label_is_whole(
    qtbot: Any, app_context: StartApplication, language: str, size: tuple[int, int]
) -> None:
    context = kiosk_of_size(qtbot, app_context, language, size)
    keyboard = keyboard_of(context)
    form = open_account_form(qtbot, context, "individual")
    focus(qtbot, form.edits["email"])
    qtbot.waitUntil(keyboard.isVisible)
    qtbot.wait(50)  # the keys fitted to the window
    keys = [button for button, _ in keyboard.key_buttons() if button.isVisible()]
    assert keys
    cut = []
    for button in keys:
        metrics = QFontMetrics(button.font())
        width, height = _label_room(button)
        if metrics.height() > height or metrics.horizontalAdvance(button.text()) > width:
            cut.append((button.text(), metrics.height(), height))
    assert cut == [], f"{len(cut)} of {len(keys)} keys cut, e.g. {cut[:3]}"
