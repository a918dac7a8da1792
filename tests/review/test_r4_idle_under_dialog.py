"""R4 (M3): the idle warning is an overlay of the main window: under the print preview
(a separate, modal window) it cannot be seen, and its button cannot be pressed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from assist_desk.views import printing
from tests.kiosk.helpers import FakeClock, kiosk_of, start_app, stop_app


def test_idle_warning_under_the_print_preview(
    qtbot: Any, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "has_printer", lambda: True)
    kept: list[Any] = []
    real_make = printing.make_printer
    monkeypatch.setattr(
        printing, "make_printer", lambda n=None: kept.append(real_make(n)) or kept[-1]
    )
    clock = FakeClock()
    context = start_app(
        qtbot,
        qapp,
        "--mode",
        "kiosk",
        "--lang",
        "en",
        "--portal-url",
        "http://127.0.0.1:9",
        clock=clock,
    )
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        kiosk = kiosk_of(context)
        qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.has_feature("checklists"), timeout=20000)
        window.show_screen("checklists")
        screen = window.current_screen()
        screen.show_procedure("id_first_adult")
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
        preview = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QPrintPreviewDialog) and w.isVisible()
        )
        qtbot.waitExposed(preview)
        clock.advance(context.settings.idle_timeout_s)
        kiosk.idle.check()
        warning = kiosk.warning
        print(
            "warning shown:",
            warning.isVisible(),
            "| warning's window is the main window:",
            warning.window() is window,
            "| preview is a separate window:",
            preview.isWindow(),
            "| preview modality:",
            preview.windowModality(),
            "| main window blocked by modal:",
            window.windowHandle() is not None and QApplication.activeModalWidget() is preview,
        )
        assert warning.isVisible() and warning.window() is window and preview.isWindow()
        assert QApplication.activeModalWidget() is preview
        pressed: list[bool] = []
        warning.sig_still_here.connect(lambda: pressed.append(True))
        # A real touch goes through the platform (QWindow), where modality applies.
        from PySide6.QtTest import QTest

        centre = warning.stay_button.mapTo(window, warning.stay_button.rect().center())
        QTest.mouseClick(
            window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        qtbot.wait(100)
        print(
            "'I am still here' pressed while the preview is open:",
            bool(pressed),
            "| warning still shown:",
            warning.isVisible(),
        )
        assert not pressed
        # A key on the preview does extend (the filter is application-wide).
        with qtbot.waitSignal(kiosk.idle.sig_extended, timeout=1000):
            QApplication.sendEvent(
                preview,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
            )
        # Expiry with the preview open: the wipe closes it.
        clock.advance(context.settings.idle_timeout_s + context.settings.idle_warning_s)
        with qtbot.waitSignal(context.sig_session_wiped, timeout=2000):
            kiosk.idle.check()
        assert not preview.isVisible()
        assert window.current_screen().screen_id == "attract"
    finally:
        stop_app(qtbot, context)
