"""The search index holds only the languages used: the interface's from the first input
on, another when the interface switches to it (issue 13: each language's table is about
2-3 MiB)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from assist_desk.content.pack import ContentPack
from tests.app_fixtures import StartApplication


def index_languages(pack: ContentPack) -> list[str]:
    index = pack.build_index([])  # builds nothing: the index as it is
    return sorted(index.languages)


def test_a_language_is_indexed_when_first_searched() -> None:
    pack = ContentPack.load()
    pack.build_index(["fr"])
    assert index_languages(pack) == ["fr"]
    hits = pack.search("جواز السفر", "ar", 5)  # "passport"
    assert hits
    assert not all(hit.fell_back for hit in hits)
    assert index_languages(pack) == ["ar", "fr"]


def test_a_language_the_pack_lacks_is_searched_in_french() -> None:
    pack = ContentPack.load()
    hits = pack.search("passeport", "de", 3)
    assert hits
    assert all(hit.fell_back for hit in hits)
    assert index_languages(pack) == ["fr"]


def test_every_language_by_default_as_before() -> None:
    pack = ContentPack.load()
    pack.build_index()
    assert index_languages(pack) == sorted(pack.languages)
    assert pack.index_build_seconds is not None
    assert pack.index_build_seconds > 0


def test_the_application_indexes_its_language_on_the_first_input_then_the_one_chosen(
    qtbot: Any, app_context: StartApplication
) -> None:
    context = app_context("--lang", "fr", wait=True)
    pack = context.features.content.pack
    assert isinstance(pack, ContentPack)
    assert index_languages(pack) == []  # nobody has touched the window yet
    context.window.show()
    qtbot.mouseClick(context.window.centralWidget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: index_languages(pack) == ["fr"], timeout=10000)
    context.switch_language("ar")
    # Built in a worker, without a search asking for it.
    qtbot.waitUntil(lambda: index_languages(pack) == ["ar", "fr"], timeout=10000)
