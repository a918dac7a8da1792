"""The registration cost as the law computes it, and per-fact review dates (issue 16)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assist_desk.cli import main
from assist_desk.content import ContentError, ContentPack, freshness

DEC_2026 = dt.date(2026, 12, 5)


# -- W1, O1, O2, W8: the calculator ---------------------------------------------------


def test_w1_twelve_year_old_5cv_in_bretagne_is_halved(pack: ContentPack) -> None:
    cost = pack.vehicle_cost("bretagne", 5, dt.date(2014, 6, 1), DEC_2026)
    assert cost.halved_for_age
    assert cost.regional_tax == 150.0
    assert cost.total == 163.76  # not 313,76 €


def test_w1_halving_starts_on_the_tenth_anniversary(pack: ContentPack) -> None:
    day_before = pack.vehicle_cost("bretagne", 5, dt.date(2016, 12, 6), DEC_2026)
    on_the_day = pack.vehicle_cost("bretagne", 5, dt.date(2016, 12, 5), DEC_2026)
    assert (day_before.total, on_the_day.total) == (313.76, 163.76)


def test_o1_martinique_53_since_july_2025(pack: ContentPack) -> None:
    assert pack.vehicle_cost("martinique", 7, dt.date(2020, 1, 1), DEC_2026).total == 384.76
    june = pack.vehicle_cost("martinique", 7, dt.date(2020, 1, 1), dt.date(2025, 6, 30))
    assert june.eur_per_cv == 30.0


def test_o2_nouvelle_aquitaine_58_from_march_2026(pack: ContentPack) -> None:
    feb = pack.vehicle_cost("nouvelle_aquitaine", 6, dt.date(2019, 1, 1), dt.date(2026, 2, 28))
    march = pack.vehicle_cost("nouvelle_aquitaine", 6, dt.date(2019, 1, 1), dt.date(2026, 3, 1))
    assert (feb.eur_per_cv, march.eur_per_cv) == (53.0, 58.0)
    assert march.total == 361.76


def test_w8_start_dates_of_the_2025_rates(pack: ContentPack) -> None:
    starts = {
        "ile_de_france": dt.date(2024, 1, 1),
        "normandie": dt.date(2025, 1, 1),
        "bretagne": dt.date(2025, 2, 1),
        "grand_est": dt.date(2025, 2, 1),
        "bourgogne_franche_comte": dt.date(2025, 7, 1),
        "occitanie": dt.date(2025, 7, 1),
    }
    for region, start in starts.items():
        cost = pack.vehicle_cost(region, 5, dt.date(2024, 1, 1), dt.date(2025, 12, 1))
        assert cost.rate_valid_from == start, region


def test_electric_follows_the_region_and_its_dates(pack: ContentPack) -> None:
    new = dt.date(2026, 1, 10)
    # Hauts-de-France: free until 31 March 2026, then charged (both marked to recheck).
    march = pack.vehicle_cost("hauts_de_france", 5, new, dt.date(2026, 3, 31), "electric")
    april = pack.vehicle_cost("hauts_de_france", 5, new, dt.date(2026, 4, 1), "electric")
    assert (march.regional_tax, april.regional_tax) == (0.0, 215.0)
    assert march.to_recheck
    assert april.to_recheck
    # Bretagne halves it: a particular tariff, not added to the 10-year halving.
    old_ev = pack.vehicle_cost("bretagne", 5, dt.date(2010, 1, 1), DEC_2026, "electric")
    assert old_ev.regional_tax == 150.0
    assert not old_ev.halved_for_age
    # Normandie: no reduction (two sources), so an old electric car is halved for its age.
    normandie = pack.vehicle_cost("normandie", 5, dt.date(2010, 1, 1), DEC_2026, "electric")
    assert normandie.halved_for_age
    assert normandie.regional_tax == 150.0
    assert not normandie.to_recheck
    # E85: no regional decision recorded: standard rules, flagged to recheck.
    e85 = pack.vehicle_cost("normandie", 5, dt.date(2020, 1, 1), DEC_2026, "e85")
    assert e85.energy_unknown
    assert e85.to_recheck
    assert e85.regional_tax == 300.0


def test_bad_input_is_refused(pack: ContentPack) -> None:
    with pytest.raises(ValueError, match="unknown region"):
        pack.vehicle_cost("atlantis", 5, dt.date(2020, 1, 1), DEC_2026)
    with pytest.raises(ValueError, match="horsepower"):
        pack.vehicle_cost("bretagne", 0, dt.date(2020, 1, 1), DEC_2026)
    with pytest.raises(ValueError, match="after"):
        pack.vehicle_cost("bretagne", 5, dt.date(2027, 1, 1), DEC_2026)
    with pytest.raises(ValueError, match="no rate known"):
        pack.vehicle_cost("bretagne", 5, dt.date(2010, 1, 1), dt.date(2020, 1, 1))


# -- the command line -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "total"),
    [
        (["--region", "bretagne", "--cv", "5", "--first-registration", "2014-06-01"], 163.76),
        (["--region", "martinique", "--cv", "7", "--first-registration", "2020-03-01"], 384.76),
        (
            ["--region", "nouvelle_aquitaine", "--cv", "6", "--first-registration", "2019-05-01"],
            361.76,
        ),
        (
            [
                "--region",
                "bretagne",
                "--cv",
                "5",
                "--first-registration",
                "2025-01-01",
                "--energy",
                "electric",
            ],
            163.76,
        ),
    ],
)
def test_cost_command_json(
    capsys: pytest.CaptureFixture[str], arguments: list[str], total: float
) -> None:
    assert main(["content", "cost", *arguments, "--on", "2026-12-05", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"] == total
    assert isinstance(report["total"], float)
    assert sum(line["amount"] for line in report["lines"]) == pytest.approx(total)
    assert report["evidence"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--cv", "5", "--first-registration", "2014-06-01"], "--region is required"),
        (["--region", "atlantis", "--cv", "5", "--first-registration", "2014-06-01"], "unknown"),
        (["--region", "bretagne", "--cv", "x", "--first-registration", "2014-06-01"], "whole"),
        (["--region", "bretagne", "--cv", "120", "--first-registration", "2014-06-01"], "range"),
        (["--region", "bretagne", "--cv", "5", "--first-registration", "1/6/2014"], "date"),
        (
            [
                "--region",
                "bretagne",
                "--cv",
                "5",
                "--first-registration",
                "2014-06-01",
                "--energy",
                "coal",
            ],
            "--energy",
        ),
    ],
)
def test_cost_command_bad_argument_one_line_status_2(
    capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert main(["content", "cost", *arguments]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert message in lines[0]


# -- per-fact review dates ------------------------------------------------------------


def test_every_fact_has_a_review_date_after_its_check(pack: ContentPack) -> None:
    facts = list(freshness.facts(pack))
    assert len(facts) > 100
    assert all(f.review_by > f.checked_on for f in facts)
    assert len({f.checked_on for f in facts}) >= 2  # no longer one bulk-stamped date


def test_check_lists_stale_facts_and_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", "--on", "2027-02-01"]) == 0
    out = capsys.readouterr().out
    assert "stale: rate bretagne 60 EUR/CV from 2025-02-01 (review_by 2027-01-05)" in out
    assert out.rstrip().endswith("content check: OK")


def test_check_stale_fails_past_review_by(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["content", "check", "--stale", "--on", "2027-02-01"]) == 1
    assert "content check: FAILED" in capsys.readouterr().out
    assert main(["content", "check", "--stale", "--on", "2026-12-05"]) == 0


def test_a_single_unofficial_source_must_be_marked_to_recheck(content_copy: Path) -> None:
    path = content_copy / "fees.toml"
    text = path.read_text(encoding="utf-8")
    confirmed = (
        "{ valid_from = 2025-02-01, eur_per_cv = 60.0, evidence = "
        '["https://42mag.fr/2025/01/carte-grise-hausse-des-tarifs-dans-sept-regions-en-2025/", '
        '"https://banquedesterritoires.fr/carte-grise-forte-hausse-du-tarif-dans-8-regions-en-2025"]'
    )
    assert confirmed in text
    one_source = confirmed.split(', "https://banquedesterritoires')[0] + "]"
    path.write_text(text.replace(confirmed, one_source, 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        ContentPack.load(content_copy)
    assert any("one unofficial site only" in line for line in error.value.lines)


def test_a_fact_checked_after_publication_is_refused(content_copy: Path) -> None:
    path = content_copy / "pack.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("published = 2026-12-06", "published = 2026-12-01"), "utf-8")
    with pytest.raises(ContentError) as error:
        ContentPack.load(content_copy)
    assert any("is after the pack's published date" in line for line in error.value.lines)
