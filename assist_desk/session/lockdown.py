"""A kiosk keeps a citizen inside the application.

:class:`KioskLockdown`: full screen without decorations, close events refused,
Alt+F4 and other ways out swallowed, no context menus, no dialog that browses
files or prints (refused before it shows, see :data:`REFUSED_DIALOGS`). Only
:meth:`KioskLockdown.release` (after the mediator's PIN) lets go.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from shiboken6 import isValid

from assist_desk import app_filters

log = logging.getLogger(__name__)


def _is_escape_shortcut(event: QKeyEvent) -> bool:
    key = event.key()
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if key == Qt.Key.Key_F4 and (alt or ctrl):
        return True
    if ctrl and key in (Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_Escape):
        return True
    if alt and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
        return True
    return key in (
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_F11,
        Qt.Key.Key_Close,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Menu,
        Qt.Key.Key_Context1,
    )


#: Dialogs a citizen must never see (Qt class names, so QtPrintSupport need not be
#: loaded): file dialogs browse and overwrite files; the print and page set-up dialogs
#: offer "Print to File" with a file-system completer and a file dialog; the print
#: preview leads to both. The kiosk prints without any of them (views/kiosk_print.py).
REFUSED_DIALOGS = (
    "QFileDialog",
    "QAbstractPrintDialog",
    "QPageSetupDialog",
    "QPrintPreviewDialog",
)
#: Set on a dialog the lockdown refused, until it is hidden again.
_REFUSED_PROPERTY = "kioskRefused"


def is_refused_dialog(widget: QObject) -> bool:
    return isinstance(widget, QDialog) and any(widget.inherits(name) for name in REFUSED_DIALOGS)


class KioskLockdown(QObject):
    """Keeps the citizen inside the application until :meth:`release`.

    Signals:
        sig_refused(str): something was refused ("close", "shortcut",
            "context-menu", "file-dialog", "print-dialog").
    """

    sig_refused = Signal(str)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.engaged = False
        # Its platform window, kept: the check of a Close event must not call into a
        # window that is being destroyed (an exception in an event filter then
        # crashes PySide).
        self._handle: QWindow | None = None

    def engage(self) -> None:
        if self.engaged:
            return
        self.engaged = True
        app_filters.install(self)  # on each window instead while a web view exists
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, _stays_on_top())
        self.window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.window.showFullScreen()
        self._handle = self.window.windowHandle()
        log.info("kiosk lockdown engaged")

    def release(self) -> None:
        """Let go (only after the mediator's PIN)."""
        if not self.engaged:
            return
        self.engaged = False
        app_filters.remove(self)
        if not isValid(self.window):  # quitting: the window went first
            log.info("kiosk lockdown released (window gone)")
            return
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
        self.window.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.window.showNormal()
        log.info("kiosk lockdown released")

    def _refuse(self, what: str) -> bool:
        log.info("kiosk refused: %s", what)
        self.sig_refused.emit(what)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Close and (
            watched is self.window or (self._handle is not None and watched is self._handle)
        ):
            event.ignore()
            return self._refuse("close")
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            if _is_escape_shortcut(event):
                event.accept()
                if kind == QEvent.Type.ShortcutOverride:
                    return True  # Qt asks this first for every key press: refuse quietly
                return self._refuse("shortcut")
            return False
        if kind == QEvent.Type.ContextMenu:
            return self._refuse("context-menu")
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWindow)
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.RightButton
        ):
            # Window-level filters (a web view exists) never see ContextMenu events:
            # the press that would open a menu is refused instead.
            return self._refuse("context-menu")
        if kind == QEvent.Type.Show and is_refused_dialog(watched):
            return self._refuse_dialog(watched)  # type: ignore[arg-type]
        if (
            kind == QEvent.Type.Hide
            and isinstance(watched, QDialog)
            and watched.property(_REFUSED_PROPERTY)
        ):
            watched.setProperty(_REFUSED_PROPERTY, None)
            # Usable again once the lockdown lets go (a workstation reuses its dialogs).
            watched.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)
        return False

    def _refuse_dialog(self, dialog: QDialog) -> bool:
        """Refuse a dialog at its Show event, before its window is mapped.

        It cannot be hidden from inside show(), and rejecting it there left exec()
        spinning for good around a hidden dialog (its event loop did not exist yet).
        So its window is kept off the screen now (Qt then never maps it: nothing to
        see or touch) and it is rejected on the next turn of the event loop, which
        ends exec() too.
        """
        dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        dialog.setProperty(_REFUSED_PROPERTY, True)
        QTimer.singleShot(0, dialog, dialog.reject)
        what = "file-dialog" if isinstance(dialog, QFileDialog) else "print-dialog"
        return self._refuse(what)


def _stays_on_top() -> bool:
    """Keep the full-screen window above others, except on X11 (xcb).

    Under an X11 window manager a window asking to stay on top never becomes Qt's
    focus window, so Qt sends no focus event to the accessibility bus and a screen
    reader says nothing after the first screen (tests/atspi, kiosk mode). A
    full-screen window there is already in the window manager's top layer. Under
    cage (Wayland, one application) the hint means nothing; on Windows it keeps
    notifications from covering the kiosk.
    """
    return QGuiApplication.platformName() != "xcb"
