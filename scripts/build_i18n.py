"""Qt Linguist catalogues: ``update`` (.py/.ui -> .ts) and ``compile`` (.ts -> .qm).

python scripts/build_i18n.py update    # after changing user-visible strings
python scripts/build_i18n.py compile   # run by `make run`, `make test` and packaging
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project's language list (stdlib only), from this source tree even before it is installed.
sys.path.insert(0, str(ROOT))
from assist_desk.modes import LANGUAGES  # noqa: E402


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project's dependencies first")
    return found


def sources() -> list[str]:
    files = sorted(ROOT.glob("assist_desk/**/*.py")) + sorted(ROOT.glob("ui/**/*.ui"))
    return [str(p.relative_to(ROOT)) for p in files if "/forms/" not in str(p)]


def ts_files() -> list[Path]:
    return [ROOT / "i18n" / f"assist_desk_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    for ts in ts_files():
        lang = ts.stem.rsplit("_", 1)[1]
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def compile_all() -> None:
    for ts in ts_files():
        if not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "compile"
    {"update": update, "compile": compile_all}[command]()
