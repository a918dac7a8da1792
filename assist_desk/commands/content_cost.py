"""``assist-desk content cost``: a registration certificate's estimated cost.

    assist-desk content cost --region bretagne --cv 5 --first-registration 2014-06-01 --json

Prints each line (regional tax, fixed tax, delivery) and the total in euros; with
``--json`` the amounts are numbers. Any bad argument prints one line on stderr and
exits with status 2 (the arguments are checked here, not by argparse, whose errors
take two lines).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

EXIT_BAD_ARGUMENT = 2
ENERGY_CHOICES = ("standard", "electric", "hybrid", "e85")


def register(actions: Any) -> None:
    cost = actions.add_parser(
        "cost",
        help="estimate a registration certificate's cost (regional tax, fixed fees)",
        description="Regional rate on the day x fiscal horsepower (halved at 10 years or "
        "more, or the region's electric/hybrid/E85 rule) + 11 EUR + 2.76 EUR. "
        "The malus is not computed.",
    )
    cost.add_argument("--region", help="region id (e.g. bretagne, ile_de_france)")
    cost.add_argument("--cv", help="fiscal horsepower, box P.6 (1 to 99)")
    cost.add_argument("--first-registration", help="date of first registration, YYYY-MM-DD")
    cost.add_argument("--energy", default="standard", help=f"one of {', '.join(ENERGY_CHOICES)}")
    cost.add_argument("--on", help="date of the estimate, YYYY-MM-DD (default: today)")
    cost.add_argument("--json", action="store_true", help="print JSON")
    cost.add_argument("--dir", help="content folder (default: the bundled one)")
    cost.set_defaults(run=run_cost)


class BadArgument(Exception):
    """One line saying which argument is wrong and what is expected."""


def _date(value: str | None, option: str) -> dt.date:
    if not value:
        raise BadArgument(f"{option} is required (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadArgument(f"{option} {value!r} is not a date (YYYY-MM-DD)") from None


def _horsepower(value: str | None) -> int:
    if not value:
        raise BadArgument("--cv is required (fiscal horsepower, 1 to 99)")
    try:
        horsepower = int(value)
    except ValueError:
        raise BadArgument(f"--cv {value!r} is not a whole number (1 to 99)") from None
    if not 1 <= horsepower <= 99:
        raise BadArgument(f"--cv {horsepower} is out of range (1 to 99)")
    return horsepower


def run_cost(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assist_desk.content import ContentError, ContentPack

    try:
        pack = ContentPack.load(Path(args.dir) if args.dir else None, check=False)
    except ContentError as error:
        print(f"content cost: the content cannot be read: {error.lines[0]}", file=sys.stderr)
        return 1
    try:
        regions = dict(pack.regions())
        if not args.region:
            raise BadArgument("--region is required (one of: " + ", ".join(regions) + ")")
        if args.region not in regions:
            raise BadArgument(f"--region {args.region!r} is unknown (one of: {', '.join(regions)})")
        horsepower = _horsepower(args.cv)
        first = _date(args.first_registration, "--first-registration")
        on = _date(args.on, "--on") if args.on else dt.date.today()
        if args.energy not in ENERGY_CHOICES:
            raise BadArgument(
                f"--energy {args.energy!r} is unknown (one of: {', '.join(ENERGY_CHOICES)})"
            )
        if first > on:
            raise BadArgument(
                f"--first-registration {first.isoformat()} is after the estimate date "
                f"{on.isoformat()}"
            )
        estimate = pack.vehicle_cost(args.region, horsepower, first, on, args.energy)
    except BadArgument as error:
        print(f"content cost: {error}", file=sys.stderr)
        return EXIT_BAD_ARGUMENT
    except ValueError as error:  # e.g. no rate known on that date
        print(f"content cost: {error}", file=sys.stderr)
        return EXIT_BAD_ARGUMENT
    report = describe(estimate, pack.vehicle_cost_malus("en"))
    if args.json:
        import json

        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(as_text(report))
    return 0


def describe(estimate: Any, malus_note: str) -> dict[str, Any]:
    """The estimate as plain data (what ``--json`` prints)."""
    rate = estimate.rate
    if estimate.energy_rule is not None and estimate.energy_rule.factor != 1:
        why = f"{estimate.energy} vehicle: regional rule x{estimate.energy_rule.factor:g}"
    elif estimate.halved_for_age:
        why = "first registration 10 years ago or more: rate halved"
    else:
        why = "full rate"
    notes = []
    if estimate.energy_unknown:
        notes.append(
            f"no regional decision for {estimate.energy} vehicles is recorded for this date: "
            "the standard rules were applied; to recheck"
        )
    for figure in (rate, estimate.energy_rule):
        if figure is not None and figure.note:
            notes.append(figure.note)
    notes.append(malus_note)
    return {
        "region": estimate.region_id,
        "region_name": estimate.region_name,
        "cv": estimate.horsepower,
        "first_registration": estimate.first_registration.isoformat(),
        "energy": estimate.energy,
        "on": estimate.on.isoformat(),
        "rate_eur_per_cv": estimate.eur_per_cv,
        # An unchecked start date is not a fact: null, and the first day it is known to apply.
        "rate_valid_from": rate.valid_from.isoformat() if estimate.rate_start_known else None,
        "rate_valid_from_to_recheck": not estimate.rate_start_known,
        "rate_known_from": rate.valid_from.isoformat(),
        "factor": estimate.factor,
        "why": why,
        "lines": [
            {"label": "regional tax (Y.1)", "amount": estimate.regional_tax},
            {"label": "fixed tax (Y.4)", "amount": estimate.fixed_tax},
            {"label": "delivery fee (Y.5)", "amount": estimate.delivery},
        ],
        "total": estimate.total,
        "currency": "EUR",
        "to_recheck": estimate.to_recheck,
        "checked_on": rate.checked_on.isoformat(),
        "review_by": rate.review_by.isoformat(),
        "evidence": estimate.evidence,
        "law": estimate.halving_source,
        "notes": notes,
    }


def as_text(report: dict[str, Any]) -> str:
    if report["rate_valid_from_to_recheck"]:
        when = f"in force on {report['on']} (start date to recheck)"
    else:
        when = f"since {report['rate_valid_from']}"
    lines = [
        f"{report['region_name']}, {report['cv']} CV, first registered "
        f"{report['first_registration']}, {report['energy']}, on {report['on']}",
        f"  rate {report['rate_eur_per_cv']:g} EUR/CV {when} ({report['why']})",
    ]
    lines += [f"  {line['label']}: {line['amount']:.2f} EUR" for line in report["lines"]]
    lines.append(f"  total: {report['total']:.2f} EUR")
    if report["to_recheck"]:
        lines.append("  TO RECHECK: a figure used could not be confirmed")
    lines += [f"  note: {note}" for note in report["notes"]]
    return "\n".join(lines)
