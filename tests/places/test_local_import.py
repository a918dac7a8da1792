"""The help point's local list and the import of lieux de médiation numérique files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assist_desk.places.directory import PlacesDirectory
from assist_desk.places.local import LocalPlacesError, parse_local_places
from assist_desk.places.mediation import (
    MediationImportError,
    import_file,
    load_import,
    save_import,
)
from assist_desk.places.models import DIGITAL_HELP, FRANCE_SERVICES, LOCAL
from assist_desk.places.service import load_places, schema_path

GOOD_LOCAL = """
[[place]]
name = "Photo Minute (cabine)"
kind = "photographer"
address = "3 rue de la Gare"
postcode = "75011"
city = "Paris"
latitude = 48.858
longitude = 2.380
hours = "Mo-Sa 09:00-19:00"
checked = 2026-10-01

[[place]]
name = "Mairie annexe — titres"
kind = "id-town-hall"
postcode = "93200"
note = "On appointment only"
"""


def _locate(directory: PlacesDirectory):  # type: ignore[no-untyped-def]
    def locate(postcode: str):  # type: ignore[no-untyped-def]
        found = directory.gazetteer.by_postcode(postcode)
        return found[0] if found else None

    return locate


def test_local_list_is_parsed_and_placed(directory: PlacesDirectory) -> None:
    places = parse_local_places(GOOD_LOCAL, _locate(directory))
    assert [p.local_kind for p in places] == ["photographer", "id-town-hall"]
    assert places[0].kind == LOCAL
    assert not places[0].approximate
    assert places[1].approximate
    assert places[1].code_insee == "93066"
    assert places[0].updated == "2026-10-01"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[place]]\nname = 'X'\nkind = 'bakery'\n", "place 1 (X): 'kind'"),
        ("[[place]]\nname = 'X'\nkind = 'other'\nhours = 'lundi 9h'\n", "opening_hours"),
        ("[[place]]\nname = 'X'\nkind = 'other'\nwebsite = 'http://a.fr'\n", "https://"),
        ("[[place]]\nname = 'X'\nkind = 'other'\npostcode = '7501'\n", "'postcode'"),
        ("[[place]]\nname = 'X'\nkind = 'other'\n", "needs latitude and longitude"),
        ("[[place]]\nname = 'X'\nkind = 'other'\nlatitude = 45.0\n", "go together"),
        ("[[place]]\nname = 'X'\nkind = 'other'\ncolour = 'red'\n", "'colour'"),
        ("not = toml = at all", "not valid TOML"),
    ],
)
def test_local_list_problems_are_named(
    directory: PlacesDirectory, content: str, message: str
) -> None:
    with pytest.raises(LocalPlacesError) as caught:
        parse_local_places(content, _locate(directory))
    assert any(message in line for line in caught.value.lines), caught.value.lines


def test_load_places_keeps_going_with_a_bad_local_file(tmp_path: Path) -> None:
    bad = tmp_path / "local.toml"
    bad.write_text("[[place]]\nname = 'X'\nkind = 'nope'\n", encoding="utf-8")
    loaded = load_places(bad, imported_file=tmp_path / "none.json")
    assert loaded.problems
    assert loaded.problems[0].startswith("local places: place 1")
    assert loaded.directory.count(LOCAL) == 0


def test_load_places_with_a_good_local_file(tmp_path: Path) -> None:
    good = tmp_path / "local.toml"
    good.write_text(GOOD_LOCAL, encoding="utf-8")
    loaded = load_places(good, imported_file=tmp_path / "none.json")
    assert loaded.problems == []
    assert loaded.local_count == 2
    result = loaded.directory.near("75011", (LOCAL,), 5)
    assert result.groups[LOCAL][0].place.name == "Photo Minute (cabine)"


HEADER = (
    "id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,typologie,"
    "telephone,horaires,date_maj,services,dispositif_programmes_nationaux,extra"
)
ROWS = [
    # valid, France services
    "1,12345678901234,France services Test,Paris,75011,75111,1 rue A,48.86,2.38,RFS,"
    "+33123456789,Mo-Fr 09:00-17:00,2025-06-01,Aide aux démarches administratives,"
    "France Services,x",
    # valid, digital help, no position: placed at its postcode
    "2,12345678901234,EPN Test,Paris,75011,,2 rue B,,,EPN,,,2025-06-01,"
    "Maîtrise des outils numériques du quotidien,,",
    # invalid: postcode, phone, service label
    "3,12345678901234,Bad,Paris,7501,,3 rue C,,,,0123,,2025-06-01,Faire des courses,,",
    # invalid: missing name and date; duplicate id
    "1,12345678901234,,Paris,75011,,4 rue D,,,,,,,,,",
    # valid, but hours not in OSM syntax: kept without hours, with a warning
    "5,12345678901234,Lieu 5,Paris,75011,,5 rue E,48.86,2.37,,,lundi 9h-12h,2025-06-01,,,",
]


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_csv_import_reports_rejected_rows(tmp_path: Path, directory: PlacesDirectory) -> None:
    path = _write(tmp_path, "export.csv", "\n".join([HEADER, *ROWS]) + "\n")
    report = import_file(path, schema_path(), _locate(directory))
    assert report.total == 5
    assert [p.name for p in report.accepted] == ["France services Test", "EPN Test", "Lieu 5"]
    assert [p.kind for p in report.accepted] == [FRANCE_SERVICES, DIGITAL_HELP, DIGITAL_HELP]
    assert report.accepted[1].approximate
    assert report.accepted[0].admin_help
    assert report.accepted[2].hours == ""
    assert "line 6" in report.warnings[0]
    assert [r.line for r in report.rejected] == [4, 5]
    third, fourth = report.rejected
    assert any(p.startswith("code_postal") for p in third.problems)
    assert any(p.startswith("telephone") for p in third.problems)
    assert any(p.startswith("services") for p in third.problems)
    assert set(fourth.problems) >= {"nom: required", "date_maj: required", "id: '1' appears twice"}
    assert report.unknown_columns == ["extra"]
    text = "\n".join(report.summary_lines())
    assert "5 rows, 3 accepted, 2 rejected" in text
    assert "rejected line 4 (id 3)" in text


def test_json_import_and_save_replace_bundled_categories(
    tmp_path: Path, directory: PlacesDirectory
) -> None:
    records = [
        {
            "id": "a",
            "pivot": "123456789",
            "nom": "Médiathèque X",
            "commune": "Angoulême",
            "code_postal": "16000",
            "adresse": "1 place Y",
            "latitude": 45.65,
            "longitude": 0.16,
            "date_maj": "2026-01-10",
        },
        {"id": "b", "nom": "No pivot"},
    ]
    path = _write(tmp_path, "export.json", json.dumps(records))
    report = import_file(path, schema_path(), _locate(directory))
    assert len(report.accepted) == 1
    assert report.rejected[0].line == 2
    saved = tmp_path / "imported.json"
    save_import(report, saved)
    places, kinds, label = load_import(saved)
    assert kinds == {DIGITAL_HELP}
    assert places[0].name == "Médiathèque X"
    assert label.startswith("export.json (")
    loaded = load_places(None, imported_file=saved)
    assert loaded.directory.count(DIGITAL_HELP) == 1  # the bundled 2022 list is replaced
    hits = loaded.directory.near("16000", (DIGITAL_HELP,), 3).groups[DIGITAL_HELP]
    assert [h.place.name for h in hits] == ["Médiathèque X"]


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(MediationImportError):
        import_file(_write(tmp_path, "x.json", "{not json"), schema_path())
    with pytest.raises(MediationImportError):
        import_file(_write(tmp_path, "x.csv", "a,b\n1,2\n"), schema_path())
