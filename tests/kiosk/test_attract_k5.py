"""K-5 (issue 14): the attract screen shows what can be done here and offers larger
text and high contrast, for one session: the wipe brings back the site's display."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from assist_desk.views.widgets.pictogram import Pictogram
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


def test_attract_shows_the_four_procedures_and_a_display_choice_for_one_session(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    attract = kiosk.attract
    names = [attract._example_names[n].text() for n in attract.PROCEDURES]
    assert names == ["Carte grise", "Permis de conduire", "Carte d'identité", "Passeport"]
    pictures = [attract.findChild(Pictogram, f"attractExample_{n}") for n in attract.PROCEDURES]
    assert all(p is not None and p.isVisibleTo(window) for p in pictures)
    assert all(p.accessibleName() for p in pictures)  # each named by its alternative

    before = attract._welcome.font().pixelSize()
    qtbot.mouseClick(attract.larger_button, Qt.MouseButton.LeftButton)
    assert attract._welcome.font().pixelSize() > before
    qtbot.mouseClick(attract.contrast_button, Qt.MouseButton.LeftButton)
    assert qapp.property("assist_desk_theme") == "high-contrast"

    qtbot.mouseClick(attract.start_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"
    assert qapp.property("assist_desk_theme") == "high-contrast"  # kept for the session
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "attract"
    assert qapp.property("assist_desk_theme") == "default"
    assert attract._welcome.font().pixelSize() == before
    assert attract.display_choice() == (False, False)
