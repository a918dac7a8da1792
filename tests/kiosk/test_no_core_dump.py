"""L4: a kiosk process marks itself non-dumpable on Linux (no core file, no ptrace)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from assist_desk.app import build
    from assist_desk.cli import build_parser
    from assist_desk.no_core_dump import is_dumpable

    app = QApplication([])
    print("BEFORE", is_dumpable())
    built = build(build_parser().parse_args(sys.argv[1:]), app)
    assert not isinstance(built, int)
    print("AFTER", is_dumpable())
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
@pytest.mark.parametrize(("mode", "dumpable"), [("kiosk", False), ("mediator", True)])
def test_only_a_kiosk_process_is_non_dumpable(mode: str, dumpable: bool) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--mode", mode],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["BEFORE True", f"AFTER {dumpable}"]
