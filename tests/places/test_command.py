"""``assist-desk places``: the command line prints what the screen shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assist_desk.cli import main


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(["places", "near", *argv, "--json", "--at", "2026-12-01T10:00+01:00"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_near_75011_town_halls(capsys: pytest.CaptureFixture[str]) -> None:
    document = _json(capsys, "75011", "--kind", "town-hall")
    assert document["origin"]["code_insee"] == "75111"
    assert list(document["results"]) == ["town-hall"]
    first = document["results"]["town-hall"][0]
    assert first["name"] == "Mairie de Paris 11e Arrondissement"
    assert first["phone"] == "01 53 27 11 11"
    assert first["today"] == "08:30–17:00"
    assert first["open_now"] is True
    assert len(document["results"]["town-hall"]) == 5
    notices = [n["id"] for n in document["notices"]]
    assert notices == ["check-town-hall", "no-offline-list"]
    assert document["online_locators"]["appointment"] == "https://rendezvouspasseport.ants.gouv.fr/"


def test_near_st_denis(capsys: pytest.CaptureFixture[str]) -> None:
    document = _json(capsys, "st denis")
    assert document["origin"]["label"] == "Saint-Denis"
    assert any(a["department"] == "93" for a in document["alternatives"])
    assert set(document["results"]) == {"town-hall", "france-services", "digital-help"}


def test_near_97411_and_20000(capsys: pytest.CaptureFixture[str]) -> None:
    document = _json(capsys, "97411")
    assert document["origin"]["label"] == "Saint-Paul"
    assert document["alternatives"][0]["label"] == "Saint-Denis"
    assert document["results"]["town-hall"][0]["name"] == "Mairie de Saint-Paul"
    document = _json(capsys, "20000")
    assert document["results"]["town-hall"][0]["name"] == "Mairie d'Ajaccio"


def test_online_only_kinds_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    document = _json(capsys, "75011", "--kind", "photographer")
    assert document["results"] == {}
    assert document["online_only"] == ["photographer"]
    assert "No offline list exists" in document["notices"][0]["text"]


def test_text_output_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["places", "near", "20000", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "Near 20000 Ajaccio" in out
    assert "Mairie d'Ajaccio" in out
    assert main(["places", "near", "qqqzzz"]) == 1
    assert "Nothing found" in capsys.readouterr().out
    assert main(["places", "near", "75011", "--limit", "0"]) == 2
    assert main(["places", "near", "75011", "--at", "tomorrow"]) == 2


def test_complete(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["places", "complete", "st deni", "--limit", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Saint-Denis (974)", "Saint-Denis (93)"]


def test_site_position_and_local_list_from_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    local = tmp_path / "local.toml"
    local.write_text(
        '[[place]]\nname = "Photo Test"\nkind = "photographer"\n'
        "latitude = 43.2965\nlongitude = 5.3698\n",
        encoding="utf-8",
    )
    site = tmp_path / "site.toml"
    site.write_text(
        f"site_latitude = 43.2965\nsite_longitude = 5.3698\nlocal_places_file = '{local}'\n",
        encoding="utf-8",
    )
    assert main(["--config", str(site), "places", "near", "here", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["origin"]["via"] == "site"
    assert document["results"]["local"][0]["name"] == "Photo Test"
    assert document["results"]["local"][0]["local_kind"] == "photographer"
    assert main(["--config", str(site), "places", "local"]) == 0
    assert "1 places, all valid" in capsys.readouterr().out


def test_import_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "id,pivot,nom,commune,code_postal,adresse,latitude,longitude,date_maj\n"
        "a,123456789,EPN A,Lyon,69003,1 rue A,45.76,4.85,2026-01-01\n"
        "b,123,EPN B,Lyon,69003,1 rue B,45.76,4.85,2026-01-01\n",
        encoding="utf-8",
    )
    assert main(["places", "import", str(export), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 rows, 1 accepted, 1 rejected" in out
    assert "rejected line 3 (id b): pivot" in out
    assert "dry run" in out
    assert main(["places", "import", str(export)]) == 0
    assert "saved 1 places" in capsys.readouterr().out
    assert main(["places", "near", "69003", "--kind", "digital-help", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [h["name"] for h in document["results"]["digital-help"]] == ["EPN A"]
