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


def test_the_quick_command_check_knows_every_registered_command() -> None:
    """``assist-desk`` alone skips importing the sub-commands; it must still recognise
    each one (else ``assist-desk places ...`` would start the GUI)."""
    import argparse

    from assist_desk.cli import _names_a_command, build_parser
    from assist_desk.commands import COMMAND_NAMES

    parser = build_parser()
    (subparsers,) = [
        action
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)  # the registered sub-commands
    ]
    assert set(subparsers.choices) == COMMAND_NAMES
    assert all(_names_a_command([name, "--help"]) for name in COMMAND_NAMES)
    assert not _names_a_command(["--lang", "fr"])
