"""What a screen reader reads twice or stumbles on, found in an AT-SPI tree (issue 19 m3, m5).

The trees are the probe's (showing nodes only, as Orca reads them). Each rule returns
one line per problem, "role 'name': what is wrong", so a failing test says where.

Read twice (m3), in the same reading mode:
- a node whose description repeats its name;
- a visible sentence (label, heading) found in another node's description: Orca
  says it with the control on focus, and again in flat review and say-all;
- two visible texts with the same words (a step's text and a drawn bar saying it
  again), unless one is the label of the other (Qt's label-for relation).
A group or panel named by the title it holds is not a repeat: its name is said only
when the focus enters it, never in flat review (a fieldset's legend, a dialog's title).

Stray nodes (m5):
- a node that takes the focus or has an action but no name;
- a node that says nothing at all: no name, description, text nor children.
Nameless containers that hold something (Qt's fillers and panels for layouts) are
allowed: Orca passes through them silently. They are counted, for the statement.
"""

from __future__ import annotations

from tests.atspi.nodes import Node, walk

#: Roles whose node is text on the screen, read in flat review and say-all.
TEXT_ROLES = frozenset({"label", "heading", "static", "paragraph", "caption"})
#: Shorter texts are words ("Langue"), which a description may well contain.
SENTENCE = 12
#: Roles of the boxes that group others (nameless ones are silent for a screen reader).
CONTAINER_ROLES = frozenset(
    {"filler", "panel", "layered pane", "split pane", "scroll pane", "viewport", "grouping"}
)


def _labels_each_other(first: Node, second: Node) -> bool:
    def targets(node: Node) -> set[str]:
        return {r.split(":", 1)[1] for r in node["relations"] if r.startswith("LABEL-FOR:")}

    return f"{second['role']}:{second['name']}" in targets(first) or (
        f"{first['role']}:{first['name']}" in targets(second)
    )


def _where(node: Node) -> str:
    return f"{node['role']} {node['name'][:60]!r}"


def read_twice(tree: Node) -> list[str]:
    """The texts a screen reader would say twice (see the module's rules)."""
    nodes = list(walk(tree))
    texts = [node for node in nodes if node["role"] in TEXT_ROLES and node["name"].strip()]
    problems = []
    for node in nodes:
        description = node["description"].strip()
        if description and description == node["name"].strip():
            problems.append(f"{_where(node)}: its description repeats its name")
        if not description:
            continue
        for text in texts:
            words = text["name"].strip()
            sentence = len(words) >= SENTENCE or words == description
            if text is not node and sentence and words in description:
                problems.append(f"{_where(text)} is also the description of {_where(node)}")
    for index, text in enumerate(texts):
        for other in texts[index + 1 :]:
            same = text["name"].strip() == other["name"].strip()
            if same and not _labels_each_other(text, other):
                problems.append(f"{_where(text)} and {_where(other)} say the same words")
    return problems


def stray_nodes(tree: Node) -> list[str]:
    """Nodes a screen reader would stop on and say nothing of (see the module's rules)."""
    problems = []
    for node in walk(tree):
        if node["role"] == "application":
            continue
        named = bool(node["name"].strip())
        stop = "focusable" in node["states"] or node.get("actions")
        if stop and not named:
            problems.append(f"{_where(node)}: takes the focus or acts, without a name")
        says = named or node["description"] or node.get("text") or node.get("children")
        if not says:
            problems.append(f"{_where(node)}: says nothing and holds nothing")
    return problems


def nameless_containers(tree: Node) -> int:
    """How many boxes without a name hold other nodes (silent for a screen reader)."""
    return sum(
        1
        for node in walk(tree)
        if node["role"] in CONTAINER_ROLES and not node["name"].strip() and node.get("children")
    )
