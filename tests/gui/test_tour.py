"""The screen tour runs as a command and writes one PNG per scene plus an index."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist_desk.cli import build_parser


@pytest.mark.slow
def test_tour_command_writes_pngs_and_index(tmp_path: Path) -> None:
    out = tmp_path / "tour"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, "-m", "assist_desk", "tour", "--out", str(out), "--only", "home"],
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert (out / "home.png").stat().st_size > 1000
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "[home.png](home.png)" in index
    assert "1 screens" in index


@pytest.mark.slow
def test_a_kiosk_tour_needs_no_setting_of_its_own(tmp_path: Path) -> None:
    """As documented: ``assist-desk tour --mode kiosk`` runs on the training portal (it
    used to refuse to start without ASSIST_DESK_TRAINING_KIOSK=true)."""
    out = tmp_path / "tour"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ASSIST_DESK_TRAINING_KIOSK", None)
    command = [sys.executable, "-m", "assist_desk", "tour", "--out", str(out)]
    completed = subprocess.run(
        [*command, "--mode", "kiosk", "--only", "home"],
        env=env,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "kiosk" in (out / "index.md").read_text(encoding="utf-8")


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
