"""The shape of the bundled content files (pydantic), checked when a pack loads.

Every text a person reads is a :data:`LocalText`: a mapping from a language code
to the text, French always present (French is authoritative; other languages
are translations and may be missing, in which case French is shown and the
caller is told so).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, HttpUrl

#: Content languages (French is authoritative and always present).
ContentLang = Literal["fr", "en", "ar"]


def _has_french(value: dict[str, str]) -> dict[str, str]:
    if not value.get("fr", "").strip():
        raise ValueError("a French text ('fr') is required and must not be empty")
    for lang, text in value.items():
        if lang not in ("fr", "en", "ar"):
            raise ValueError(f"unknown language {lang!r} (expected fr, en or ar)")
        if not text.strip():
            raise ValueError(f"the {lang!r} text is empty")
    return value


LocalText = Annotated[dict[str, str], AfterValidator(_has_french)]
LocalList = Annotated[list[LocalText], Field(default_factory=list)]
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{1,63}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(Strict):
    """Where a fact comes from and when we last checked it."""

    source: HttpUrl
    checked_on: dt.date


# -- pack metadata --------------------------------------------------------------------


class PackInfo(Strict):
    """``pack.toml``: version, publication date, languages and the link allow-list."""

    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    published: dt.date
    authoritative: Literal["fr"] = "fr"
    languages: list[ContentLang] = Field(min_length=1)
    allowed_domains: list[str] = Field(min_length=1)
    catalogue: dict[str, list[Identifier]]
    category_names: dict[str, LocalText]
    faq_topics: dict[str, LocalText]
    form_labels: dict[str, LocalText]


# -- documents and checklists ---------------------------------------------------------


class Document(Strict):
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


class RegionalRate(Strict):
    valid_from: dt.date
    eur_per_cv: float = Field(ge=0, le=100)


class Region(Strict):
    id: Identifier
    name: str
    rates: list[RegionalRate] = Field(min_length=1)
    to_recheck: bool = False


class VehicleCost(Sourced):
    fixed_tax_eur: float = Field(ge=0)
    delivery_eur: float = Field(ge=0)
    explanation: LocalText
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


class TriageAdvice(Strict):
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
