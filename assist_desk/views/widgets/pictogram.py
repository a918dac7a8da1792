"""Pictograms (V-1): bundled SVG icons in the text colour, each with a text alternative.

The files are in ``resources/icons/`` (Material Design Icons, Apache-2.0, see its
SOURCES.md). They are drawn black; :func:`pictogram_pixmap` paints them in the colour
it is given, so they follow the theme (high contrast included) and a tile's state.
Every pictogram has a translated text alternative (:func:`alternative`): a tile
whose pictogram stands beside its title does not repeat it to a screen reader,
but a pictogram shown alone is named by it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.flows.catalogue import PROCEDURES
from assist_desk.i18n import QT_TRANSLATE_NOOP, translated
from assist_desk.paths import resources_dir

#: Every pictogram: its name (the file ``resources/icons/<name>.svg``) and text alternative.
PICTOGRAMS: dict[str, str] = {
    "car": QT_TRANSLATE_NOOP("Pictogram", "Car"),
    "driving_licence": QT_TRANSLATE_NOOP("Pictogram", "Driving licence"),
    "identity_card": QT_TRANSLATE_NOOP("Pictogram", "Identity card"),
    "passport": QT_TRANSLATE_NOOP("Pictogram", "Passport"),
    "person": QT_TRANSLATE_NOOP("Pictogram", "Person"),
    "garage": QT_TRANSLATE_NOOP("Pictogram", "Garage"),
    "driving_school": QT_TRANSLATE_NOOP("Pictogram", "Driving school"),
    "road_safety": QT_TRANSLATE_NOOP("Pictogram", "Road-safety course"),
    "town_hall": QT_TRANSLATE_NOOP("Pictogram", "Town hall"),
    "company": QT_TRANSLATE_NOOP("Pictogram", "Company"),
    "help": QT_TRANSLATE_NOOP("Pictogram", "Help"),
    "print": QT_TRANSLATE_NOOP("Pictogram", "Print"),
    "qr_code": QT_TRANSLATE_NOOP("Pictogram", "QR code"),
    "search": QT_TRANSLATE_NOOP("Pictogram", "Search"),
    "place": QT_TRANSLATE_NOOP("Pictogram", "Place"),
    "form": QT_TRANSLATE_NOOP("Pictogram", "Form"),
    "new_account": QT_TRANSLATE_NOOP("Pictogram", "New account"),
    "questions": QT_TRANSLATE_NOOP("Pictogram", "Questions and answers"),
    "checklist": QT_TRANSLATE_NOOP("Pictogram", "List of documents"),
    "larger_text": QT_TRANSLATE_NOOP("Pictogram", "Larger text"),
}

#: The pictogram of each request category (the procedures take their category's).
CATEGORY_PICTOGRAMS: dict[str, str] = {
    "vehicle_registration": "car",
    "driving_licence": "driving_licence",
    "identity_card": "identity_card",
    "passport": "passport",
}

#: The pictogram of each account profile.
PROFILE_PICTOGRAMS: dict[str, str] = {
    "individual": "person",
    "siv_professional": "garage",
    "driving_school": "driving_school",
    "road_safety_centre": "road_safety",
    "town_hall_dr": "town_hall",
    "legal_entity": "company",
}


def procedure_pictogram(procedure_id: str) -> str:
    """The pictogram of a procedure: its category's ("" for an unknown procedure)."""
    for category, procedures in PROCEDURES.items():
        if procedure_id in procedures:
            return CATEGORY_PICTOGRAMS.get(category, "")
    return ""


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"


def alternative(name: str) -> str:
    """The pictogram's text alternative, in the interface language."""
    return translated("Pictogram", PICTOGRAMS[name])


@cache
def _renderer(name: str) -> QSvgRenderer:
    # Made on the GUI thread by the first tile that paints it; kept for the process
    # (twenty small files), parentless so that no widget's deletion takes it away.
    renderer = QSvgRenderer(str(icon_path(name)))
    if not renderer.isValid():
        raise FileNotFoundError(icon_path(name))
    return renderer


def pictogram_pixmap(name: str, size: int, colour: QColor, device_ratio: float = 1.0) -> QPixmap:
    """The pictogram ``name`` as a ``size``×``size`` pixmap painted in ``colour``."""
    side = max(1, round(size * device_ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _renderer(name).render(painter, QRectF(0, 0, side, side))
    # Keep the icon's shape, take the colour: the theme's text colour on any background.
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    # A solid brush drawn without a pen, not fillRect(rect, colour): PySide tries
    # fillRect's QGradient.Preset overload first, which makes QGradient's 182 enum
    # members on the first frame's path (bench/RESULTS.md, session 9). Same pixels.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour, Qt.BrushStyle.SolidPattern))
    painter.drawRect(pixmap.rect())
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


class Pictogram(QLabel):
    """A pictogram shown on its own: an image named by its text alternative.

    Painted in the label's text colour, again whenever the style or palette changes,
    so it follows the theme.
    """

    def __init__(self, name: str, size: int = 64, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._side = size
        self.setFixedSize(QSize(size, size))
        self.setAccessibleName(alternative(name))
        self._repaint_pixmap()

    def _repaint_pixmap(self) -> None:
        colour = self.palette().color(self.foregroundRole())
        self.setPixmap(pictogram_pixmap(self.name, self._side, colour, self.devicePixelRatioF()))

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.setAccessibleName(alternative(self.name))
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._repaint_pixmap()
        super().changeEvent(event)
