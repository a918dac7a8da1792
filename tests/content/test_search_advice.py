"""Search finds the triage advice and shows it; colloquial queries rank partial matches."""

from __future__ import annotations

from typing import Any

from assist_desk.content import ContentPack
from assist_desk.views.faq import TARGET_ROLE, FaqScreen
from tests.content.test_views import make_env


def test_triage_advice_is_searchable(pack: ContentPack) -> None:
    assert "advice_licence_points" in [hit.ref for hit in pack.search("permis suspendu", "fr", 3)]
    assert "advice_licence_points" in [hit.ref for hit in pack.search("توقيف الرخصة", "ar", 3)]
    assert "advice_licence_points" in [hit.ref for hit in pack.search("permis à points", "fr", 2)]
    hit = pack.search("véhicule neuf concessionnaire", "fr", 3)[0]
    assert (hit.kind, hit.ref) == ("advice", "advice_vr_dealer")


def test_a_query_missing_one_word_still_ranks_by_relevance(pack: ContentPack) -> None:
    # Only three answers hold every word: they come first, then the answers holding
    # some of the words, by relevance, instead of stopping at three.
    hits = pack.search("carte identité expirée 15 ans", "fr", 5)
    assert hits[0].ref == "faq_id_validity"
    assert len(hits) == 5


def test_the_answer_pane_shows_an_advice(qtbot: Any, pack: ContentPack) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.search_box.setText("permis suspendu")
    screen.run_search()
    items = [screen.results.item(i) for i in range(screen.results.count())]
    advice = [
        item for item in items if item.data(TARGET_ROLE) == ("advice", "advice_licence_points")
    ]
    assert len(advice) == 1
    assert " — checklist" not in items[0].text().splitlines()[0]
    screen.results.itemActivated.emit(advice[0])
    text = screen.answer.toPlainText()
    assert text.startswith("Points et suspensions")
    assert "Mes points permis" in text
    assert "Checked on 6 December 2026" in text
    assert "To recheck" in text  # the service's current name is not confirmed


def test_a_weak_match_says_there_is_no_good_answer(qtbot: Any, pack: ContentPack) -> None:
    assert all(not hit.complete for hit in pack.search("recette de cuisine marocaine", "fr", 5))
    assert all(hit.complete for hit in pack.search("passeport perdu", "fr", 3))
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.search_box.setText("recette de cuisine marocaine")
    screen.run_search()
    assert screen._hits  # the closest answers stay listed…
    assert screen.status.text().startswith("No good answer found")  # …but not as the answer
    screen.search_box.setText("passeport perdu")
    screen.run_search()
    assert "result" in screen.status.text()
