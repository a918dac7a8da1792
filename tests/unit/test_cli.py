"""The command line as a person runs it: a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from assist_desk import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assist_desk", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    # "assist-desk 0.1.0", then "(content pack 1.0, 2026-10-01)" when a pack is bundled.
    assert result.stdout.strip().startswith(f"assist-desk {__version__}")


def test_bad_mode_is_one_line_and_status_2() -> None:
    result = run("--mode", "nonsense")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "--mode" in lines[0]
    assert "kiosk" in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_setting_in_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text("idle_timeout_s = 2\n")
    result = run("--config", str(site))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "assist-desk: setting 'idle_timeout_s': input should be greater than or equal to 30 (got 2)"
    ]
