"""Import of a "lieux de médiation numérique" file (CSV or JSON), validated against the schema.

The schema is LaMednum's Table Schema v1.0.2 (bundled as
``resources/places/lieux-mediation-schema.json``). Every row is checked
field by field (required values, patterns, enumerations, numbers, dates,
lengths, unique ids); a row with any problem is rejected and reported with
its line number and the fields at fault. Accepted rows become places:
France services when the row says so (``dispositif_programmes_nationaux``
contains "France Services" or ``typologie`` contains ``RFS``), otherwise
digital help points. Once saved, the import replaces the bundled (older)
places of the categories it covers.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assist_desk.places.hours import is_valid
from assist_desk.places.models import DIGITAL_HELP, FRANCE_SERVICES, Location, Place

SCHEMA_NAME = "lieux-mediation-schema.json"
IMPORT_FORMAT = 1
MAX_FILE_BYTES = 200 * 1024 * 1024


class MediationImportError(Exception):
    """The file cannot be read at all (not CSV or JSON, unreadable)."""


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int  # CSV line of the row (header is line 1) or JSON item number (from 1)
    id: str
    problems: tuple[str, ...]


@dataclass(slots=True)
class ImportReport:
    source_name: str
    total: int = 0
    accepted: list[Place] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)

    def summary_lines(self, max_rows: int = 50) -> list[str]:
        lines = [
            f"{self.source_name}: {self.total} rows, {len(self.accepted)} accepted, "
            f"{len(self.rejected)} rejected"
        ]
        if self.unknown_columns:
            lines.append("ignored columns (not in the schema): " + ", ".join(self.unknown_columns))
        for row in self.rejected[:max_rows]:
            ident = f" (id {row.id})" if row.id else ""
            lines.append(f"rejected line {row.line}{ident}: " + "; ".join(row.problems))
        if len(self.rejected) > max_rows:
            lines.append(f"… and {len(self.rejected) - max_rows} more rejected rows")
        lines += [f"warning: {warning}" for warning in self.warnings[:max_rows]]
        return lines


@dataclass(frozen=True, slots=True)
class FieldRule:
    name: str
    type: str
    required: bool
    pattern: re.Pattern[str] | None
    max_length: int | None
    unique: bool


def load_schema(path: Path) -> list[FieldRule]:
    schema = json.loads(path.read_text(encoding="utf-8"))
    rules = []
    for spec in schema["fields"]:
        constraints = spec.get("constraints", {})
        pattern = constraints.get("pattern")
        rules.append(
            FieldRule(
                name=spec["name"],
                type=spec.get("type", "string"),
                required=bool(constraints.get("required", False)),
                pattern=re.compile(pattern) if pattern else None,
                max_length=constraints.get("maxLength"),
                unique=bool(constraints.get("unique", False)),
            )
        )
    return rules


def read_rows(content: bytes, name: str) -> list[tuple[int, dict[str, Any]]]:
    """(line, row) pairs from CSV (comma or semicolon) or JSON (a list, or ``{"data": [...]}``)."""
    text = content.decode("utf-8-sig")
    stripped = text.lstrip()
    if name.lower().endswith(".json") or stripped.startswith(("[", "{")):
        try:
            data = json.loads(text)
        except ValueError as error:
            raise MediationImportError(f"not valid JSON ({error})") from None
        if isinstance(data, dict):
            data = data.get("data", data.get("lieux", []))
        if not isinstance(data, list):
            raise MediationImportError("JSON must be a list of places")
        return [(i, item if isinstance(item, dict) else {}) for i, item in enumerate(data, 1)]
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if not reader.fieldnames or "nom" not in reader.fieldnames:
        raise MediationImportError("no header row with the schema's columns (e.g. 'nom')")
    rows = []
    for row in reader:
        rows.append((reader.line_num, {k: v for k, v in row.items() if k is not None}))
    return rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value).strip()


def check_row(row: dict[str, Any], rules: list[FieldRule], seen: dict[str, set[str]]) -> list[str]:
    """The schema problems of one row (empty if it is valid)."""
    problems = []
    for rule in rules:
        value = _text(row.get(rule.name))
        if not value:
            if rule.required:
                problems.append(f"{rule.name}: required")
            continue
        if rule.type == "number":
            try:
                float(value)
            except ValueError:
                problems.append(f"{rule.name}: not a number ({value[:30]!r})")
                continue
        if rule.type == "date":
            try:
                date.fromisoformat(value[:10])
            except ValueError:
                problems.append(f"{rule.name}: not a date YYYY-MM-DD ({value[:30]!r})")
                continue
        if rule.pattern is not None and not rule.pattern.fullmatch(value):
            problems.append(f"{rule.name}: {value[:60]!r} does not follow the schema")
        if rule.max_length is not None and len(value) > rule.max_length:
            problems.append(f"{rule.name}: longer than {rule.max_length} characters")
        if rule.unique:
            if value in seen.setdefault(rule.name, set()):
                problems.append(f"{rule.name}: {value[:40]!r} appears twice")
            seen[rule.name].add(value)
    for axis, bound in (("latitude", 90), ("longitude", 180)):
        value = _text(row.get(axis))
        try:
            if value and abs(float(value)) > bound:
                problems.append(f"{axis}: out of range")
        except ValueError:
            pass
    return problems


def import_file(
    path: Path,
    schema_path: Path,
    locate: Any = None,
) -> ImportReport:
    """Validate ``path`` against the schema; ``locate(postcode)`` places rows with no position."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise MediationImportError("file larger than 200 MB")
    try:
        content = path.read_bytes()
    except OSError as error:
        raise MediationImportError(f"cannot be read ({error})") from None
    try:
        rows = read_rows(content, path.name)
    except UnicodeDecodeError:
        raise MediationImportError("not UTF-8 text") from None
    return import_rows(rows, load_schema(schema_path), path.name, locate)


def import_rows(
    rows: list[tuple[int, dict[str, Any]]],
    rules: list[FieldRule],
    source_name: str,
    locate: Any = None,
) -> ImportReport:
    report = ImportReport(source_name=source_name, total=len(rows))
    known = {rule.name for rule in rules}
    unknown: set[str] = set()
    seen: dict[str, set[str]] = {}
    for line, row in rows:
        unknown.update(k for k in row if k not in known)
        problems = check_row(row, rules, seen)
        ident = _text(row.get("id"))[:60]
        place = None if problems else _to_place(row, locate, report, line)
        if place is None and not problems:
            problems = ["no position: latitude/longitude missing and postcode unknown"]
        if problems:
            report.rejected.append(RejectedRow(line, ident, tuple(problems)))
        elif place is not None:
            report.accepted.append(place)
    report.unknown_columns = sorted(unknown)
    return report


def _to_place(row: dict[str, Any], locate: Any, report: ImportReport, line: int) -> Place | None:
    postcode = _text(row.get("code_postal"))
    lat_text, lon_text = _text(row.get("latitude")), _text(row.get("longitude"))
    approximate = False
    insee = _text(row.get("code_insee"))
    if lat_text and lon_text:
        lat, lon = float(lat_text), float(lon_text)
    else:
        location: Location | None = locate(postcode) if locate is not None else None
        if location is None:
            return None
        lat, lon, approximate = location.latitude, location.longitude, True
        insee = insee or location.code_insee
    hours = _text(row.get("horaires"))
    if hours and not is_valid(hours):
        report.warnings.append(f"line {line}: horaires not in opening_hours syntax, left out")
        hours = ""
    programmes = _text(row.get("dispositif_programmes_nationaux"))
    typologie = _text(row.get("typologie")).split("|")
    is_france_services = "France Services" in programmes or "RFS" in typologie
    address = ", ".join(
        part for part in (_text(row.get("adresse")), _text(row.get("complement_adresse"))) if part
    )
    return Place(
        kind=FRANCE_SERVICES if is_france_services else DIGITAL_HELP,
        name=_text(row.get("nom")),
        address=address,
        postcode=postcode,
        city=_text(row.get("commune")),
        latitude=lat,
        longitude=lon,
        code_insee=insee,
        phone=_text(row.get("telephone")),
        email=_text(row.get("courriels")).split("|")[0],
        website=_text(row.get("site_web")).split("|")[0],
        hours=hours,
        source="import",
        updated=_text(row.get("date_maj"))[:10],
        approximate=approximate,
        admin_help="Aide aux démarches administratives" in _text(row.get("services")),
        mobile=_text(row.get("itinerance")).startswith("Itin"),
    )


# -- saving and loading an accepted import --------------------------------------------------


def save_import(report: ImportReport, path: Path, imported_on: date | None = None) -> None:
    """Write the accepted places (no personal data: public directory records)."""
    from dataclasses import asdict

    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "format": IMPORT_FORMAT,
        "source": report.source_name,
        "imported_on": (imported_on or date.today()).isoformat(),
        "places": [asdict(place) for place in report.accepted],
    }
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)


def load_import(path: Path) -> tuple[list[Place], set[str], str]:
    """Places of a saved import, the categories it replaces, and a one-line description."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != IMPORT_FORMAT:
        raise MediationImportError("saved import has an unknown format")
    places = [Place(**item) for item in document["places"]]
    kinds = {place.kind for place in places}
    label = f"{document['source']} ({document['imported_on']}, {len(places)} places)"
    return places, kinds, label
