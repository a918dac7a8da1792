""" "Which procedure do I need?": a questionnaire driven by ``triage.toml``.

The tree is data: questions with options; an option leads to another question
(``next``), to a procedure of the catalogue (``procedure``) or to an advice
that is not an online procedure (``advice``). :class:`TriageSession` walks it
one answer at a time and can go back; :func:`all_paths` lists every way
through it (used by ``content check`` and the tests).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from assist_desk.content.schema import TriageAdvice, TriageFile, TriageOption, TriageQuestion


class TriageError(ValueError):
    """The tree is malformed, or an answer does not fit the current question."""


@dataclass(frozen=True)
class TriageOutcome:
    """Where the questionnaire ended: a procedure id, or an advice id."""

    procedure: str | None = None
    advice: str | None = None


class TriageTree:
    def __init__(self, data: TriageFile) -> None:
        self.data = data
        self.questions: dict[str, TriageQuestion] = {q.id: q for q in data.questions}
        self.advice: dict[str, TriageAdvice] = {a.id: a for a in data.advice}
        if data.start not in self.questions:
            raise TriageError(f"triage: start question {data.start!r} does not exist")

    def problems(self, procedures: set[str]) -> list[str]:
        """Every structural problem, one line each (empty: the tree is sound)."""
        found: list[str] = []
        for question in self.questions.values():
            seen: set[str] = set()
            for option in question.options:
                where = f"triage: question {question.id!r}, option {option.id!r}"
                if option.id in seen:
                    found.append(f"{where}: duplicate option id")
                seen.add(option.id)
                targets = [t for t in (option.next, option.procedure, option.advice) if t]
                if len(targets) != 1:
                    found.append(f"{where}: needs exactly one of next, procedure, advice")
                if option.next and option.next not in self.questions:
                    found.append(f"{where}: next question {option.next!r} does not exist")
                if option.procedure and option.procedure not in procedures:
                    found.append(f"{where}: procedure {option.procedure!r} is not in the catalogue")
                if option.advice and option.advice not in self.advice:
                    found.append(f"{where}: advice {option.advice!r} does not exist")
        if found:
            return found
        reached: set[str] = set()
        try:
            for path in all_paths(self):
                reached.update(question for question, _ in path.steps)
        except TriageError as error:
            return [str(error)]
        for unused in sorted(set(self.questions) - reached):
            found.append(f"triage: question {unused!r} cannot be reached from the start")
        return found


@dataclass(frozen=True)
class TriagePath:
    steps: tuple[tuple[str, str], ...]  # (question id, option id)
    outcome: TriageOutcome


def all_paths(tree: TriageTree) -> Iterator[TriagePath]:
    """Every complete way through the tree (raises :class:`TriageError` on a loop)."""

    def walk(question_id: str, steps: tuple[tuple[str, str], ...]) -> Iterator[TriagePath]:
        if any(question_id == q for q, _ in steps):
            raise TriageError(f"triage: question {question_id!r} loops back on itself")
        for option in tree.questions[question_id].options:
            here = (*steps, (question_id, option.id))
            if option.next:
                yield from walk(option.next, here)
            else:
                yield TriagePath(here, TriageOutcome(option.procedure, option.advice))

    yield from walk(tree.data.start, ())


class TriageSession:
    """One person's way through the questionnaire (in memory only)."""

    def __init__(self, tree: TriageTree) -> None:
        self.tree = tree
        self._answers: list[tuple[str, str]] = []
        self.outcome: TriageOutcome | None = None

    @property
    def current(self) -> TriageQuestion | None:
        """The question to answer now; ``None`` once an outcome is reached."""
        if self.outcome is not None:
            return None
        if not self._answers:
            return self.tree.questions[self.tree.data.start]
        question_id, option_id = self._answers[-1]
        option = self._option(self.tree.questions[question_id], option_id)
        assert option.next is not None
        return self.tree.questions[option.next]

    @property
    def answers(self) -> list[tuple[str, str]]:
        return list(self._answers)

    @property
    def step(self) -> int:
        """How many answers were given (0 at the first question)."""
        return len(self._answers)

    def answer(self, option_id: str) -> TriageOutcome | None:
        question = self.current
        if question is None:
            raise TriageError("triage: the questionnaire is already finished")
        option = self._option(question, option_id)
        self._answers.append((question.id, option.id))
        if not option.next:
            self.outcome = TriageOutcome(option.procedure, option.advice)
        return self.outcome

    def back(self) -> bool:
        """Undo the last answer; False at the first question."""
        if not self._answers:
            return False
        self._answers.pop()
        self.outcome = None
        return True

    def reset(self) -> None:
        self._answers.clear()
        self.outcome = None

    @staticmethod
    def _option(question: TriageQuestion, option_id: str) -> TriageOption:
        for option in question.options:
            if option.id == option_id:
                return option
        raise TriageError(f"triage: question {question.id!r} has no option {option_id!r}")
