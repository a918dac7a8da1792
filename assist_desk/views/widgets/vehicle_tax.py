"""The three answers a registration's regional tax depends on, asked on the summary (C-1).

Region, fiscal horsepower (box P.6) and year of first registration (box B): the summary
turns them into an estimate with a total through the content's cost calculator. Until a
region is chosen the summary says plainly that the regional tax depends on them and gives
an example; it never shows a total that leaves it out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from assist_desk.views.widgets.count_field import CountField
from assist_desk.views.widgets.whole_combo import WholeTextComboBox


class VehicleTaxInputs(QWidget):
    """Region, horsepower and year; ``on_change(region_id, horsepower, year)`` on each edit.

    ``region_id`` is None while no region is chosen (the first entry says "Choose").
    """

    def __init__(
        self,
        on_change: Callable[[str | None, int, int], None],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vehicleTaxInputs")
        self._on_change = on_change
        self._today = today
        self.region_label = QLabel()
        # Its text whole, in the kiosk's font too (it showed "Choisissez votre ré…").
        self.region = WholeTextComboBox()
        self.region.setObjectName("vehicleTaxRegion")
        self.region_label.setBuddy(self.region)
        self.power_label = QLabel()
        # Typed, or stepped with − / + (a spin box's arrows were 25 px tall at a kiosk).
        self.power = CountField(1, 99)
        self.power.setObjectName("vehicleTaxHorsepower")
        self.power.setValue(5)
        self.power.fit_width()
        self.power_label.setBuddy(self.power)
        self.year_label = QLabel()
        self.year = CountField(1900, today().year)
        self.year.setObjectName("vehicleTaxYear")
        self.year.setValue(today().year)
        self.year.fit_width()
        self.year_label.setBuddy(self.year)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.region_label, self.region)
        form.addRow(self.power_label, self.power)
        form.addRow(self.year_label, self.year)
        self.region.currentIndexChanged.connect(lambda _i: self._changed())
        self.power.valueChanged.connect(lambda _v: self._changed())
        self.year.valueChanged.connect(lambda _v: self._changed())
        self._loading = False

    def set_regions(self, regions: list[tuple[str, str]]) -> None:
        """The regions of the content pack, after a "Choose your region" entry."""
        if [self.region.itemData(i) for i in range(1, self.region.count())] == [
            region_id for region_id, _ in regions
        ] and self.region.count():
            return
        self._loading = True
        self.region.clear()
        self.region.addItem("", None)
        for region_id, name in regions:
            self.region.addItem(name, region_id)
        self._loading = False
        self.retranslate()

    def show_answers(self, region_id: str | None, horsepower: int | None, year: int | None) -> None:
        """Put back what the citizen chose (Back keeps it), without calling ``on_change``."""
        self._loading = True
        index = self.region.findData(region_id) if region_id else 0
        self.region.setCurrentIndex(max(0, index))
        self.power.setValue(horsepower or 5)
        self.year.setValue(year or self._today().year)
        self._loading = False

    def clear(self) -> None:
        self.show_answers(None, None, None)

    def _changed(self) -> None:
        power, year = self.power.value(), self.year.value()
        if not self._loading and power is not None and year is not None:
            self._on_change(self.region.currentData(), power, year)

    def retranslate(self) -> None:
        # No "&": mnemonic underlines are never shown on citizen screens (V-6, AR-4).
        self.region_label.setText(self.tr("Region of your home"))
        self.region.setAccessibleName(self.tr("Region of your home"))
        if self.region.count():
            self.region.setItemText(0, self.tr("Choose your region"))
            self.region.texts_changed()
        self.power_label.setText(self.tr("Fiscal horsepower (box P.6 of the old certificate)"))
        self.power.setAccessibleName(self.tr("Fiscal horsepower"))
        self.year_label.setText(self.tr("Year of first registration (box B)"))
        self.year.setAccessibleName(self.tr("Year of first registration"))
