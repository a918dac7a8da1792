"""The registration certificate's cost, as the law computes it (Qt-free).

cost = regional tax + fixed tax (Y.4, 11 €) + delivery (Y.5, 2,76 €), where the regional
tax = the region's rate on the day × fiscal horsepower × a factor:

- ½ when the first registration is ``halving_age_years`` (10) years old or more, unless the
  vehicle has a particular tariff (CIBS: the halving does not add to one);
- the region's decision for an electric, hybrid or E85 vehicle (0, ½ or 1), dated.

The malus (CO2 and weight taxes of a new or imported vehicle) is explained, not computed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from assist_desk.content.schema import ENERGIES, EnergyRule, Region, RegionalRate, VehicleCost


@dataclass(frozen=True)
class CostEstimate:
    """One estimate, with everything needed to explain and source it."""

    region_id: str
    region_name: str
    horsepower: int
    energy: str
    on: dt.date
    first_registration: dt.date
    rate: RegionalRate
    #: The region's decision for this energy on that day (None: standard vehicle, or unknown).
    energy_rule: EnergyRule | None
    #: A non-standard energy for which the pack knows no regional decision on that day.
    energy_unknown: bool
    halved_for_age: bool
    regional_tax: float
    fixed_tax: float
    delivery: float
    source: str
    halving_source: str

    @property
    def eur_per_cv(self) -> float:
        return self.rate.eur_per_cv

    @property
    def rate_valid_from(self) -> dt.date:
        return self.rate.valid_from

    @property
    def rate_start_known(self) -> bool:
        """Whether ``rate_valid_from`` is the day the rate really started (else: to recheck)."""
        return self.rate.valid_from_confirmed

    @property
    def factor(self) -> float:
        """What the rate × horsepower is multiplied by (1, ½ or 0)."""
        if self.energy_rule is not None and self.energy_rule.factor != 1:
            return float(self.energy_rule.factor)
        return 0.5 if self.halved_for_age else 1.0

    @property
    def to_recheck(self) -> bool:
        """Some figure used could not be confirmed: say so, never present it as certain."""
        rule_unsure = self.energy_rule is not None and self.energy_rule.to_recheck
        return self.rate.to_recheck or rule_unsure or self.energy_unknown

    @property
    def total(self) -> float:
        return round(self.regional_tax + self.fixed_tax + self.delivery, 2)

    @property
    def evidence(self) -> list[str]:
        pages = [str(url) for url in self.rate.evidence]
        if self.energy_rule is not None:
            pages += [str(url) for url in self.energy_rule.evidence if str(url) not in pages]
        return pages


def years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from ``start`` to ``end`` (a 29 February birthday counts on 28 February)."""
    years = end.year - start.year
    try:
        anniversary = start.replace(year=end.year)
    except ValueError:  # 29 February in a non-leap year
        anniversary = dt.date(end.year, 2, 28)
    return years - 1 if end < anniversary else years


def rate_on(region: Region, day: dt.date) -> RegionalRate:
    valid = sorted((r for r in region.rates if r.valid_from <= day), key=lambda r: r.valid_from)
    if not valid:
        raise ValueError(f"no rate known for {region.name} on {day.isoformat()}")
    return valid[-1]


def energy_rule_on(region: Region, energy: str, day: dt.date) -> EnergyRule | None:
    rules = [
        rule
        for rule in region.energy_rules
        if rule.energy == energy
        and rule.valid_from <= day
        and (rule.valid_until is None or day <= rule.valid_until)
    ]
    return max(rules, key=lambda rule: rule.valid_from) if rules else None


def estimate(
    cost: VehicleCost,
    region_id: str,
    horsepower: int,
    first_registration: dt.date,
    on: dt.date,
    energy: str = "standard",
) -> CostEstimate:
    """The estimate for one vehicle; raises ValueError naming the bad input."""
    region = next((r for r in cost.regions if r.id == region_id), None)
    if region is None:
        raise ValueError(f"unknown region {region_id!r}")
    if not 1 <= horsepower <= 99:
        raise ValueError("fiscal horsepower must be between 1 and 99")
    if energy not in ENERGIES:
        raise ValueError(f"unknown energy {energy!r} (expected {', '.join(ENERGIES)})")
    if first_registration > on:
        raise ValueError("the first registration date is after the date of the estimate")
    rate = rate_on(region, on)
    rule = energy_rule_on(region, energy, on) if energy != "standard" else None
    particular_tariff = rule is not None and rule.factor != 1
    halved = (
        not particular_tariff and years_between(first_registration, on) >= cost.halving_age_years
    )
    factor = float(rule.factor) if particular_tariff and rule else (0.5 if halved else 1.0)
    return CostEstimate(
        region_id=region.id,
        region_name=region.name,
        horsepower=horsepower,
        energy=energy,
        on=on,
        first_registration=first_registration,
        rate=rate,
        energy_rule=rule,
        energy_unknown=energy != "standard" and rule is None,
        halved_for_age=halved,
        regional_tax=round(rate.eur_per_cv * horsepower * factor, 2),
        fixed_tax=cost.fixed_tax_eur,
        delivery=cost.delivery_eur,
        source=str(cost.source),
        halving_source=str(cost.halving_source),
    )
