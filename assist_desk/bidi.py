"""Unicode bidi isolates: the one home of the marks (Qt-free, so the content pack uses it too).

An isolate keeps a run (Latin words, a number, user data) in its own direction inside a
sentence of the other direction: inside Arabic, "Point numérique (formation)" keeps its
order and its brackets. The marks are invisible (zero width).
"""

from __future__ import annotations

import re

#: Unicode "first strong isolate", "left-to-right isolate" and "pop directional isolate".
FSI = "\u2068"
LRI = "\u2066"
PDI = "\u2069"


def isolate(text: str) -> str:
    """``text`` wrapped in a Unicode bidi isolate (FSI … PDI).

    Use it for Latin text, numbers or user data inserted into a translated
    sentence (``tr("Help point: %1").replace("%1", isolate(name))``). Do not use
    isolates in accessible names: :func:`strip_isolates` removes them.
    """
    return f"{FSI}{text}{PDI}" if text else text


def isolate_ltr(text: str) -> str:
    """``text`` in a left-to-right isolate: for digits alone (a phone number), which
    have no direction of their own; in an Arabic line a first-strong isolate would
    take it right to left and turn the groups around ("11 11 27 53 01")."""
    return f"{LRI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    """``text`` without the isolate marks added by :func:`isolate` and :func:`isolate_ltr`."""
    return text.replace(FSI, "").replace(LRI, "").replace(PDI, "")


#: Unicode "non-breaking hyphen": looks like "-", but a line never breaks after it.
NON_BREAKING_HYPHEN = "\u2011"

_ARABIC_BLOCKS = (("\u0600", "\u06ff"), ("\u0750", "\u077f"), ("\u08a0", "\u08ff"))


def _is_arabic(char: str) -> bool:
    return any(low <= char <= high for low, high in _ARABIC_BLOCKS)


def _is_latin_word_char(char: str) -> bool:
    return (char.isascii() and char.isalnum()) or "\u00c0" <= char <= "\u024f"


def unbreakable_latin_hyphens(text: str) -> str:
    """In an Arabic text, each hyphen inside a Latin word made non-breaking: Qt
    broke "annuaire-entreprises.data.gouv.fr" at its hyphen, and the two halves of
    the address stood on two lines, each at the other end of the right-to-left
    line (issue 14). Only for display: accessible names keep the plain hyphen
    (:func:`plain_hyphens`). A text without Arabic is returned unchanged.
    """
    if not any(_is_arabic(char) for char in text):
        return text
    chars = list(text)
    for index in range(1, len(chars) - 1):
        if (
            chars[index] == "-"
            and _is_latin_word_char(chars[index - 1])
            and _is_latin_word_char(chars[index + 1])
        ):
            chars[index] = NON_BREAKING_HYPHEN
    return "".join(chars)


def plain_hyphens(text: str) -> str:
    """``text`` with the hyphens of :func:`unbreakable_latin_hyphens` back to "-"."""
    return text.replace(NON_BREAKING_HYPHEN, "-")


#: Unicode "word joiner": invisible, and no line may break on either side of it.
WORD_JOINER = "\u2060"
#: A web or e-mail address in a text (not its sentence's closing punctuation, see below).
_ADDRESS = re.compile(
    r"(?<![\w=\"'])(?:https?://[^\s<>\"'\u2066-\u2069]+|www\.[^\s<>\"'\u2066-\u2069]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
#: Punctuation that ends a sentence, not the address ("… see https://x.fr/a.").
_TRAILING = ".,;:!?)»"
#: Where Qt would break a line inside an address ("&" is left out: in escaped HTML it
#: starts an entity, "&amp;", which a mark would break).
_BREAK_POINTS = re.compile(r"(?<=[./:@\-_?=#~+])(?=.)")


def unbreakable_address(address: str) -> str:
    """A web or e-mail address as one left-to-right unit that never breaks across lines.

    In an Arabic sentence Qt broke "https://rendezvouspasseport.ants.gouv.fr/" after
    its "://" or a dot, and the two pieces stood at opposite ends of the right-to-left
    lines (AR-5). A word joiner after each break point forbids the break; a left-to-right
    isolate keeps its order. A line too short for it takes it whole on a line of its own.
    Only for display: accessible names use :func:`plain_address_text`.
    """
    if not address:
        return address
    return f"{LRI}{_BREAK_POINTS.sub(WORD_JOINER, address)}{PDI}"


def keep_addresses_whole(text: str) -> str:
    """``text`` (plain, or escaped HTML) with each web and e-mail address made an
    :func:`unbreakable_address`; the rest is left as it is."""

    def whole(match: re.Match[str]) -> str:
        address, tail = match.group(0), ""
        while address and address[-1] in _TRAILING:
            address, tail = address[:-1], address[-1] + tail
        return unbreakable_address(address) + tail

    return _ADDRESS.sub(whole, text)


def plain_address_text(text: str) -> str:
    """``text`` without the marks of :func:`unbreakable_address` and :func:`isolate`:
    for accessible names and hrefs (a screen reader would spell the marks out)."""
    return strip_isolates(text).replace(WORD_JOINER, "")
