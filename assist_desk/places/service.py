"""Everything the app needs from the places package, wired from the settings.

``load_places(local_file)`` loads the bundled directory, the help point's
local list and any saved import of the national export; problems with the
local list or the import never stop the directory from loading: they are
returned as lines for the mediator (and the log, which never holds what a
citizen typed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assist_desk.places.directory import PlacesDirectory, resource_dir
from assist_desk.places.links import locators, map_url
from assist_desk.places.models import Location, Place

log = logging.getLogger(__name__)

__all__ = ["LoadedPlaces", "imported_path", "load_places", "locators", "map_url", "schema_path"]

IMPORT_FILE = "imported-lieux-mediation.json"


@dataclass
class LoadedPlaces:
    directory: PlacesDirectory
    problems: list[str] = field(default_factory=list)
    import_label: str = ""
    local_count: int = 0


def imported_path() -> Path:
    """Where ``assist-desk places import`` saves the accepted places."""
    from assist_desk.paths import data_dir

    return data_dir() / "places" / IMPORT_FILE


def schema_path() -> Path:
    from assist_desk.places.mediation import SCHEMA_NAME

    return resource_dir() / SCHEMA_NAME


def load_places(
    local_file: Path | None = None,
    imported_file: Path | None = None,
    resources: Path | None = None,
) -> LoadedPlaces:
    """The directory with the local list and the saved import (see the module docstring)."""
    directory = PlacesDirectory.load(resources)
    loaded = LoadedPlaces(directory)
    extra: list[Place] = []
    replaced: set[str] = set()
    imported_file = imported_file if imported_file is not None else imported_path()
    # The importer and the local list's models (pydantic, csv, TOML) are imported only
    # when there is something to read: most help points have neither file.
    if imported_file.is_file():
        from assist_desk.places.mediation import MediationImportError, load_import

        try:
            places, replaced, loaded.import_label = load_import(imported_file)
            extra += places
        except (OSError, ValueError, TypeError, MediationImportError) as error:
            loaded.problems.append(f"imported places: {error}")
    if local_file is not None:
        from assist_desk.places.local import LocalPlacesError, load_local_places

        try:
            local = load_local_places(local_file, _postcode_locator(directory))
            extra += local
            loaded.local_count = len(local)
        except LocalPlacesError as error:
            loaded.problems += [f"local places: {line}" for line in error.lines]
    if extra:
        directory.set_extra_places(extra, replaced)
    for problem in loaded.problems:
        log.warning("%s", problem)
    return loaded


def _postcode_locator(directory: PlacesDirectory) -> Callable[[str], Location | None]:
    def locate(postcode: str) -> Location | None:
        found = directory.gazetteer.by_postcode(postcode)
        return found[0] if found else None

    return locate
