"""Only the Qt layer reaches Qt, even through another module.

The import-linter contract "The core never imports Qt or qasync" denies Qt to the
whole package but its exceptions (the Qt layer) hide what lies behind them: a core
module importing ``assist_desk.views`` would load Qt without importing it. This
test follows every chain of imports (function-level imports too: they load Qt
just as well, only later) from each module outside the Qt layer.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "qasync", "shiboken6")

#: The Qt layer: the modules and packages allowed to load Qt.
QT_LAYER = (
    "assist_desk.app",
    "assist_desk.context",
    "assist_desk.event_loop",
    "assist_desk.gui_gc",
    "assist_desk.app_filters",
    "assist_desk.i18n",
    "assist_desk.theme",
    "assist_desk.fonts",
    "assist_desk.tour",
    "assist_desk.tours",
    "assist_desk.controllers",
    "assist_desk.devtools",
    "assist_desk.views",
    "assist_desk.features",
    "assist_desk.session",
)
#: Entry points (these modules exactly): they start the window or the tour, so they
#: reach the Qt layer (lazily, once the command line has chosen the GUI or the tour).
ENTRY_POINTS = (
    "assist_desk.__main__",
    "assist_desk.cli",
    "assist_desk.commands",
    "assist_desk.commands.tour",
)
#: Known leaks, each to be closed (then deleted here: a stale entry fails the test).
#: Empty since the settings overrides moved out of cli (commands.places no longer reaches it).
KNOWN_LEAKS: dict[str, str] = {}


def _inside(module: str, rooms: tuple[str, ...]) -> bool:
    return any(module == room or module.startswith(room + ".") for room in rooms)


def test_no_module_outside_the_qt_layer_reaches_qt() -> None:
    graph = grimp.build_graph("assist_desk", include_external_packages=True)
    core = sorted(
        module
        for module in graph.modules
        if module.startswith("assist_desk")
        and not _inside(module, QT_LAYER)
        and module not in ENTRY_POINTS
    )
    assert "assist_desk.settings" in core
    assert "assist_desk.bootstrap" in core
    chains = {
        (module, qt): chain
        for module in core
        for qt in QT
        if (chain := graph.find_shortest_chain(importer=module, imported=qt)) is not None
    }
    known = {key for key, chain in chains.items() if KNOWN_LEAKS.get(key[0]) == chain[1]}
    assert [" -> ".join(chain) for key, chain in chains.items() if key not in known] == []
    assert {module for module, _ in known} == set(KNOWN_LEAKS), "a known leak is closed"


def test_the_contract_exempts_only_the_qt_layer() -> None:
    """The contract's exceptions (direct Qt imports) all lie inside QT_LAYER above."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c for c in config["tool"]["importlinter"]["contracts"] if c.get("id") == "qt-layer"
    ]
    importers = [rule.split(" -> ")[0].removesuffix(".**") for rule in contract["ignore_imports"]]
    assert importers
    assert [module for module in importers if not _inside(module, QT_LAYER)] == []
