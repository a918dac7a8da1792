"""Every install has its translations: built into the wheel, or a clear refusal to start."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from assist_desk import app as app_module
from assist_desk import i18n
from assist_desk.cli import build_parser
from assist_desk.modes import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_carries_compiled_catalogues_and_the_data(tmp_path: Path) -> None:
    # A copy of the tracked files without any .qm: the build itself must make them.
    source = tmp_path / "src"
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, tracked.split("\0")):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes((ROOT / name).read_bytes())
    assert not list(source.glob("i18n/*.qm"))
    build = [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*build, "-w", str(tmp_path / "dist"), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in LANGUAGES:
        assert f"assist_desk/_bundled/i18n/assist_desk_{language}.qm" in names
    assert "assist_desk/_bundled/resources/content/pack.toml" in names
    assert "assist_desk/devtools/thread_guard_hooks.c" in names
    assert not any(name.endswith(".ts") for name in names)


def test_a_language_without_its_catalogue_refuses_to_start(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    monkeypatch.setattr(app_module, "i18n_dir", lambda: tmp_path)
    args = build_parser().parse_args(["--lang", "fr"])
    assert app_module.build(args, qapp) == app_module.EXIT_SETTINGS
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert "'fr'" in lines[0]
    assert "reinstall" in lines[0]
    assert qapp.layoutDirection().name == "LeftToRight"  # nothing left half-switched
