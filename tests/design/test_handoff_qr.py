"""K-7 (issue 14): at a kiosk the hand-off QR code is about 320 px, centred, with two steps
beside it (under it when they do not fit: under a 360-px code they fell below the fold of a
1920 x 1080 kiosk in Arabic).

The review measured about 300 px, pushed to the left, and the instruction lost in a
long sentence above it. Real controller and page; no portal call is made.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assist_desk import theme
from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.views.request.screen import QR_SIDE, HandoffPage
from assist_desk.views.widgets.qr import qr_scale_for

URL = "https://ants.gouv.fr/demarches/carte-identite-et-passeport"
HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_holders() -> Any:
    yield
    HOLDERS.clear()


class BrowserOpener:
    """What the hand-off page asks of its opener where the kiosk has the controlled browser."""

    in_app = True

    def allows(self, url: str) -> bool:
        return True

    def open(self, url: str) -> bool:
        return True


def handoff_page(qtbot: Any, kiosk: bool, opener: Any = None) -> HandoffPage:
    holder = QWidget()
    HOLDERS.append(holder)  # qtbot keeps only a weak reference
    qtbot.addWidget(holder)
    controller = RequestController(lambda: None, FlowSession(holder), parent=holder)
    controller.update(handoff_url=URL)
    page = HandoffPage(controller, kiosk=kiosk, opener=opener)
    QVBoxLayout(holder).addWidget(page)
    page.load()
    holder.resize(1000, 1200)
    holder.show()
    qtbot.waitExposed(holder)
    return page


@pytest.mark.parametrize("url", [URL, "https://a.fr", "https://ants.gouv.fr/" + "x" * 150])
def test_the_scale_makes_a_code_of_the_kiosk_side(url: str) -> None:
    import segno

    modules = segno.make(url, error="m").symbol_size(scale=1, border=4)[0]
    assert abs(modules * qr_scale_for(url, QR_SIDE) - QR_SIDE) <= modules / 2 + 1


def test_the_kiosk_code_is_large_centred_and_explained(qtbot: Any) -> None:
    page = handoff_page(qtbot, kiosk=True)
    pixmap = page.qr.pixmap()
    assert 290 <= pixmap.width() <= 360
    steps = page.qr_steps
    assert steps.isVisibleTo(page)
    assert steps.text().startswith("1. ")
    assert "2. " in steps.text()
    code, text = page.qr.geometry(), steps.geometry()
    assert not code.intersects(text)
    beside = text.left() >= code.right() or text.right() <= code.left()
    assert beside or text.top() >= code.bottom()
    # The code and its steps together sit in the middle of the page.
    left, right = min(code.left(), text.left()), max(code.right(), text.right())
    if beside:
        assert abs((left + right) / 2 - page.width() / 2) <= 4
    else:
        assert abs(code.center().x() - page.width() / 2) <= 2


def test_a_workstation_shows_no_code(qtbot: Any) -> None:
    page = handoff_page(qtbot, kiosk=False)
    assert not page.qr.isVisibleTo(page)
    assert not page.qr_steps.isVisibleTo(page)


def test_the_steps_are_one_a_line(qtbot: Any) -> None:
    page = handoff_page(qtbot, kiosk=True)
    first, second = page.qr_steps.text().split("\n")
    assert first.startswith("1. ")
    assert second.startswith("2. ")


def test_at_a_kiosk_the_buttons_come_before_the_code(qtbot: Any) -> None:
    """At 1920 x 1080 the buttons under a 369-px code were below the fold."""
    page = handoff_page(qtbot, kiosk=True, opener=BrowserOpener())
    assert page.open_button.isVisibleTo(page)
    assert page.open_button.geometry().bottom() < page.qr.geometry().top()
    without_browser = handoff_page(qtbot, kiosk=True)
    assert not without_browser.open_button.isVisibleTo(without_browser)
    assert without_browser.print_button.geometry().bottom() < without_browser.qr.geometry().top()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_steps_show_whole_beside_the_code_at_200_percent(
    qtbot: Any, qapp: Any, direction: Qt.LayoutDirection
) -> None:
    """The 200 % kiosk tour in Arabic at 1280 x 800 found the steps cut (needing 412 px,
    given 344): the row measured their height at their preferred width, and a stretch
    factor gave them less. Every page width from 600 to 1400 px shows them whole."""
    theme.apply(qapp, "default", 2.0, kiosk=True)
    try:
        page = handoff_page(qtbot, kiosk=True)
        holder = page.parentWidget()
        assert holder is not None
        holder.setLayoutDirection(direction)
        steps = page.qr_steps
        beside = 0
        for width in range(600, 1401, 50):
            holder.resize(width, 2400)
            qtbot.wait(5)
            needed = steps.heightForWidth(steps.width())
            assert needed <= steps.height(), f"{width} px: {needed} > {steps.height()}"
            beside += steps.geometry().top() < page.qr.geometry().bottom()
        assert beside > 0  # some widths keep the steps beside the code (not only under)
    finally:
        theme.remove(qapp)
        qapp.setProperty("assist_desk_citizen", None)
