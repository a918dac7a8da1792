"""Kiosk lockdown: no closing, no shortcut out, no context menu, no file dialog without the PIN."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from assist_desk.controllers.mediator import UNLOCKED
from assist_desk.credentials import MEDIATOR_ENTRY, MemoryStore, hash_secret
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


def test_close_and_escape_shortcuts_are_refused(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    assert kiosk.lockdown.engaged
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    refused: list[str] = []
    kiosk.lockdown.sig_refused.connect(refused.append)

    assert window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.isVisible()

    for key, modifiers in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier),
    ):
        press = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        assert QApplication.sendEvent(window, press) is True
    assert refused.count("shortcut") == 6

    menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    QApplication.sendEvent(window.current_screen(), menu)
    assert "context-menu" in refused

    dialog = QFileDialog(window)
    dialog.open()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() == QFileDialog.DialogCode.Rejected
    assert "file-dialog" in refused
    assert "close" in refused
    assert window.isVisible()


def test_leaving_kiosk_mode_needs_the_pin(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    store = MemoryStore()
    store.values[MEDIATOR_ENTRY] = hash_secret("482915")
    context = app_context("--mode", "kiosk")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    kiosk.mediator.store = store
    qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "mediator_signin"
    qtbot.waitUntil(lambda: kiosk.sign_in.pin.isVisibleTo(window))

    with qtbot.waitSignal(kiosk.mediator.sig_sign_in_failed) as failed:
        qtbot.keyClicks(kiosk.sign_in.pin, "000000")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    assert failed.args == ["wrong"]
    assert kiosk.lockdown.engaged
    assert window.close() is False

    with qtbot.waitSignal(kiosk.mediator.sig_state_changed) as changed:
        qtbot.keyClicks(kiosk.sign_in.pin, "482915")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    assert changed.args == [UNLOCKED]
    assert window.current_screen().screen_id == "mediator_tools"
    assert kiosk.tools.leave_button.isVisibleTo(window)
    assert kiosk.sign_in.pin.text() == ""

    qtbot.mouseClick(kiosk.tools.leave_button, Qt.MouseButton.LeftButton)
    assert not kiosk.lockdown.engaged
    assert kiosk.session.mode.value == "mediator"
    assert not window.isFullScreen()
    assert window.current_screen().screen_id == "home"
