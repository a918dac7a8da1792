"""The bundled content pack: load, check and read the FAQ, checklists and fees.

Qt-free API used by the views and by other features (the content feature's ``pack``)::

    pack = ContentPack.load()                   # raises ContentError (lines) if broken
    view = pack.checklist("pp_loss", "en")      # ChecklistView | None; view.fell_back
    fee = pack.fees("pp_loss", "en")            # FeeView | None
    hits = pack.search("pasport", "fr", 10)     # list[SearchHit], best first
    pack.pack_date, pack.version
    pack.is_outdated(max_age_days=180, today=date.today())

Texts come in the asked language when translated, else in French (authoritative),
with ``fell_back=True`` so that the interface can say "shown in French".

One job per module, each class adding one to the one it builds on:
:class:`~assist_desk.content.data.ContentData` (the items by id, the metadata) →
:class:`~assist_desk.content.lookups.ContentLookups` (views in a language) →
:class:`~assist_desk.content.searchable.SearchableContent` (the search index) →
:class:`ContentPack` (reading the files and checking them, here).
"""

from __future__ import annotations

from pathlib import Path

from assist_desk.content import checks
from assist_desk.content.loading import ContentError, default_directory, read_model
from assist_desk.content.schema import (
    ChecklistFile,
    DocumentFile,
    FaqEntry,
    FaqFile,
    FeeFile,
    PackInfo,
    SynonymFile,
    TriageFile,
)
from assist_desk.content.searchable import SearchableContent
from assist_desk.content.top_questions import read_top_questions
from assist_desk.content.translations import read_memories
from assist_desk.content.vehicle_cost import CostEstimate
from assist_desk.content.view_models import (
    AdviceView,
    ChecklistView,
    FaqView,
    FeeView,
    StampView,
    pick,
)

__all__ = [
    "AdviceView",
    "ChecklistView",
    "ContentError",
    "ContentPack",
    "CostEstimate",
    "FaqView",
    "FeeView",
    "StampView",
    "default_directory",
    "pick",
]


class ContentPack(SearchableContent):
    """Everything in ``resources/content`` (see the module docstring for the API)."""

    FILES = (
        "pack.toml",
        "documents.toml",
        "checklists.toml",
        "fees.toml",
        "triage.toml",
        "synonyms.toml",
    )

    @classmethod
    def load(cls, directory: Path | None = None, check: bool = True) -> ContentPack:
        """Read every content file; raises :class:`ContentError` listing every problem."""
        directory = directory or default_directory()
        problems: list[str] = []
        memories = read_memories(directory, problems)
        info = read_model(directory, "pack.toml", PackInfo, problems, memories)
        documents = read_model(directory, "documents.toml", DocumentFile, problems, memories)
        checklists = read_model(directory, "checklists.toml", ChecklistFile, problems, memories)
        fees = read_model(directory, "fees.toml", FeeFile, problems, memories)
        triage = read_model(directory, "triage.toml", TriageFile, problems, memories)
        synonyms = read_model(directory, "synonyms.toml", SynonymFile, problems)
        faq: list[FaqEntry] = []
        faq_files = sorted((directory / "faq").glob("*.toml"))
        if not faq_files:
            problems.append(f"faq/: no FAQ file in {directory / 'faq'}")
        for path in faq_files:
            part = read_model(directory, f"faq/{path.name}", FaqFile, problems, memories)
            if part is not None:
                faq.extend(part.entries)
        if problems:
            raise ContentError(problems)
        if not (info and documents and checklists and fees and triage and synonyms):
            raise ContentError(["content: a file could not be read"])
        try:
            pack = cls(
                info, documents.documents, checklists.checklists, fees, faq, triage, synonyms
            )
        except ValueError as error:
            raise ContentError([str(error)]) from None
        pack.translations = memories
        pack.directory = directory
        pack.top_question_ids = read_top_questions(directory, pack.faq_ids(), problems)
        if problems:
            raise ContentError(problems)
        if check:
            found = pack.problems()
            if found:
                raise ContentError(found)
        return pack

    def problems(self) -> list[str]:
        """Cross-file checks (see :mod:`assist_desk.content.checks`)."""
        return checks.problems(self)

    def is_allowed_url(self, url: str) -> bool:
        return checks.is_allowed_url(self, url)
