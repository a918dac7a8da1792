"""The guard against state a test leaves on the shared QApplication (order-independent tests)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QDialog

from tests.application_state_checks import has_styling_left, leaked_input_state, undo_input_state


def test_an_override_cursor_left_is_named_and_restored(qapp: Any) -> None:
    qapp.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    qapp.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    assert leaked_input_state(qapp) == [
        "an override cursor (QApplication.setOverrideCursor without restore)"
    ]
    undo_input_state(qapp)
    assert qapp.overrideCursor() is None
    assert leaked_input_state(qapp) == []


def test_an_open_modal_is_named_and_closed(qapp: Any, qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: qapp.activeModalWidget() is dialog)
    assert leaked_input_state(qapp) == ["an open modal widget (QDialog)"]
    undo_input_state(qapp)
    assert not dialog.isVisible()
    assert leaked_input_state(qapp) == []


def test_a_style_sheet_or_direction_left_is_seen(qapp: Any) -> None:
    assert not has_styling_left(qapp)  # the guard reset what any earlier test left
    qapp.setStyleSheet("QLabel { color: red; }")
    assert has_styling_left(qapp)
    qapp.setStyleSheet("")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert has_styling_left(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_themes_arabic_mark_left_is_seen_and_reset(qapp: Any) -> None:
    """An Arabic start leaves ``assist_desk_arabic`` on the application: the next
    test's kiosk style sheet was rendered at the Arabic size (its column 1174 px wide
    instead of 1026). The guard sees the mark, and the reset forgets it."""
    from assist_desk import theme
    from tests.app_fixtures import reset_application

    qapp.setProperty("assist_desk_arabic", True)
    assert has_styling_left(qapp)
    arabic_sheet = theme.render("default", 1.0, True, True)
    reset_application(qapp)
    assert not has_styling_left(qapp)
    theme.apply(qapp, "default", 1.0, mode="kiosk")
    try:
        assert qapp.styleSheet() != arabic_sheet
    finally:
        theme.remove(qapp)
