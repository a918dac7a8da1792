"""Step totals never change in the middle of a flow (issue 14, F-1), as plain data.

Each path is walked step by step, reading the progress at every step as the screen
does. After the first step the total stays the same, the position never goes back,
and the last step reads "total of total".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assist_desk.flows import navmaps
from assist_desk.flows.wizard import Wizard
from assist_desk.tours.samples import FORMS

Move = Callable[[Wizard], object]


def walk(wizard: Wizard, moves: list[Move]) -> list[tuple[int, int]]:
    seen = [wizard.progress()]
    for move in moves:
        move(wizard)
        seen.append(wizard.progress())
    return seen


def assert_stable(seen: list[tuple[int, int]]) -> None:
    totals = {total for _, total in seen[1:]}
    assert len(totals) == 1, f"the total changed mid-flow: {seen}"
    positions = [position for position, _ in seen]
    assert positions == sorted(positions), f"the position went back: {seen}"
    assert seen[-1][0] == seen[-1][1], f"the last step is not 'total of total': {seen}"


def account_moves(method: str) -> list[Move]:
    moves: list[Move] = [
        lambda w: w.next(profile="individual"),
        lambda w: w.next(has_email=True),
        lambda w: w.next(method=method),
    ]
    if method == "franceconnect":
        moves.append(lambda w: w.next())
    else:
        moves.append(lambda w: w.next(fields=dict(FORMS["individual"])))
    moves += [
        lambda w: w.next(terms_version="v2", terms_sha256="ab" * 32, terms_read=True),
        lambda w: w.next(account_id="acc-1", account_status="pending_activation"),
    ]
    if method != "franceconnect":
        moves.append(lambda w: w.next(account_status="active"))
    return moves


@pytest.mark.parametrize("method", ["ants_account", "franceconnect"])
def test_account_creation_total_is_stable(method: str) -> None:
    seen = walk(Wizard(navmaps.account_navmap()), account_moves(method))
    assert_stable(seen)
    # Before the fix the FranceConnect path went from "3 of 8" to "4 of 7".
    assert seen[-1] == (8, 8)


REQUESTS = {
    "identity card": [
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(category="identity_card"),
        lambda w: w.next(procedure="id_first_adult"),
        lambda w: w.next(),
        lambda w: w.next(request_id="r1", handoff_url="https://x/"),
    ],
    "vehicle, FranceConnect": [
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(category="vehicle_registration"),
        lambda w: w.next(procedure="vr_change_owner"),
        lambda w: w.next(),
        lambda w: w.next(has_franceconnect=True),
        lambda w: w.next(request_id="r1", handoff_url="https://x/"),
    ],
    "vehicle, professional": [
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(category="vehicle_registration"),
        lambda w: w.next(procedure="vr_change_owner"),
        lambda w: w.next(),
        lambda w: w.next(has_franceconnect=False),
        lambda w: w.next(vr_path="professional"),
    ],
    "vehicle, trusted person": [
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(category="vehicle_registration"),
        lambda w: w.next(procedure="vr_change_owner"),
        lambda w: w.next(),
        lambda w: w.next(has_franceconnect=False),
        lambda w: w.next(vr_path="third_party"),
        lambda w: w.next(request_id="r1", handoff_url="https://x/"),
    ],
}


@pytest.mark.parametrize("path", list(REQUESTS))
def test_new_request_total_is_stable(path: str) -> None:
    seen = walk(Wizard(navmaps.new_request_navmap()), REQUESTS[path])  # type: ignore[arg-type]
    assert_stable(seen)


def test_back_and_reset_start_afresh() -> None:
    wizard = Wizard(navmaps.new_request_navmap())
    walk(wizard, REQUESTS["vehicle, trusted person"])  # type: ignore[arg-type]
    wizard.reset()
    assert wizard.promised_total == 0
    wizard.progress()
    assert wizard.promised_total == 0  # the first step promises nothing yet
