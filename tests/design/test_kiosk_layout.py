"""The kiosk layout and the type (issue 14: K-2, V-3, V-7, AR-2, AR-3)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from assist_desk import fonts, theme
from assist_desk.modes import Mode
from assist_desk.views.ask_mediator import AskMediatorScreen
from assist_desk.views.main_window import MainWindow, ShellInfo
from assist_desk.views.widgets.direction import LatinBlock, align_with_page


@pytest.fixture
def kiosk_styled(qapp: Any) -> Any:
    theme.apply(qapp, "default", 1.0, mode="kiosk")
    yield
    theme.remove(qapp)
    qapp.setProperty("assist_desk_citizen", None)


def _window(qtbot: Any, mode: Mode, size: tuple[int, int] = (1920, 1080)) -> MainWindow:
    window = MainWindow(ShellInfo("Test point", mode, ("fr", "en"), "en"), ())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_bundled_fonts_are_loaded_and_named_by_the_style_sheet(qapp: Any) -> None:
    families = fonts.load()
    assert {fonts.LATIN_FAMILY, fonts.ARABIC_FAMILY} <= families
    assert f'"{fonts.ARABIC_FAMILY}"' in theme.render("default", 1.0, kiosk=True)
    # The platform's font there, ours only for Arabic letters (none in the platform's).
    platform = QApplication.font().family()
    assert f'font-family: "{platform}", "{fonts.ARABIC_FAMILY}";' in theme.render("system", 1.0)


def test_type_scale_and_arabic_line_height(qapp: Any) -> None:
    desktop, kiosk = theme.sizes(1.0, kiosk=False), theme.sizes(1.0, kiosk=True)
    assert [desktop[k] for k in ("font_px", "subtitle_px", "title_px")] == ["18", "24", "32"]
    assert [kiosk[k] for k in ("font_px", "subtitle_px", "title_px")] == ["26", "30", "40"]
    arabic = int(theme.sizes(1.0, kiosk=True, arabic=True)["font_px"])
    assert arabic == 30  # 26 × 1.15 (AR-3)
    fonts.load()
    font = QFont(fonts.ARABIC_FAMILY)
    font.setPixelSize(arabic)
    assert 1.6 <= QFontMetrics(font).lineSpacing() / arabic <= 1.75  # AR-3: 1.6–1.7


def test_kiosk_screens_are_a_centred_column(qtbot: Any, kiosk_styled: Any) -> None:
    window = _window(qtbot, Mode.KIOSK)
    screen = window.current_screen()
    column = int(theme.sizes(1.0, kiosk=True)["column_px"])
    assert 950 <= column <= 1050  # about 1000 px at the kiosk (K-2)
    assert screen.width() == column
    left = screen.mapTo(window, screen.rect().topLeft()).x()
    right = window.width() - (left + screen.width())
    scrollbar = window.stack.width() - screen.parentWidget().width()
    assert abs(left - (right - scrollbar)) <= 2  # centred in the room left


def test_kiosk_has_an_ask_a_mediator_button_that_comes_back(qtbot: Any, kiosk_styled: Any) -> None:
    window = _window(qtbot, Mode.KIOSK)
    assert window.help_button.isVisible()
    window.show_screen("home")
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    assert isinstance(screen, AskMediatorScreen)
    assert screen.heading.isVisible()
    assert screen.back_button.isVisible()
    assert window.focusWidget() is screen.back_button  # the way back, at once
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"


def test_workstations_have_no_ask_a_mediator_button(qtbot: Any) -> None:
    for mode in (Mode.MEDIATOR, Mode.TRAINING):
        window = _window(qtbot, mode, (1280, 800))
        assert not window.help_button.isVisible()
        assert not window.has_screen(AskMediatorScreen.screen_id)


def _ink_columns(widget: QWidget) -> tuple[int, int]:
    """The leftmost and rightmost columns where the widget drew dark text."""
    image = widget.grab().toImage()
    found = [
        x
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 100
    ]
    assert found, "nothing drawn"
    return min(found), max(found)


def test_latin_heading_keeps_to_the_right_of_an_arabic_page(qtbot: Any) -> None:
    """AR-2: "FranceConnect" sat at the left edge while its step line was on the right."""
    page = QWidget()
    qtbot.addWidget(page)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    layout = QVBoxLayout(page)
    before, after = QLabel("FranceConnect"), QLabel("FranceConnect")
    for label in (before, after):
        label.setWordWrap(True)
        label.setStyleSheet("color: black; background: white;")
        layout.addWidget(label)
    align_with_page(after)
    page.resize(600, 120)
    page.show()
    qtbot.waitExposed(page)
    assert _ink_columns(before)[0] < 100  # the old way: at the left edge
    assert _ink_columns(after)[1] > 500  # at the page's reading side
    page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # back to French
    assert _ink_columns(after)[0] < 100


def test_french_block_in_an_arabic_page_reads_left_to_right(qtbot: Any) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    block = LatinBlock("Taxe fixe : 11 €", page)
    assert block.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert block.label.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert block.label.alignment() & Qt.AlignmentFlag.AlignLeft
