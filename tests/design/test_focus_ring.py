"""A focused button's ring is its border, never a rectangle drawn over its text.

Qt's style drew its focus rectangle (the QSS ``outline``) tight around a button's
label: on a filled primary button it ran through the descenders of "Revenir à la
page" and over the Arabic letters.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from assist_desk import theme

BORDER = 3  # px of the focus border in base.qss


def _focus_pixels_inside(button: QPushButton) -> int:
    """Pixels of the focus colour inside the border (the ring itself excluded)."""
    focus = QColor(theme.tokens("default")["focus"])
    image = button.grab().toImage()
    inside = 0
    for y in range(BORDER + 1, image.height() - BORDER - 1):
        for x in range(BORDER + 1, image.width() - BORDER - 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - focus.red()) < 24
                and abs(pixel.green() - focus.green()) < 24
                and abs(pixel.blue() - focus.blue()) < 24
            ):
                inside += 1
    return inside


@pytest.mark.parametrize("role", ["primary", ""])
def test_a_focused_button_draws_nothing_of_the_focus_colour_inside_its_border(
    qtbot: Any, styled: Any, role: str
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Revenir à la page", holder)
    button.setProperty("role", role or None)
    QVBoxLayout(holder).addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert _focus_pixels_inside(button) == 0
