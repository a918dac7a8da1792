"""The questionnaire: every path ends on a real procedure (with checklist and fee) or advice."""

from __future__ import annotations

import pytest

from assist_desk.content import ContentPack, TriageError
from assist_desk.content.schema import TriageFile
from assist_desk.content.triage import TriageTree, all_paths


def test_every_path_ends_on_a_checklist_and_fee_or_an_advice(pack: ContentPack) -> None:
    paths = list(all_paths(pack.triage_tree))
    reached = set()
    for path in paths:
        outcome = path.outcome
        if outcome.procedure is not None:
            reached.add(outcome.procedure)
            for lang in ("fr", "en"):
                view = pack.checklist(outcome.procedure, lang)
                assert view is not None
                assert view.fee is not None
        else:
            assert outcome.advice in pack.triage_tree.advice
    # Every procedure of the catalogue can be reached by answering questions.
    assert reached == set(pack.procedure_ids())
    assert len(paths) == 30  # + passport with full visa pages (W5)


def test_replaying_every_path_through_a_session(pack: ContentPack) -> None:
    for path in all_paths(pack.triage_tree):
        session = pack.new_triage()
        for step, (question_id, option_id) in enumerate(path.steps):
            assert session.current is not None
            assert session.current.id == question_id
            assert session.step == step
            outcome = session.answer(option_id)
        assert outcome == path.outcome
        assert session.current is None
        assert session.answers == list(path.steps)


def test_back_and_reset(pack: ContentPack) -> None:
    session = pack.new_triage()
    assert not session.back()
    session.answer("passport")
    session.answer("expired")
    assert session.answer("minor") is not None
    assert session.outcome is not None
    assert session.outcome.procedure == "pp_renewal_minor"
    assert session.back()
    assert session.outcome is None
    assert session.current is not None
    assert session.current.id == "q_pp_renewal_who"
    assert session.answer("adult") is not None
    assert session.outcome.procedure == "pp_renewal_adult"
    session.reset()
    assert session.step == 0
    assert session.current.id == "q_document"


def test_wrong_answers_are_refused(pack: ContentPack) -> None:
    session = pack.new_triage()
    with pytest.raises(TriageError, match="no option 'lost'"):
        session.answer("lost")
    session.answer("vehicle")
    session.answer("sold")
    with pytest.raises(TriageError, match="already finished"):
        session.answer("sold")


def _tree(questions: list[dict[str, object]], start: str = "q_a") -> TriageTree:
    return TriageTree(TriageFile.model_validate({"start": start, "questions": questions}))


def _option(oid: str, **target: str) -> dict[str, object]:
    return {"id": oid, "label": {"fr": oid}, **target}


def test_broken_trees_are_described() -> None:
    loop = _tree(
        [
            {
                "id": "q_a",
                "text": {"fr": "A"},
                "options": [_option("x1", next="q_b"), _option("x2", procedure="pp_loss")],
            },
            {
                "id": "q_b",
                "text": {"fr": "B"},
                "options": [_option("y1", next="q_a"), _option("y2", procedure="pp_loss")],
            },
        ]
    )
    assert loop.problems({"pp_loss"}) == ["triage: question 'q_a' loops back on itself"]
    dangling = _tree(
        [
            {
                "id": "q_a",
                "text": {"fr": "A"},
                "options": [
                    _option("x1", next="q_z"),
                    _option("x2", procedure="nope"),
                    _option("x3", advice="missing"),
                    _option("x4"),
                    _option("x4", procedure="pp_loss", next="q_a"),
                ],
            },
            {
                "id": "q_lonely",
                "text": {"fr": "L"},
                "options": [_option("aa", procedure="pp_loss"), _option("bb", procedure="pp_loss")],
            },
        ]
    )
    problems = dangling.problems({"pp_loss"})
    assert "triage: question 'q_a', option 'x1': next question 'q_z' does not exist" in problems
    assert "triage: question 'q_a', option 'x2': procedure 'nope' is not in the catalogue" in (
        problems
    )
    assert "triage: question 'q_a', option 'x3': advice 'missing' does not exist" in problems
    assert (
        "triage: question 'q_a', option 'x4': needs exactly one of next, procedure, advice"
        in problems
    )
    assert "triage: question 'q_a', option 'x4': duplicate option id" in problems
    sound = _tree(
        [
            {
                "id": "q_a",
                "text": {"fr": "A"},
                "options": [_option("aa", procedure="pp_loss"), _option("bb", procedure="pp_loss")],
            },
            {
                "id": "q_lonely",
                "text": {"fr": "L"},
                "options": [_option("aa", procedure="pp_loss"), _option("bb", procedure="pp_loss")],
            },
        ]
    )
    assert sound.problems({"pp_loss"}) == [
        "triage: question 'q_lonely' cannot be reached from the start"
    ]
    with pytest.raises(TriageError, match="start question"):
        _tree([], start="q_missing")


def test_w5_full_passport_pages_lead_to_the_free_replacement(pack: ContentPack) -> None:
    session = pack.new_triage()
    session.answer("passport")
    outcome = session.answer("full")
    assert outcome is not None
    assert outcome.advice == "advice_pp_full_pages"
    advice = pack.triage_tree.advice["advice_pp_full_pages"]
    assert "gratuit" in advice.text["fr"]
    assert "86" not in advice.text["fr"]
    renewal = pack.checklist("pp_renewal_adult", "fr")
    assert renewal is not None
    assert "pages de visa sont pleines" in renewal.summary
