"""Unicode bidi isolates: the one home of the marks (Qt-free, so the content pack uses it too).

An isolate keeps a run (Latin words, a number, user data) in its own direction inside a
sentence of the other direction: inside Arabic, "Point numérique (formation)" keeps its
order and its brackets. The marks are invisible (zero width).
"""

from __future__ import annotations

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
