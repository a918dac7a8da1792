"""The profile step's heading keeps its "?" on the line of its words.

Issue 14 follow-up: at a 1024 × 768 kiosk the heading "Vous représentez une entreprise,
une auto-école, une mairie… ?" left its "?" alone on the next line: Qt's word wrap may
break at an ordinary space before "?", ":" or "!" (French typography puts a no-break
space there). The heading now has one. The test lays the translation out with the
bundled font at the width where the line would end right before the mark.

Every French translation now has a no-break space there (171 did not):
``python scripts/ts_edit.py french-spaces`` puts it in, and the test below fails while
an ordinary space remains before "?", "!", ":", ";" or "»", or after "«".
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from assist_desk import fonts

pytestmark = pytest.mark.usefixtures("neutral_application")

FRENCH_TS = Path(__file__).resolve().parents[2] / "i18n" / "assist_desk_fr.ts"
MARKS = "?!:;»"


def _font() -> QFont:
    fonts.load()
    font = QFont()
    font.setFamilies([fonts.LATIN_FAMILY, fonts.ARABIC_FAMILY])
    font.setPixelSize(30)  # a kiosk's title size
    font.setBold(True)
    return font


def _line_starts(text: str, width: float, font: QFont) -> list[int]:
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as a word-wrapped QLabel
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def _stranded_marks(text: str, font: QFont) -> list[int]:
    """Positions of marks that start a line when the line before ends right before them."""
    metrics = QFontMetricsF(font)
    stranded = []
    for index, char in enumerate(text):
        if char not in MARKS or index == 0 or not text[index - 1].isspace():
            continue
        width = metrics.horizontalAdvance(text[: index - 1]) + 1
        starts = _line_starts(text, width, font)
        if index in starts or (index - 1) in starts:
            stranded.append(index)
    return stranded


def test_the_old_heading_stranded_its_question_mark() -> None:
    font = _font()
    old = "Vous représentez une entreprise, une auto-école, une mairie… ?"
    assert _stranded_marks(old, font) == [len(old) - 1]
    assert _stranded_marks(old.replace(" ?", "\u00a0?"), font) == []


def test_the_profile_heading_keeps_its_question_mark() -> None:
    source = "You represent a company, a driving school, a town hall…?"
    found = [
        message.findtext("translation") or ""
        for message in ET.parse(FRENCH_TS).iter("message")
        if message.findtext("source") == source
    ]
    assert found
    assert found[0].endswith("?")
    assert _stranded_marks(found[0], _font()) == []


def _french_translations() -> list[str]:
    texts = []
    for message in ET.parse(FRENCH_TS).iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        texts += [e.text for e in [translation, *translation.iter("numerusform")] if e.text]
    return texts


def test_no_french_mark_can_start_a_line() -> None:
    """An ordinary space before "?", "!", ":", ";", "»" or after "«" is a place to break."""
    breakable = re.compile(r"[ \t][?!:;»]|«[ \t]")
    offenders = [text for text in _french_translations() if breakable.search(text)]
    assert offenders == [], (
        f"{len(offenders)} French translation(s) with a breakable space at a mark; run "
        "python scripts/ts_edit.py french-spaces, then scripts/build_i18n.py compile. "
        f"First: {offenders[:3]}"
    )


def test_the_no_break_space_holds_every_mark_at_every_width() -> None:
    """The space the command puts in (U+00A0) keeps each mark on the line of its word."""
    font = _font()
    for text in (
        "Comment configurer\u00a0?",
        "Attention\u00a0!",
        "Pièces\u00a0: 2",
        "«\u00a0oui\u00a0»",
    ):
        for index in range(1, len(text)):
            width = QFontMetricsF(font).horizontalAdvance(text[:index]) + 1
            starts = _line_starts(text, width, font)
            for start in starts:
                assert text[start] not in "?!:;»", (text, width, starts)
                assert start == 0 or text[start - 1] != "«", (text, width, starts)


def test_the_command_spaces_each_mark_once_and_leaves_the_rest() -> None:
    sys.path.insert(0, str(FRENCH_TS.parents[1] / "scripts"))
    try:
        from ts_edit import french_spaced
    finally:
        sys.path.pop(0)
    text = "Vous êtes là ? Oui ! Pièces : 2 ; « ici » https://ants.gouv.fr/a?b=1"
    spaced = french_spaced(text)
    assert spaced == (
        "Vous êtes là\u00a0? Oui\u00a0! Pièces\u00a0: 2\u00a0; «\u00a0ici\u00a0» "
        "https://ants.gouv.fr/a?b=1"
    )
    assert french_spaced(spaced) == spaced  # re-runnable: nothing more to do
