"""A small Qt-free wizard engine: a navigation map of steps walked forward and back.

After the navmap pattern of Electrum's ``electrum/wizard.py`` (our own code):
each :class:`Step` names the next step as a fixed id or as a function of the
data gathered so far, may refuse to move on (``guard``) and may record
something when accepted (``accept``). The :class:`Wizard` keeps the gathered
data in one plain dict and the path walked in a stack; going back pops the
stack but never drops data, so whatever the person typed is still there when
they come forward again.

Everything here is plain data: views render ``wizard.current`` and forward
input with :meth:`Wizard.update`, controllers call :meth:`Wizard.next`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

WizardData = dict[str, Any]
NextStep = str | Callable[[WizardData], str | None] | None


class WizardError(Exception):
    """A navigation the map does not allow (a programming error, not a user one)."""


class GuardRefused(WizardError):
    """The current step's guard refused to move on; ``reason`` is a stable code."""

    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"step {step!r}: {reason}")
        self.step = step
        self.reason = reason


@dataclass(frozen=True)
class Step:
    """One step of a navigation map.

    Attributes:
        id: stable identifier (also used for page and screenshot names).
        next: the following step's id, a function of the data returning it, or
            ``None`` for a final step.
        guard: returns ``None`` when the person may go on, else a reason code.
        accept: called with the data when the person goes on from this step.
        counts: whether the step counts in the progress indicator (side
            branches such as a help page do not).
        possible: the steps ``next`` may still lead to while an answer it depends on
            is not given (the progress total assumes the longest, so that it never
            grows in the middle of a flow); ``None``: ``next`` decides alone.
    """

    id: str
    next: NextStep = None
    guard: Callable[[WizardData], str | None] | None = None
    accept: Callable[[WizardData], None] | None = None
    counts: bool = True
    possible: Callable[[WizardData], tuple[str, ...]] | None = None

    def resolve_next(self, data: WizardData) -> str | None:
        if self.next is None or isinstance(self.next, str):
            return self.next
        return self.next(data)


@dataclass
class Navmap:
    """A named set of steps and where to start."""

    name: str
    start: str
    steps: Mapping[str, Step]

    def __post_init__(self) -> None:
        if self.start not in self.steps:
            raise WizardError(f"{self.name}: unknown start step {self.start!r}")
        for key, step in self.steps.items():
            if key != step.id:
                raise WizardError(f"{self.name}: step key {key!r} != id {step.id!r}")


@dataclass
class Wizard:
    """Walks a :class:`Navmap`, keeping data across Back."""

    navmap: Navmap
    data: WizardData = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    #: The largest total shown since the first step: a total never shrinks mid-flow.
    promised_total: int = field(default=0, repr=False)

    def __post_init__(self) -> None:
        if not self.history:
            self.history = [self.navmap.start]

    # -- state ----------------------------------------------------------------

    @property
    def current(self) -> str:
        return self.history[-1]

    @property
    def step(self) -> Step:
        return self.navmap.steps[self.current]

    def is_last(self) -> bool:
        return self.step.resolve_next(self.data) is None

    def can_back(self) -> bool:
        return len(self.history) > 1

    def refusal(self) -> str | None:
        """Why the person cannot go on from here (``None``: they can)."""
        guard = self.step.guard
        return guard(self.data) if guard is not None else None

    def can_next(self) -> bool:
        return not self.is_last() and self.refusal() is None

    # -- moves ------------------------------------------------------------------

    def update(self, **values: Any) -> None:
        """Record what the person typed or chose (kept on Back)."""
        self.data.update(values)

    def next(self, **values: Any) -> str:
        """Record ``values``, check the guard, accept, and move to the next step."""
        self.update(**values)
        reason = self.refusal()
        if reason is not None:
            raise GuardRefused(self.current, reason)
        target = self.step.resolve_next(self.data)
        if target is None:
            raise WizardError(f"{self.navmap.name}: {self.current!r} is a final step")
        if target not in self.navmap.steps:
            raise WizardError(f"{self.navmap.name}: unknown step {target!r}")
        if self.step.accept is not None:
            self.step.accept(self.data)
        self.history.append(target)
        return target

    def back(self) -> str:
        """Return to the previous step; the data stays."""
        if not self.can_back():
            raise WizardError(f"{self.navmap.name}: nothing to go back to")
        self.history.pop()
        return self.current

    def back_to(self, step_id: str) -> str:
        """Return to an earlier step of the path (e.g. the form, to fix a field)."""
        if step_id not in self.history:
            raise WizardError(f"{self.navmap.name}: {step_id!r} was not visited")
        while self.current != step_id:
            self.history.pop()
        return self.current

    def reset(self) -> None:
        """Forget everything (session wipe or a new person)."""
        self.data.clear()
        self.history = [self.navmap.start]
        self.promised_total = 0

    # -- progress ----------------------------------------------------------------

    def planned_path(self, limit: int = 50) -> list[str]:
        """The steps walked so far plus those ahead, as the data stands now."""
        path = list(self.history)
        step = self.step
        for _ in range(limit):
            try:
                target = step.resolve_next(self.data)
            except KeyError:  # a branch that depends on an answer not given yet
                break
            if target is None or target in path:
                break
            path.append(target)
            step = self.navmap.steps[target]
        return path

    def _longest_ahead(self, step: Step, seen: frozenset[str], depth: int = 0) -> int:
        """Counted steps after ``step`` on the longest path the answers still allow."""
        if depth > 50:
            return 0
        if step.possible is not None:
            targets: tuple[str, ...] = step.possible(self.data)
        else:
            try:
                target = step.resolve_next(self.data)
            except KeyError:  # a branch that depends on an answer not given yet
                return 0
            targets = (target,) if target else ()
        best = 0
        for target in targets:
            if target in seen or target not in self.navmap.steps:
                continue
            following = self.navmap.steps[target]
            ahead = self._longest_ahead(following, seen | {target}, depth + 1)
            best = max(best, int(following.counts) + ahead)
        return best

    def progress(self) -> tuple[int, int]:
        """(position, total) counting only steps that count, both from 1.

        Stable (issue 14, F-1): the total assumes the longest path the answers still
        allow and never goes down once the first step is behind; a shorter branch
        skips ahead instead, and the last step is always "total of total".
        """
        walked = [s for s in self.history if self.navmap.steps[s].counts]
        position = max(1, len(walked))
        total = position + self._longest_ahead(self.step, frozenset(self.history))
        if len(self.history) > 1:
            total = max(total, self.promised_total)
            self.promised_total = total
        else:  # the first answer may still choose a shorter flow (e.g. the profile)
            self.promised_total = 0
        if self.step.counts and self.is_last():
            position = total
        return position, total
