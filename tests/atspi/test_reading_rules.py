"""The rules of tests/atspi/reading.py find what they must, and only that (no bus needed):
trees shaped like the ones the review of issue 19 dumped before the fixes of m3 and m5."""

from __future__ import annotations

from typing import Any

from tests.atspi.reading import nameless_containers, read_twice, stray_nodes


def node(role: str, name: str = "", *children: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "role": role,
        "name": name,
        "description": extra.get("description", ""),
        "states": extra.get("states", []),
        "relations": extra.get("relations", []),
        "attributes": {},
        "actions": extra.get("actions", []),
        "children": list(children),
    }


EXPLAINED = "Pour vos propres démarches. Il vous faut une adresse e-mail."


def test_an_explanation_read_as_a_description_and_as_a_label_is_read_twice() -> None:
    before = node(
        "panel",
        "Pour qui est le compte\u00a0?",
        node("radio button", "Un particulier", description=EXPLAINED, states=["focusable"]),
        node("label", EXPLAINED),
    )
    assert read_twice(before) == [
        f"label {EXPLAINED[:60]!r} is also the description of radio button 'Un particulier'"
    ]
    after = node("panel", "Pour qui est le compte\u00a0?", before["children"][0])
    assert read_twice(after) == []


def test_a_step_said_by_a_text_and_a_bar_is_read_twice_but_a_label_and_its_field_are_not() -> None:
    progress = node("filler", "", node("label", "Étape 1 sur 8"), node("label", "Étape 1 sur 8"))
    assert len(read_twice(progress)) == 1
    labelled = node(
        "filler",
        "",
        node("label", "Conditions générales", relations=["LABEL-FOR:label:Conditions générales"]),
        node("label", "Conditions générales"),
    )
    assert read_twice(labelled) == []


def test_a_description_repeating_the_name_is_read_twice() -> None:
    alert = node("panel", "À vérifier", description="À vérifier")
    assert read_twice(alert) == ["panel 'À vérifier': its description repeats its name"]


def test_a_word_inside_a_sentence_is_not_a_repeat() -> None:
    tree = node(
        "filler",
        "",
        node("label", "Langue"),
        node("combo box", "Français", description="Change la Langue de tous les écrans"),
    )
    assert read_twice(tree) == []


def test_nameless_stops_and_empty_leaves_are_stray_but_nameless_boxes_are_not() -> None:
    tree = node(
        "filler",
        "",
        node("scroll bar", "", actions=["Increase", "Decrease"]),
        node("unknown", ""),
        node("panel", "", node("label", "Une note")),
    )
    assert stray_nodes(tree) == [
        "scroll bar '': takes the focus or acts, without a name",
        "scroll bar '': says nothing and holds nothing",
        "unknown '': says nothing and holds nothing",
    ]
    assert nameless_containers(tree) == 2  # the filler and the panel: they hold something
