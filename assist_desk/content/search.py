"""Full-text search over the FAQ and checklists: SQLite FTS5 in memory.

- accents and case are ignored; in Arabic the hamza and madda forms of alif, ta
  marbuta and ha, alif maqsura and ya, short vowels (tashkeel), tatweel and
  Arabic-Indic digits are folded too, the Maghrebi letters گ ڭ ڤ ڨ پ become
  ك ك ف ق ب, and the article and its proclitics
  ("ال", "وال", "بال", "لل"…) are set aside, so "جواز السفر" finds "جوازات سفر…";
  the index holds the folded words (what :func:`words` gives), so a query and a
  text are always compared the same way;
- typos are tolerated: a query word missing from the vocabulary is replaced by
  the vocabulary words within a small edit distance (1 for 4-5 letters, 2 for
  longer words), found through a trigram index of the vocabulary;
- synonyms are applied when indexing: a document that says "certificat
  d'immatriculation" is also indexed under "carte grise", so a query needs no
  expansion;
- the last word is matched as a prefix, so results appear while typing;
- the answers holding every word come first, then those holding some of them;
- results are ranked by BM25 (title first, then keywords, then body) and the
  matched words are marked with :data:`MARK_START` / :data:`MARK_END`.
"""

from __future__ import annotations

import bisect
import functools
import re
import sqlite3
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Marks around matched words in :attr:`SearchHit.title` and :attr:`SearchHit.snippet`.
MARK_START = "\x02"
MARK_END = "\x03"
#: A word after folding: Latin letters, digits, Arabic letters (tatweel excluded).
_WORD_CHARS = "a-z0-9\u0621-\u063a\u0641-\u064a"
_WORD = re.compile(f"[{_WORD_CHARS}]+")
#: Letter-for-letter Arabic folds (same length, so highlighting positions still match).
#: The Maghrebi letters for sounds Arabic lacks (g, v, p) are not in _WORD_CHARS and were
#: dropped ("گريز" became "ريز"): they fold to the letter people write instead.
_MAGHREBI_LETTERS = {
    "\u06af": "\u0643",  # gaf (g, "گريز") -> kaf
    "\u06ad": "\u0643",  # ng (g in Morocco) -> kaf
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u06a4": "\u0641",  # veh (v, "ڤيزا") -> fa
    "\u06a8": "\u0642",  # qaf with three dots (g in Algeria) -> qaf
    "\u067e": "\u0628",  # peh (p) -> ba
    "\u06cc": "\u064a",  # Farsi yeh -> ya
}
_ARABIC_SAME_LENGTH = str.maketrans(
    {"\u0629": "\u0647", "\u0649": "\u064a", "\u0671": "\u0627"}
    | _MAGHREBI_LETTERS
    | {chr(0x0660 + n): str(n) for n in range(10)}
    | {chr(0x06F0 + n): str(n) for n in range(10)}
)
#: The Arabic article with the proclitics that attach to it, longest first.
ARABIC_ARTICLES = (
    "\u0648\u0627\u0644",
    "\u0628\u0627\u0644",
    "\u0643\u0627\u0644",
    "\u0641\u0627\u0644",
    "\u0644\u0644",
    "\u0627\u0644",
)
#: Possessive endings set aside ("my", "your", "her", "our", "their"), longest first.
#: Never ha alone: ta marbuta is folded to ha.
ARABIC_POSSESSIVES = (
    "\u0643\u0645",
    "\u0647\u0645",
    "\u0647\u0627",
    "\u0646\u0627",
    "\u064a",
    "\u0643",
)
#: What stays of a word once its article is set aside (shorter words keep it).
_MIN_ARABIC_STEM = 3
_LIGATURES = (("œ", "oe"), ("æ", "ae"), ("Œ", "OE"), ("Æ", "AE"), ("ß", "ss"))
#: Combining marks (accents, Arabic short vowels) dropped after NFKD decomposition.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def fold(text: str) -> str:
    """Lower case, no accents, ligatures spelled out (what the index sees)."""
    if text.isascii():
        return text.lower()
    for ligature, letters in _LIGATURES:
        if ligature in text:
            text = text.replace(ligature, letters)
    # NFKD splits the hamza and madda off alif, waw and ya; _MARKS then drops them
    # with the short vowels. Tatweel (U+0640) only stretches a word: it goes too.
    decomposed = unicodedata.normalize("NFKD", text).replace("\u0640", "")
    return _MARKS.sub("", decomposed).casefold().translate(_ARABIC_SAME_LENGTH)


def fold_same_length(text: str) -> str:
    """Like :func:`fold`, letter for letter, so that positions match the original text."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered if len(lowered) == len(text) else ""
    for char in {c for c in lowered if not c.isascii()}:
        base = _MARKS.sub("", unicodedata.normalize("NFKD", char))[:1] or char
        lowered = lowered.replace(char, base)
    lowered = lowered.translate(_ARABIC_SAME_LENGTH)
    return lowered if len(lowered) == len(text) else ""


@functools.lru_cache(maxsize=16384)  # a few thousand distinct words, each seen many times
def arabic_stem(word: str) -> str:
    """The folded Arabic ``word`` without its article and possessive ending.

    "السفر" -> "سفر", "جوازي" (my passport) -> "جواز", "بطاقتي" (my card) -> "بطاقه"
    (the ta marbuta, folded to ha, comes back). Light on purpose: both the texts and
    the queries go through it, so a rare wrong cut still matches itself.
    """
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= _MIN_ARABIC_STEM:
            word = word[len(article) :]
            break
    for ending in ARABIC_POSSESSIVES:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_ARABIC_STEM:
            word = word[: -len(ending)]
            return word[:-1] + "\u0647" if word.endswith("\u062a") else word
    return word


def words(text: str) -> list[str]:
    """The words the index and the queries use: folded, Arabic articles set aside."""
    found = _WORD.findall(fold(text))
    if text.isascii():
        return found
    return [arabic_stem(word) if word[0] >= "\u0621" else word for word in found]


def render_marks(text: str, start: str, end: str, escape: bool = False) -> str:
    """Replace the match marks by ``start``/``end`` (HTML-escaping the rest if asked)."""
    if escape:
        import html

        text = html.escape(text, quote=False)
    text = text.replace(f"{MARK_END} {MARK_START}", " ")  # one mark around adjacent words
    return text.replace(MARK_START, start).replace(MARK_END, end)


@dataclass(frozen=True)
class SearchDoc:
    """One thing to find, in one language."""

    kind: str  # "faq" or "checklist"
    ref: str
    title: str
    body: str
    extra: str = ""  # keywords, titles in other languages (not shown)
    fell_back: bool = False  # the text is French because the language is missing
    title_context: str = ""  # counts as part of the title for ranking (e.g. the category)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    ref: str
    title: str  # with match marks
    snippet: str  # with match marks
    score: float
    fell_back: bool
    #: The answer holds every word of the query (or its synonyms, corrections); when no
    #: hit does, the screen says there is no good answer and suggests asking a mediator.
    complete: bool = True

    def plain_title(self) -> str:
        return render_marks(self.title, "", "")


@dataclass(eq=False)
class _Table:
    name: str
    vocabulary: frozenset[str] = frozenset()
    #: term -> how many documents hold it (a correction never trades a word for a rare one).
    doc_counts: dict[str, int] = field(default_factory=dict)
    #: the vocabulary in order, to tell a word still being typed from a typo.
    sorted_vocabulary: tuple[str, ...] = ()
    grams: dict[str, list[str]] = field(default_factory=dict)
    cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: rowid -> the words of the title and their synonyms (for re-ranking).
    title_terms: dict[int, frozenset[str]] = field(default_factory=dict)
    #: rowid -> the words of the title itself (no synonyms, no category).
    title_words: dict[int, frozenset[str]] = field(default_factory=dict)
    #: rowid - 1 -> the document and its title and body folded letter for letter.
    docs: list[tuple[SearchDoc, str, str]] = field(default_factory=list)


def _trigrams(word: str) -> set[str]:
    padded = f"^{word}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (a swap counts once), or ``limit + 1`` if above."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_typos(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 6 else 2


class SearchIndex:
    """An in-memory FTS5 index, one table per content language (added on demand).

    Thread-safe: the index may be built in a worker thread and searched from
    the GUI thread (one connection, one lock).
    """

    def __init__(
        self,
        documents: dict[str, Sequence[SearchDoc]],
        synonyms: Iterable[Sequence[str]] = (),
        stopwords: Iterable[str] = (),
    ) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._groups = [[" ".join(words(expr)) for expr in group] for group in synonyms]
        self._expr_groups: dict[str, list[int]] = {}
        for number, group in enumerate(self._groups):
            for expr in group:
                self._expr_groups.setdefault(expr, []).append(number)
        alternatives = sorted(self._expr_groups, key=len, reverse=True)
        self._expr_pattern = re.compile(
            "(?<= )(?:" + "|".join(re.escape(e) for e in alternatives) + ")(?= )"
            if alternatives
            else "(?!)"
        )
        self._stopwords = frozenset(word for w in stopwords for word in words(w))
        self._tables: dict[str, _Table] = {}
        for lang, docs in documents.items():
            self.add_language(lang, docs)

    def add_language(self, lang: str, docs: Sequence[SearchDoc]) -> None:
        """Index ``lang``'s documents in a table of its own, unless it has one (any thread)."""
        with self._lock:
            if lang not in self._tables:
                self._tables[lang] = self._build(lang, docs)

    # -- building -------------------------------------------------------------------

    def _synonyms_for(self, text: str) -> str:
        """Every expression of every synonym group that ``text`` mentions."""
        return self._synonyms_in(words(text))

    def _synonyms_in(self, tokens: Sequence[str]) -> str:
        """Every expression of every synonym group found in these folded words."""
        haystack = f" {' '.join(tokens)} "
        found: set[int] = set()
        position = 0
        while (match := self._expr_pattern.search(haystack, position)) is not None:
            found.update(self._expr_groups[match.group()])
            position = match.start() + 1  # overlapping expressions count too
        return " ".join(expr for number in sorted(found) for expr in self._groups[number])

    def _build(self, lang: str, docs: Sequence[SearchDoc]) -> _Table:
        if not re.fullmatch(r"[a-z]{2}", lang):
            raise ValueError(f"bad language code {lang!r}")
        name = f"fts_{lang}"
        self._db.execute(
            f"CREATE VIRTUAL TABLE {name} USING fts5("
            "kind UNINDEXED, ref UNINDEXED, fell_back UNINDEXED, title, body, extra, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        rows = []
        for d in docs:  # each text folded once: what FTS indexes, and its synonyms
            title, body, extra = words(d.title), words(d.body), words(d.extra)
            synonyms = self._synonyms_in(title + body + extra)
            rows.append(
                (
                    d.kind,
                    d.ref,
                    int(d.fell_back),
                    " ".join(title),
                    " ".join(body),
                    f"{' '.join(extra)} {synonyms}",
                )
            )
        self._db.executemany(
            f"INSERT INTO {name} (kind, ref, fell_back, title, body, extra) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        title_terms, title_words = {}, {}
        for rowid, doc in enumerate(docs, 1):  # rows are inserted in order from rowid 1
            heading = f"{doc.title} {doc.title_context}"
            title_terms[rowid] = frozenset(words(f"{heading} {self._synonyms_for(heading)}"))
            title_words[rowid] = frozenset(words(doc.title))
        self._db.execute(f"CREATE VIRTUAL TABLE {name}_vocab USING fts5vocab({name}, 'row')")
        doc_counts = {
            term: count for term, count in self._db.execute(f"SELECT term, doc FROM {name}_vocab")
        }
        vocabulary = frozenset(doc_counts)
        grams: dict[str, list[str]] = {}
        for term in vocabulary:
            if len(term) >= 3 and not term.isdigit():
                for gram in _trigrams(term):
                    grams.setdefault(gram, []).append(term)
        shown = [(d, fold_same_length(d.title), fold_same_length(d.body)) for d in docs]
        return _Table(
            name,
            vocabulary,
            doc_counts,
            tuple(sorted(vocabulary)),
            grams,
            title_terms=title_terms,
            title_words=title_words,
            docs=shown,
        )

    # -- querying -------------------------------------------------------------------

    @property
    def languages(self) -> list[str]:
        return list(self._tables)

    def has_language(self, lang: str) -> bool:
        return lang in self._tables

    def corrections(self, lang: str, word: str) -> tuple[str, ...]:
        """Vocabulary words close to ``word`` (itself first when it is known)."""
        return _corrections(self._tables[lang], word)

    def search(self, query: str, lang: str, limit: int = 10) -> list[SearchHit]:
        """Ranked hits for ``query`` in the table of ``lang`` (which must exist)."""
        table = self._tables[lang]
        tokens = words(query)
        meaningful = [t for t in tokens if t not in self._stopwords] or tokens
        if not meaningful:
            return []
        typing_last = not query[-1:].isspace()
        groups: list[tuple[tuple[str, ...], str | None]] = []  # (words, prefix)
        for index, token in enumerate(meaningful):
            is_last = index == len(meaningful) - 1 and meaningful[-1] == tokens[-1]
            prefix = token if is_last and typing_last and len(token) >= 2 else None
            if prefix and token not in table.vocabulary and _completes(table, prefix):
                groups.append(((), prefix))  # a word still being typed, not a typo
            else:
                groups.append((_corrections(table, token), prefix))
        known = [g for g in groups if g[0] or g[1]]
        if not known:
            return []
        expressions = [_expression(g) for g in known]
        pool = max(limit * 4, RERANK_POOL)
        ranked: list[tuple[int, str, float]] = []
        if len(known) == len(groups):  # first the answers holding every word…
            every = " AND ".join(f"({e})" for e in expressions)
            ranked = _rerank(table, self._run(table.name, every, pool), known, limit)
        complete = {row[0] for row in ranked}
        if len(ranked) < limit:  # …then, ranked by relevance, those holding some of them
            shown = {row[0] for row in ranked}
            some = self._run(table.name, " OR ".join(expressions), pool)
            more = [row for row in _rerank(table, some, known, pool) if row[0] not in shown]
            ranked += more[: limit - len(ranked)]
        if not ranked:
            return []
        pattern = _match_pattern(known)
        hits = []
        for rowid, kind, score in ranked:
            doc, folded_title, folded_body = table.docs[rowid - 1]
            hits.append(
                SearchHit(
                    kind,
                    doc.ref,
                    _mark(doc.title, folded_title, pattern),
                    _snippet(doc.body, folded_body, pattern),
                    score,
                    doc.fell_back,
                    rowid in complete,
                )
            )
        return hits

    def _run(self, table: str, expression: str, limit: int) -> list[tuple[Any, ...]]:
        """Best ``limit`` rows by BM25 (rowid, kind, score), without highlighting."""
        sql = (
            f"SELECT rowid, kind, bm25({table}, 0, 0, 0, 10.0, 1.0, 4.0) AS score "
            f"FROM {table} WHERE {table} MATCH ? ORDER BY score LIMIT ?"
        )
        with self._lock:
            return self._db.execute(sql, (expression, limit)).fetchall()

    def clear_cache(self) -> None:
        """Forget the words searched so far: the typo corrections, keyed by each typed
        word, and the Arabic stems of typed words (a session wipe; cold measurements)."""
        for table in self._tables.values():
            table.cache.clear()
        arabic_stem.cache_clear()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _completes(table: _Table, prefix: str) -> bool:
    """Some word of the vocabulary starts with ``prefix``."""
    words_in_order = table.sorted_vocabulary
    at = bisect.bisect_left(words_in_order, prefix)
    return at < len(words_in_order) and words_in_order[at].startswith(prefix)


def _expression(group: tuple[tuple[str, ...], str | None]) -> str:
    alternatives, prefix = group
    terms = [f'"{term}"' for term in alternatives]
    if prefix:
        terms.append(f'"{prefix}" *')
    return " OR ".join(terms)


def _match_pattern(groups: list[tuple[tuple[str, ...], str | None]]) -> re.Pattern[str]:
    """Whole words of the query (as corrected), or words starting with its prefix."""
    terms = sorted({t for alternatives, _ in groups for t in alternatives}, key=len, reverse=True)
    prefixes = sorted({p for _, p in groups if p}, key=len, reverse=True)
    choices = [_arabic_forms(t) if t[0] >= "\u0621" else re.escape(t) for t in terms]
    choices += [f"{re.escape(p)}[{_WORD_CHARS}]*" for p in prefixes]
    return re.compile(f"(?<![{_WORD_CHARS}])(?:{'|'.join(choices)})(?![{_WORD_CHARS}])")


def _arabic_forms(stem: str) -> str:
    """A pattern for the written forms of an Arabic stem: article, possessive ending."""
    articles = "|".join(ARABIC_ARTICLES)
    endings = "|".join(ARABIC_POSSESSIVES)
    body = re.escape(stem)
    if stem.endswith("\u0647"):  # ta marbuta: "بطاقه" is also "بطاقت" + ending
        body = f"(?:{body}|{re.escape(stem[:-1])}\u062a(?:{endings}))"
    return f"(?:{articles})?{body}(?:{endings})?"


def _mark(text: str, folded: str, pattern: re.Pattern[str], start: int = 0, end: int = -1) -> str:
    """``text[start:end]`` with the matched words between marks."""
    end = len(text) if end < 0 else end
    if not folded:
        return text[start:end]
    parts: list[str] = []
    position = start
    for match in pattern.finditer(folded, start, end):
        parts += [text[position : match.start()], MARK_START, text[match.start() : match.end()]]
        parts.append(MARK_END)
        position = match.end()
    parts.append(text[position:end])
    return "".join(parts)


#: Rows taken by raw BM25 before the title and checklist lifts re-rank them. BM25 favours
#: short FAQ answers, so a small pool dropped the checklists the lifts would have put first
#: (the top 3 then differed from the top 3 of a longer list); the pack holds a few hundred
#: documents, so re-ranking them all costs little.
RERANK_POOL = 300

#: Characters of context kept before the first match, and snippet length.
SNIPPET_BEFORE = 60
SNIPPET_LENGTH = 150


def _snippet(text: str, folded: str, pattern: re.Pattern[str]) -> str:
    """A short passage around the first matched word, with "…" where it was cut."""
    first = pattern.search(folded) if folded else None
    start = 0
    if first is not None and first.start() > SNIPPET_BEFORE:
        start = text.find(" ", first.start() - SNIPPET_BEFORE, first.start()) + 1
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    passage = _mark(text, folded, pattern, start, end).strip()
    return ("…" if start > 0 else "") + passage + ("…" if end < len(text) else "")


def _rerank(
    table: _Table,
    rows: list[tuple[Any, ...]],
    groups: list[tuple[tuple[str, ...], str | None]],
    limit: int,
) -> list[tuple[int, str, float]]:
    """BM25, lifted when the query's words (or their synonyms) are in the title, a little
    more when the title says them itself: "سيارة مسروقة" (stolen car) puts "سُرقت سيارتي"
    (my car was stolen) before the registration duplicate, whose category only implies
    the car through a synonym ("وثائق السيارة")."""
    ranked: list[tuple[int, str, float]] = []
    for rowid, kind, bm25 in rows:
        in_title = _title_matches(table.title_terms.get(rowid, frozenset()), groups)
        literal = _title_matches(table.title_words.get(rowid, frozenset()), groups)
        score = -float(bm25) * (1.0 + (2.0 * in_title + 0.5 * literal) / len(groups))
        if kind == "checklist":
            score *= 1.15  # a checklist answers "what do I need" for the whole procedure
        ranked.append((rowid, kind, score))
    ranked.sort(key=lambda row: -row[2])
    return ranked[:limit]


def _title_matches(terms: frozenset[str], groups: list[tuple[tuple[str, ...], str | None]]) -> int:
    """How many of the query's words (as corrected, or as a prefix) are among ``terms``."""
    return sum(
        1
        for alternatives, prefix in groups
        if any(a in terms for a in alternatives)
        or (prefix is not None and any(t.startswith(prefix) for t in terms))
    )


def _corrections(table: _Table, word: str) -> tuple[str, ...]:
    cached = table.cache.get(word)
    if cached is None:
        if len(table.cache) > 4096:
            table.cache.clear()
        cached = table.cache[word] = _find_corrections(table, word)
    return cached


#: A typo's correction is kept only if at least this share as frequent (in documents) as
#: the most frequent correction found: a rare form must not outscore the word meant.
RARE_CORRECTION_SHARE = 0.5


def _find_corrections(table: _Table, word: str) -> tuple[str, ...]:
    """The word itself when known, and the vocabulary words it may be a typo of.

    A rare neighbour matches few documents, so BM25 scores it far above the common word
    meant, and its one document comes first: in Arabic a common word is one letter away
    from its prefixed forms ("بطاقه" card, "وبطاقه" and card) and from other words
    ("بلديه" town hall, "لديه" he has; "توقيع" signature, "توقيف" suspension). So a known
    word is only widened to neighbours at least as frequent as itself (a real word typed for a
    commoner one), and a typo keeps only corrections at least half as frequent as
    its most frequent one.
    """
    known = word in table.vocabulary
    limit = allowed_typos(word)
    if known:
        limit = min(limit, 1) if len(word) >= 5 else 0
    found: list[tuple[int, str]] = [(0, word)] if known else []
    if limit and not word.isdigit():
        counts: Counter[str] = Counter()
        for gram in _trigrams(word):
            counts.update(table.grams.get(gram, ()))
        # "^word$" has len(word) trigrams and one edit breaks at most 3 of them, so a
        # typo within ``limit`` edits shares at least len(word) - 3 * limit (a letter
        # changed inside a 4- or 5-letter word, "رخسة" for "رخصة", shares only 1 or 2).
        # A known word asks one more: only its closest neighbours ("سياره" car, not
        # "سياقه" driving).
        needed = max(1, len(word) - 3 * limit + (1 if known else 0))
        for candidate, shared in counts.most_common(60):
            if shared < needed:
                break
            if candidate != word:
                distance = edit_distance(word, candidate, limit)
                if distance <= limit:
                    found.append((distance, candidate))
    counts_of = table.doc_counts
    if known:
        found = [(d, t) for d, t in found if t == word or counts_of[t] >= counts_of[word]]
    elif found:
        common = max(counts_of[t] for _, t in found)
        found = [(d, t) for d, t in found if counts_of[t] >= common * RARE_CORRECTION_SHARE]
    found.sort()
    return tuple(term for _, term in found[:8])
