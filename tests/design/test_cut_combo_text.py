"""A drop-down shows its current text whole: at the French kiosk the cost calculator of
the car-registration summary showed "Choisissez votre ré…" (issue 14). The design check
finds a drop-down whose text Qt cuts, and the region drop-down passes it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from assist_desk.devtools.design_check import check_cut_combo_texts
from assist_desk.views.widgets.vehicle_tax import VehicleTaxInputs
from assist_desk.views.widgets.whole_combo import combo_text_room


def test_the_check_sees_a_cut_drop_down_text_and_a_whole_one(qtbot: Any) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Choisissez votre région de résidence")
    combo.show()
    qtbot.waitExposed(combo)
    combo.setFixedWidth(120)
    assert [f.kind for f in check_cut_combo_texts(combo)] == ["cut-combo-text"]
    combo.setFixedWidth(combo.sizeHint().width() + 20)
    assert combo_text_room(combo) >= combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert check_cut_combo_texts(combo) == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
@pytest.mark.parametrize("mode", ["kiosk", "training"])
def test_the_region_drop_down_shows_its_text_whole(
    qtbot: Any, app_context: Any, mode: str, lang: str
) -> None:
    """In the application's own style (kiosk fonts: 26 px and more), in a narrow form."""
    app_context("--mode", mode, "--lang", lang)
    holder = QWidget()
    qtbot.addWidget(holder)
    inputs = VehicleTaxInputs(lambda *_: None)
    QVBoxLayout(holder).addWidget(inputs)
    inputs.set_regions([("idf", "Île-de-France"), ("pdl", "Provence-Alpes-Côte d'Azur")])
    inputs.retranslate()
    holder.resize(500, 400)
    holder.show()
    qtbot.waitExposed(holder)
    for index in range(inputs.region.count()):
        inputs.region.setCurrentIndex(index)
        qtbot.wait(1)
        assert check_cut_combo_texts(holder) == [], inputs.region.currentText()


def test_the_check_measures_the_ink_of_the_last_letter(qtbot: Any) -> None:
    """The top bar's "Français" at 200 % text: the box 4 px short of the text's advance
    slices the "s" (seen), 2 px short cuts only the blank after it and a pixel of its
    anti-aliased fringe (not seen). The check reports the first, not the second."""
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setStyleSheet("QComboBox { font-size: 40px; padding: 4px 12px; }")
    combo.addItem("Français")
    combo.show()
    qtbot.waitExposed(combo)
    advance = QFontMetrics(combo.font()).horizontalAdvance("Français")
    chrome = 1000 - combo_text_room(combo, 1000)  # frame, padding and arrow
    combo.setFixedWidth(advance - 2 + chrome)
    assert combo_text_room(combo) == advance - 2
    assert check_cut_combo_texts(combo) == []
    combo.setFixedWidth(advance - 4 + chrome)
    assert [f.kind for f in check_cut_combo_texts(combo)] == ["cut-combo-text"]
