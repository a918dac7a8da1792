"""Facts written once: the language list (assist_desk/modes.py), the home tiles
(views/features.TILES), the euro formatter, the bidi isolate, QT_TRANSLATE_NOOP, QR codes.

A second copy drifts the day the fact changes: a language added, a tile moved, a
fee written "86,00 €" on one screen and "86 €" on another. These tests read every
Python file of the project and fail on any other copy; each pattern is shown to
match the copy it replaced.
"""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest

from assist_desk.modes import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
HOME = ROOT / "assist_desk" / "modes.py"
FOLDERS = ("assist_desk", "scripts", "bench", "tests")


def _copy_pattern() -> re.Pattern[str]:
    """The three codes as consecutive string literals, in any order ('fr', "ar", 'en' …)."""
    quoted = [rf"""["']{code}["']""" for code in LANGUAGES]
    orders = ("\\s*,\\s*".join(order) for order in itertools.permutations(quoted))
    return re.compile("|".join(f"(?:{order})" for order in orders))


COPY = _copy_pattern()


def _python_files() -> list[Path]:
    files = [ROOT / "setup.py"]
    for folder in FOLDERS:
        files += sorted((ROOT / folder).rglob("*.py"))
    this_test = Path(__file__).resolve()  # it writes copies on purpose, as examples
    return [path for path in files if ".venv" not in path.parts and path != this_test]


def test_the_pattern_finds_a_copy() -> None:
    assert COPY.search('Language = Literal["fr", "en", "ar"]')
    assert COPY.search("for lang in ('ar', 'fr', 'en'):")
    assert COPY.search('choices=["fr",\n    "en", "ar"]')
    assert not COPY.search('parametrize("lang", ["fr", "ar"])')  # a subset is a choice


def test_the_language_list_is_written_once() -> None:
    copies = []
    for path in _python_files():
        text = path.read_text(encoding="utf-8")
        for match in COPY.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            copies.append(f"{path.relative_to(ROOT)}:{line}")
    home = HOME.relative_to(ROOT)
    assert [c for c in copies if not c.startswith(f"{home}:")] == []
    assert len(copies) == 1, f"the list itself is expected in {home}: {copies}"


#: Other facts with one home in the package: (what, pattern, the only file allowed).
ONE_HOME = [
    # a string literal that ends with the sign: " €", "…\u00a0€", f"{…}€"
    ("euro formatting", r"€[\"']", "assist_desk/i18n.py"),
    ("bidi isolate marks", r"\\u206[6-9]|[\u2066-\u2069]", "assist_desk/bidi.py"),
    ("QT_TRANSLATE_NOOP", r"def QT_TRANSLATE_NOOP\b", "assist_desk/i18n.py"),
    ("QR code drawing", r"segno\.make\(", "assist_desk/views/widgets/qr.py"),
]


@pytest.mark.parametrize(("what", "pattern", "home"), ONE_HOME, ids=[row[0] for row in ONE_HOME])
def test_one_home_in_the_package(what: str, pattern: str, home: str) -> None:
    found = re.compile(pattern)
    files = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "assist_desk").rglob("*.py")
        if found.search(path.read_text(encoding="utf-8"))
    }
    assert files == {home}, f"{what}: written outside {home}"


def test_the_one_home_patterns_find_the_old_copies() -> None:
    """Each pattern matches the copy it replaced (so the test above can fail)."""
    olds = [
        'shown = f"{amount:.2f}".replace(".", ",") + " €"',
        "return f\"{text.removesuffix(',00')}\\u00a0€\"",
        'return f"\\u2066{text}\\u2069"',
        "def QT_TRANSLATE_NOOP(context: str, text: str) -> str:",
        'segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2)',
    ]
    patterns = [ONE_HOME[0][1], *(pattern for _, pattern, _ in ONE_HOME)]
    for pattern, old in zip(patterns, olds, strict=True):
        assert re.search(pattern, old), old


def _tile_id_lists(source: str) -> list[int]:
    """Lines of literals (tuple, list, set, dict keys) naming three home tiles or more, and
    of ``Feature(id, order, factory)`` calls carrying their own order number."""
    from assist_desk.views.features import TILE_IDS

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            items: list[ast.expr | None] = list(node.elts)
        elif isinstance(node, ast.Dict):
            items = list(node.keys)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Feature":
            items = []
            if len(node.args) == 3:
                lines.append(node.lineno)
        else:
            continue
        named = {i.value for i in items if isinstance(i, ast.Constant) and i.value in TILE_IDS}
        if len(named) >= 3:
            lines.append(node.lineno)
    return lines


def test_the_home_tiles_are_declared_once() -> None:
    """Ids, order and texts of the home tiles: only views/features.TILES, nowhere else."""
    home = ROOT / "assist_desk" / "views" / "features.py"
    assert "TILES: tuple[Tile, ...] = (" in home.read_text(encoding="utf-8")
    copies = [
        f"{path.relative_to(ROOT)}:{line}"
        for folder in ("assist_desk", "scripts", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line in _tile_id_lists(path.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_the_tile_scan_finds_the_old_copies() -> None:
    """The copies that TILES replaced (app.HOME_TILES, TILE_ORDER, installers' numbers)."""
    assert _tile_id_lists('HOME_TILES = ("new_request", "account", "faq", "checklists")')
    assert _tile_id_lists('TILE_ORDER = {"new_request": 10, "account": 20, "places": 50}')
    assert _tile_id_lists('window.add_feature(Feature("faq", 30, faq))')
    assert not _tile_id_lists('window.add_feature(Feature("faq", faq))')
    assert not _tile_id_lists('SECTIONS = ("faq", "checklists")')  # two content sections
