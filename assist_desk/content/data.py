"""The content of a pack, validated and indexed by id, with its metadata (Qt-free).

What the checks (:mod:`~assist_desk.content.checks`) and the freshness report
(:mod:`~assist_desk.content.freshness`) read: they depend on this data, never on
:class:`~assist_desk.content.pack.ContentPack`, which runs them when it loads.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assist_desk.content.schema import (
    Checklist,
    Document,
    FaqEntry,
    FeeFile,
    PackInfo,
    SynonymFile,
    TriageFile,
)
from assist_desk.content.translations import TranslationMemory
from assist_desk.content.triage import TriageTree
from assist_desk.modes import LANGUAGES


class ContentData:
    """Every item of the pack by id, and what the pack says about itself."""

    def __init__(
        self,
        info: PackInfo,
        documents: list[Document],
        checklists: list[Checklist],
        fee_file: FeeFile,
        faq: list[FaqEntry],
        triage: TriageFile,
        synonyms: SynonymFile,
    ) -> None:
        self.info = info
        self.documents = {d.id: d for d in documents}
        self._checklists = {c.id: c for c in checklists}
        self.fee_file = fee_file
        self._fees = {f.id: f for f in fee_file.fees}
        self._faq = {e.id: e for e in faq}
        self.triage_tree = TriageTree(triage)
        self.synonyms = synonyms
        # Items before merging by id: fewer ids than items means duplicates (checks).
        self._counts = {
            "documents": len(documents),
            "checklists": len(checklists),
            "fees": len(fee_file.fees),
            "faq": len(faq),
        }
        #: The translations kept beside the French, by language (``content check``).
        self.translations: dict[str, TranslationMemory] = {}
        #: Where the pack was read from: own sources (``pack:FILE.md#anchor``) live there.
        self.directory: Path | None = None
        #: The FAQ entries shown first, in order (``top_questions.toml``; O-1).
        self.top_question_ids: list[str] = []

    @property
    def version(self) -> str:
        return self.info.version

    @property
    def pack_date(self) -> dt.date:
        return self.info.published

    @property
    def languages(self) -> list[str]:
        """Every content language: the complete ones, then the partial ones."""
        return list(self.info.languages) + [
            lang for lang in self.info.partial_languages if lang not in self.info.languages
        ]

    def age_days(self, today: dt.date | None = None) -> int:
        return ((today or dt.date.today()) - self.pack_date).days

    def is_outdated(self, max_age_days: int, today: dt.date | None = None) -> bool:
        """True past ``max_age_days`` (settings.content_max_age_days): say it may be outdated."""
        return self.age_days(today) > max_age_days

    def procedure_ids(self) -> list[str]:
        return [pid for ids in self.info.catalogue.values() for pid in ids]

    def faq_ids(self) -> list[str]:
        return list(self._faq)

    def counts(self) -> dict[str, int]:
        """How many FAQ entries and checklists are complete, per content language.

        A checklist is complete in a language when every text it shows is: its own,
        its documents' and its fee's.
        """
        result: dict[str, int] = {}
        for lang in dict.fromkeys([*LANGUAGES, *self.languages]):
            result[f"faq_{lang}"] = sum(
                1 for e in self._faq.values() if lang in e.question and lang in e.answer
            )
            result[f"checklists_{lang}"] = sum(
                1
                for c in self._checklists.values()
                if all(lang in text for text in self._checklist_texts(c))
            )
        result["documents"] = len(self.documents)
        result["fees"] = len(self._fees)
        return result

    def _checklist_texts(self, checklist: Checklist) -> list[dict[str, str]]:
        texts = [checklist.title, checklist.summary, checklist.where, *checklist.steps]
        for item in checklist.items:
            texts += [t for t in (item.when, item.note) if t is not None]
            doc = self.documents.get(item.document)
            if doc is not None:
                texts += [doc.name, doc.what, *doc.constraints, *doc.alternatives]
        fee = self._fees.get(checklist.fee)
        if fee is not None:
            texts += [fee.title, *(band.label for band in fee.bands), *fee.rules]
        return texts
