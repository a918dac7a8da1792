"""M6: a failed wipe step never shows the attract screen over a partial wipe.

In kiosk mode the process ends with ``EXIT_RESTART``; the kiosk session's
supervisor (packaging/linux/kiosk/assist-desk-kiosk-supervisor) starts it again at
once, and the new process wipes the leftovers at start-up and shows the attract
screen. Under that supervisor a kiosk also starts a new process after every
citizen (bench/kiosk_restart.py: about 0.6 s to a ready attract screen).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist_desk.context import EXIT_RESTART
from assist_desk.controllers.session import default_marker_path
from tests.kiosk.helpers import Canary, files_holding

ROOT = Path(__file__).resolve().parents[2]
SUPERVISOR = ROOT / "packaging" / "linux" / "kiosk" / "assist-desk-kiosk-supervisor"


def _run_kiosk(canary: Canary, how: str = "failing") -> tuple[int, list[str], str]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.kiosk.end_session_driver", canary.text(), how],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
        check=False,
    )
    return done.returncode, done.stdout.splitlines(), done.stderr


def test_a_failed_wipe_ends_the_kiosk_process_before_any_attract_screen(
    isolated_home: Path,
) -> None:
    canary = Canary()
    status, lines, errors = _run_kiosk(canary)
    assert status == EXIT_RESTART, errors
    after_end = lines[lines.index("END SESSION") :]
    assert after_end == ["END SESSION"], after_end  # no screen shown, no "wiped", no return
    assert "Traceback" not in errors
    # The other steps still ran (the session's temporary files are gone); the session
    # marker stays, so the next process wipes again at start-up.
    temp = Path(next(line for line in lines if line.startswith("TEMP "))[5:])
    assert not temp.exists()
    assert default_marker_path().is_file()
    log = (isolated_home / ".local/state/assist-desk/log/assist-desk.log").read_text()
    assert "session wipe incomplete (1 failed steps)" in log
    assert "the kiosk process ends (status 75)" in log
    assert canary.needle() not in log


def test_an_unsupervised_kiosk_goes_on_after_a_complete_wipe(isolated_home: Path) -> None:
    """Without the supervisor (no ASSIST_DESK_SUPERVISED) nothing would start it again."""
    status, lines, errors = _run_kiosk(Canary(), "healthy")
    assert status == 0, errors
    assert lines[lines.index("END SESSION") :] == [
        "END SESSION",
        "SHOWN attract",
        "WIPED",
        "ENDED NORMALLY",
    ]


@pytest.mark.skipif(os.name != "posix", reason="the supervisor is a POSIX shell script")
@pytest.mark.parametrize("failing", [True, False])
def test_the_supervisor_starts_the_kiosk_again_on_the_attract_screen(
    isolated_home: Path, tmp_path: Path, failing: bool
) -> None:
    """The shipped supervisor runs a kiosk session (with a wipe that fails, or not:
    a supervised kiosk restarts between citizens), then the next process."""
    canary = Canary()
    runs = tmp_path / "runs"
    app = tmp_path / "app"
    app.write_text(
        "#!/bin/sh\n"
        f'echo run >> "{runs}"\n'
        f'cd "{ROOT}"\n'
        f'if [ "$(wc -l < "{runs}")" -eq 1 ]; then\n'
        f"  exec {sys.executable} -m tests.kiosk.end_session_driver {canary.text()}"
        f" {'failing' if failing else 'healthy'}\n"
        "fi\n"
        f"exec {sys.executable} -m tests.kiosk.crash_driver restart\n"
    )
    app.chmod(0o755)
    done = subprocess.run(
        [str(SUPERVISOR), "--mode", "kiosk"],
        env=dict(os.environ, ASSIST_DESK_APP=str(app)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # Run 1 ends with EXIT_RESTART, run 2 shows the attract screen and quits (0): the end.
    assert done.returncode == 0, done.stderr
    assert runs.read_text().splitlines() == ["run", "run"]
    assert "ENDED NORMALLY" not in done.stdout
    assert "SCREEN attract" in done.stdout
    # After a failed wipe the new process wipes again at start-up.
    assert f"CRASHED_BEFORE {failing}" in done.stdout
    assert not default_marker_path().exists()
    assert files_holding(isolated_home, canary.needle()) == []


def test_the_supervisor_knows_the_restart_status() -> None:
    assert f"EXIT_RESTART={EXIT_RESTART}\n" in SUPERVISOR.read_text(encoding="utf-8")
