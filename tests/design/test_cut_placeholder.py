"""A field's example text (placeholder) is shown whole: at an Arabic kiosk the FAQ's
search showed "مثلاً: جواز سفر مفقود، بطاقة تسجيل السيارة (cart…" (issue 14)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from assist_desk.devtools.design_check import check_cut_placeholders
from assist_desk.views.widgets.whole_placeholder import placeholder_room


def test_the_check_sees_a_cut_placeholder_and_a_whole_one(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setPlaceholderText("For example: lost passport, carte grise…")
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.resize(needed // 2, 40)
    edit.show()
    qtbot.waitExposed(edit)
    assert [f.kind for f in check_cut_placeholders(edit.window())] == ["cut-placeholder"]
    edit.resize(needed + 40, 40)
    assert placeholder_room(edit) >= needed
    assert check_cut_placeholders(edit.window()) == []
    edit.setText("passeport")  # typed text hides the placeholder: nothing to check
    edit.resize(needed // 2, 40)
    assert check_cut_placeholders(edit.window()) == []


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 800)])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_faq_search_example_is_whole_at_a_kiosk(
    qtbot: Any,
    app_context: Any,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    size: tuple[int, int],
) -> None:
    monkeypatch.setenv("ASSIST_DESK_TRAINING_KIOSK", "true")  # a kiosk on the training portal
    window = app_context("--mode", "kiosk", "--lang", lang).window
    window.hide()  # as the tour: off screen, at the kiosk's own size, not the test screen's
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.has_feature("faq"), timeout=20000)
    window.show_screen("faq")
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the reflowing rows settled
    search = window.current_screen().findChild(QLineEdit, "faqSearch")
    assert search is not None
    assert search.isVisible()
    assert search.placeholderText()
    assert check_cut_placeholders(window) == []
