"""The screen tour runs as a command and writes one PNG per scene plus an index.

Each tour is a process of its own that walks every scene module (``--only`` saves
fewer scenes, it walks as many), so the suite runs as few as it can: the checks of
``--only`` are made on tests/a11y/test_tour.py's tours, and those of a kiosk tour
without a setting of its own on tests/a11y/test_narrow_kiosk_flows.py's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist_desk.cli import build_parser


def test_tour_size_option_is_checked() -> None:
    args = build_parser().parse_args(["tour", "--out", "x", "--size", "1920x1080"])
    assert args.size == (1920, 1080)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["tour", "--out", "x", "--size", "big"])


@pytest.mark.slow
def test_full_tour_walks_every_flow_step(tmp_path: Path) -> None:
    """Every scene module runs to the end against the embedded training portal."""
    out = tmp_path / "tour"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-m", "assist_desk", "tour", "--out", str(out), "--lang", "fr"],
        env=env,
        capture_output=True,
        text=True,
        timeout=115,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "failed" not in index
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert len(pngs) >= 80
    assert (out / "home.png").stat().st_size > 1000
    assert f"{len(pngs)} screens." in index
    for name in pngs:
        assert f"[{name}]({name})" in index
    for expected in (
        "account-11-individual-ready.png",
        "account-10-siv_professional-validated-check_email.png",
        "account-10-town_hall_dr-request_sent.png",
        "request-10-passport-handoff.png",
        "terms-01-what-changed.png",
        "error-02-portal-down.png",
    ):
        assert expected in pngs
