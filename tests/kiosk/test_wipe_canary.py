"""Nothing of a citizen survives the session wipe (the canary test, issue 6).

A unique ``CANARY-<uuid>`` is typed as a citizen's name and e-mail; after the
wipe it must be absent from every widget and model (all widgets walked, undo
history included), from every Python string the garbage collector can reach,
from the log, settings, temporary and cache folders, from the keyring and from
the clipboard.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication

from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import (
    Canary,
    CitizenFormScreen,
    files_holding,
    gc_strings_holding,
    kiosk_of,
    widgets_holding,
    with_clock,
)


def type_citizen(qtbot: Any, context: Any, canary: Canary) -> CitizenFormScreen:
    """Start a session from the attract screen and type the canary as a citizen would."""
    kiosk = kiosk_of(context)
    window = context.window
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"
    form = CitizenFormScreen()
    window.add_screen(form)
    window.show_screen(form.screen_id)
    qtbot.keyClicks(form.name, canary.text())
    qtbot.keyClicks(form.email, canary.email())
    qtbot.keyClicks(form.note, canary.text())
    form.remember()
    # The citizen copies their e-mail (Ctrl+C): the wipe empties the clipboard.
    QGuiApplication.clipboard().setText(form.email.text(), QClipboard.Mode.Clipboard)
    # A temporary file of the session (e.g. a checklist PDF being printed).
    folder = context.session_tmp.path()
    (folder / "checklist.txt").write_text(form.name.text(), encoding="utf-8")
    return form


def test_canary_is_gone_after_end_session(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    memory_keyring: Any,
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    canary = Canary()
    form = type_citizen(qtbot, context, canary)
    context.switch_language("ar")  # the citizen chose Arabic
    needle = canary.needle()
    # The canary is really there before the wipe (the test can see it).
    assert widgets_holding(needle)
    assert files_holding(isolated_home, needle)
    temp_folder = context.session_tmp.path()

    with qtbot.waitSignal(context.sig_session_wiped, timeout=2000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)

    assert window.current_screen().screen_id == "attract"
    assert context.switcher.language == "fr"
    assert widgets_holding(needle) == []
    assert form.name.text() == ""
    assert not form.name.isUndoAvailable()
    form.name.undo()
    assert form.name.text() == ""
    assert form.history.rowCount() == 0
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""
    left = clipboard.mimeData(QClipboard.Mode.Clipboard)
    assert left is None or not left.formats()
    assert not temp_folder.exists()
    assert gc_strings_holding(needle) == []
    # Logs, settings, caches, temporary files: everything under the isolated HOME.
    assert files_holding(isolated_home, needle) == []
    assert not any(needle in value for value in memory_keyring.store.values())
    assert not any(needle in key for pair in memory_keyring.store for key in pair)


def test_idle_wipe_also_drops_the_canary(
    qtbot: Any, qapp: Any, isolated_home: Path, app_context: StartApplication
) -> None:
    from tests.kiosk.helpers import FakeClock

    clock = FakeClock()
    context = with_clock(app_context("--mode", "kiosk"), clock)
    canary = Canary()
    type_citizen(qtbot, context, canary)
    kiosk = kiosk_of(context)
    clock.advance(context.settings.idle_timeout_s)
    kiosk.idle.check()
    assert kiosk.warning.isVisibleTo(context.window)
    clock.advance(context.settings.idle_warning_s)
    with qtbot.waitSignal(context.sig_session_wiped, timeout=2000):
        kiosk.idle.check()
    assert context.window.current_screen().screen_id == "attract"
    assert widgets_holding(canary.needle()) == []
    assert gc_strings_holding(canary.needle()) == []
    assert files_holding(isolated_home, canary.needle()) == []
