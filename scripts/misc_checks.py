"""House rules that linters do not know (see ../shared/reference/house-style.md §35)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RULES: list[tuple[str, re.Pattern[str], str, tuple[str, ...]]] = [
    (
        "setStyleSheet outside theme.py",
        re.compile(r"\.setStyleSheet\("),
        "assist_desk/**/*.py",
        ("assist_desk/theme.py",),
    ),
    (
        "time.sleep in views, controllers or tests",
        re.compile(r"\btime\.sleep\("),
        "{assist_desk/views,assist_desk/controllers,tests/gui}/**/*.py",
        (),
    ),
    (
        "modal exec() in views or controllers (use open())",
        re.compile(r"\.exec\(\)"),
        "{assist_desk/views,assist_desk/controllers}/**/*.py",
        (),
    ),
    (
        "print() in the Qt layer",
        re.compile(r"^\s*print\("),
        "{assist_desk/views,assist_desk/controllers}/**/*.py",
        (),
    ),
]


def _expand(pattern: str) -> list[Path]:
    if pattern.startswith("{"):
        heads, tail = pattern[1:].split("}", 1)
        return [p for head in heads.split(",") for p in ROOT.glob(head + tail)]
    return list(ROOT.glob(pattern))


def main() -> int:
    failures = []
    for name, regex, pattern, allowed in RULES:
        for path in _expand(pattern):
            rel = str(path.relative_to(ROOT))
            if rel in allowed or "/forms/" in rel:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if regex.search(line):
                    failures.append(f"{rel}:{number}: {name}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
