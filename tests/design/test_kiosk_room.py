"""The room a kiosk screen keeps for its question at large text (issue 14).

At 200 % text on a 1280 × 800 kiosk the training banner and a three-row top bar took
63 % of the window's height and the wizard's answers were reached only by scrolling,
while the tour reported 0 findings: its design checks ran at 100 % text only, and none
compared the window with the size asked for or measured what the chrome took.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_desk.devtools import design_check as D
from assist_desk.views.keyboard.widget import OnScreenKeyboard


def kinds(findings: list[Any]) -> list[str]:
    return [f.kind for f in findings]


def window_with_chrome(qtbot: Any, banner_px: int, bar_px: int, size: QSize) -> QWidget:
    """A window shaped like the main window's shell: banner, top bar, then the screens."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    column.setContentsMargins(0, 0, 0, 0)
    shell = QWidget()
    shell.setObjectName("shell")
    column.addWidget(shell)
    shell_column = QVBoxLayout(shell)
    shell_column.setContentsMargins(0, 0, 0, 0)
    shell_column.setSpacing(0)
    for name, height in (("trainingBanner", banner_px), ("topBar", bar_px)):
        part = QLabel(name)
        part.setObjectName(name)
        part.setFixedHeight(height)
        shell_column.addWidget(part)
    stack = QWidget()
    stack.setObjectName("screenStack")
    shell_column.addWidget(stack, 1)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_chrome_over_the_kiosk_share_of_the_window_is_found(qtbot: Any) -> None:
    # 1024 × 768: 30 % is 230 px. The 200 % banner (2 lines) and 3-row top bar.
    window = window_with_chrome(qtbot, 140, 360, QSize(1024, 768))
    found = D.check_kiosk_chrome(window)
    assert kinds(found) == ["chrome-takes-the-screen"]
    assert found[0].detail.startswith("500 px of 768 px (65 % > 30 %)")
    assert "trainingBanner, topBar" in found[0].detail
    assert "chrome-takes-the-screen" in kinds(D.check_design(window, kiosk=True))
    # Not a kiosk: a mediator's workstation keeps its denser bar.
    assert "chrome-takes-the-screen" not in kinds(D.check_design(window, kiosk=False))


def test_a_one_row_bar_under_a_one_line_banner_passes(qtbot: Any) -> None:
    window = window_with_chrome(qtbot, 60, 120, QSize(1024, 768))  # 180 px, 23 %
    assert D.check_kiosk_chrome(window) == []


def test_a_hidden_banner_takes_no_room(qtbot: Any) -> None:
    window = window_with_chrome(qtbot, 140, 120, QSize(1024, 768))
    assert kinds(D.check_kiosk_chrome(window)) == ["chrome-takes-the-screen"]
    banner = window.findChild(QWidget, "trainingBanner")
    assert banner is not None
    banner.hide()
    qtbot.wait(10)
    assert D.check_kiosk_chrome(window) == []


def flow_window(qtbot: Any, area_px: int, content_px: int, height: int = 800) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, height)
    area = QScrollArea(window)
    area.setProperty("role", "flowScroll")
    area.setWidgetResizable(True)
    page = QWidget()
    page.setMinimumHeight(content_px)
    area.setWidget(page)
    area.setGeometry(0, height - area_px, 1280, area_px)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_squeezed_flow_page_is_found(qtbot: Any) -> None:
    """The account wizard's question at 200 % on 1280 × 800: a page 130 px high, its
    answers below the fold (under 30 % of 800 px: 240 px)."""
    window = flow_window(qtbot, area_px=130, content_px=600)
    found = D.check_kiosk_flow_page(window)
    assert kinds(found) == ["flow-page-too-short"]
    area = window.findChild(QScrollArea)
    assert area is not None
    page = area.viewport().height()  # 130 px less the area's frame
    hidden = 600 - page
    assert (
        found[0].detail == f"page {page} px of 800 px (16 % < 30 %), {hidden} px of it out of view"
    )
    assert "flow-page-too-short" in kinds(D.check_design(window, kiosk=True))
    assert "flow-page-too-short" not in kinds(D.check_design(window, kiosk=False))


def test_a_short_page_shown_whole_or_a_tall_enough_page_passes(qtbot: Any) -> None:
    # One field and its label: short, but nothing of it is out of view.
    assert D.check_kiosk_flow_page(flow_window(qtbot, area_px=130, content_px=100)) == []
    # A page that scrolls but shows 400 px of 800: the question and answers are seen.
    assert D.check_kiosk_flow_page(flow_window(qtbot, area_px=400, content_px=900)) == []


def test_with_the_keys_up_the_page_is_judged_in_the_room_above_them(qtbot: Any) -> None:
    """The SIRET question with the digit keys up (the 125 % Arabic tour at 1280 × 800):
    the keys take 400 px by design, the page shows the label and field in 140 px of the
    400 left, its title scrolled away. Against the window that is 18 %; above the keys,
    35 %: the question is in view."""
    window = flow_window(qtbot, area_px=140, content_px=224)
    area = window.findChild(QScrollArea)
    assert area is not None
    area.move(0, 260)  # above the keys
    keyboard = OnScreenKeyboard(["fr"], lambda: "fr", window)
    keyboard.setGeometry(0, 400, 1280, 400)
    keyboard.show()
    qtbot.wait(10)
    assert D.check_kiosk_flow_page(window) == []
    keyboard.hide()
    qtbot.wait(10)
    assert kinds(D.check_kiosk_flow_page(window)) == ["flow-page-too-short"]


def test_a_window_grown_past_the_size_asked_is_found(qtbot: Any) -> None:
    """The keys up at 200 % grew a kiosk window asked at 800 px high to 836 px."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    content = QWidget()
    content.setMinimumHeight(836)
    column.addWidget(content)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.height() > 800  # the layout's minimum won over the size asked
    found = D.check_window_size(window, QSize(1280, 800))
    assert kinds(found) == ["window-larger-than-asked"]
    assert f"{window.width()}×{window.height()} px, asked 1280×800 px" in found[0].detail
    assert "window-larger-than-asked" in kinds(D.check_design(window, asked=QSize(1280, 800)))
    content.setMinimumHeight(100)
    column.activate()  # the window's minimum follows its content's before it resizes
    window.resize(1200, 700)  # its frame (the platform's border) inside 1280 × 800 too
    qtbot.waitUntil(lambda: window.height() == 700)
    assert D.check_window_size(window, QSize(1280, 800)) == []


def test_by_default_the_size_asked_is_the_screens_room(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    screen = window.screen()
    room = screen.availableGeometry().size()
    window.resize(room.width() // 2, room.height() // 2)
    window.show()
    qtbot.waitExposed(window)
    assert D.check_window_size(window) == []
    window.resize(room.width() + 40, room.height() // 2)
    qtbot.wait(10)
    assert kinds(D.check_window_size(window)) == ["window-larger-than-asked"]


def test_a_wizard_step_is_judged_by_its_whole_body(qtbot: Any) -> None:
    """At a kiosk a step's title is its question (K-2): the wizard's body holds the
    title, progress and page, and scrolls as one. A body of 480 px of 800 (60 %) whose
    page shows 159 px under a two-line 200 % title passes; a body squeezed to 150 px
    (19 %) is found, and named."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    body = QScrollArea(window)
    body.setObjectName("flowBody")
    body.setProperty("role", "flowBody")
    body.setWidgetResizable(True)
    content = QWidget()
    column = QVBoxLayout(content)
    title = QLabel("Pour qui est le compte ?")
    title.setFixedHeight(320)  # title, progress: the 200 % header
    column.addWidget(title)
    page = QScrollArea()
    page.setProperty("role", "flowScroll")
    page.setWidgetResizable(True)
    answers = QWidget()
    answers.setMinimumHeight(400)
    page.setWidget(answers)
    page.setMinimumHeight(400)
    column.addWidget(page)
    body.setWidget(content)
    body.setGeometry(0, 200, 1280, 480)
    window.show()
    qtbot.waitExposed(window)
    assert D.check_kiosk_flow_page(window) == []
    body.setGeometry(0, 200, 1280, 150)
    qtbot.wait(10)
    found = D.check_kiosk_flow_page(window)
    assert kinds(found) == ["flow-page-too-short"]
    assert "flowBody" in found[0].where
