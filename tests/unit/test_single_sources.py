"""Facts written once: the language list lives only in assist_desk/modes.py.

A second copy of the list drifts the day a language is added: a
screen, a script or a check would miss it. This test reads every Python file
of the project and fails on any literal holding all three codes together.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

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
