"""Amounts and measures that never break across lines (Qt-free: the content pack uses it).

French typography joins a number to its unit or currency with a no-break space
(``11 €``, ``53 €/CV``, ``20 %``, ``3 000 km``) and groups thousands with a narrow
no-break space (``45 000 €``). The content pack's texts are written with ordinary
spaces, so on a narrow screen the euro sign could start a line, or "45" end one and
"000" begin the next (issue 14). :func:`keep_amounts_together` swaps those spaces where
content text leaves the pack (:func:`assist_desk.content.view_models.pick`), so every
screen, printout and accessible name gets the same text.

The marks are spaces a screen reader reads as spaces, and one invisible word joiner
(``€/CV``), which :func:`assist_desk.views.reading.spoken` leaves out.
"""

from __future__ import annotations

import re

#: A no-break space: between a number and a unit written as a word or letters (``45 mm``).
NBSP = "\u00a0"
#: French typography's narrow no-break space: between thousands, and before € and %
#: (as :func:`assist_desk.i18n.euros` writes amounts).
NARROW_NBSP = "\u202f"

_SPACES = f" {NBSP}{NARROW_NBSP}"
#: Units that follow a number (the euro sign covers €/CV); words are whole words only.
_NARROW_UNITS = "€|%"
_WORD_UNITS = "euros?|EUR|km|kg|mm|cm|m|g|CV|kW|ko|Ko|Mo|px|يورو"
#: A digit, then one space, then a unit (the unit is not the start of a longer word).
_BEFORE_NARROW_UNIT = re.compile(rf"(?<=\d)[{_SPACES}](?=(?:{_NARROW_UNITS}))")
_BEFORE_WORD_UNIT = re.compile(rf"(?<=\d)[ {NARROW_NBSP}](?=(?:{_WORD_UNITS})(?!\w))")
#: "€/CV": Qt may break a line after a slash; a word joiner (invisible) forbids it.
WORD_JOINER = "\u2060"
_PER_UNIT = re.compile(r"(?<=€/)(?=\w)")
#: A prefixed sign followed by a space (``€ 11``, rare in English texts).
_AFTER_SIGN = re.compile(rf"(?<=€)[{_SPACES}](?=\d)")
#: A whole number in groups of three (``45 000``, ``1 234 567``): not a run of
#: unrelated numbers, so no digit, comma or point just before or after.
_GROUPED = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?![\d])(?![.,]\d)")


def _join_groups(match: re.Match[str]) -> str:
    return re.sub(f"[{_SPACES}]", NARROW_NBSP, match.group())


def keep_amounts_together(text: str) -> str:
    """``text`` with no line break possible inside an amount or a measure.

    ``11 € + 2,76 €`` → ``11\u202f€ + 2,76\u202f€``; ``45 000 €`` →
    ``45\u202f000\u202f€``; ``"3 000 km"`` → ``"3\u202f000\u00a0km"``;
    ``"20 %"`` → ``"20\u202f%"``; ``"53 €/CV"`` →
    ``"53\u202f€/\u2060CV"``. Everything else is left as it is.
    """
    if not any(char.isdigit() for char in text):
        return text
    text = _GROUPED.sub(_join_groups, text)
    text = _BEFORE_NARROW_UNIT.sub(NARROW_NBSP, text)
    text = _BEFORE_WORD_UNIT.sub(NBSP, text)
    text = _PER_UNIT.sub(WORD_JOINER, text)
    return _AFTER_SIGN.sub(NARROW_NBSP, text)


#: An ordinary space (or tab) where French typography wants one that does not break:
#: before "?", "!", ":", ";" and "»", and after "«". Qt's word wrap breaks at an ordinary
#: space, and the mark then starts the next line alone.
_SPACE_BEFORE_MARK = re.compile(r"[ \t]+([?!:;»])")
_SPACE_AFTER_QUOTE = re.compile(r"«[ \t]+")


def french_spaced(text: str) -> str:
    """``text`` with no-break spaces where French typography puts them.

    The full no-break space (U+00A0), not the narrow one (U+202F) that French typography
    prefers before "?", "!" and ";": the bundled Noto Sans draws U+202F, but Qt's
    rich-text parser (QLabel with markup, the printed summary, QTextDocument.setHtml)
    turns it into an ordinary, breaking space, while U+00A0 holds on every path.
    """
    text = _SPACE_BEFORE_MARK.sub(NBSP + r"\1", text)
    return _SPACE_AFTER_QUOTE.sub("«" + NBSP, text)


def french_as_shown(text: str) -> str:
    """French content text as every screen, printout and screen reader gets it: its
    amounts unbreakable and its no-break spaces before French marks."""
    return french_spaced(keep_amounts_together(text))
