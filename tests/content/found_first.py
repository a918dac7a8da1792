"""One check for the tables of questions a citizen asks: the expected answer comes first."""

from __future__ import annotations

from assist_desk.content import ContentPack


def assert_found_first(pack: ContentPack, query: str, lang: str, entry: str) -> None:
    """``entry`` is the first of the top 3 for ``query``, in ``lang`` (not a French fallback)."""
    hits = pack.search(query, lang, 3)
    assert hits, query
    assert hits[0].ref == entry, [hit.ref for hit in hits]
    assert not hits[0].fell_back
