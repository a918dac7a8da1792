"""What the content pack gives the screens: texts already in the asked language.

Each view is a frozen snapshot built by :class:`~assist_desk.content.pack.ContentPack`
(``checklist``, ``fees``, ``faq``, ``stamp_info``); ``fell_back`` says that some text is
the French one, because the asked language has none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assist_desk.typography import french_as_shown, keep_amounts_together


def pick(text: dict[str, str] | None, lang: str) -> tuple[str, bool]:
    """The text in ``lang``, else French; the flag says it fell back to French.

    Every text of the pack leaves it here, on its way to a screen, a printout or a
    screen reader: its amounts and measures are made unbreakable here, once
    (:func:`~assist_desk.typography.keep_amounts_together`: the euro sign of 11 € never
    starts a line), not in each of the 290 places the pack writes one. French text
    gets its no-break spaces before "?", ":", ";", "!" and "»" here too
    (:func:`~assist_desk.typography.french_spaced`), as the translations have them.
    """
    if text is None:
        return "", False
    if lang in text and lang != "fr":
        return keep_amounts_together(text[lang]), False
    return french_as_shown(text["fr"]), lang != "fr"


@dataclass(frozen=True)
class DocumentView:
    id: str
    name: str
    what: str
    constraints: list[str]
    alternatives: list[str]
    form: str  # original, copy, digital, original_or_copy, number
    form_label: str


@dataclass(frozen=True)
class ItemView:
    document: DocumentView
    when: str
    note: str
    required: bool


@dataclass(frozen=True)
class FeeView:
    id: str
    title: str
    bands: list[tuple[str, float]]
    rules: list[str]
    stamp: bool
    calculator: bool
    source: str
    checked_on: dt.date
    fell_back: bool
    #: Not confirmed by the pack: shown as "to recheck", never as certain.
    to_recheck: bool = False

    @property
    def is_free(self) -> bool:
        return all(amount == 0 for _, amount in self.bands)


@dataclass(frozen=True)
class ChecklistView:
    procedure_id: str
    category: str
    category_name: str
    lang: str
    fell_back: bool
    title: str
    summary: str
    where: str
    items: list[ItemView]
    steps: list[str]
    official_url: str
    source: str
    checked_on: dt.date
    fee: FeeView | None
    related_faq: list[str]
    #: Not confirmed by the pack: shown as "to recheck", never as certain.
    to_recheck: bool = False


@dataclass(frozen=True)
class FaqView:
    id: str
    topic: str
    topic_name: str
    question: str
    answer: str
    procedures: list[str]
    see_also: list[str]
    source: str
    checked_on: dt.date
    fell_back: bool
    #: The question itself is the French text (a list of questions says so).
    question_fell_back: bool = False
    #: Not confirmed by the pack: shown as "to recheck", never as certain.
    to_recheck: bool = False


@dataclass(frozen=True)
class StampView:
    where: list[str]
    notes: list[str]
    source: str
    checked_on: dt.date
    #: Not confirmed by the pack: shown as "to recheck", never as certain.
    to_recheck: bool = False


@dataclass(frozen=True)
class AdviceView:
    """A triage ending that is not an online procedure, as search shows it."""

    id: str
    title: str
    text: str
    faq: list[str]
    source: str
    checked_on: dt.date
    fell_back: bool
    to_recheck: bool = False
