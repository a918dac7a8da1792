"""The import-linter contract really fails when the core imports Qt."""

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


def test_contract_catches_qt_in_the_core(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(ROOT / "pyproject.toml", copy)
    shutil.copytree(
        ROOT / "assist_desk", copy / "assist_desk", ignore=shutil.ignore_patterns("__pycache__")
    )
    assert lint_imports(copy).returncode == 0
    (copy / "assist_desk" / "settings.py").write_text(
        (copy / "assist_desk" / "settings.py").read_text() + "\nimport PySide6.QtCore  # noqa\n"
    )
    broken = lint_imports(copy)
    assert broken.returncode != 0
    assert "The core never imports Qt or qasync" in broken.stdout
    assert "BROKEN" in broken.stdout
