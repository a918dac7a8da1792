"""The keys of every layout and page, as plain data.

Letter layouts follow the physical keyboards people know: French AZERTY, English
QWERTY and the Arabic PC layout (ض on the Q key). Their rows are never mirrored
in an Arabic interface, as keycaps are not. A first row holds what a layout lacks
on a touch screen: the French accents, the Arabic hamza forms, the e-mail parts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Action(Enum):
    """What a key does."""

    CHAR = "char"  # types its text
    SHIFT = "shift"
    BACKSPACE = "backspace"
    SPACE = "space"
    ENTER = "enter"
    HIDE = "hide"
    NEXT_LAYOUT = "next_layout"
    SYMBOLS = "symbols"  # the digits and symbols page
    LETTERS = "letters"  # back to the letters


class FieldKind(Enum):
    """The keyboard a field needs."""

    TEXT = "text"
    EMAIL = "email"  # letters with @, .fr, .com, .gouv.fr
    PASSWORD = "password"  # letters and symbols, a Latin layout
    NUMBER = "number"  # the digit pad only (SIRET, PIN, counts)
    DATE = "date"  # the digit pad and "/"
    PHONE = "phone"  # the digit pad and "+"
    DIGITS_FIRST = "digits_first"  # digits first, letters one key away: PIN or password, 2A004


class Page(Enum):
    LETTERS = "letters"
    SYMBOLS = "symbols"
    DIGITS = "digits"


@dataclass(frozen=True)
class Key:
    """One key. ``text`` is what a CHAR key types; ``width`` is in standard keys."""

    action: Action
    text: str = ""
    width: float = 1.0

    def typed(self, shifted: bool) -> str:
        """The text this key types, with Shift on or off."""
        return self.text.upper() if shifted and len(self.text) == 1 else self.text


Row = tuple[Key, ...]

#: The layouts, in the order of the switch key, each named in its own script.
LAYOUT_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}
#: The short name a switch key shows for each layout.
LAYOUT_SHORT_NAMES = {"fr": "FR", "en": "EN", "ar": "ع"}
#: Layouts that have capital letters (a Shift key).
_CASED = {"fr", "en"}
#: The Latin layout that e-mail and password fields use instead of Arabic: the
#: French AZERTY layout also carries the Latin letters of Maghreb Arabic keyboards.
LATIN_FALLBACK = "fr"

#: The e-mail keys and their widths (in standard keys).
#: ("." is on the bottom row, "-" and "_" on the letters' rows.)
EMAIL_PARTS = (("@", 1.5), (".fr", 2.0), (".com", 2.0), (".gouv.fr", 3.0))


def chars(text: str) -> Row:
    return tuple(Key(Action.CHAR, char) for char in text)


def _letter_rows(layout: str) -> tuple[Row, Row, Row]:
    if layout == "fr":
        return chars("azertyuiop"), chars("qsdfghjklm"), chars("wxcvbn'-")
    if layout == "ar":
        return chars("ضصثقفغعهخحج"), chars("شسيبلاتنمكط"), chars("ذءؤرىةوزظد")
    return chars("qwertyuiop"), chars("asdfghjkl'"), chars("zxcvbnm-")


def _first_row(layout: str, kind: FieldKind) -> Row:
    if kind is FieldKind.EMAIL:
        return tuple(Key(Action.CHAR, part, width) for part, width in EMAIL_PARTS)
    if layout == "fr":
        return chars("éèêàâçùûôîïë")
    if layout == "ar":
        return chars("أإآئ؟")
    return ()


def _bottom_row(first: Key, kind: FieldKind, layout: str = "") -> Row:
    comma = Key(Action.CHAR, "_" if kind is FieldKind.EMAIL else "،" if layout == "ar" else ",")
    return (
        first,
        Key(Action.NEXT_LAYOUT, width=1.5),
        comma,
        Key(Action.SPACE, " ", width=2.5),
        Key(Action.CHAR, "."),
        Key(Action.ENTER, width=2),
        Key(Action.HIDE, width=2),
    )


def rows(layout: str, page: Page, kind: FieldKind) -> tuple[Row, ...]:
    """The rows of keys of ``layout`` (a modes.LANGUAGES code) on ``page`` for a ``kind``."""
    if page is Page.DIGITS:
        return _digit_pad(kind)
    if page is Page.SYMBOLS:
        return (
            chars("1234567890"),
            chars("@#€&*()-_'\""),
            (*chars("!?/:;+=%"), Key(Action.BACKSPACE, width=1.5)),
            _bottom_row(Key(Action.LETTERS, width=2), kind),
        )
    first, second, third = _letter_rows(layout)
    third_row: Row = (
        (Key(Action.SHIFT, width=1.5), *third, Key(Action.BACKSPACE, width=1.5))
        if layout in _CASED
        else (*third, Key(Action.BACKSPACE, width=1.5))
    )
    top = _first_row(layout, kind)
    body = (first, second, third_row, _bottom_row(Key(Action.SYMBOLS, width=2), kind, layout))
    return (top, *body) if top else body


def _digit_pad(kind: FieldKind) -> tuple[Row, ...]:
    extra = {FieldKind.DATE: "/", FieldKind.PHONE: "+"}.get(kind)
    last: Row = (
        (Key(Action.CHAR, extra), Key(Action.CHAR, "0"), Key(Action.BACKSPACE))
        if extra
        else (Key(Action.CHAR, "0", width=2), Key(Action.BACKSPACE))
    )
    return (
        chars("123"),
        chars("456"),
        chars("789"),
        last,
        (Key(Action.ENTER, width=1.5), Key(Action.HIDE, width=1.5)),
    )


def first_page(kind: FieldKind) -> Page:
    if kind is FieldKind.DIGITS_FIRST:
        return Page.SYMBOLS
    return (
        Page.DIGITS if kind in (FieldKind.NUMBER, FieldKind.DATE, FieldKind.PHONE) else Page.LETTERS
    )


def layout_for(kind: FieldKind, layout: str) -> str:
    """E-mail addresses, passwords and codes are typed in Latin letters."""
    latin = (FieldKind.EMAIL, FieldKind.PASSWORD, FieldKind.DIGITS_FIRST)
    if kind in latin and layout not in _CASED:
        return LATIN_FALLBACK
    return layout


def has_shift(layout: str) -> bool:
    return layout in _CASED
