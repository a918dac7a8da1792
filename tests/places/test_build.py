"""The committed resource is what the build script makes from the shared data."""

from __future__ import annotations

import gzip
import importlib.util
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


def test_committed_resource_has_its_sources() -> None:
    sources = (RESOURCE / "SOURCES.md").read_text(encoding="utf-8")
    for needed in ("Licence Ouverte", "COG **2026**", "GPL-3.0", "2022-12-01", "v1.0.2"):
        assert needed in sources
    assert (RESOURCE / "places.json.gz").stat().st_size < 4 * 1024 * 1024


@pytest.mark.slow
def test_rebuild_matches_the_committed_resource(tmp_path: Path) -> None:
    build = _build_module()
    data = build.find_shared_data()
    if data is None:
        pytest.skip("../shared/data is not present beside this clone")
    build.write(data, tmp_path)
    with (
        gzip.open(RESOURCE / "places.json.gz") as committed,
        gzip.open(tmp_path / "places.json.gz") as rebuilt,
    ):
        assert committed.read() == rebuilt.read(), "run scripts/build_places.py and commit"
    for name in ("SOURCES.md", "lieux-mediation-schema.json"):
        assert (tmp_path / name).read_bytes() == (RESOURCE / name).read_bytes(), name
