"""Step totals never change in the middle of a flow (issue 14, F-1), as plain data.

Each path is walked step by step, reading the progress at every step as the screen
does. After the first step the total stays the same, the position never goes back,
and the last step reads "total of total".
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from assist_desk.flows import navmaps
from assist_desk.flows.catalogue import CATEGORIES, PREREQUISITES, PROFILES, allowed_by_category
from assist_desk.flows.wizard import Navmap, Wizard, WizardData
from assist_desk.tours.samples import FORMS

Move = Callable[[Wizard], object]


def walk(wizard: Wizard, moves: list[Move]) -> list[tuple[int, int]]:
    seen = [wizard.progress()]
    for move in moves:
        move(wizard)
        seen.append(wizard.progress())
    return seen


def assert_stable(seen: list[tuple[int, int]], ends_on_side_page: bool = False) -> None:
    totals = {total for _, total in seen[1:]}
    assert len(totals) == 1, f"the total changed mid-flow: {seen}"
    positions = [position for position, _ in seen]
    assert positions == sorted(positions), f"the position went back: {seen}"
    if not ends_on_side_page:
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
        lambda w: w.next(category="identity_card"),
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(procedure="id_first_adult"),
        lambda w: w.next(),
        lambda w: w.next(request_id="r1", handoff_url="https://x/"),
    ],
    "vehicle, FranceConnect": [
        lambda w: w.next(category="vehicle_registration"),
        lambda w: w.next(franceconnect_answer="yes"),
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(procedure="vr_change_owner"),
        lambda w: w.next(),
        lambda w: w.next(request_id="r1", handoff_url="https://x/"),
    ],
    "vehicle, professional": [
        lambda w: w.next(category="vehicle_registration"),
        lambda w: w.next(franceconnect_answer="no"),
        lambda w: w.next(vr_path="professional"),
    ],
    "vehicle, trusted person": [
        lambda w: w.next(category="vehicle_registration"),
        lambda w: w.next(franceconnect_answer="no"),
        lambda w: w.next(vr_path="third_party"),
        lambda w: w.next(profile="individual", account_id="acc-1"),
        lambda w: w.next(procedure="vr_change_owner"),
        lambda w: w.next(),
        lambda w: w.next(request_id="r1", handoff_url="https://x/"),
    ],
}


@pytest.mark.parametrize("path", list(REQUESTS))
def test_new_request_total_is_stable(path: str) -> None:
    seen = walk(Wizard(navmaps.new_request_navmap()), REQUESTS[path])  # type: ignore[arg-type]
    assert_stable(seen, ends_on_side_page=path == "vehicle, professional")


# -- every branch (F-1) ---------------------------------------------------------------

Answers = Callable[[WizardData], list[WizardData]]


def _prerequisite_answers(data: WizardData) -> list[WizardData]:
    questions = PREREQUISITES[data["profile"]]
    answers = [dict.fromkeys(questions, True)]
    for missing in questions:  # the first "no" decides where it goes
        answers.append(dict.fromkeys(questions, True) | {missing: False})
    return answers


ACCOUNT_ANSWERS: dict[str, Answers] = {
    "profile": lambda d: [{"profile": p} for p in PROFILES],
    "prerequisites": _prerequisite_answers,
    "method": lambda d: [{"method": "franceconnect"}, {"method": "ants_account"}],
    "franceconnect": lambda d: [{}],
    "form": lambda d: [{"fields": dict(FORMS[d["profile"]])}],
    "town_hall_request": lambda d: [{"fields": dict(FORMS["town_hall_dr"])}],
    "terms": lambda d: [{"terms_version": "v2", "terms_sha256": "ab" * 32, "terms_read": True}],
    "declaration": lambda d: [{"account_id": "acc-1", "account_status": "pending_activation"}],
    "check_email": lambda d: [{"account_status": "active"}],
    "prefecture_pending": lambda d: [
        {"account_status": "active"},
        {"account_status": "pending_activation"},
    ],
}


def _procedure_answers(data: WizardData) -> list[WizardData]:
    allowed = allowed_by_category(data["profile"])[data["category"]]
    return [{"procedure": allowed[0]}]


REQUEST_ANSWERS: dict[str, Answers] = {
    "category": lambda d: (
        [
            {"category": c}
            for c in (allowed_by_category(d["profile"]) if d.get("profile") else CATEGORIES)
        ]
        or [{}]
    ),  # an account signed in earlier that starts nothing: straight to the stop
    "franceconnect_check": lambda d: [
        {"franceconnect_answer": a} for a in navmaps.FRANCECONNECT_ANSWERS
    ],
    "vehicle_paths": lambda d: [{"vr_path": "third_party"}, {"vr_path": "professional"}],
    # Signed in here, or already (then the profile is known from the first step).
    "sign_in": lambda d: (
        [{}] if d.get("account_id") else [{"profile": p, "account_id": "a"} for p in PROFILES]
    ),
    "procedure": _procedure_answers,
    "summary": lambda d: [{}],
    "declaration": lambda d: [{"request_id": "r1", "handoff_url": "https://x/"}],
}

Screen = tuple[str, bool, int, int]  # step, counted (else a help or stop page), N, M


def every_run(navmap: Navmap, answers: dict[str, Answers], data: WizardData) -> list[list[Screen]]:
    """Walk every branch to its end, recording "step N of M" at each screen."""
    runs: list[list[Screen]] = []

    def go(wizard: Wizard, seen: list[Screen]) -> None:
        position, total = wizard.progress()
        seen = [*seen, (wizard.current, wizard.step.counts, position, total)]
        if wizard.is_last():
            runs.append(seen)
            return
        for answer in answers[wizard.current](wizard.data):
            branch = Wizard(navmap, copy.deepcopy(wizard.data), list(wizard.history))
            branch.promised_total = wizard.promised_total
            branch.next(**answer)
            go(branch, seen)

    go(Wizard(navmap, dict(data)), [])
    return runs


def assert_constant_totals(run: list[Screen]) -> None:
    """After the first screen the total never changes, counted steps go 1, 2, 3…
    (only the last may jump to M: a shorter branch ends early), and the last counted
    screen reads "M of M"."""
    shown = " → ".join(f"{step} {n}/{m}{'' if counts else ' (help)'}" for step, counts, n, m in run)
    totals = {m for _, _, _, m in run[1:]}
    assert len(totals) <= 1, f"the total changed: {shown}"
    counted = [n for _, counts, n, _ in run if counts]
    before_last = counted[:-1] if run[-1][1] else counted
    assert before_last == list(range(1, len(before_last) + 1)), f"a step number jumps: {shown}"
    if run[-1][1]:  # a flow that ends on a step of its own ends on "M of M"
        assert run[-1][2] == run[-1][3], f"the last step is not M of M: {shown}"


def test_every_branch_of_the_account_flow_keeps_its_total() -> None:
    runs = every_run(navmaps.account_navmap(), ACCOUNT_ANSWERS, {})
    assert len(runs) >= 15  # six profiles, their missing prerequisites, two methods…
    for run in runs:
        assert_constant_totals(run)


@pytest.mark.parametrize("signed_in", [None, *PROFILES])
def test_every_branch_of_the_request_flow_keeps_its_total(signed_in: str | None) -> None:
    """Not signed in yet, or signed in earlier in the session with each profile."""
    start = {"profile": signed_in, "account_id": "a"} if signed_in else {}
    runs = every_run(navmaps.new_request_navmap(), REQUEST_ANSWERS, start)
    assert runs
    for run in runs:
        assert_constant_totals(run)
        steps = [step for step, _, _, _ in run]
        if "franceconnect_check" in steps and "sign_in" in steps:  # C-4
            assert steps.index("franceconnect_check") < steps.index("sign_in")


def test_the_no_procedure_branch_is_a_side_page_not_a_shorter_total() -> None:
    """The review's request-02-no-procedures.png read "2 of 2" after "1 of 6"."""
    runs = every_run(navmaps.new_request_navmap(), REQUEST_ANSWERS, {})
    stops = [run for run in runs if run[-1][0] == "no_procedures"]
    assert stops
    for run in stops:
        _, counts, _, total = run[-1]
        assert not counts  # shown as a help page, not "step N of N"
        assert total == run[-2][3]


def test_back_and_reset_start_afresh() -> None:
    wizard = Wizard(navmaps.new_request_navmap())
    walk(wizard, REQUESTS["vehicle, trusted person"])  # type: ignore[arg-type]
    wizard.reset()
    assert wizard.promised_total == 0
    wizard.progress()
    assert wizard.promised_total == 0  # the first step promises nothing yet
