"""The pre-application number, checked offline as the person types."""

from __future__ import annotations

import pytest

from assist_desk.appointments.numbers import (
    NumberState,
    check_number,
    grouped,
    is_valid_number,
    normalise,
)


@pytest.mark.parametrize(
    ("typed", "state", "normalised"),
    [
        ("", NumberState.EMPTY, ""),
        ("   ", NumberState.EMPTY, ""),
        ("ab12", NumberState.INCOMPLETE, "AB12"),
        ("ab12 cd34 ef", NumberState.VALID, "AB12CD34EF"),
        ("AB12-CD34-EF", NumberState.VALID, "AB12CD34EF"),
        ("ab12cd34ef5", NumberState.TOO_LONG, "AB12CD34EF5"),
        ("AB12/CD34EF", NumberState.INVALID_CHARACTER, "AB12/CD34EF"),
        ("ÀB12CD34EF", NumberState.INVALID_CHARACTER, "ÀB12CD34EF"),
    ],
)
def test_check_number(typed: str, state: NumberState, normalised: str) -> None:
    checked = check_number(typed)
    assert checked.state is state
    assert checked.normalised == normalised
    assert checked.valid is (state is NumberState.VALID)


def test_as_you_type_reports_the_first_bad_character() -> None:
    assert check_number("ab1*").bad_character == "*"
    assert [check_number("AB12CD34EF"[:n]).state for n in (1, 9, 10)] == [
        NumberState.INCOMPLETE,
        NumberState.INCOMPLETE,
        NumberState.VALID,
    ]


def test_stored_form() -> None:
    assert is_valid_number("AB12CD34EF")
    assert not is_valid_number("ab12cd34ef")
    assert not is_valid_number("AB12CD34E")
    assert normalise(" ab 12\tcd ") == "AB12CD"
    assert grouped("AB12CD34EF") == "AB12 CD34 EF"
