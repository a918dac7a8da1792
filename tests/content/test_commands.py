"""`assist-desk content check` and `assist-desk content search`, as a person runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assist_desk.cli import main


def test_check_passes_and_prints_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check"]) == 0
    out = capsys.readouterr().out
    assert "content check: OK" in out
    assert "fr: 101 FAQ entries, 26 checklists" in out
    assert "en: 101 FAQ entries, 26 checklists" in out
    assert "ar: 101 FAQ entries, 26 checklists\n" in out  # Arabic kept in translations/ar


def test_check_fails_with_a_precise_message(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = content_copy / "checklists.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'official_url = "https://immatriculation.ants.gouv.fr/"',
            'official_url = "https://cartegrise-express.example/"',
            1,
        ),
        encoding="utf-8",
    )
    assert main(["content", "check", "--dir", str(content_copy)]) == 1
    out = capsys.readouterr().out
    assert (
        "content check: checklists.toml: checklist 'vr_change_owner'.official_url: "
        "link 'https://cartegrise-express.example/' is not on an allowed official domain"
    ) in out
    assert "content check: FAILED (1 problem(s))" in out


def test_search_prints_ranked_highlighted_results(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "search", "pasport perdu", "--limit", "3"]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first == " 1. [checklist] pp_loss: [Passeport perdu]"


def test_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "search", "lost pasport", "--lang", "en", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["query"] == "lost pasport"
    assert data["lang"] == "en"
    top = data["results"][0]
    assert top["id"] == "pp_loss"
    assert top["rank"] == 1
    assert top["title"] == "Lost passport"
    assert top["title_marked"] == "[Lost passport]"
    assert top["shown_in_french"] is False


def test_search_with_no_result(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "search", "zzzzqqq"]) == 0
    assert capsys.readouterr().out.strip() == "no result for 'zzzzqqq'"


def test_the_installed_command_runs() -> None:
    """The real entry point in a fresh process (what a help point's operator types)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "assist_desk", "content", "search", "carte grisse", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)["results"]
    assert results
    assert all(r["id"].startswith(("vr_", "faq_")) for r in results)
    assert results[0]["id"].startswith("vr_")
    done = subprocess.run(
        [sys.executable, "-m", "assist_desk", "content", "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert "content check: OK" in done.stdout


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``content search … | head -1``: the pipe closes while results are printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-m", "assist_desk", "content", "search", "carte grise"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as command:
        assert command.stdout is not None
        assert command.stderr is not None
        command.stdout.close()  # as `head` does once it has its lines, before the output
        errors = command.stderr.read().decode()
        assert command.wait(timeout=60) == 1
    assert "Traceback" not in errors


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_search_refuses_a_limit_below_one(capsys: pytest.CaptureFixture[str], limit: str) -> None:
    """It printed one result: a bad argument gives one line and status 2, like `content cost`."""
    assert main(["content", "search", "passeport perdu", "--limit", limit]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"content search: --limit must be 1 or more, not {limit}\n"


def test_search_language_in_capitals_is_that_language(capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang AR`` fell back to French."""
    assert main(["content", "search", "جواز السفر", "--lang", "AR", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "ar"
    assert data["results"]
    assert not any(row["shown_in_french"] for row in data["results"])
