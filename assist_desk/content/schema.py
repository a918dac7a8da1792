"""The shape of the bundled content files (pydantic), checked when a pack loads.

Every text a person reads is a :data:`LocalText`: a mapping from a language code
to the text, French always present (French is authoritative; other languages
are translations and may be missing, in which case French is shown and the
caller is told so). Any two-letter language code is accepted: adding a language is
a matter of adding its files (see :mod:`assist_desk.content.translations`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl, model_validator

#: A content language: a two-letter code (French is authoritative and always present).
ContentLang = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")


def _has_french(value: dict[str, str]) -> dict[str, str]:
    if not value.get("fr", "").strip():
        raise ValueError("a French text ('fr') is required and must not be empty")
    for lang, text in value.items():
        if not _LANGUAGE_CODE.fullmatch(lang):
            raise ValueError(f"unknown language {lang!r} (expected a two-letter code)")
        if not text.strip():
            raise ValueError(f"the {lang!r} text is empty")
    return value


LocalText = Annotated[dict[str, str], AfterValidator(_has_french)]

#: The prefix of an own source: a section of a page of this pack that documents the help
#: point's own behaviour (what it offers, what it keeps). Not a public fact, so no public
#: page can back it; ``content check`` verifies the section exists and counts these facts.
OWN_SOURCE_PREFIX = "pack:"
OwnSource = Annotated[str, Field(pattern=r"^pack:[A-Za-z0-9_-]+\.md#[a-z0-9-]+$")]
LocalList = Annotated[list[LocalText], Field(default_factory=list)]
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{1,63}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(Strict):
    """Where a fact comes from, when it was last checked and when to check it again.

    ``to_recheck``: the pack could not confirm it; mediators are told so, it is never
    presented as certain. ``source`` is a public page, or for the help point's own
    behaviour a section of this pack's operator guide (``pack:HELP_POINT.md#anchor``).
    """

    source: HttpUrl | OwnSource
    checked_on: dt.date
    review_by: dt.date
    to_recheck: bool = False

    @model_validator(mode="after")
    def _review_after_check(self) -> Sourced:
        if self.review_by <= self.checked_on:
            raise ValueError("review_by must come after checked_on")
        return self


class Evidenced(Strict):
    """A figure backed by evidence pages rather than one official link (regional rates).

    The evidence may be press or trade pages (never shown as links to citizens):
    ``content check`` asks for one page on an official domain or two independent
    sites, else ``to_recheck = true``.
    """

    evidence: list[HttpUrl] = Field(min_length=1)
    checked_on: dt.date
    review_by: dt.date
    to_recheck: bool = False
    note: str = ""

    @model_validator(mode="after")
    def _review_after_check(self) -> Evidenced:
        if self.review_by <= self.checked_on:
            raise ValueError("review_by must come after checked_on")
        return self


# -- pack metadata --------------------------------------------------------------------


class PackInfo(Strict):
    """``pack.toml``: version, publication date, languages and the link allow-list.

    ``languages`` must be complete (a missing text fails ``content check``);
    ``partial_languages`` are shown where translated, with French elsewhere, and
    ``content check`` lists what is missing in them without failing.
    """

    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    published: dt.date
    authoritative: Literal["fr"] = "fr"
    languages: list[ContentLang] = Field(min_length=1)
    partial_languages: list[ContentLang] = Field(default_factory=list)
    allowed_domains: list[str] = Field(min_length=1)
    catalogue: dict[str, list[Identifier]]
    category_names: dict[str, LocalText]
    faq_topics: dict[str, LocalText]
    form_labels: dict[str, LocalText]
    #: What citizens read as the source of a fact about the help point itself.
    own_source_label: LocalText


# -- documents and checklists ---------------------------------------------------------


class Document(Sourced):
    """A document a person may have to bring or upload, defined once, used by checklists."""

    id: Identifier
    name: LocalText
    what: LocalText
    constraints: LocalList
    alternatives: LocalList
    form: Literal["original", "copy", "digital", "original_or_copy", "number"]


class ChecklistItem(Strict):
    document: Identifier
    when: LocalText | None = None
    note: LocalText | None = None
    required: bool = True


class Checklist(Sourced):
    id: Identifier
    category: Identifier
    title: LocalText
    summary: LocalText
    where: LocalText
    items: list[ChecklistItem] = Field(min_length=1)
    steps: LocalList
    official_url: HttpUrl
    fee: Identifier
    related_faq: list[Identifier] = Field(default_factory=list)


class DocumentFile(Strict):
    documents: list[Document]


class ChecklistFile(Strict):
    checklists: list[Checklist]


# -- fees ---------------------------------------------------------------------------


class FeeBand(Strict):
    label: LocalText
    amount_eur: float = Field(ge=0)


class Fee(Sourced):
    id: Identifier
    title: LocalText
    bands: list[FeeBand] = Field(min_length=1)
    rules: LocalList
    stamp: bool = False
    calculator: bool = False


class RegionalRate(Evidenced):
    """The rate per fiscal horsepower a region charges from ``valid_from`` on."""

    valid_from: dt.date
    eur_per_cv: float = Field(ge=0, le=100)
    #: False when only the amount was confirmed for a day and the real start date is older
    #: and unchecked: ``valid_from`` is then the first day the rate is known to apply, never
    #: shown as the day it started.
    valid_from_confirmed: bool = True


#: What the vehicle runs on, as the regional rules tell them apart. ``standard``: petrol,
#: diesel and anything else; ``electric``: electricity, hydrogen or both only.
Energy = Literal["standard", "electric", "hybrid", "e85"]
ENERGIES: tuple[str, ...] = ("standard", "electric", "hybrid", "e85")


class EnergyRule(Evidenced):
    """A region's decision for one energy: the rate is multiplied by ``factor``.

    ``factor = 1`` records that the region grants no reduction (the 10-year halving
    then applies as for any vehicle); 0.5 and 0 are a particular tariff, which the
    law does not combine with the 10-year halving.
    """

    energy: Literal["electric", "hybrid", "e85"]
    factor: float
    valid_from: dt.date
    valid_until: dt.date | None = None

    @model_validator(mode="after")
    def _known_factor(self) -> EnergyRule:
        if self.factor not in (0, 0.5, 1):
            raise ValueError("factor must be 0, 0.5 or 1 (what the law allows a region)")
        if self.valid_until is not None and self.valid_until < self.valid_from:
            raise ValueError("valid_until is before valid_from")
        return self


class Region(Strict):
    id: Identifier
    name: str
    rates: list[RegionalRate] = Field(min_length=1)
    energy_rules: list[EnergyRule] = Field(default_factory=list)


class VehicleCost(Sourced):
    fixed_tax_eur: float = Field(ge=0)
    delivery_eur: float = Field(ge=0)
    #: Years after the first registration from which the regional rate is halved.
    halving_age_years: int = Field(ge=1, le=50)
    halving_source: HttpUrl
    explanation: LocalText
    malus: LocalText
    malus_source: HttpUrl
    regions: list[Region] = Field(min_length=1)


class StampInfo(Sourced):
    where: LocalList
    notes: LocalList


class FeeFile(Strict):
    stamp: StampInfo
    vehicle_cost: VehicleCost
    fees: list[Fee]


# -- FAQ ----------------------------------------------------------------------------


class FaqEntry(Sourced):
    id: Identifier
    topic: Identifier
    question: LocalText
    answer: LocalText
    keywords: LocalText | None = None
    procedures: list[Identifier] = Field(default_factory=list)
    see_also: list[Identifier] = Field(default_factory=list)


class FaqFile(Strict):
    entries: list[FaqEntry]


# -- triage -------------------------------------------------------------------------


class TriageOption(Strict):
    id: Identifier
    label: LocalText
    next: Identifier | None = None
    procedure: Identifier | None = None
    advice: Identifier | None = None


class TriageQuestion(Strict):
    id: Identifier
    text: LocalText
    help: LocalText | None = None
    options: list[TriageOption] = Field(min_length=2)


class TriageAdvice(Sourced):
    """An ending that is not an online procedure (e.g. "go to the police first")."""

    id: Identifier
    title: LocalText
    text: LocalText
    faq: list[Identifier] = Field(default_factory=list)


class TriageFile(Strict):
    start: Identifier
    questions: list[TriageQuestion]
    advice: list[TriageAdvice] = Field(default_factory=list)


# -- synonyms -----------------------------------------------------------------------


class SynonymFile(Strict):
    """Groups of expressions that mean the same thing to a person searching."""

    groups: list[list[str]]
    stopwords: list[str] = Field(default_factory=list)
