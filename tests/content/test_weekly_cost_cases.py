"""The cost calculator on the cases a mediator meets every week (issue 16, section 2).

Each case in ``weekly_cost_cases.toml`` was worked out by hand from the rate table and the
law (rate × CV × factor + 11 € + 2,76 €); the calculator and the command line must give the
same figure, the same halving and the same "to recheck" warning.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from assist_desk.cli import main
from assist_desk.content import ContentPack

CASES: list[dict[str, Any]] = tomllib.loads(
    (Path(__file__).with_name("weekly_cost_cases.toml")).read_text(encoding="utf-8")
)["cases"]


def test_every_region_has_a_worked_case(pack: ContentPack) -> None:
    regions = {region.id for region in pack.fee_file.vehicle_cost.regions}
    assert regions == {case["region"] for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_calculator_gives_the_worked_figure(pack: ContentPack, case: dict[str, Any]) -> None:
    cost = pack.vehicle_cost(
        case["region"],
        case["cv"],
        case["first_registration"],
        case["on"],
        case.get("energy", "standard"),
    )
    assert cost.total == case["total"]
    assert cost.halved_for_age is case["halved"]
    assert cost.to_recheck is case["to_recheck"]
    assert cost.fixed_tax + cost.delivery == pytest.approx(13.76)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_the_cost_command_gives_the_worked_figure(
    capsys: pytest.CaptureFixture[str], case: dict[str, Any]
) -> None:
    arguments = [
        "content",
        "cost",
        "--region",
        case["region"],
        "--cv",
        str(case["cv"]),
        "--first-registration",
        case["first_registration"].isoformat(),
        "--on",
        case["on"].isoformat(),
        "--energy",
        case.get("energy", "standard"),
        "--json",
    ]
    assert main(arguments) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"] == case["total"]
    assert sum(line["amount"] for line in report["lines"]) == pytest.approx(case["total"])
