"""Pictograms and choice tiles (issue 14, V-1 and F-5).

V-1: the home tiles, categories, procedures and profiles were text-only radios and
outlined boxes. Every pictogram is a bundled file with its licence and a translated
text alternative; every choice is a tile whose whole surface is the target.
F-5: "For me" comes first and large; the professional profiles follow a heading.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QButtonGroup, QVBoxLayout, QWidget

from assist_desk.flows.catalogue import CATEGORIES, PROCEDURES, PROFILES
from assist_desk.i18n import LanguageSwitcher
from assist_desk.paths import resources_dir
from assist_desk.views.features import TILES
from assist_desk.views.widgets.choice_tile import ChoiceTile
from assist_desk.views.widgets.pictogram import (
    CATEGORY_PICTOGRAMS,
    PICTOGRAMS,
    PROFILE_PICTOGRAMS,
    alternative,
    icon_path,
    pictogram_pixmap,
    procedure_pictogram,
)
from tests.app_fixtures import reset_application
from tests.design.test_flow_alerts import account_screen

#: The pictograms the issue names (V-1), by our file names.
REQUIRED = {
    "car",
    "driving_licence",
    "identity_card",
    "passport",
    "person",
    "garage",
    "driving_school",
    "town_hall",
    "company",
    "help",
    "print",
    "qr_code",
    "search",
    "place",
}


@pytest.fixture
def french(qtbot: Any) -> Any:
    reset_application(QApplication.instance())  # no style or font left by an earlier test
    switcher = LanguageSwitcher(QApplication.instance())  # type: ignore[arg-type]
    assert switcher.switch("fr")
    yield
    switcher.uninstall()


def test_every_pictogram_is_a_bundled_svg_with_its_licence() -> None:
    assert set(PICTOGRAMS) >= REQUIRED
    folder = resources_dir() / "icons"
    sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
    assert "Apache" in (folder / "LICENSE").read_text(encoding="utf-8")
    shipped = {path.stem for path in folder.glob("*.svg")}
    assert shipped == set(PICTOGRAMS), "an icon without a text alternative, or the reverse"
    for name in PICTOGRAMS:
        assert QSvgRenderer(str(icon_path(name))).isValid(), name
        assert f"| {name}.svg |" in sources, f"{name}.svg has no source line"


def test_every_pictogram_has_a_translated_text_alternative(qtbot: Any) -> None:
    switcher = LanguageSwitcher(QApplication.instance())  # type: ignore[arg-type]
    assert switcher.switch("ar")  # Arabic: a translated text can never equal the English
    try:
        for name, english in PICTOGRAMS.items():
            assert alternative(name), name
            assert alternative(name) != english, name
    finally:
        switcher.uninstall()


def test_every_choice_has_a_pictogram() -> None:
    known = set(PICTOGRAMS)
    assert {tile.pictogram for tile in TILES} <= known
    assert {CATEGORY_PICTOGRAMS[c] for c in CATEGORIES} <= known
    assert {PROFILE_PICTOGRAMS[p] for p in PROFILES} <= known
    for procedures in PROCEDURES.values():
        assert all(procedure_pictogram(p) in known for p in procedures)


def test_a_pictogram_takes_the_colour_it_is_given(qtbot: Any) -> None:
    pixmap = pictogram_pixmap("car", 48, QColor("#000091"))
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    painted = [
        image.pixelColor(x, y)
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(painted) > 300  # a car, not an empty square
    assert {c.name() for c in painted} == {"#000091"}


def _tiles(qtbot: Any) -> tuple[QWidget, list[ChoiceTile]]:
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    group = QButtonGroup(holder)
    tiles = []
    for name in ("car", "passport", "person"):
        tile = ChoiceTile(name, checkable=True)
        tile.set_texts(f"Title {name}", f"Hint {name}")
        group.addButton(tile)
        column.addWidget(tile)
        tiles.append(tile)
    holder.resize(700, 500)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, tiles


def test_a_tile_is_one_named_described_target(qtbot: Any) -> None:
    _, tiles = _tiles(qtbot)
    tile = tiles[1]
    assert tile.accessibleName() == "Title passport"
    assert tile.accessibleDescription() == "Hint passport"
    # The whole tile is the target: a click near its edge, far from the texts, chooses it.
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=tile.rect().bottomRight() / 1.05)
    assert tile.isChecked()
    # Its height shows the pictogram and both texts in full.
    assert tile.height() >= tile.required_height(tile.width()) >= tile.pictogram_size()


def test_the_arrow_keys_move_between_answers_like_radio_buttons(qtbot: Any) -> None:
    _, tiles = _tiles(qtbot)
    tiles[0].setChecked(True)
    tiles[0].setFocus()
    qtbot.waitUntil(tiles[0].hasFocus)
    qtbot.keyClick(tiles[0], Qt.Key.Key_Down)
    assert tiles[1].hasFocus()
    assert tiles[1].isChecked()
    assert not tiles[0].isChecked()


def test_the_choice_is_seen_without_colour(qtbot: Any) -> None:
    """A chosen tile differs in shape (filled ring, inner border), not only in hue."""
    _, tiles = _tiles(qtbot)
    before = tiles[2].grab().toImage()
    tiles[2].setChecked(True)
    after = tiles[2].grab().toImage()
    changed = sum(
        1
        for x in range(0, before.width(), 2)
        for y in range(0, before.height(), 2)
        if before.pixel(x, y) != after.pixel(x, y)
    )
    assert changed > 100


def test_profiles_offer_for_me_first_and_large_then_the_professionals(
    qtbot: Any, french: Any
) -> None:
    _, screen, _ = account_screen(qtbot)
    page = screen.page("profile")
    tiles = list(page.radios.values())  # type: ignore[attr-defined]
    assert list(page.radios) == list(PROFILES)  # type: ignore[attr-defined]
    first, second = tiles[0], tiles[1]
    assert first.accessibleName() == "Pour moi (particulier)"
    assert first.pictogram_size() > second.pictogram_size()
    assert first.height() > second.height()
    heading = page.group_heading  # type: ignore[attr-defined]
    assert heading is not None
    assert heading.isVisibleTo(page)
    assert heading.text().startswith("Vous représentez une entreprise")
    # Between "For me" and the five others, on screen as in the reading order.
    assert first.geometry().bottom() < heading.geometry().top()
    assert heading.geometry().bottom() < second.geometry().top()


def test_a_tile_at_two_widths_cuts_no_word(qtbot: Any) -> None:
    """Wide, the pictogram and ring beside the texts; narrow (200 % text on an 800-px
    kiosk), the pictogram and ring above them and a long title word in a smaller font:
    nothing cut, and the clipped-text check says so; squeezed under its least width,
    the check finds the cut."""
    from assist_desk import theme
    from assist_desk.devtools import a11y_check

    app = QApplication.instance()
    theme.apply(app, "default", 2.0, kiosk=True)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        tile = ChoiceTile("car", checkable=True, parent=holder)
        tile.set_texts("Certificat d'immatriculation (carte grise)", "Changer d'adresse")
        holder.show()
        qtbot.waitExposed(holder)

        def at(width: int) -> list[str]:
            holder.resize(width, 2000)
            tile.setGeometry(0, 0, width, tile.heightForWidth(width))
            QApplication.processEvents()
            return [f.kind for f in a11y_check.check_clipped_text(holder)]

        title_px = tile._fonts()[0].pixelSize()  # the style sheet's title size, bold
        assert at(1800) == []
        assert not tile.stacked(1800)
        assert at(606) == []
        assert tile.stacked(606)
        assert tile.required_width() <= 606
        text_width = 606 - tile._frame()[0]
        assert tile._title_font(text_width).pixelSize() < title_px
        assert tile.height() >= tile.required_height(606)
        assert "clipped-text" in at(tile.required_width() - 40)
    finally:
        theme.remove(app)
        app.setProperty("assist_desk_citizen", None)
