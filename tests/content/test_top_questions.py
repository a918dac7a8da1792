"""O-1: "Questions & answers" shows the pack's frequent questions first, then the themes.

The list is curated in ``top_questions.toml`` (no usage figures exist): each entry
says why it is there, ids must be FAQ entries, at most six, none twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk.content import ContentError, ContentPack
from assist_desk.content.top_questions import FILE_NAME, MOST
from assist_desk.views.faq import FaqScreen
from tests.content.test_views import list_targets, make_env


def test_the_bundled_pack_lists_six_frequent_questions_with_their_reasons(
    pack: ContentPack,
) -> None:
    import tomllib

    from assist_desk.content.loading import default_directory

    raw = tomllib.loads((default_directory() / FILE_NAME).read_text(encoding="utf-8"))
    assert raw["source"]  # where the choice comes from, said in the file
    assert all(question["reason"].strip() for question in raw["questions"])
    views = pack.top_questions("fr")
    assert [view.id for view in views] == [q["id"] for q in raw["questions"]]
    assert len(views) == MOST
    # Spread over the themes a citizen meets: account, vehicle, licence, identity.
    assert {"accounts", "vehicle", "licence", "identity"} <= {view.topic for view in views}


def _write(content: Path, text: str) -> None:
    (content / FILE_NAME).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            'source = "s"\n[[questions]]\nid = "faq_nowhere"\nreason = "r"\n',
            "no FAQ entry with the id faq_nowhere",
        ),
        (
            'source = "s"\n' + '[[questions]]\nid = "faq_password_forgotten"\nreason = "r"\n' * 2,
            "listed more than once: faq_password_forgotten",
        ),
        (
            'source = "s"\n'
            + "".join(
                f'[[questions]]\nid = "{qid}"\nreason = "r"\n'
                for qid in (
                    "faq_account_why",
                    "faq_profiles",
                    "faq_password_forgotten",
                    "faq_fc_what",
                    "faq_fc_fails",
                    "faq_vr_cost",
                    "faq_vr_deadline",
                )
            ),
            "questions: List should have at most 6 items",
        ),
        ('[[questions]]\nid = "faq_fc_fails"\nreason = "r"\n', "source: Field required"),
        ('source = "s"\n[[questions]]\nid = "faq_fc_fails"\n', "reason: Field required"),
    ],
)
def test_a_broken_list_is_refused_with_a_precise_line(
    content_copy: Path, text: str, problem: str
) -> None:
    _write(content_copy, text)
    with pytest.raises(ContentError) as raised:
        ContentPack.load(content_copy)
    assert any(problem in line for line in raised.value.lines), raised.value.lines
    assert all(line.startswith(FILE_NAME) for line in raised.value.lines)


def test_a_pack_without_the_file_has_no_frequent_questions(content_copy: Path) -> None:
    (content_copy / FILE_NAME).unlink()
    assert ContentPack.load(content_copy).top_questions("fr") == []


def _rows(screen: FaqScreen) -> list[tuple[str, tuple[str, str] | None]]:
    items = [screen.results.item(i) for i in range(screen.results.count())]
    return [(item.text(), item.data(Qt.ItemDataRole.UserRole)) for item in items]


def test_the_faq_opens_on_the_frequent_questions_then_the_themes(
    qtbot: Any, pack: ContentPack
) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
    frequent = pack.top_questions("fr")
    rows = _rows(screen)
    assert rows[0] == ("Frequent questions", None)  # a title, never a stop
    assert screen.results.item(0).flags() == Qt.ItemFlag.NoItemFlags
    assert rows[1 : 1 + len(frequent)] == [(v.question, ("faq", v.id)) for v in frequent]
    item = screen.results.item(1)
    assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Frequent questions"
    # Then the first theme and its questions; the frequent ones stay in their themes.
    first_topic = pack.faq_topics("fr")[0][1]
    assert rows[1 + len(frequent)] == (first_topic, None)
    all_targets = list_targets(screen.results)
    for view in frequent:
        assert all_targets.count(("faq", view.id)) == 2
    # The count is of questions, not rows: each question once.
    assert screen.status.text() == f"{len(pack.faq_entries('fr'))} question(s)"


def test_a_topic_or_a_search_shows_no_frequent_block(qtbot: Any, pack: ContentPack) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.topic_box.count() > 1)
    screen.topic_box.setCurrentIndex(screen.topic_box.findData("vehicle"))
    screen.topic_box.activated.emit(screen.topic_box.currentIndex())
    texts = [text for text, _target in _rows(screen)]
    assert "Frequent questions" not in texts
    assert len(texts) == len(pack.faq_entries("fr", "vehicle"))
    screen.topic_box.setCurrentIndex(0)
    screen.search_box.setText("mot de passe")
    screen.run_search()
    assert "Frequent questions" not in [text for text, _target in _rows(screen)]


def test_the_answer_pane_says_what_to_do_until_a_question_is_opened(
    qtbot: Any, pack: ContentPack
) -> None:
    """O-1's empty state: a hint, not a blank pane; gone once an answer is shown, back
    after the session is wiped."""
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.results.count() > 1)
    assert screen.empty_hint.isVisible()
    assert "Choose a question" in screen.empty_hint.text()
    assert not screen.answer.isVisible()
    assert screen.empty_hint.width() > 200  # a readable column, not squeezed to nothing
    screen.results.itemActivated.emit(screen.results.item(1))
    assert not screen.empty_hint.isVisible()
    assert screen.answer.isVisible()
    assert screen.answer.toPlainText().startswith(pack.top_questions("fr")[0].question)
    screen.clear_citizen_data()
    assert screen.empty_hint.isVisible()
    assert not screen.answer.isVisible()
