"""The committed resource is what the build script makes from the shared data."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCE = ROOT / "resources" / "places"


def _build_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_places", ROOT / "scripts" / "build_places.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_places"] = module
    spec.loader.exec_module(module)
    return module


def _contents(path: Path) -> dict[str, str]:
    """A digest of every table's rows (the bytes of the file depend on the SQLite version)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
            )
        ]
        digests = {}
        for table in tables:
            digest = hashlib.sha256()
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
            digests[table] = digest.hexdigest()
        return digests
    finally:
        connection.close()


def test_committed_resource_has_its_sources() -> None:
    sources = (RESOURCE / "SOURCES.md").read_text(encoding="utf-8")
    for needed in ("Licence Ouverte", "COG **2026**", "GPL-3.0", "2022-12-01", "v1.0.2"):
        assert needed in sources
    assert (RESOURCE / "places.sqlite").stat().st_size < 24 * 1024 * 1024
    assert not (RESOURCE / "places.json.gz").exists()  # replaced by the store


@pytest.mark.slow
def test_rebuild_matches_the_committed_resource(tmp_path: Path) -> None:
    build = _build_module()
    data = build.find_shared_data()
    if data is None:
        pytest.skip("../shared/data is not present beside this clone")
    build.write(data, tmp_path)
    committed, rebuilt = (
        _contents(RESOURCE / "places.sqlite"),
        _contents(tmp_path / "places.sqlite"),
    )
    assert "places" in committed
    assert "near_town_hall" in committed
    assert rebuilt == committed, "run scripts/build_places.py and commit"
    for name in ("SOURCES.md", "lieux-mediation-schema.json"):
        assert (tmp_path / name).read_bytes() == (RESOURCE / name).read_bytes(), name
