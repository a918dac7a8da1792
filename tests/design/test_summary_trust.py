"""The New request summary tells the truth (issue 14: C-1, C-2, C-6).

Real parts: the bundled content pack and its cost calculator, the training portal's own
catalogue, the RequestController and the Qt summary page (no portal call is made).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from assist_desk.content import ContentPack
from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.sandbox import seed
from assist_desk.views.request.screen import SummaryPage

#: English texts: no catalogue left installed by an earlier test of the same worker.
pytestmark = pytest.mark.usefixtures("neutral_application")

HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_holders() -> Any:
    yield
    HOLDERS.clear()


@pytest.fixture(scope="module")
def pack() -> ContentPack:
    return ContentPack.load()


def summary_page(qtbot: Any, pack: ContentPack, procedure: str, category: str) -> SummaryPage:
    holder = QWidget()
    HOLDERS.append(holder)  # qtbot keeps only a weak reference
    qtbot.addWidget(holder)
    session = FlowSession(holder)
    controller = RequestController(
        lambda: None, session, content=lambda: pack, language=lambda: "en", parent=holder
    )
    controller.catalogue = seed.catalogue()
    controller.update(profile="individual", category=category, procedure=procedure)
    page = SummaryPage(controller)
    page.setParent(holder)
    page.load()
    return page


def plain(page: SummaryPage) -> str:
    return re.sub(r"<[^>]+>", " ", page.html()).replace("\u2066", "").replace("\u2069", "")


def test_registration_summary_never_shows_a_total_without_the_regional_tax(
    qtbot: Any, pack: ContentPack
) -> None:
    page = summary_page(qtbot, pack, "vr_change_owner", "vehicle_registration")
    text = plain(page)
    # Nothing chosen yet: the regional tax is named first with an example, and the
    # total says it comes on top; the fixed part alone is never called "the total".
    assert "Regional tax: it depends on your region" in text
    assert text.index("Regional tax") < text.index("Fixed tax")
    assert "plus the regional tax" in text
    assert "Estimated total" not in text
    assert page.cost_inputs.isVisibleTo(page)

    # The citizen answers: region, 7 horsepower, first registered in 2020.
    inputs = page.cost_inputs
    inputs.power.setValue(7)
    inputs.year.setValue(2020)
    inputs.region.setCurrentIndex(inputs.region.findData("ile_de_france"))
    expected = pack.vehicle_cost("ile_de_france", 7, dt.date(2020, 7, 1), dt.date.today())
    text = plain(page)
    assert expected.regional_tax > 0
    assert "Île-de-France, 7 horsepower, first registered in 2020" in text
    # One euro format in every language (i18n.euros): "1 234,56 €", isolated.
    total = re.search(r"Estimated total: \u2068?([\d\u00a0\u202f ]+(?:,\d+)?)", text)
    assert total is not None
    number = float(re.sub(r"[^\d,]", "", total.group(1)).replace(",", "."))
    assert number == pytest.approx(expected.total)
    assert expected.total == pytest.approx(expected.regional_tax + 11 + 2.76)
    # Back and forward: the answers are still there; the print uses the same text.
    page.load()
    assert inputs.region.currentData() == "ile_de_france"
    assert inputs.power.value() == 7


def test_identity_card_summary_keeps_conditions_apart(qtbot: Any, pack: ContentPack) -> None:
    page = summary_page(qtbot, pack, "id_first_adult", "identity_card")
    text = plain(page)
    assert "To bring to the appointment at the town hall" in text  # C-6: papers, not files
    assert "Required" in text
    assert "Depending on your situation" in text
    required, depends = text.split("Depending on your situation")
    # A first ID card: the passport is only "if you have one", with its condition.
    assert "If you have a passport" in depends
    assert "If you have a passport" not in required
    assert not page.cost_inputs.isVisibleTo(page)  # no regional tax here
    assert "service-public.fr, checked on" in text  # C-6: the source, not a raw URL
    assert "https://" not in text.split("Source:")[1].split("You will continue")[0]


def test_online_procedure_says_files_to_prepare(qtbot: Any, pack: ContentPack) -> None:
    page = summary_page(qtbot, pack, "vr_change_owner", "vehicle_registration")
    assert "To prepare before you start (photos or scans" in plain(page)
