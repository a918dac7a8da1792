"""M3: the idle warning is above every window of the application, and a touch on it counts.

Replaces the review's reproduction R4: the warning, an overlay of the main window, was
hidden under the (modal) print preview, and a touch on "I am still here" went nowhere.
A kiosk no longer opens a print preview, but any dialog, menu or popup could still
cover the warning: the kiosk closes them when the warning starts, and the warning
says so. The touch goes through the platform window, where modality applies.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu, QVBoxLayout

from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import FakeClock, kiosk_of, with_clock

PORTAL = ("--portal-url", "http://127.0.0.1:9")


def press_through_the_window(window: Any, target: Any, how: str) -> None:
    """A real press at ``target``'s centre, delivered to the main window's QWindow."""
    centre: QPoint = target.mapTo(window, target.rect().center())
    handle = window.windowHandle()
    if how == "mouse":
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    else:
        device = QTest.createTouchDevice()
        QTest.touchEvent(handle, device).press(0, centre).commit()
        QTest.touchEvent(handle, device).release(0, centre).commit()


# The offscreen platform cannot raise or grab for the popup menu: not ours.
@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("how", ["mouse", "touch"])
def test_the_warning_closes_what_covers_it_and_a_press_on_it_counts(
    qtbot: Any,
    qapp: Any,
    how: str,
    app_context: StartApplication,
) -> None:
    clock = FakeClock()
    context = with_clock(app_context("--mode", "kiosk", "--lang", "en", *PORTAL), clock)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    # A modal dialog (like the print preview was) and a popup menu are open.
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel("A dialog over the main window"))
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.resize(window.size())
    dialog.open()
    qtbot.waitExposed(dialog)
    menu = QMenu(window)
    menu.addAction("An entry")
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    assert QApplication.activeModalWidget() is dialog

    extended: list[bool] = []
    kiosk.idle.sig_extended.connect(lambda: extended.append(True))
    clock.advance(context.settings.idle_timeout_s)
    with qtbot.waitSignal(kiosk.idle.sig_warning):
        kiosk.idle.check()
    warning = kiosk.warning
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not menu.isVisible()
    assert QApplication.activeModalWidget() is None
    assert warning.isVisible()
    assert warning.closed_note.isVisible()
    assert warning.closed_note.text() in warning.last_announcement
    # Nothing of the application is above the warning: its window is the only one shown.
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [window]
    assert warning.window() is window
    centre = warning.stay_button.rect().center()
    assert window.childAt(warning.stay_button.mapTo(window, centre)) is warning.stay_button

    with qtbot.waitSignal(kiosk.idle.sig_extended, timeout=2000):
        press_through_the_window(window, warning.stay_button, how)
    assert extended == [True]
    assert not warning.isVisible()
    assert window.current_screen().screen_id == "home"
    # The next warning, with nothing to close, does not say it closed something.
    clock.advance(context.settings.idle_timeout_s)
    kiosk.idle.check()
    assert warning.isVisible()
    assert not warning.closed_note.isVisible()
