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
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from assist_desk.content.loading import ContentError, default_directory, read_model
from assist_desk.content.schema import (
    Checklist,
    ChecklistFile,
    Document,
    DocumentFile,
    FaqEntry,
    FaqFile,
    Fee,
    FeeFile,
    PackInfo,
    SynonymFile,
    TriageFile,
)
from assist_desk.content.search import SearchDoc, SearchHit, SearchIndex
from assist_desk.content.translations import TranslationMemory, read_memories
from assist_desk.content.triage import TriageSession, TriageTree
from assist_desk.content.vehicle_cost import CostEstimate, estimate
from assist_desk.content.view_models import (
    AdviceView,
    ChecklistView,
    DocumentView,
    FaqView,
    FeeView,
    ItemView,
    StampView,
    pick,
)
from assist_desk.modes import LANGUAGES

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


class ContentPack:
    """Everything in ``resources/content`` (see the module docstring for the API)."""

    FILES = (
        "pack.toml",
        "documents.toml",
        "checklists.toml",
        "fees.toml",
        "triage.toml",
        "synonyms.toml",
    )

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
        self._counts = {
            "documents": len(documents),
            "checklists": len(checklists),
            "fees": len(fee_file.fees),
            "faq": len(faq),
        }
        #: The translations kept beside the French, by language (``content check``).
        self.translations: dict[str, TranslationMemory] = {}
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self.index_build_seconds: float | None = None

    # -- loading and checking ------------------------------------------------------------

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
        if check:
            found = pack.problems()
            if found:
                raise ContentError(found)
        return pack

    def problems(self) -> list[str]:
        """Cross-file checks (see :mod:`assist_desk.content.checks`)."""
        from assist_desk.content import checks

        return checks.problems(self)

    def is_allowed_url(self, url: str) -> bool:
        from assist_desk.content import checks

        return checks.is_allowed_url(self, url)

    # -- metadata ----------------------------------------------------------------------

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

    # -- checklists and fees -------------------------------------------------------------

    def procedure_ids(self) -> list[str]:
        return [pid for ids in self.info.catalogue.values() for pid in ids]

    def categories(self, lang: str) -> list[tuple[str, str, list[str]]]:
        """(category id, name, procedure ids) in catalogue order."""
        return [
            (cat, pick(self.info.category_names[cat], lang)[0], list(ids))
            for cat, ids in self.info.catalogue.items()
        ]

    def category_name(self, category: str, lang: str) -> str:
        return pick(self.info.category_names.get(category), lang)[0] or category

    def checklist(self, procedure_id: str, lang: str) -> ChecklistView | None:
        """The checklist of a procedure in ``lang`` (French fallback), or None if unknown."""
        checklist = self._checklists.get(procedure_id)
        if checklist is None:
            return None
        fell_back = False

        def text(value: dict[str, str] | None) -> str:
            nonlocal fell_back
            found, fallback = pick(value, lang)
            fell_back = fell_back or fallback
            return found

        items = []
        for item in checklist.items:
            doc = self.documents[item.document]
            items.append(
                ItemView(
                    DocumentView(
                        doc.id,
                        text(doc.name),
                        text(doc.what),
                        [text(c) for c in doc.constraints],
                        [text(a) for a in doc.alternatives],
                        doc.form,
                        text(self.info.form_labels[doc.form]),
                    ),
                    text(item.when),
                    text(item.note),
                    item.required,
                )
            )
        fee = self.fees(procedure_id, lang)
        return ChecklistView(
            procedure_id=checklist.id,
            category=checklist.category,
            category_name=text(self.info.category_names[checklist.category]),
            lang=lang,
            fell_back=fell_back or bool(fee and fee.fell_back),
            title=text(checklist.title),
            summary=text(checklist.summary),
            where=text(checklist.where),
            items=items,
            steps=[text(s) for s in checklist.steps],
            official_url=str(checklist.official_url),
            source=str(checklist.source),
            checked_on=checklist.checked_on,
            to_recheck=checklist.to_recheck
            or any(self.documents[item.document].to_recheck for item in checklist.items),
            fee=fee,
            related_faq=list(checklist.related_faq),
        )

    def fees(self, procedure_id: str, lang: str = "fr") -> FeeView | None:
        """The fee of a procedure (via its checklist), or None if unknown."""
        checklist = self._checklists.get(procedure_id)
        fee = self._fees.get(checklist.fee) if checklist else None
        if fee is None:
            return None
        return self._fee_view(fee, lang)

    def _fee_view(self, fee: Fee, lang: str) -> FeeView:
        texts = [pick(fee.title, lang)] + [pick(b.label, lang) for b in fee.bands]
        rules = [pick(r, lang) for r in fee.rules]
        return FeeView(
            id=fee.id,
            title=texts[0][0],
            bands=[
                (label, band.amount_eur)
                for (label, _), band in zip(texts[1:], fee.bands, strict=True)
            ],
            rules=[r for r, _ in rules],
            stamp=fee.stamp,
            calculator=fee.calculator,
            source=str(fee.source),
            checked_on=fee.checked_on,
            to_recheck=fee.to_recheck,
            fell_back=any(f for _, f in texts + rules),
        )

    def stamp_info(self, lang: str) -> StampView:
        stamp = self.fee_file.stamp
        return StampView(
            [pick(w, lang)[0] for w in stamp.where],
            [pick(n, lang)[0] for n in stamp.notes],
            str(stamp.source),
            stamp.checked_on,
            stamp.to_recheck,
        )

    # -- vehicle registration cost -------------------------------------------------------

    def regions(self) -> list[tuple[str, str]]:
        return [(r.id, r.name) for r in self.fee_file.vehicle_cost.regions]

    def vehicle_cost_explanation(self, lang: str) -> str:
        return pick(self.fee_file.vehicle_cost.explanation, lang)[0]

    def vehicle_cost(
        self,
        region_id: str,
        horsepower: int,
        first_registration: dt.date,
        on: dt.date | None = None,
        energy: str = "standard",
    ) -> CostEstimate:
        """Estimate a registration certificate's cost; raises ValueError on bad input."""
        return estimate(
            self.fee_file.vehicle_cost,
            region_id,
            horsepower,
            first_registration,
            on or dt.date.today(),
            energy,
        )

    def vehicle_cost_malus(self, lang: str) -> str:
        return pick(self.fee_file.vehicle_cost.malus, lang)[0]

    # -- FAQ -----------------------------------------------------------------------------

    def faq_ids(self) -> list[str]:
        return list(self._faq)

    def faq(self, entry_id: str, lang: str) -> FaqView | None:
        entry = self._faq.get(entry_id)
        if entry is None:
            return None
        question, q_fb = pick(entry.question, lang)
        answer, a_fb = pick(entry.answer, lang)
        topic, t_fb = pick(self.info.faq_topics[entry.topic], lang)
        return FaqView(
            entry.id,
            entry.topic,
            topic,
            question,
            answer,
            list(entry.procedures),
            list(entry.see_also),
            str(entry.source),
            entry.checked_on,
            q_fb or a_fb or t_fb,
            q_fb,
            to_recheck=entry.to_recheck,
        )

    def faq_entries(self, lang: str, topic: str | None = None) -> list[FaqView]:
        views = [self.faq(eid, lang) for eid in self._faq]
        return [v for v in views if v is not None and (topic is None or v.topic == topic)]

    def faq_topics(self, lang: str) -> list[tuple[str, str]]:
        return [(key, pick(text, lang)[0]) for key, text in self.info.faq_topics.items()]

    # -- triage --------------------------------------------------------------------------

    def new_triage(self) -> TriageSession:
        return TriageSession(self.triage_tree)

    def advice(self, advice_id: str, lang: str) -> AdviceView | None:
        advice = self.triage_tree.advice.get(advice_id)
        if advice is None:
            return None
        title, t_fb = pick(advice.title, lang)
        text, x_fb = pick(advice.text, lang)
        return AdviceView(
            advice.id,
            title,
            text,
            list(advice.faq),
            str(advice.source),
            advice.checked_on,
            t_fb or x_fb,
            advice.to_recheck,
        )

    # -- search --------------------------------------------------------------------------

    def search_documents(self, lang: str) -> list[SearchDoc]:
        """What the index holds for ``lang`` (French text where ``lang`` is missing)."""
        docs = []
        for eid in self._faq:
            view = self.faq(eid, lang)
            assert view is not None
            entry = self._faq[eid]
            extra = [pick(entry.keywords, lang)[0], view.topic_name]
            if lang != "fr":
                extra += [entry.question["fr"], (entry.keywords or {}).get("fr", "")]
            docs.append(
                SearchDoc("faq", eid, view.question, view.answer, " ".join(extra), view.fell_back)
            )
        for aid in self.triage_tree.advice:  # "points", "EU licence"… are asked too
            advice = self.advice(aid, lang)
            assert advice is not None
            extra = [] if lang == "fr" else [self.triage_tree.advice[aid].title["fr"]]
            docs.append(
                SearchDoc(
                    "advice", aid, advice.title, advice.text, " ".join(extra), advice.fell_back
                )
            )
        for cid in self._checklists:
            checklist = self.checklist(cid, lang)
            assert checklist is not None
            parts = [checklist.summary]
            for item in checklist.items:
                parts += [f"{item.document.name}.", item.when, item.note]
            body = " ".join(part for part in parts + checklist.steps if part)
            extra = [checklist.category_name, cid.replace("_", " ")]
            if lang != "fr":
                extra.append(self._checklists[cid].title["fr"])
            docs.append(
                SearchDoc(
                    "checklist",
                    cid,
                    checklist.title,
                    body,
                    " ".join(extra),
                    checklist.fell_back,
                    title_context=checklist.category_name,
                )
            )
        return docs

    def build_index(self) -> SearchIndex:
        """Build (once) the in-memory search index; safe to call from a worker thread."""
        with self._index_lock:
            if self._index is None:
                import time

                start = time.perf_counter()
                self._index = SearchIndex(
                    {lang: self.search_documents(lang) for lang in self.languages},
                    self.synonyms.groups,
                    self.synonyms.stopwords,
                )
                self.index_build_seconds = time.perf_counter() - start
            return self._index

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def search(self, query: str, lang: str = "fr", limit: int = 10) -> list[SearchHit]:
        """Ranked FAQ, triage advice and checklist hits; French content when ``lang`` has none."""
        index = self.build_index()
        table = lang if lang in index.languages else self.info.authoritative
        hits = index.search(query, table, limit)
        if table != lang:
            hits = [
                SearchHit(h.kind, h.ref, h.title, h.snippet, h.score, True, h.complete)
                for h in hits
            ]
        return hits
