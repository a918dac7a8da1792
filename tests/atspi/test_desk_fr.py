"""The French desk read through AT-SPI as Orca reads it: home, FAQ, checklists, places.

Each test names the finding of issue 19 it covers (B1, M1…, m1…).
"""

from __future__ import annotations

import re
import time

from tests.atspi.desktop import RunningApp
from tests.atspi.nodes import dump, find, find_all, pruned

HOME = "Que souhaitez-vous faire\u00a0?"
COUNT = re.compile(r"^[0-9]+ questions$")
TILES = {
    "Nouvelle demande",
    "Créer un compte ANTS",
    "Questions et réponses",
    "Documents à apporter",
    "Lieux d'aide et mairies",
}


def go_home(app: RunningApp) -> None:
    """A fresh session on the home screen (a test may have left the app anywhere, with
    a search typed): "End session" wipes it all, as for the next person."""
    app.activate()
    app.act("push button", "Terminer la session")
    app.wait_until(lambda: find_all(app.tree(), "heading", HOME), "the home screen")
    app.settle()


def open_tile(app: RunningApp, tile: str, heading: str) -> list[dict[str, object]]:
    """Press a home tile; returns the events until the screen's first control is focused."""
    go_home(app)
    app.act("push button", tile)
    app.wait_until(lambda: find_all(app.tree(), "heading", heading), heading)
    time.sleep(0.5)
    return app.events()


def test_home_screen_tree(desk_fr: RunningApp) -> None:
    """M1: the title is a heading; the tiles are named, described buttons; labels tied."""
    go_home(desk_fr)
    tree = pruned(desk_fr.tree())
    print(dump(tree))
    frame = find(tree, "frame")
    assert frame["name"] == "Accueil — assist_desk"
    assert find(tree, "heading", HOME)
    tiles = {node["name"]: node for node in find_all(tree, "push button") if node["name"] in TILES}
    assert set(tiles) == TILES
    assert all(tile["description"] and "focusable" in tile["states"] for tile in tiles.values())
    language = find(tree, "combo box", "Français")
    assert "LABELLED-BY:label:Langue" in language["relations"]
    # No nameless control a screen reader would stop on (m5).
    nameless = [
        node
        for node in find_all(tree)
        if "focusable" in node["states"] and not node["name"] and node["role"] != "application"
    ]
    assert nameless == []


def test_a_new_screen_takes_the_focus_without_a_detour(desk_fr: RunningApp) -> None:
    """m1: from home to the FAQ, the only focus move is to the search box (not the
    language box first, which Orca used to say at each screen and step)."""
    events = open_tile(desk_fr, "Questions et réponses", "Questions et réponses")
    assert desk_fr.focus_moves(events) == [
        "text:Rechercher dans les questions et les listes de documents"
    ]


def test_faq_questions_are_a_list_grouped_by_theme(desk_fr: RunningApp) -> None:
    """B1 and issue 14's O-1: one list item per question, under its theme's name."""
    open_tile(desk_fr, "Questions et réponses", "Questions et réponses")
    tree = pruned(desk_fr.tree())
    print(dump(tree, limit=60)[:6000])
    results = find(tree, "list", "Résultats")
    items = results["children"]
    assert [item["role"] for item in items] == ["list item"] * len(items)
    themes = [item for item in items if "selectable" not in item["states"]]
    questions = [item for item in items if "selectable" in item["states"]]
    # Qt exports the rows on screen: the frequent questions' title, then those questions
    # (the pack's curated list, top_questions.toml), then the first theme's name (how many
    # depends on the type size: 8 at the 24-px desktop type on a 1280 x 800 window).
    assert themes[0]["name"] == "Questions fréquentes" == items[0]["name"]
    assert "focusable" not in themes[0]["states"]  # read, never a stop of its own
    assert len(questions) >= 5
    assert questions[0]["name"] == "J'ai oublié mon mot de passe ANTS."
    assert questions[0]["description"] == "Questions fréquentes"
    # The count, whatever the pack holds ("90 questions"): not a number fixed here.
    assert [node for node in find_all(tree, "label") if COUNT.match(node["name"])]


def _spaces(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_faq_arrows_say_each_question_and_enter_reads_the_answer(desk_fr: RunningApp) -> None:
    """B1: Tab to the list, Down, Enter: each question is a focus event (spoken), and
    the answer gets the focus and is announced."""
    open_tile(desk_fr, "Questions et réponses", "Questions et réponses")
    desk_fr.key("Tab", "Tab")  # the search box → the topic → the list
    events = desk_fr.wait_for_event(lambda e: e["type"] == "focus:" and e["role"] == "list", "list")
    assert "list item:J'ai oublié mon mot de passe ANTS." in desk_fr.focus_moves(events)
    desk_fr.key("Down")
    question = "FranceConnect ne marche pas : que vérifier ?"
    # (French content has no-break spaces before ":" and "?": spoken as spaces)
    desk_fr.wait_for_event(
        lambda e: e["type"] == "focus:" and _spaces(e["name"]) == question,
        "focus on the 2nd question",
    )
    desk_fr.key("Return")
    events = desk_fr.wait_for_event(
        lambda e: e["type"] == "object:announcement", "the answer announced"
    )
    assert "label:Réponse" in desk_fr.focus_moves(events)
    spoken = _spaces(events[-1]["text"])
    assert spoken.startswith(question)
    assert "impots.gouv.fr" in spoken
    # Its related questions are a list too (no silent links inside the answer).
    tree = desk_fr.tree()
    related = find(tree, "list", "Voir aussi")
    assert related["children"]
    assert related["children"][0]["role"] == "list item"


def test_faq_result_count_is_announced(desk_fr: RunningApp) -> None:
    """M2: the count of results is spoken while the person types (politely)."""
    open_tile(desk_fr, "Questions et réponses", "Questions et réponses")
    desk_fr.type("passeport")
    events = desk_fr.wait_for_event(
        lambda e: e["type"] == "object:announcement" and "résultat" in str(e["text"]),
        "the count announced",
    )
    assert events[-1]["detail1"] == 1  # polite: it does not cut the typed letters' echo
    assert events[-1]["text"].endswith("résultats")


def test_checklists_tree_and_the_list_read_line_by_line(desk_fr: RunningApp) -> None:
    """m7: procedures are not "expanded"; B1: Enter on one moves the focus to its
    checklist, whose title and summary are announced; the arrows then move a caret
    through it (Orca reads each line)."""
    open_tile(desk_fr, "Documents à apporter", "Documents à apporter")
    tree = pruned(desk_fr.tree())
    procedures = find(tree, "tree", "Démarches")["children"]
    categories = [row for row in procedures if "selectable" not in row["states"]]
    leaves = [row for row in procedures if "selectable" in row["states"]]
    assert all("expanded" in row["states"] for row in categories)
    assert leaves
    assert not [row["name"] for row in leaves if "expanded" in row["states"]]
    # m5: no empty status line left in the tree.
    assert [node for node in find_all(tree, "label") if not node["name"]] == []
    desk_fr.key("Down", "Down")
    desk_fr.settle(0.3)
    chosen = desk_fr.focused()
    assert chosen is not None
    assert chosen["role"] == "table cell"
    desk_fr.key("Return")
    events = desk_fr.wait_for_event(lambda e: e["type"] == "object:announcement", "announced")
    assert "label:Liste de documents" in desk_fr.focus_moves(events)
    assert events[-1]["text"].startswith(chosen["name"] + ". ")
    desk_fr.key("Down")
    desk_fr.wait_for_event(
        lambda e: e["type"] == "object:text-caret-moved" and e["name"] == "Liste de documents",
        "the caret moved in the checklist",
    )


def test_place_details_can_be_read(desk_fr: RunningApp) -> None:
    """B1: the details of the chosen place take the focus and have a caret."""
    open_tile(desk_fr, "Lieux d'aide et mairies", "Lieux d'aide et mairies")
    tree = pruned(desk_fr.tree())
    details = find(tree, "label", "Détails du lieu choisi")
    assert "focusable" in details["states"]
    # m6: the field's spoken name begins with its visible label (label in name).
    field = find(tree, "text", "Commune ou code postal")
    assert "LABELLED-BY:label:Commune ou code postal\u00a0:" in field["relations"]
    # O-2: identity card and passport lead to the official appointment site, a named
    # button and a named QR code (a workstation opens it in a browser).
    assert find(tree, "push button", "Ouvrir le site de rendez-vous")
    assert find(tree, None, "QR code du site officiel de rendez-vous")


def test_a_place_search_says_its_outcome(desk_fr: RunningApp) -> None:
    """M2 on the places screen: the focus stays in the field, so the outcome of a
    search is announced (it used to arrive unheard)."""
    open_tile(desk_fr, "Lieux d'aide et mairies", "Lieux d'aide et mairies")
    desk_fr.act("text", "Commune ou code postal", "SetFocus")
    desk_fr.type("zzqqxx")
    desk_fr.settle(0.3)
    desk_fr.key("Return")
    events = desk_fr.wait_for_event(
        lambda e: e["type"] == "object:announcement" and "Aucun" in str(e["text"]),
        "not found",
    )
    assert events[-1]["text"].startswith("Aucun résultat pour cette recherche")
    desk_fr.key("ctrl+a", "BackSpace")
    desk_fr.type("75011")
    desk_fr.settle(0.5)
    desk_fr.key("Return")
    events = desk_fr.wait_for_event(
        lambda e: e["type"] == "object:announcement" and "75011" in str(e["text"]), "found"
    )
    assert events[-1]["text"].startswith("Lieux proches de")
