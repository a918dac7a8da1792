"""Every dated fact of the pack, and which ones are past their review date (Qt-free).

A fact is whatever carries its own ``checked_on`` and ``review_by``: an FAQ entry, a
checklist, a document, a triage advice, a fee, the stamp and cost rules, each regional
rate and each regional energy rule. ``content check`` lists the stale ones;
``content check --stale`` fails on them; the mediator tools list what needs rechecking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assist_desk.content.schema import OWN_SOURCE_PREFIX

if TYPE_CHECKING:
    from assist_desk.content.data import ContentData


@dataclass(frozen=True)
class Fact:
    """One dated fact: where it is, when it was checked, when to check it again."""

    where: str
    checked_on: dt.date
    review_by: dt.date
    to_recheck: bool
    sources: tuple[str, ...]
    note: str = ""

    def is_stale(self, today: dt.date) -> bool:
        return self.review_by < today

    @property
    def is_own(self) -> bool:
        """About the help point itself: backed by this pack's operator guide, not a public page."""
        return bool(self.sources) and all(is_own_source(url) for url in self.sources)


def is_own_source(source: str) -> bool:
    return source.startswith(OWN_SOURCE_PREFIX)


def facts(pack: ContentData) -> Iterator[Fact]:
    for entry_id in pack.faq_ids():
        entry = pack._faq[entry_id]
        yield Fact(
            f"faq {entry_id}",
            entry.checked_on,
            entry.review_by,
            entry.to_recheck,
            (str(entry.source),),
        )
    for checklist in pack._checklists.values():
        yield Fact(
            f"checklist {checklist.id}",
            checklist.checked_on,
            checklist.review_by,
            checklist.to_recheck,
            (str(checklist.source),),
        )
    for document in pack.documents.values():
        yield Fact(
            f"document {document.id}",
            document.checked_on,
            document.review_by,
            document.to_recheck,
            (str(document.source),),
        )
    for advice in pack.triage_tree.advice.values():
        yield Fact(
            f"triage advice {advice.id}",
            advice.checked_on,
            advice.review_by,
            advice.to_recheck,
            (str(advice.source),),
        )
    for fee in pack._fees.values():
        yield Fact(
            f"fee {fee.id}", fee.checked_on, fee.review_by, fee.to_recheck, (str(fee.source),)
        )
    stamp = pack.fee_file.stamp
    yield Fact("stamp", stamp.checked_on, stamp.review_by, stamp.to_recheck, (str(stamp.source),))
    cost = pack.fee_file.vehicle_cost
    yield Fact(
        "vehicle cost rules",
        cost.checked_on,
        cost.review_by,
        cost.to_recheck,
        (str(cost.source), str(cost.halving_source), str(cost.malus_source)),
    )
    for region in cost.regions:
        for rate in region.rates:
            start = "from" if rate.valid_from_confirmed else "known from (start date to recheck)"
            yield Fact(
                f"rate {region.id} {rate.eur_per_cv:g} EUR/CV {start} "
                f"{rate.valid_from.isoformat()}",
                rate.checked_on,
                rate.review_by,
                rate.to_recheck or not rate.valid_from_confirmed,  # its start is a fact too
                tuple(str(url) for url in rate.evidence),
                rate.note,
            )
        for rule in region.energy_rules:
            yield Fact(
                f"energy rule {region.id} {rule.energy} ×{rule.factor:g} "
                f"from {rule.valid_from.isoformat()}",
                rule.checked_on,
                rule.review_by,
                rule.to_recheck,
                tuple(str(url) for url in rule.evidence),
                rule.note,
            )


def stale(pack: ContentData, today: dt.date) -> list[Fact]:
    """Facts whose ``review_by`` date has passed."""
    return [fact for fact in facts(pack) if fact.is_stale(today)]


def to_recheck(pack: ContentData) -> list[Fact]:
    """Facts the pack could not confirm: shown to mediators as "to recheck"."""
    return [fact for fact in facts(pack) if fact.to_recheck]


def needs_recheck(pack: ContentData, today: dt.date) -> list[Fact]:
    """What a mediator should recheck: facts past ``review_by`` (oldest first), then the
    facts the pack could not confirm."""
    every = list(facts(pack))
    late = sorted((fact for fact in every if fact.is_stale(today)), key=lambda f: f.review_by)
    return late + [fact for fact in every if fact.to_recheck and not fact.is_stale(today)]
