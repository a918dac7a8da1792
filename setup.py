"""Build hook: the translations are compiled whenever the package is built.

setuptools reads everything else from pyproject.toml. This file only extends
``build_py`` so that every install has its catalogues:

- a wheel (``pip install .``) gets ``resources/``, ``ui/`` and the compiled
  ``i18n/*.qm`` inside the package, as ``assist_desk/_bundled/`` (found by
  ``assist_desk.paths.project_root``);
- an editable install (``pip install -e .``) compiles the ``.qm`` files beside
  their ``.ts`` sources, in the source tree it runs from.

lrelease comes with PySide6, which is therefore a build requirement.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
BUNDLED = ("resources", "ui", "i18n")


class BuildWithCatalogues(build_py):  # type: ignore[misc]
    def run(self) -> None:
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_i18n.py"), "compile"], check=True
        )
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "assist_desk" / "_bundled"
        for name in BUNDLED:
            shutil.copytree(
                ROOT / name,
                target / name,
                dirs_exist_ok=True,
                ignore=shutil.ignore_patterns("*.ts", "pending", "__pycache__"),
            )


setup(cmdclass={"build_py": BuildWithCatalogues})
