"""Searching the pack: what its index holds in each language, built once (Qt-free).

The ranking itself is :mod:`assist_desk.content.search`; this module decides what
each FAQ entry, triage advice and checklist puts into it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Any

from assist_desk.content.lookups import ContentLookups
from assist_desk.content.search import SearchDoc, SearchHit, SearchIndex
from assist_desk.content.view_models import pick


class SearchableContent(ContentLookups):
    """The lookups, plus a search index whose table for a language is built when that
    language is first asked for (any thread): a French session never pays for Arabic."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # ContentData's own arguments
        super().__init__(*args, **kwargs)
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self.index_build_seconds: float | None = None

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

    def build_index(self, languages: Iterable[str] | None = None) -> SearchIndex:
        """The search index, with a table for each of ``languages`` (every content
        language by default), each built once; safe to call from a worker thread.

        A language the pack lacks is searched in French: its table is the French one.
        """
        wanted = self.languages if languages is None else map(self._table_language, languages)
        with self._index_lock:
            if self._index is None:
                self._index = SearchIndex({}, self.synonyms.groups, self.synonyms.stopwords)
            for lang in wanted:
                if not self._index.has_language(lang):
                    start = time.perf_counter()
                    self._index.add_language(lang, self.search_documents(lang))
                    spent = time.perf_counter() - start
                    self.index_build_seconds = (self.index_build_seconds or 0.0) + spent
            return self._index

    def _table_language(self, lang: str) -> str:
        return lang if lang in self.languages else self.info.authoritative

    def forget_queries(self) -> None:
        """Forget every word searched so far (the search's caches are keyed by the typed
        words): a step of the session wipe, since nothing a citizen typed may stay."""
        index = self._index
        if index is not None:
            index.clear_cache()

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def search(self, query: str, lang: str = "fr", limit: int = 10) -> list[SearchHit]:
        """Ranked FAQ, triage advice and checklist hits; French content when ``lang`` has none.

        The first search in a language not indexed yet builds its table here.
        """
        table = self._table_language(lang)
        index = self._index
        if index is None or not index.has_language(table):
            index = self.build_index([table])
        hits = index.search(query, table, limit)
        if table != lang:
            hits = [
                SearchHit(h.kind, h.ref, h.title, h.snippet, h.score, True, h.complete)
                for h in hits
            ]
        return hits
