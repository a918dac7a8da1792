"""The pre-application number (numéro de pré-demande) for identity cards and passports.

ANTS gives a 10-character number of letters and digits, written in upper
case (``^[A-Z0-9]{10}$``, as RDV Service Public validates it). People type
it with spaces or in lower case, so the check folds those before judging,
and tells how far along the typing is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

NUMBER_LENGTH = 10
PATTERN = re.compile(r"^[A-Z0-9]{10}$")
_SEPARATORS = re.compile(r"[\s\-_.]+")


class NumberState(Enum):
    EMPTY = "empty"
    INCOMPLETE = "incomplete"  # fewer than 10 characters so far
    TOO_LONG = "too-long"
    INVALID_CHARACTER = "invalid-character"  # a character other than A-Z or 0-9
    VALID = "valid"


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """The result of checking what was typed so far."""

    state: NumberState
    normalised: str  # upper case, separators removed
    length: int
    bad_character: str = ""

    @property
    def valid(self) -> bool:
        return self.state is NumberState.VALID


def normalise(typed: str) -> str:
    """Upper case, without spaces, hyphens, dots or underscores."""
    return _SEPARATORS.sub("", typed).upper()


def check_number(typed: str) -> NumberCheck:
    """Check a pre-application number as typed (tolerant of spaces and lower case)."""
    value = normalise(typed)
    for character in value:
        if not ("A" <= character <= "Z" or "0" <= character <= "9"):
            return NumberCheck(NumberState.INVALID_CHARACTER, value, len(value), character)
    if not value:
        return NumberCheck(NumberState.EMPTY, value, 0)
    if len(value) < NUMBER_LENGTH:
        return NumberCheck(NumberState.INCOMPLETE, value, len(value))
    if len(value) > NUMBER_LENGTH:
        return NumberCheck(NumberState.TOO_LONG, value, len(value))
    return NumberCheck(NumberState.VALID, value, len(value))


def is_valid_number(value: str) -> bool:
    """True for a number already in its stored form (10 upper-case letters or digits)."""
    return bool(PATTERN.fullmatch(value))


def grouped(value: str) -> str:
    """``AB12 CD34 EF`` — easier to read back to the person (display only)."""
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
