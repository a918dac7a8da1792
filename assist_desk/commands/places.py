"""``assist-desk places``: the offline places directory from the command line.

- ``places near QUERY [--kind K] [--limit N] [--json] [--at ISO-TIME]``: the
  nearest places of each category around a postcode, an INSEE code, a commune
  name (or ``here``: the help point's position from the settings);
- ``places complete TEXT``: what the search box suggests while typing;
- ``places import FILE [--dry-run]``: validate a "lieux de médiation numérique"
  export (CSV or JSON) against the schema, report rejected rows, save the rest;
- ``places local [FILE]``: validate the help point's local list.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assist_desk.places.directory import NearResult
    from assist_desk.places.service import LoadedPlaces

KIND_CHOICES = (
    "town-hall",
    "france-services",
    "digital-help",
    "local",
    "id-town-hall",
    "photographer",
    "siv-professional",
)

EXIT_NOT_FOUND = 1
EXIT_USAGE = 2

KIND_TITLES = {
    "town-hall": "Town halls",
    "france-services": "France services",
    "digital-help": "Digital help points",
    "local": "From this help point's own list",
}

NO_OFFLINE_LIST = (
    "No offline list exists of the town halls equipped to take passport and identity-card "
    "applications, of approved photographers and photo booths, or of SIV-authorised "
    "automotive professionals. Use the official online locators below."
)
CHECK_TOWN_HALL = "Check that this town hall takes passport and identity-card applications."


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("places", help="offline places: town halls, help points")
    commands = parser.add_subparsers(dest="places_command", metavar="ACTION", required=True)
    near = commands.add_parser("near", help="nearest places around a postcode, code or name")
    near.add_argument("query", help="postcode, INSEE code, commune name, or 'here'")
    near.add_argument("--kind", choices=KIND_CHOICES, action="append", help="category (repeat)")
    near.add_argument("--limit", type=int, default=5, help="places per category (1-50)")
    near.add_argument("--json", action="store_true", help="print JSON")
    near.add_argument("--at", metavar="TIME", help="ISO date-time for 'open now' (default: now)")
    near.set_defaults(run=run_near)
    complete = commands.add_parser("complete", help="search suggestions for partial text")
    complete.add_argument("text")
    complete.add_argument("--limit", type=int, default=8)
    complete.add_argument("--json", action="store_true")
    complete.set_defaults(run=run_complete)
    imp = commands.add_parser("import", help="import a lieux de médiation numérique export")
    imp.add_argument("file", help="CSV or JSON in the LaMednum schema")
    imp.add_argument("--dry-run", action="store_true", help="only validate and report")
    imp.set_defaults(run=run_import)
    local = commands.add_parser("local", help="validate the help point's local list")
    local.add_argument("file", nargs="?", help="TOML file (default: local_places_file setting)")
    local.set_defaults(run=run_local)


def _settings(args: argparse.Namespace) -> Any:
    from assist_desk.settings import SettingsError, load_settings, settings_overrides

    try:
        return load_settings(args.config, settings_overrides(args))
    except SettingsError as error:
        for line in error.lines:
            print(f"assist-desk: {line}")
        raise SystemExit(EXIT_USAGE) from None


def _load(args: argparse.Namespace) -> tuple[Any, LoadedPlaces]:
    from assist_desk.places.service import load_places

    settings = _settings(args)
    return settings, load_places(settings.local_places_file)


def near_json(result: NearResult, kinds: tuple[str, ...]) -> dict[str, Any]:
    """The JSON document printed by ``places near --json`` (also used by the tests)."""
    from assist_desk.places.models import ONLINE_ONLY_KINDS
    from assist_desk.places.service import locators

    links = locators()
    notices = []
    if "town-hall" in kinds:
        notices.append({"id": "check-town-hall", "text": CHECK_TOWN_HALL})
    notices.append({"id": "no-offline-list", "text": NO_OFFLINE_LIST})
    return {
        "query": result.query,
        "origin": result.origin.as_json() if result.origin else None,
        "alternatives": [alt.as_json() for alt in result.alternatives],
        "results": {
            kind: [hit.as_json() for hit in hits]
            for kind, hits in result.groups.items()
            if kind not in ONLINE_ONLY_KINDS
        },
        "online_only": [kind for kind in kinds if kind in ONLINE_ONLY_KINDS],
        "notices": notices,
        "online_locators": {"appointment": links["appointment"], "ants": links["ants"]},
    }


def run_near(args: argparse.Namespace) -> int:
    import json
    from datetime import datetime

    from assist_desk.places.models import KINDS

    if not 1 <= args.limit <= 50:
        print("assist-desk places near: --limit must be between 1 and 50")
        return EXIT_USAGE
    now = None
    if args.at:
        try:
            now = datetime.fromisoformat(args.at)
        except ValueError:
            print("assist-desk places near: --at expects an ISO date-time, e.g. 2026-12-01T10:00")
            return EXIT_USAGE
    settings, loaded = _load(args)
    kinds: tuple[str, ...] = tuple(args.kind) if args.kind else KINDS
    site = None
    if settings.site_latitude is not None and settings.site_longitude is not None:
        site = (settings.site_latitude, settings.site_longitude)
    searchable = tuple(
        k for k in kinds if k in KINDS and (args.kind or loaded.directory.count(k) > 0)
    )
    result = loaded.directory.near(args.query, searchable, args.limit, now, site)
    document = near_json(result, kinds)
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print_near(document)
    return 0 if result.origin is not None else EXIT_NOT_FOUND


def _print_near(document: dict[str, Any]) -> None:
    origin = document["origin"]
    if origin is None:
        print(f"Nothing found for {document['query']!r}: try a postcode or a commune name.")
    else:
        print(f"Near {origin['display'] or 'this help point'}")
        if document["alternatives"]:
            others = ", ".join(alt["display"] for alt in document["alternatives"][:6])
            print(f"  (also matches: {others})")
    for kind, hits in document["results"].items():
        print(f"\n{KIND_TITLES.get(kind, kind)}")
        if not hits:
            print("  none in the offline data near here")
        for number, hit in enumerate(hits, 1):
            distance = "" if hit["distance_km"] is None else f" — {hit['distance_km']:.1f} km"
            print(f"  {number}. {hit['name']}{distance}")
            details = [hit["full_address"]] + ([hit["phone"]] if hit["phone"] else [])
            print("     " + " · ".join(details))
            if hit["today"] is None:
                today = "hours unknown"
            else:
                today = f"today {hit['today']}" if hit["today"] else "closed today"
                today += " · open now" if hit["open_now"] else " · closed now"
            print(f"     {today}")
            if hit["approximate"]:
                print("     (position approximate: the commune's)")
    print()
    for notice in document["notices"]:
        print(notice["text"])
    for name, url in document["online_locators"].items():
        print(f"  {name}: {url}")


def run_complete(args: argparse.Namespace) -> int:
    import json

    from assist_desk.places.directory import PlacesDirectory

    directory = PlacesDirectory.load()
    found = directory.complete(args.text, args.limit)
    if args.json:
        print(json.dumps([loc.as_json() for loc in found], ensure_ascii=False, indent=2))
    else:
        for location in found:
            print(location.display())
    return 0 if found else EXIT_NOT_FOUND


def run_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assist_desk.places.directory import PlacesDirectory
    from assist_desk.places.mediation import MediationImportError, import_file, save_import
    from assist_desk.places.service import imported_path, schema_path

    directory = PlacesDirectory.load()

    def locate(postcode: str) -> Any:
        found = directory.gazetteer.by_postcode(postcode)
        return found[0] if found else None

    try:
        report = import_file(Path(args.file), schema_path(), locate)
    except (OSError, MediationImportError) as error:
        print(f"assist-desk places import: {Path(args.file).name}: {error}")
        return EXIT_USAGE
    for line in report.summary_lines():
        print(line)
    if not report.accepted:
        print("nothing to import")
        return EXIT_NOT_FOUND
    if args.dry_run:
        print("dry run: nothing saved")
        return 0
    target = imported_path()
    save_import(report, target)
    print(f"saved {len(report.accepted)} places to {target}")
    return 0


def run_local(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assist_desk.places.directory import PlacesDirectory
    from assist_desk.places.local import LocalPlacesError, load_local_places

    path = Path(args.file) if args.file else _settings(args).local_places_file
    if path is None:
        print("assist-desk places local: no file given and no local_places_file setting")
        return EXIT_USAGE
    directory = PlacesDirectory.load()

    def locate(postcode: str) -> Any:
        found = directory.gazetteer.by_postcode(postcode)
        return found[0] if found else None

    try:
        places = load_local_places(path, locate)
    except LocalPlacesError as error:
        for line in error.lines:
            print(f"{path.name}: {line}")
        return EXIT_USAGE
    print(f"{path.name}: {len(places)} places, all valid")
    return 0
