"""Brackets pair up in Arabic: each "(" … ")" of an Arabic translation, drawn right to left
with the bundled fonts, encloses its own words and nothing else.

Issue 14 follow-up: "(الخانة P.6)" and "(الخانة B)" were reported without a closing
bracket (a Latin code right before the closing bracket, at the end of a right-to-left
line). Drawn by Qt 6.11.3 with Noto Sans / Noto Naskh Arabic, they pair correctly, as
every other translation with a Latin word before a closing bracket: this test draws each
one, the words inside the pair in red and the brackets in blue, and checks that every red
pixel lies between the two blue glyphs and no other text does.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from assist_desk import fonts

pytestmark = pytest.mark.usefixtures("neutral_application")

ARABIC_TS = Path(__file__).resolve().parents[2] / "i18n" / "assist_desk_ar.ts"
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
OPENING, CLOSING = "([", ")]"
HEIGHT = 40


def _pairs(text: str) -> list[tuple[int, int]]:
    """Positions of each matched bracket pair (innermost first)."""
    stack: list[int] = []
    pairs = []
    for index, char in enumerate(text):
        if char in OPENING:
            stack.append(index)
        elif char in CLOSING and stack:
            pairs.append((stack.pop(), index))
    return pairs


def _colour(start: int, length: int, colour: str) -> QTextLayout.FormatRange:
    coloured = QTextLayout.FormatRange()
    coloured.start, coloured.length = start, length
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(colour))
    coloured.format = text_format
    return coloured


def _columns(image: QImage) -> dict[str, list[int]]:
    """Columns holding blue (brackets), red (inside) and black (outside) ink."""
    found: dict[str, list[int]] = {"blue": [], "red": [], "black": []}
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            red, green, blue = pixel.red(), pixel.green(), pixel.blue()
            if blue > 150 and red < 100 and green < 100:
                found["blue"].append(x)
            elif red > 150 and green < 100 and blue < 100:
                found["red"].append(x)
            elif red < 90 and green < 90 and blue < 90:
                found["black"].append(x)
    return found


def pair_encloses(text: str, opening: int, closing: int, font: QFont) -> bool:
    """Whether the pair at ``opening``/``closing`` of ``text``, drawn on one right-to-left
    line, has its own words between its two brackets and no others."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    # Drawn from the image's left edge (else right-aligned at the end of the wide line).
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    layout.setTextOption(option)
    layout.setFormats(
        [
            _colour(0, len(text), "#000000"),
            _colour(opening + 1, closing - opening - 1, "#ff0000"),
            _colour(opening, 1, "#0000ff"),
            _colour(closing, 1, "#0000ff"),
        ]
    )
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    image = QImage(int(line.naturalTextWidth()) + 20, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout.draw(painter, QPointF(10, 5))
    painter.end()
    ink = _columns(image)
    if not ink["blue"] or (text[opening + 1 : closing].strip() and not ink["red"]):
        return False  # nothing drawn is no proof
    left, right = min(ink["blue"]), max(ink["blue"])
    inside = all(left < x < right for x in ink["red"])
    return inside and not any(left < x < right for x in ink["black"])


def _font() -> QFont:
    fonts.load()
    font = QFont()
    font.setFamilies([fonts.LATIN_FAMILY, fonts.ARABIC_FAMILY])
    font.setPixelSize(20)
    return font


def _arabic_lines_with_brackets() -> list[str]:
    lines = []
    for translation in ET.parse(ARABIC_TS).getroot().iter("translation"):
        forms = [form.text or "" for form in translation] or [translation.text or ""]
        for form in forms:
            for line in form.replace("&", "").split("\n"):
                if ARABIC_LETTER.search(line) and _pairs(line):
                    lines.append(line)
    return lines


def _broken_pairs(text: str, font: QFont) -> list[str]:
    return [text[a : b + 1] for a, b in _pairs(text) if not pair_encloses(text, a, b, font)]


@pytest.mark.parametrize(
    "label", ["القوة الجبائية (الخانة P.6)", "سنة أول تسجيل (الخانة B)"]
)  # the calculator's labels, as translated
def test_the_calculators_box_codes_sit_inside_their_brackets(qapp: Any, label: str) -> None:
    assert label in _arabic_lines_with_brackets()
    assert _broken_pairs(label, _font()) == []


def test_every_arabic_bracket_pair_encloses_its_words(qapp: Any) -> None:
    font = _font()
    lines = _arabic_lines_with_brackets()
    latin_before_closing = [line for line in lines if re.search(r"[A-Za-z0-9]\s*[)\]]", line)]
    assert len(latin_before_closing) >= 20  # the pattern of the report is well covered
    broken = {line: _broken_pairs(line, font) for line in lines}
    assert {line: pairs for line, pairs in broken.items() if pairs} == {}


@pytest.mark.parametrize(
    "text",
    [
        "القوة (الخانة P.6\u2066) ب\u2069",  # the closing bracket isolated with the next word
        "القوة \u2066(الخانة\u2069 P.6)",  # the opening bracket isolated with the word after
    ],
)
def test_the_check_sees_a_pair_that_does_not_enclose_its_words(qapp: Any, text: str) -> None:
    """The check can fail: brackets split by an isolate do not pair (UAX #9)."""
    assert _broken_pairs(text, _font()) != []
