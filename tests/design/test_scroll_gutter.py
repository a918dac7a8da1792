"""AR-2 (issue 14): the ends of long lines of a scrolling page touched its vertical scroll
bar. Right to left, Qt's word wrap shifts each wrapped line left by about a space, so a
full line's ink reaches x = 0 of its label, next to the bar on the left (terms-01 in
Arabic). Every scrolling page now keeps a gutter of one space on the bar's side
(``views.widgets.fit_scroll.keep_text_off_scroll_bar``), and the design check
``ink-at-scroll-bar`` looks at the pixels beside the bar."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_desk.devtools import design_check as D
from assist_desk.views.widgets.fit_scroll import fit_scroll_area, gutter_px

#: Paragraphs of the length of the Terms' sections, in both scripts.
WORDS = {
    "ar": "يتطلب إنشاء حساب وضع علامة على قرأت شروط الاستخدام وتوجد ستة أنواع من الحسابات "
    "فرد ومهني سيارات مرخص له في نظام التسجيل ومدرسة سياقة ومركز توعية بالسلامة المرورية",
    "fr": "Créer un compte suppose de cocher la case des conditions d'utilisation et six "
    "profils existent dont le particulier et le professionnel de l'automobile habilité",
}
#: Page widths to try: where a line ends depends on the width (the fault shows at some).
WIDTHS = range(520, 760, 12)


def page_of_text(lang: str) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    for _ in range(6):
        label = QLabel(" ".join([WORDS[lang]] * 3))
        label.setWordWrap(True)
        column.addWidget(label)
    column.addStretch(1)
    return page


def show_area(qtbot: Any, area: QScrollArea, lang: str) -> QScrollArea:
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if lang == "ar":
        area.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    area.setWidget(page_of_text(lang))
    area.resize(WIDTHS[0], 300)
    area.show()
    qtbot.waitExposed(area)
    return area


def findings_at_each_width(qtbot: Any, area: QScrollArea) -> dict[int, list[Any]]:
    found = {}
    for width in WIDTHS:
        area.resize(width, 300)
        qtbot.wait(5)  # the gutter and the page's refit come one turn later
        found[width] = D.check_ink_at_scroll_bar(area)
    return found


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_no_ink_touches_the_scroll_bar_of_a_page(qtbot: Any, styled: Any, lang: str) -> None:
    area = show_area(qtbot, fit_scroll_area(), lang)
    assert area.verticalScrollBar().isVisible()
    found = findings_at_each_width(qtbot, area)
    assert {w: f for w, f in found.items() if f} == {}
    # The gutter is one space of the body font, on the bar's side.
    margins = area.viewportMargins()
    gutter = gutter_px(area)
    assert gutter >= 4
    expected = (gutter, 0) if lang == "ar" else (0, gutter)
    assert (margins.left(), margins.right()) == expected


def test_the_check_finds_arabic_lines_at_a_bar_without_gutter(qtbot: Any, styled: Any) -> None:
    """The page as it was: a plain scroll area. At some widths a wrapped Arabic line's
    ink is at the bar (the check must be able to fail)."""
    area = show_area(qtbot, QScrollArea(), "ar")
    found = findings_at_each_width(qtbot, area)
    touching = [w for w, f in found.items() if f]
    assert touching, "no width put Arabic ink beside the bar"
    assert all(f[0].kind == "ink-at-scroll-bar" for w, f in found.items() if f)
    assert "(left)" in found[touching[0]][0].detail


def test_no_gutter_without_a_scroll_bar(qtbot: Any, styled: Any) -> None:
    area = show_area(qtbot, fit_scroll_area(), "ar")
    area.resize(700, 3000)  # the whole page shows
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())
    qtbot.wait(5)
    margins = area.viewportMargins()
    assert (margins.left(), margins.right()) == (0, 0)


def test_a_page_under_an_overlay_is_not_judged_by_the_overlay(qtbot: Any, styled: Any) -> None:
    """Issue 14: under the idle warning at 200 % the check found "ink" beside the home's
    scroll bar (229 px at 1280×800): the warning's dimmed overlay and the edge of its
    white panel, drawn over the page. Those rows are the overlay's, not the page's."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(640, 300)
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    page = QWidget()
    page.setMinimumHeight(1000)  # a blank page taller than the area: the bar shows
    area.setWidget(page)
    area.setGeometry(window.rect())
    window.show()
    qtbot.waitExposed(window)
    assert area.verticalScrollBar().isVisible()
    assert D.check_ink_at_scroll_bar(area) == []
    # An overlay as the idle warning's: dimmed, a white panel across the bar's edge.
    overlay = QFrame(window)
    overlay.setStyleSheet("QFrame { background: #555555; }")
    overlay.setGeometry(window.rect())
    panel = QFrame(overlay)
    panel.setStyleSheet("QFrame { background: white; border: 2px solid #000080; }")
    panel.setGeometry(20, 60, 610, 150)
    overlay.show()
    overlay.raise_()
    qtbot.wait(5)
    bar_box = area.verticalScrollBar().parentWidget()
    assert bar_box is not None
    assert panel.geometry().right() >= bar_box.geometry().left()  # across the strip
    assert D.check_ink_at_scroll_bar(area) == []
    # Where the page is on top, its ink is still judged: a label at the bar is found.
    overlay.hide()
    marker = QLabel("█" * 80, page)
    marker.move(0, 0)
    marker.show()
    qtbot.wait(5)
    assert [f.kind for f in D.check_ink_at_scroll_bar(area)] == ["ink-at-scroll-bar"]
