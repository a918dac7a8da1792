"""Reading the AT-SPI trees the probe returns (plain dicts): find nodes, print them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Node = dict[str, Any]


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node.get("children", []):
        yield from walk(child)


def find_all(tree: Node, role: str | None = None, name: str | None = None) -> list[Node]:
    return [
        node
        for node in walk(tree)
        if (role is None or node["role"] == role) and (name is None or node["name"] == name)
    ]


def find(tree: Node, role: str | None = None, name: str | None = None) -> Node:
    """The one node with this role and name (the test fails on none or several)."""
    found = find_all(tree, role, name)
    assert len(found) == 1, f"{len(found)} nodes [{role}] {name!r} in:\n{dump(tree)}"
    return found[0]


def dump(tree: Node, depth: int = 0, limit: int = 90) -> str:
    """The tree as a screen reader user meets it: role, name, description, states, relations."""
    quiet = {"enabled", "sensitive", "showing", "visible", "read-only", "opaque"}
    node = tree
    line = f"{'  ' * depth}[{node['role']}] {node['name'][:limit]!r}"
    if node["description"]:
        line += f" desc={node['description'][:limit]!r}"
    loud = [state for state in node["states"] if state not in quiet]
    if loud:
        line += " {" + ",".join(loud) + "}"
    if node["relations"]:
        line += " " + " ".join(relation[:60] for relation in node["relations"])
    if node["attributes"]:
        line += f" {node['attributes']}"
    lines = [line]
    for child in node.get("children", []):
        lines.append(dump(child, depth + 1, limit))
    return "\n".join(lines)


def pruned(tree: Node) -> Node:
    """The tree without nameless containers (fillers, panels…): a screen reader skips
    them too; their children take their place."""
    children: list[Node] = []
    for child in tree.get("children", []):
        kept = pruned(child)
        if child["role"] in ("filler", "panel", "layered pane", "scroll pane", "viewport") and not (
            child["name"] or child["description"]
        ):
            children.extend(kept.get("children", []))
        else:
            children.append(kept)
    return {**tree, "children": children}
