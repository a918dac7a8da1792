"""Folding of place names and queries for search.

Names and queries are folded the same way: lower case, no accents, every run
of characters other than letters and digits is a word break, "St"/"Ste" are
"Saint"/"Sainte", and words are then joined without spaces ("Saint-Denis",
"st denis" and "SAINT DENIS" all give ``saintdenis``). Each word start is
kept so that a search can match the inside of a name ("denis").
"""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

#: Abbreviations written out before comparing.
ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "sts": "saints",
    "stes": "saintes",
}


def _accent_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        decomposed = unicodedata.normalize("NFKD", chr(code))
        bare = "".join(c for c in decomposed if not unicodedata.combining(c))
        if bare != chr(code):
            table[code] = bare
    table.update({ord("œ"): "oe", ord("Œ"): "OE", ord("æ"): "ae", ord("Æ"): "AE"})
    return table


_ACCENTS = _accent_table()


def strip_accents(text: str) -> str:
    """Letters without their accents (a fast table for Latin letters, NFKD for the rest)."""
    out = text.translate(_ACCENTS)
    if out.isascii():
        return out
    decomposed = unicodedata.normalize("NFKD", out)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text`` (abbreviations not expanded)."""
    bare = strip_accents(text).lower()
    return [w for w in _NON_ALNUM.split(bare) if w]


def expand(tokens: list[str]) -> list[str]:
    """Write out "st", "ste", "sts" and "stes"."""
    return [ABBREVIATIONS.get(token, token) for token in tokens]


def fold(text: str) -> str:
    """The compact search key of a name or a complete query."""
    return "".join(expand(words(text)))


def word_starts(text: str) -> list[str]:
    """Every suffix of the folded key that starts at a word (for inside-name matches)."""
    tokens = expand(words(text))
    return ["".join(tokens[i:]) for i in range(len(tokens))]


def query_keys(text: str) -> list[str]:
    """Keys to look up while the person is still typing.

    The last word may be unfinished: "st" is looked up both as typed (Strasbourg)
    and written out (Saint-…).
    """
    tokens = words(text)
    if not tokens:
        return []
    expanded = expand(tokens)
    keys = ["".join(expanded)]
    if tokens[-1] != expanded[-1]:
        keys.append("".join([*expanded[:-1], tokens[-1]]))
    return keys


POSTCODE = re.compile(r"^\s*(\d{2})\s?(\d{3})\s*$")
INSEE = re.compile(r"^\s*((?:\d{2}|2[ABab])\d{3})\s*$")
DIGITS = re.compile(r"^\s*\d[\d\s]*$")


def as_postcode(text: str) -> str | None:
    """``75011`` or ``75 011`` as a postcode, else None."""
    match = POSTCODE.match(text)
    return match.group(1) + match.group(2) if match else None


def as_insee(text: str) -> str | None:
    match = INSEE.match(text)
    return match.group(1).upper() if match else None
