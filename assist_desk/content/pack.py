"""The bundled content pack: load, check and read the FAQ, checklists and fees.

Qt-free API used by the views and by other features (``context.services["content"]``)::

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
import re
import threading
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

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
from assist_desk.content.triage import TriageSession, TriageTree

Model = TypeVar("Model", bound=BaseModel)
_URL_IN_TEXT = re.compile(r"https?://[^\s)»\"']+")


class ContentError(Exception):
    """The content cannot be used. ``lines`` each name the file, the item and the problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def default_directory() -> Path:
    from assist_desk.paths import resources_dir

    return resources_dir() / "content"


def pick(text: dict[str, str] | None, lang: str) -> tuple[str, bool]:
    """The text in ``lang``, else French; the flag says it fell back to French."""
    if text is None:
        return "", False
    if lang in text:
        return text[lang], False
    return text["fr"], lang != "fr"


# -- localised views ---------------------------------------------------------------------


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


@dataclass(frozen=True)
class StampView:
    where: list[str]
    notes: list[str]
    source: str
    checked_on: dt.date


@dataclass(frozen=True)
class CostEstimate:
    """A vehicle registration cost: regional rate × fiscal horsepower + fixed tax + delivery."""

    region_id: str
    region_name: str
    horsepower: int
    eur_per_cv: float
    rate_valid_from: dt.date
    rate_to_recheck: bool
    regional_tax: float
    fixed_tax: float
    delivery: float
    source: str
    checked_on: dt.date

    @property
    def total(self) -> float:
        return round(self.regional_tax + self.fixed_tax + self.delivery, 2)


# -- loading -------------------------------------------------------------------------------


def _read(directory: Path, name: str, model: type[Model], problems: list[str]) -> Model | None:
    path = directory / name
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{name}: file not found in {directory}")
        return None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{name}: not valid TOML ({error})")
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        for item in error.errors():
            where = _describe_location(raw, item["loc"])
            message = str(item["msg"]).removeprefix("Value error, ")
            problems.append(f"{name}: {where}: {message}")
        return None


def _describe_location(raw: Any, loc: tuple[int | str, ...]) -> str:
    """``checklists[3] (id 'pp_loss').title.fr`` rather than bare indexes."""
    parts: list[str] = []
    node = raw
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node):
                node = node[key]
                if isinstance(node, dict) and "id" in node:
                    label += f" (id {node['id']!r})"
            parts.append(label)
        else:
            parts.append(f".{key}" if parts else str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "file"


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
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self.index_build_seconds: float | None = None

    # -- loading and checking ------------------------------------------------------------

    @classmethod
    def load(cls, directory: Path | None = None, check: bool = True) -> ContentPack:
        """Read every content file; raises :class:`ContentError` listing every problem."""
        directory = directory or default_directory()
        problems: list[str] = []
        info = _read(directory, "pack.toml", PackInfo, problems)
        documents = _read(directory, "documents.toml", DocumentFile, problems)
        checklists = _read(directory, "checklists.toml", ChecklistFile, problems)
        fees = _read(directory, "fees.toml", FeeFile, problems)
        triage = _read(directory, "triage.toml", TriageFile, problems)
        synonyms = _read(directory, "synonyms.toml", SynonymFile, problems)
        faq: list[FaqEntry] = []
        faq_files = sorted((directory / "faq").glob("*.toml"))
        if not faq_files:
            problems.append(f"faq/: no FAQ file in {directory / 'faq'}")
        for path in faq_files:
            part = _read(directory, f"faq/{path.name}", FaqFile, problems)
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
        if check:
            found = pack.problems()
            if found:
                raise ContentError(found)
        return pack

    def problems(self) -> list[str]:
        """Cross-file checks: catalogue coverage, languages, links, references."""
        found: list[str] = []
        found += self._duplicates()
        catalogue = {pid: cat for cat, ids in self.info.catalogue.items() for pid in ids}
        for pid, category in catalogue.items():
            checklist = self._checklists.get(pid)
            if checklist is None:
                found.append(
                    f"checklists.toml: procedure {pid!r} of the catalogue has no checklist"
                )
            elif checklist.category != category:
                found.append(
                    f"checklists.toml: {pid!r} has category {checklist.category!r}, "
                    f"the catalogue says {category!r}"
                )
        for cid, checklist in self._checklists.items():
            where = f"checklists.toml: checklist {cid!r}"
            if cid not in catalogue:
                found.append(f"{where}: not a procedure of the catalogue")
            for item in checklist.items:
                if item.document not in self.documents:
                    found.append(f"{where}: document {item.document!r} does not exist")
            if checklist.fee not in self._fees:
                found.append(f"{where}: fee {checklist.fee!r} does not exist")
            for ref in checklist.related_faq:
                if ref not in self._faq:
                    found.append(f"{where}: related FAQ {ref!r} does not exist")
        for eid, entry in self._faq.items():
            where = f"faq: entry {eid!r}"
            if entry.topic not in self.info.faq_topics:
                found.append(f"{where}: topic {entry.topic!r} is not in pack.toml faq_topics")
            for ref in entry.see_also:
                if ref not in self._faq:
                    found.append(f"{where}: see_also {ref!r} does not exist")
            for ref in entry.procedures:
                if ref not in catalogue:
                    found.append(f"{where}: procedure {ref!r} is not in the catalogue")
        for advice in self.triage_tree.advice.values():
            for ref in advice.faq:
                if ref not in self._faq:
                    found.append(f"triage.toml: advice {advice.id!r}: FAQ {ref!r} does not exist")
        found += self.triage_tree.problems(set(catalogue))
        for document in self.documents.values():
            if document.form not in self.info.form_labels:
                found.append(
                    f"documents.toml: {document.id!r}: form {document.form!r} has no label"
                )
        found += self._language_problems()
        found += self._link_problems()
        return found

    def _duplicates(self) -> list[str]:
        """Ids are merged into dictionaries on load: fewer keys than items means duplicates."""
        sizes = {
            "faq": len(self._faq),
            "documents": len(self.documents),
            "checklists": len(self._checklists),
            "fees": len(self._fees),
        }
        return [
            f"{kind}: two items share an id ({self._counts[kind]} items, {size} distinct ids)"
            for kind, size in sizes.items()
            if self._counts[kind] != size
        ]

    def _texts(self) -> Iterable[tuple[str, dict[str, str]]]:
        """Every localised text with a description of where it is."""
        for cid, checklist in self._checklists.items():
            where = f"checklists.toml: checklist {cid!r}"
            yield f"{where}.title", checklist.title
            yield f"{where}.summary", checklist.summary
            yield f"{where}.where", checklist.where
            for n, step in enumerate(checklist.steps):
                yield f"{where}.steps[{n}]", step
            for n, item in enumerate(checklist.items):
                if item.when:
                    yield f"{where}.items[{n}].when", item.when
                if item.note:
                    yield f"{where}.items[{n}].note", item.note
        for did, document in self.documents.items():
            where = f"documents.toml: document {did!r}"
            yield f"{where}.name", document.name
            yield f"{where}.what", document.what
            for n, text in enumerate(document.constraints):
                yield f"{where}.constraints[{n}]", text
            for n, text in enumerate(document.alternatives):
                yield f"{where}.alternatives[{n}]", text
        for fid, fee in self._fees.items():
            where = f"fees.toml: fee {fid!r}"
            yield f"{where}.title", fee.title
            for n, band in enumerate(fee.bands):
                yield f"{where}.bands[{n}].label", band.label
            for n, rule in enumerate(fee.rules):
                yield f"{where}.rules[{n}]", rule
        for eid, entry in self._faq.items():
            yield f"faq: entry {eid!r}.question", entry.question
            yield f"faq: entry {eid!r}.answer", entry.answer
        for question in self.triage_tree.questions.values():
            yield f"triage.toml: question {question.id!r}.text", question.text
            for option in question.options:
                yield f"triage.toml: question {question.id!r}.{option.id}", option.label
        for advice in self.triage_tree.advice.values():
            yield f"triage.toml: advice {advice.id!r}.title", advice.title
            yield f"triage.toml: advice {advice.id!r}.text", advice.text
        for key, text in self.info.category_names.items():
            yield f"pack.toml: category_names.{key}", text
        for key, text in self.info.faq_topics.items():
            yield f"pack.toml: faq_topics.{key}", text
        for key, text in self.info.form_labels.items():
            yield f"pack.toml: form_labels.{key}", text
        yield "fees.toml: vehicle_cost.explanation", self.fee_file.vehicle_cost.explanation
        for n, text in enumerate(self.fee_file.stamp.where):
            yield f"fees.toml: stamp.where[{n}]", text
        for n, text in enumerate(self.fee_file.stamp.notes):
            yield f"fees.toml: stamp.notes[{n}]", text

    def _language_problems(self) -> list[str]:
        found = []
        for where, text in self._texts():
            for lang in self.info.languages:
                if lang not in text:
                    found.append(
                        f"{where}: no {lang!r} text (pack languages: {self.info.languages})"
                    )
        return found

    def _urls(self) -> Iterable[tuple[str, str]]:
        for cid, checklist in self._checklists.items():
            yield f"checklists.toml: checklist {cid!r}.source", str(checklist.source)
            yield f"checklists.toml: checklist {cid!r}.official_url", str(checklist.official_url)
        for fid, fee in self._fees.items():
            yield f"fees.toml: fee {fid!r}.source", str(fee.source)
        yield "fees.toml: vehicle_cost.source", str(self.fee_file.vehicle_cost.source)
        yield "fees.toml: stamp.source", str(self.fee_file.stamp.source)
        for eid, entry in self._faq.items():
            yield f"faq: entry {eid!r}.source", str(entry.source)
        for where, text in self._texts():
            for value in text.values():
                for url in _URL_IN_TEXT.findall(value):
                    yield f"{where} (in the text)", url.rstrip(".,;")

    def is_allowed_url(self, url: str) -> bool:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        return parts.scheme == "https" and any(
            host == domain or host.endswith("." + domain) for domain in self.info.allowed_domains
        )

    def _link_problems(self) -> list[str]:
        return [
            f"{where}: link {url!r} is not on an allowed official domain "
            f"({', '.join(self.info.allowed_domains)})"
            for where, url in self._urls()
            if not self.is_allowed_url(url)
        ]

    # -- metadata ----------------------------------------------------------------------

    @property
    def version(self) -> str:
        return self.info.version

    @property
    def pack_date(self) -> dt.date:
        return self.info.published

    @property
    def languages(self) -> list[str]:
        return list(self.info.languages)

    def age_days(self, today: dt.date | None = None) -> int:
        return ((today or dt.date.today()) - self.pack_date).days

    def is_outdated(self, max_age_days: int, today: dt.date | None = None) -> bool:
        """True past ``max_age_days`` (settings.content_max_age_days): say it may be outdated."""
        return self.age_days(today) > max_age_days

    def counts(self) -> dict[str, int]:
        """How many FAQ entries and checklists exist, complete, per content language."""
        result: dict[str, int] = {}
        for lang in ("fr", "en", "ar"):
            result[f"faq_{lang}"] = sum(
                1 for e in self._faq.values() if lang in e.question and lang in e.answer
            )
            result[f"checklists_{lang}"] = sum(
                1
                for c in self._checklists.values()
                if lang in c.title and all(lang in s for s in c.steps)
            )
        result["documents"] = len(self.documents)
        result["fees"] = len(self._fees)
        return result

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
            fell_back=any(f for _, f in texts + rules),
        )

    def stamp_info(self, lang: str) -> StampView:
        stamp = self.fee_file.stamp
        return StampView(
            [pick(w, lang)[0] for w in stamp.where],
            [pick(n, lang)[0] for n in stamp.notes],
            str(stamp.source),
            stamp.checked_on,
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
        on: dt.date | None = None,
        with_regional_tax: bool = True,
    ) -> CostEstimate:
        """Estimate a registration certificate's cost; raises ValueError on bad input."""
        cost = self.fee_file.vehicle_cost
        region = next((r for r in cost.regions if r.id == region_id), None)
        if region is None:
            raise ValueError(f"unknown region {region_id!r}")
        if not 1 <= horsepower <= 99:
            raise ValueError("fiscal horsepower must be between 1 and 99")
        day = on or dt.date.today()
        valid = sorted((r for r in region.rates if r.valid_from <= day), key=lambda r: r.valid_from)
        if not valid:
            raise ValueError(f"no rate known for {region.name} on {day.isoformat()}")
        rate = valid[-1]
        regional = round(rate.eur_per_cv * horsepower, 2) if with_regional_tax else 0.0
        return CostEstimate(
            region_id=region.id,
            region_name=region.name,
            horsepower=horsepower,
            eur_per_cv=rate.eur_per_cv,
            rate_valid_from=rate.valid_from,
            rate_to_recheck=region.to_recheck,
            regional_tax=regional,
            fixed_tax=cost.fixed_tax_eur,
            delivery=cost.delivery_eur,
            source=str(cost.source),
            checked_on=cost.checked_on,
        )

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
        )

    def faq_entries(self, lang: str, topic: str | None = None) -> list[FaqView]:
        views = [self.faq(eid, lang) for eid in self._faq]
        return [v for v in views if v is not None and (topic is None or v.topic == topic)]

    def faq_topics(self, lang: str) -> list[tuple[str, str]]:
        return [(key, pick(text, lang)[0]) for key, text in self.info.faq_topics.items()]

    # -- triage --------------------------------------------------------------------------

    def new_triage(self) -> TriageSession:
        return TriageSession(self.triage_tree)

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
                    {lang: self.search_documents(lang) for lang in self.info.languages},
                    self.synonyms.groups,
                    self.synonyms.stopwords,
                )
                self.index_build_seconds = time.perf_counter() - start
            return self._index

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def search(self, query: str, lang: str = "fr", limit: int = 10) -> list[SearchHit]:
        """Ranked FAQ and checklist hits; French content when ``lang`` has none."""
        index = self.build_index()
        table = lang if lang in index.languages else self.info.authoritative
        hits = index.search(query, table, limit)
        if table != lang:
            hits = [SearchHit(h.kind, h.ref, h.title, h.snippet, h.score, True) for h in hits]
        return hits
