"""At a kiosk a search field is emptied by a button as big as any other, not by the
20-px ✕ that Qt draws inside the field (a ``QLineEdit`` sizes that ✕ from the style's
small-icon metric, which a style sheet cannot raise; the accessibility check flagged it
as a target under 44 px once something was typed). At a workstation the ✕ stays.

The tour's kiosk scenes leave the FAQ and places searches empty, so this test types.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from assist_desk.devtools.a11y_check import KIOSK_TARGET_PX, check_names_and_targets

SEARCHES = (("faq", "search_box"), ("places", "search_edit"))


def _inner_clear_buttons(field: QLineEdit) -> list[QToolButton]:
    return [button for button in field.findChildren(QToolButton) if button.isVisible()]


def _typed(window: Any, qtbot: Any, screen_id: str, field_name: str) -> tuple[Any, QLineEdit]:
    window.show_screen(screen_id)
    screen = window.current_screen()
    field: QLineEdit = getattr(screen, field_name)
    qtbot.keyClicks(field, "carte")
    return screen, field


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_at_a_kiosk_a_typed_search_is_cleared_by_a_big_button(
    qtbot: Any, app_context: Any, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("ASSIST_DESK_TRAINING_KIOSK", "true")  # a kiosk on the training portal
    context = app_context("--mode", "kiosk", "--lang", lang, wait=True)
    window = context.window
    window.resize(1920, 1080)
    window.show()
    for screen_id, field_name in SEARCHES:
        screen, field = _typed(window, qtbot, screen_id, field_name)
        assert not _inner_clear_buttons(field), f"{screen_id}: the small ✕ is still there"
        small = [
            f for f in check_names_and_targets(screen, KIOSK_TARGET_PX) if f.kind == "small-target"
        ]
        assert not small, small
        button = screen.clear_search
        assert button.isVisible(), screen_id
        assert button.height() >= KIOSK_TARGET_PX, screen_id
        assert button.width() >= KIOSK_TARGET_PX, screen_id
        assert button.accessibleName() or button.text(), screen_id
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert field.text() == "", screen_id
        assert not button.isVisible(), f"{screen_id}: shown with nothing to clear"
        assert field.hasFocus(), f"{screen_id}: the focus goes back to the field"


def test_at_a_workstation_the_field_keeps_its_own_clear_button(
    qtbot: Any, app_context: Any
) -> None:
    context = app_context("--mode", "mediator", "--lang", "fr", wait=True)
    window = context.window
    window.resize(1280, 800)
    window.show()
    for screen_id, field_name in SEARCHES:
        screen, field = _typed(window, qtbot, screen_id, field_name)
        assert len(_inner_clear_buttons(field)) == 1, screen_id
        assert not screen.clear_search.isVisible(), screen_id
