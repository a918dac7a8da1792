"""What changed between two versions of the Terms of Use, section by section."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class SectionLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class SectionChange:
    """One section of the new version and how it differs from the old one.

    ``kind`` is ``"added"``, ``"changed"``, ``"removed"`` or ``"unchanged"``.
    """

    section_id: str
    kind: str
    title: str
    old_text: str
    new_text: str


def compare_sections(old: Sequence[SectionLike], new: Sequence[SectionLike]) -> list[SectionChange]:
    """Changes in the new version's order, removed sections at the end."""
    before = {s.id: s for s in old}
    changes: list[SectionChange] = []
    for section in new:
        previous = before.pop(section.id, None)
        if previous is None:
            kind, old_text = "added", ""
        else:
            old_text = previous.text
            same = previous.text.strip() == section.text.strip()
            kind = "unchanged" if same and previous.title == section.title else "changed"
        changes.append(SectionChange(section.id, kind, section.title, old_text, section.text))
    for section in before.values():
        changes.append(SectionChange(section.id, "removed", section.title, section.text, ""))
    return changes


def changed_only(changes: Sequence[SectionChange]) -> list[SectionChange]:
    return [c for c in changes if c.kind != "unchanged"]
