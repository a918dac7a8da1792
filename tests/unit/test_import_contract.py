"""The import-linter contracts really fail: Qt outside the Qt layer, an import cycle,
pydantic in the first frame's settings read."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    tool = Path(sys.executable).parent / "lint-imports"
    return subprocess.run(
        [str(tool), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"},
    )


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_contracts_catch_qt_outside_the_qt_layer_and_cycles(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    shutil.copytree(
        ROOT / "assist_desk", copy / "assist_desk", ignore=shutil.ignore_patterns("__pycache__")
    )
    assert lint_imports(copy).returncode == 0
    package = copy / "assist_desk"
    _append(package / "settings.py", "\nimport PySide6.QtCore  # noqa\n")
    # Deny by default: a module nobody listed anywhere may not import Qt either.
    (package / "brand_new.py").write_text("import qasync  # noqa\n", encoding="utf-8")
    # modes <- bootstrap already; bootstrap <- modes closes a cycle.
    _append(package / "modes.py", "\nimport assist_desk.bootstrap  # noqa\n")
    # The first frame's quick settings read may not load pydantic.
    _append(package / "bootstrap.py", "\nimport pydantic  # noqa\n")
    broken = lint_imports(copy)
    assert broken.returncode != 0
    assert "The core never imports Qt or qasync BROKEN" in broken.stdout
    assert "assist_desk.settings -> PySide6" in broken.stdout
    assert "assist_desk.brand_new -> qasync" in broken.stdout
    assert "No import cycles, at any depth of the package BROKEN" in broken.stdout
    assert "settings read stays light (standard library, platformdirs) BROKEN" in broken.stdout
    assert "assist_desk.bootstrap is not allowed to import pydantic" in broken.stdout
