"""The New request summary estimates a registration without asking the energy: it says
that an electric, hybrid or E85 vehicle may pay less (a Corsican electric car pays no
regional tax, and the estimate would otherwise show the full one)."""

from __future__ import annotations

from typing import Any

from assist_desk.content import ContentPack
from tests.design.test_summary_trust import plain, summary_page


def test_the_estimate_says_an_electric_car_may_pay_less(qtbot: Any, pack: ContentPack) -> None:
    page = summary_page(qtbot, pack, "vr_change_owner", "vehicle_registration")
    inputs = page.cost_inputs
    inputs.power.setValue(4)
    inputs.year.setValue(2022)
    inputs.region.setCurrentIndex(inputs.region.findData("corse"))
    text = plain(page)
    assert "Estimated total" in text
    assert "Electric, hybrid or E85 vehicle: the region may reduce this tax" in text
    assert text.index("Electric, hybrid") < text.index("Estimated total")
