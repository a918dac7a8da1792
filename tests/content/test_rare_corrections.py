"""Issue 16: a typo correction never trades a word for a rare neighbour that outscores it.

BM25 scores a rare word far above a common one, so when a common Arabic word was widened
to a neighbour one letter away (its prefixed form "وبطاقه", or another word: "لديه" for
"بلديه", "توقيف" for "توقيع"), the neighbour's one document came first.
"""

from __future__ import annotations

import pytest

from assist_desk.content import ContentPack
from assist_desk.content.search import SearchDoc, SearchIndex, render_marks

CARD, AND_CARD, CARDS = "بطاقة", "وبطاقة", "بطاقات"  # "card", "and card", "cards"


def _index() -> SearchIndex:
    """Six answers about the card, one that says "and card" and "cards" once."""
    docs = [SearchDoc("faq", f"card_{n}", f"سؤال {n}", f"{CARD} الهوية رقم {n}") for n in range(6)]
    docs.append(SearchDoc("faq", "rare", "سؤال آخر", f"الصورة {AND_CARD} الإقامة {CARDS}"))
    return SearchIndex({"ar": docs})


def test_a_common_word_is_not_widened_to_its_rare_prefixed_form() -> None:
    index = _index()
    assert index.corrections("ar", "بطاقه") == ("بطاقه",)
    hits = index.search(f"{CARD} ", "ar", 3)
    assert hits[0].ref.startswith("card_"), [hit.ref for hit in hits]
    assert "rare" not in [hit.ref for hit in hits]


def test_a_typo_keeps_only_its_common_corrections() -> None:
    index = _index()
    typo = "بطاقت"  # one letter from "بطاقه" (6 answers) and from "بطاقات" (1 answer)
    assert index.corrections("ar", typo) == ("بطاقه",)
    assert index.search(f"{typo} ", "ar", 1)[0].ref.startswith("card_")


@pytest.mark.parametrize(
    ("word", "not_meant"),
    [
        ("بلديه", "لديه"),  # town hall, not "he has"
        ("توقيع", "توقيف"),  # signature, not suspension
        ("بطاقه", "وبطاقه"),  # card, not "and card"
        ("قياده", "زياده"),  # driving, not "increase"
    ],
)
def test_the_pack_keeps_common_arabic_words_as_typed(
    pack: ContentPack, word: str, not_meant: str
) -> None:
    assert not_meant not in pack.build_index(["ar"]).corrections("ar", word)


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("بلدية", {"faq_sale_code_lost"}),  # "the buyer has (لديه) no code"
        ("توقيع", {"advice_licence_points", "faq_licence_suspended"}),  # suspension
    ],
)
def test_arabic_words_find_what_they_mean(pack: ContentPack, query: str, wrong: set[str]) -> None:
    refs = [hit.ref for hit in pack.search(query, "ar", 3)]
    assert len(refs) == 3
    assert not wrong & set(refs), refs


def test_an_arabic_typo_of_card_finds_the_identity_card(pack: ContentPack) -> None:
    refs = [hit.ref for hit in pack.search("بطاقت", "ar", 3)]
    assert all(ref.startswith("id_") for ref in refs), refs  # was faq_scan_documents first


def test_a_word_still_being_typed_is_completed_not_corrected(pack: ContentPack) -> None:
    hits = pack.search("passep", "fr", 3)
    assert all(hit.ref.startswith("pp_") for hit in hits), [hit.ref for hit in hits]
    for hit in hits:  # "casse" (damaged) and "passe" (password) gave dl_renewal, id_damaged
        marked = render_marks(hit.title, "[", "]")
        assert "[Passeport]" in marked, marked
