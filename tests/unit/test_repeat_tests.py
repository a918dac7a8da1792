"""scripts/repeat_tests.py tells a pass, a failure and a crash apart (issue 13 §1's series).

Each case runs the script for real on a tiny test file: a crash must be counted as a
crash (not as a failure, not as a pass), or the series would hide what it is for.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "repeat_tests.py"
#: The inner pytest runs without this suite's plugins (Qt, xdist, schemathesis…): a
#: tenth of the start-up time, and the sample files need none of them.
BARE = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1")

CASES = {
    "pass": ("def test_it():\n    assert True\n", "2 passed, 0 failed, 0 crashed", 0),
    "fail": (
        "def test_it():\n    assert False\n\ndef test_other():\n    pass\n",
        "0 passed, 2 failed, 0 crashed",
        1,
    ),
    "crash": (
        textwrap.dedent(
            """
            import faulthandler
            def test_it():
                faulthandler._sigsegv()
            """
        ),
        "0 passed, 0 failed, 2 crashed",
        1,
    ),
}


def _series(tmp_path: Path, arguments: list[str]) -> subprocess.CompletedProcess[str]:
    """``repeat_tests.py ARGUMENTS`` on the one sample test file in ``tmp_path``."""
    return subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            *arguments,
            "--rootdir",
            str(tmp_path),
            "-c",
            "/dev/null",
            str(tmp_path / "test_sample.py"),
        ],
        capture_output=True,
        text=True,
        env=BARE,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("case", list(CASES))
def test_each_run_is_counted_as_what_it_was(tmp_path: Path, case: str) -> None:
    source, totals, status = CASES[case]
    (tmp_path / "test_sample.py").write_text(source, encoding="utf-8")
    done = _series(tmp_path, ["--runs", "2", "--logs", str(tmp_path / "logs"), "--"])
    assert f"== 2 runs: {totals};" in done.stdout, done.stdout + done.stderr
    assert done.returncode == status
    run_lines = [line for line in done.stdout.splitlines() if line.startswith("run ")]
    assert len(run_lines) == 2
    assert all(case.upper() in line for line in run_lines)
    # Each run's line has pytest's counts (none when the process died before its summary).
    counts = {"pass": "1 passed", "fail": "1 failed, 1 passed", "crash": "no summary"}[case]
    assert all(counts in line for line in run_lines), run_lines
    assert (tmp_path / "logs" / "run-01.log").is_file()
    if case == "crash":
        assert "Fatal Python error" in (tmp_path / "logs" / "run-01.log").read_text()


def test_a_shuffled_series_prints_the_seed_of_each_run(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text("def test_it():\n    pass\n", encoding="utf-8")
    options = ["--runs", "2", "--shuffle", "--seed", "4242", "--logs", str(tmp_path / "logs")]
    done = _series(tmp_path, [*options, "--", "-p", "random_order.plugin"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "seed=4242" in done.stdout.splitlines()[1]
    assert "--random-order-seed=4242" in (tmp_path / "logs" / "run-01.log").read_text()
