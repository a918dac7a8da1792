"""The package's import graph has no cycle (type-only and function-local imports count).

A cycle means two modules cannot be read, tested or moved one without the other;
the composition root (``app``) is above every feature, and features above the
shared context (``context``), so that going from ``app.py`` to any feature is one
import, and no feature reaches back up.
"""

from __future__ import annotations

import sys

import grimp
import pytest


def cycles(graph: grimp.ImportGraph) -> list[frozenset[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    imports = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in imports[module]:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    for module in sorted(imports):
        if module not in index:
            visit(module)
    return found


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("assist_desk", include_external_packages=False)


def test_no_import_cycle(graph: grimp.ImportGraph) -> None:
    assert [sorted(cycle) for cycle in cycles(graph)] == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = grimp.build_graph("assist_desk", include_external_packages=False)
    graph.add_import(importer="assist_desk.context", imported="assist_desk.app")
    assert any({"assist_desk.app", "assist_desk.context"} <= cycle for cycle in cycles(graph))


def test_the_composition_root_imports_every_feature(graph: grimp.ImportGraph) -> None:
    """One hop from app.py to each feature, by import (no name registry in between)."""
    features = {m for m in graph.modules if m.startswith("assist_desk.features.")}
    assert features, "no feature modules found"
    assert features <= graph.find_modules_directly_imported_by("assist_desk.app")
    for feature in features:
        assert "assist_desk.app" not in graph.find_upstream_modules(feature)
