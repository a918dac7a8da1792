"""Keys that fit the window: the keys share the window's width and at most half
its height, their labels follow the text size (up to 200 %). On a small screen with
large text the keys step down from "tall" to "base" (their size at 100 % text) to
"short" (44 px, the kiosk's smallest target), and the labels to the largest of
"large", "medium", "base" (100 % text), "small" and "smallest" (the last for wide
Arabic letters at the kiosk's 26-px type at 200 % on 800 px) that fits every key
(sizes from the theme, ``keyHeight`` and ``keyFont`` properties styled in
ui/qss/base.qss). The "base" steps keep larger text from making the keys and labels
smaller than at 100 % wherever those fit (D3)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QGridLayout, QPushButton, QStyle, QStyleOptionButton, QWidget

FONT_STEPS = ("large", "medium", "base", "small", "smallest")
#: Tallest first: "base" is never taller than "tall" (text is never under 100 %).
HEIGHT_STEPS = ("tall", "base", "short")
#: The share of the window's height the keys may take.
MAX_HEIGHT_SHARE = 0.5


def label_fits(button: QPushButton) -> bool:
    """True when the button's text fits its width and its height, as the style lays it
    out (the height too: 44-px keys with title-size Arabic labels cut the descenders
    of "g" and ".gouv.fr" at a 1024 × 768 kiosk)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    metrics = QFontMetrics(button.font())
    content = QSize(metrics.horizontalAdvance(button.text()), metrics.height())
    needed = button.style().sizeFromContents(
        QStyle.ContentsType.CT_PushButton, option, content, button
    )
    # The style's size for the contents is capped by the keys' max-height: the label's
    # line is measured against the room the style leaves inside the key instead.
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    return needed.width() <= button.width() and metrics.height() <= room.height()


def _apply(keyboard: QWidget, buttons: list[QPushButton], height: str, font: str) -> None:
    keyboard.setProperty("keyHeight", height)
    keyboard.setProperty("keyFont", font)
    for button in buttons:
        style = button.style()
        style.unpolish(button)
        style.polish(button)


def _largest_first(keyboard: QWidget, buttons: list[QPushButton], height: str) -> list[str]:
    """The label steps by their size: where "base" (the labels at 100 % text) falls
    among the others depends on the text size (at 200 % it is under "small"). Measured
    on one character key: styling every key for each step took 10 times as long."""
    sample = next((b for b in buttons if b.property("keyRole") == "char"), buttons[0])
    size: dict[str, int] = {}
    for font in FONT_STEPS:
        _apply(keyboard, [sample], height, font)
        size[font] = sample.font().pixelSize()
    return sorted(FONT_STEPS, key=lambda font: -size[font])


def fit_keys(keyboard: QWidget, grid: QGridLayout, buttons: list[QPushButton]) -> None:
    """The tallest keys that leave the window half its height, then the largest labels
    that fit every key."""
    rows = grid.rowCount()
    room = keyboard.window().height() * MAX_HEIGHT_SHARE
    height = HEIGHT_STEPS[-1]
    for step in HEIGHT_STEPS:
        _apply(keyboard, buttons, step, FONT_STEPS[0])
        if rows * (buttons[0].minimumHeight() + grid.spacing()) <= room:
            height = step
            break
    for font in _largest_first(keyboard, buttons, height):
        _apply(keyboard, buttons, height, font)
        grid.activate()
        if all(label_fits(button) for button in buttons):
            return
