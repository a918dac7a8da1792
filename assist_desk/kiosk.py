"""Kiosk mode and the session wipe: idle monitor, lockdown, clipboard, temporary files.

* :class:`IdleMonitor` watches every input event of the application (an
  application-wide event filter); after ``idle_s`` without input it warns,
  counts down ``warning_s`` (at least 20 s, WCAG 2.2.1) and then expires.
  One touch or key during the countdown extends the session. Its clock is
  injectable, so tests need no real waiting.
* :class:`KioskLockdown` keeps a citizen inside the application: full screen
  without decorations, close events refused, Alt+F4 and other ways out
  swallowed, no context menus, no dialog that browses files or prints
  (refused before it shows, see :data:`REFUSED_DIALOGS`). Only :meth:`release`
  (after the mediator's PIN) lets go.
* :func:`wipe_widgets`, :func:`clear_clipboard`, :class:`SessionTempDir`:
  the generic parts of the session wipe that ``AppContext.wipe_session`` runs
  after each screen's own ``clear_citizen_data``.
* :func:`install`: the feature installer wiring attract screen, idle warning,
  mediator sign-in and mode switching into the running application.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.app import AppContext
    from assist_desk.controllers.mediator import MediatorController
    from assist_desk.controllers.session import SessionController
    from assist_desk.views.attract import AttractScreen
    from assist_desk.views.main_window import MainWindow
    from assist_desk.views.mediator import MediatorSignInScreen, MediatorToolsScreen
    from assist_desk.views.widgets.idle_warning import IdleWarning

log = logging.getLogger(__name__)

Clock = Callable[[], float]

#: Events that mean "someone is here".
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)

SESSION_TMP_PREFIX = "assist-desk-session-"


# -- idle --------------------------------------------------------------------------


class IdleMonitor(QObject):
    """Inactivity → warning with a countdown → expiry; any input resets it.

    Call :meth:`check` to evaluate (a 1 s timer does it in the running app;
    tests call it after moving their fake clock).

    Signals:
        sig_warning(int): the countdown starts (seconds left).
        sig_tick(int): seconds left during the countdown (each change).
        sig_extended(): input during the countdown: the session goes on.
        sig_expired(): the countdown ran out without input.
    """

    sig_warning = Signal(int)
    sig_tick = Signal(int)
    sig_extended = Signal()
    sig_expired = Signal()

    def __init__(
        self,
        idle_s: float,
        warning_s: float,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.idle_s = idle_s
        self.warning_s = warning_s
        self.clock = clock
        self.active = False
        self.warning = False
        self._last_input = clock()
        self._seconds_left = -1
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    def set_active(self, active: bool) -> None:
        """Watch (a session is open) or rest (attract screen, nobody to warn)."""
        self.active = active
        self.warning = False
        self._last_input = self.clock()
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def note_activity(self) -> None:
        self._last_input = self.clock()
        if self.warning:
            self.warning = False
            self.sig_extended.emit()

    def seconds_left(self) -> int:
        """Seconds before expiry, counting the warning (whole seconds, rounded up)."""
        end = self._last_input + self.idle_s + self.warning_s
        return max(0, math.ceil(end - self.clock()))

    def check(self) -> None:
        if not self.active:
            return
        idle = self.clock() - self._last_input
        if idle < self.idle_s:
            return
        left = self.seconds_left()
        if left <= 0:
            self.set_active(False)
            self.sig_expired.emit()
            return
        if not self.warning:
            self.warning = True
            self._seconds_left = left
            self.sig_warning.emit(left)
        elif left != self._seconds_left:
            self._seconds_left = left
            self.sig_tick.emit(left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in INPUT_EVENTS:
            if event.type() == QEvent.Type.MouseMove and not _buttons_down(event):
                return False  # a mouse drifting on a kiosk is nobody
            self.note_activity()
        return False


def _buttons_down(event: QEvent) -> bool:
    buttons = getattr(event, "buttons", None)
    return bool(buttons and buttons() != Qt.MouseButton.NoButton)


# -- lockdown ----------------------------------------------------------------------


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

    def engage(self) -> None:
        if self.engaged:
            return
        self.engaged = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.window.showFullScreen()
        log.info("kiosk lockdown engaged")

    def release(self) -> None:
        """Let go (only after the mediator's PIN)."""
        if not self.engaged:
            return
        self.engaged = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
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
        if kind == QEvent.Type.Close and watched is self.window:
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


# -- the generic wipe ----------------------------------------------------------------


def clear_editable(widget: QWidget) -> bool:
    """Empty one input widget and its undo history. True if it held something."""
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            return False  # its owner is cleared below
        had = bool(widget.text()) or widget.isUndoAvailable()
        widget.setText("")  # setText also drops the undo/redo history
        return had
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        had = not widget.document().isEmpty() or widget.document().isUndoAvailable()
        widget.clear()
        widget.document().clearUndoRedoStacks()
        return had
    if isinstance(widget, QComboBox) and widget.isEditable():
        edit = widget.lineEdit()
        had = bool(edit is not None and edit.text())
        widget.clearEditText()
        if edit is not None:
            edit.setText("")
        return had
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        had = bool(edit is not None and edit.isUndoAvailable())
        if edit is not None:
            text = edit.text()
            edit.setText(text)  # keeps the value shown, drops the undo history
        return had
    return False


def close_transient_windows() -> int:
    """Close every open dialog, menu and popup. Returns how many were shown.

    A hidden dialog that may still be in ``exec()`` (modal, refused while it was being
    shown) is rejected too, so that no nested event loop outlives the session.
    """
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isHidden() and _maybe_in_exec(widget):
            log.info("ending a hidden modal dialog (%s)", type(widget).__name__)
            _end_hidden_exec(widget)
            continue
        if not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
            closed += 1
        elif isinstance(widget, QMenu) or widget.windowType() == Qt.WindowType.Popup:
            widget.close()
            closed += 1
    return closed


def _maybe_in_exec(dialog: QDialog) -> bool:
    """exec() marks its dialog modal until it returns; a hidden modal dialog may be in it."""
    return dialog.testAttribute(Qt.WidgetAttribute.WA_ShowModal)


def _end_hidden_exec(dialog: QDialog) -> None:
    """End the exec() of a hidden dialog.

    Qt ends exec()'s loop when the dialog is hidden, and hiding a hidden dialog does
    nothing: so it is shown first, off the screen (Qt does not map its window), then
    rejected.
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    dialog.show()
    dialog.reject()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)


def wipe_widgets() -> int:
    """Every input of the application emptied (visible or not). Returns how many held data."""
    return sum(clear_editable(widget) for widget in QApplication.allWidgets())


def clear_clipboard() -> None:
    """Empty the clipboard and, where there is one (X11), the selection."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class SessionTempDir:
    """The only place the app may write a citizen's temporary files; gone at the wipe."""

    def __init__(self, base: Path | None = None) -> None:
        self.base = base
        self._path: Path | None = None

    def _base(self) -> Path:
        if self.base is not None:
            return self.base
        return Path(os.environ.get("TMPDIR") or tempfile.gettempdir())

    def path(self) -> Path:
        if self._path is None or not self._path.exists():
            self._path = Path(tempfile.mkdtemp(prefix=SESSION_TMP_PREFIX, dir=self._base()))
        return self._path

    def wipe(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None

    def remove_leftovers(self) -> int:
        """Delete session folders a crashed run left behind. Returns how many."""
        removed = 0
        for folder in self._base().glob(f"{SESSION_TMP_PREFIX}*"):
            if folder != self._path:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed


# -- wiring ------------------------------------------------------------------------


class Kiosk(QObject):
    """Ties the session, the idle monitor, the lockdown and the staff screens together."""

    def __init__(
        self,
        context: AppContext,
        session: SessionController,
        mediator: MediatorController,
        clock: Clock = time.monotonic,
    ) -> None:
        from assist_desk.views.attract import AttractScreen
        from assist_desk.views.mediator import MediatorSignInScreen, MediatorToolsScreen

        super().__init__(context)
        self.context = context
        self.window: MainWindow = context.window
        self.session = session
        self.mediator = mediator
        settings = context.settings
        self.idle = IdleMonitor(settings.idle_timeout_s, settings.idle_warning_s, clock, self)
        self.relock = IdleMonitor(settings.mediator_relock_s, 0, clock, self)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.idle)
        app.installEventFilter(self.relock)
        self.lockdown = KioskLockdown(self.window, self)

        # The attract, sign-in and tools screens and the idle warning are built when
        # first needed (a workstation may never show them): start-up stays short.
        self._warning: IdleWarning | None = None
        existing = [s for s in self.window.built_screens() if s.screen_id == "attract"]
        if existing:  # the kiosk's first frame: already on screen
            assert isinstance(existing[0], AttractScreen)
            self._connect_attract(existing[0])
        else:
            self.window.add_screen_factory(AttractScreen.screen_id, self._build_attract)
        self.window.add_screen_factory(MediatorSignInScreen.screen_id, self._build_sign_in)
        self.window.add_screen_factory(MediatorToolsScreen.screen_id, self._build_tools)

        self.window.sig_staff_requested.connect(self.open_staff)
        self.window.sig_screen_shown.connect(self._on_screen_shown)
        self.idle.sig_warning.connect(self._warn)
        self.idle.sig_tick.connect(lambda seconds: self.warning.update_countdown(seconds))
        self.idle.sig_extended.connect(self._dismiss_warning)
        self.idle.sig_expired.connect(lambda: self.session.end_session("idle"))
        self.relock.sig_expired.connect(self._relock)
        self.session.sig_wipe_requested.connect(context.wipe_session)
        self.session.sig_mode_changed.connect(self._apply_mode)
        mediator.sig_state_changed.connect(self._on_mediator_state)

    # -- screens built on first use ---------------------------------------------------

    def _build_attract(self) -> AttractScreen:
        from assist_desk.views.attract import AttractScreen

        settings = self.context.settings
        screen = AttractScreen(settings.site_name, tuple(settings.languages), settings.language)
        self._connect_attract(screen)
        return screen

    def _connect_attract(self, screen: AttractScreen) -> None:
        screen.sig_start.connect(self.start_session)
        screen.sig_language_chosen.connect(self.context.switch_language)
        screen.sig_mediator.connect(self.open_staff)

    def _build_sign_in(self) -> MediatorSignInScreen:
        from assist_desk.views.mediator import MediatorSignInScreen

        return MediatorSignInScreen(self.mediator, lambda: self.session.mode is Mode.KIOSK)

    def _build_tools(self) -> MediatorToolsScreen:
        from assist_desk.views.mediator import MediatorToolsScreen

        tools = MediatorToolsScreen(self.mediator, lambda: self.session.mode)
        tools.sig_switch_mode.connect(self._switch_mode)
        tools.sig_lock.connect(self._sign_out)
        return tools

    @property
    def attract(self) -> AttractScreen:
        from assist_desk.views.attract import AttractScreen

        return self.window.screen_of(AttractScreen)

    @property
    def sign_in(self) -> MediatorSignInScreen:
        from assist_desk.views.mediator import MediatorSignInScreen

        return self.window.screen_of(MediatorSignInScreen)

    @property
    def tools(self) -> MediatorToolsScreen:
        from assist_desk.views.mediator import MediatorToolsScreen

        return self.window.screen_of(MediatorToolsScreen)

    @property
    def warning(self) -> IdleWarning:
        if self._warning is None:
            from assist_desk.views.widgets.idle_warning import IdleWarning

            self._warning = IdleWarning(self.window)
            self._warning.sig_still_here.connect(self.idle.note_activity)
        return self._warning

    def _warn(self, seconds: int) -> None:
        """Show the idle warning above everything: a dialog, menu or popup would cover it
        and take the touch meant for it, so they are closed first (the warning says so)."""
        closed = close_transient_windows()
        if closed:
            log.info("idle warning: closed %d open window(s) above it", closed)
        self.warning.show_countdown(seconds, closed)

    def _dismiss_warning(self) -> None:
        if self._warning is not None:
            self._warning.dismiss()

    def dispose(self) -> None:
        """Quit: stop watching, let go of the window (shutdown hook)."""
        app = QApplication.instance()
        for monitor in (self.idle, self.relock):
            monitor.set_active(False)
            if app is not None:
                app.removeEventFilter(monitor)
        self.lockdown.release()

    # -- sessions ------------------------------------------------------------------

    @property
    def kiosk_mode(self) -> bool:
        return self.session.mode is Mode.KIOSK

    def start_session(self, language: str) -> None:
        self.context.switch_language(language)
        self.session.start_session()
        self.window.show_screen("home")

    def first_screen(self) -> str:
        return "attract" if self.kiosk_mode else "home"

    def after_wipe(self) -> None:
        """Called by ``AppContext.wipe_session`` once everything is dropped."""
        self._dismiss_warning()
        if self.kiosk_mode:
            self.mediator.lock()
        if "attract" in {screen.screen_id for screen in self.window.built_screens()}:
            self.attract.reset(self.context.settings.language)
        self.session.wiped()

    def _on_screen_shown(self, screen_id: str) -> None:
        on_attract = screen_id == "attract"
        self.window.set_top_bar_visible(not on_attract)
        self.idle.set_active(self.kiosk_mode and not on_attract)
        if self.kiosk_mode and not on_attract and not self.session.in_session:
            self.session.start_session()
        self.relock.set_active(self.mediator.unlocked)

    def _apply_mode(self, value: str) -> None:
        from assist_desk import theme

        mode = Mode(value)
        settings = self.context.settings
        theme.apply(self.context.app, settings.theme, settings.font_scale, kiosk=mode is Mode.KIOSK)
        self.window.banner.setVisible(shows_training_banner(mode, self.context))
        self.window.set_staff_button_visible(mode is not Mode.KIOSK)
        if mode is Mode.KIOSK:
            self.mediator.lock()
            self.lockdown.engage()
        else:
            self.lockdown.release()

    # -- staff ---------------------------------------------------------------------

    def open_staff(self) -> None:
        from assist_desk.views.mediator import MediatorSignInScreen, MediatorToolsScreen

        if self.mediator.unlocked:
            self.window.show_screen(MediatorToolsScreen.screen_id)
            return
        self.window.show_screen(MediatorSignInScreen.screen_id)
        self.mediator.refresh()

    def _on_mediator_state(self, state: str) -> None:
        from assist_desk.controllers.mediator import UNLOCKED
        from assist_desk.views.mediator import MediatorSignInScreen, MediatorToolsScreen

        current = self.window.current_screen().screen_id
        if state == UNLOCKED:
            self.relock.set_active(True)
            if current == MediatorSignInScreen.screen_id:
                self.window.show_screen(MediatorToolsScreen.screen_id)
                self.mediator.refresh_status()
        else:
            self.relock.set_active(False)
            if current == MediatorToolsScreen.screen_id:
                self.window.show_screen(MediatorSignInScreen.screen_id)

    def _switch_mode(self, value: str) -> None:
        if not self.mediator.unlocked:
            return  # only signed-in staff switch modes (and leave kiosk mode)
        self.session.switch_mode(Mode(value) if value else self.session.staff_mode)

    def _relock(self) -> None:
        log.info("mediator tools re-locked after inactivity")
        self.mediator.lock()

    def _sign_out(self) -> None:
        self.mediator.lock()
        self.window.show_screen(self.first_screen())


def shows_training_banner(mode: Mode, context: AppContext) -> bool:
    """Training mode, and a kiosk on the training portal (a training kiosk, or a
    trainer's switch to kiosk mode): the person must know nothing goes to ANTS."""
    if mode is Mode.TRAINING:
        return True
    return mode is Mode.KIOSK and "training_portal" in context.services


def install(context: AppContext) -> None:
    """Feature installer: session, idle wipe, kiosk lockdown, mediator sign-in."""
    from assist_desk.controllers.mediator import MediatorController
    from assist_desk.controllers.session import (
        SessionController,
        SessionMarker,
        default_marker_path,
    )
    from assist_desk.credentials import KeyringStore

    settings = context.settings
    temp = context.services.setdefault("session_tmp", SessionTempDir())
    session = SessionController(settings.mode, SessionMarker(default_marker_path()), context)
    if session.crashed_before:
        removed = temp.remove_leftovers()
        log.warning("the previous run ended mid-session: start-up wipe (%d folders)", removed)
    store = context.services.get("credential_store") or KeyringStore()
    mediator = MediatorController(
        store,
        probe_portal=_portal_probe(context),
        content_age_days=_content_age(context),
        reset_training=_training_reset(context),
        parent=context,
        scope=context.session_scope,
    )
    kiosk = Kiosk(context, session, mediator)
    context.services["kiosk"] = kiosk
    context.services["session"] = session
    context.services["mediator"] = mediator
    context.shutdown_hooks.append(session.closed_cleanly)
    context.shutdown_hooks.append(kiosk.dispose)
    if session.crashed_before:
        context.wipe_session("crash")
    else:
        session.wiped()  # nothing to wipe: start the first session (or wait on attract)
    if session.mode is Mode.KIOSK:
        kiosk.lockdown.engage()
    context.window.banner.setVisible(shows_training_banner(session.mode, context))
    context.window.set_staff_button_visible(session.mode is not Mode.KIOSK)
    # At a workstation, a screen the person opened while the application started stays.
    if session.mode is Mode.KIOSK or context.window.current_screen().screen_id == "home":
        context.window.show_screen(kiosk.first_screen())


def _portal_probe(context: AppContext) -> Callable[[], Any] | None:
    def probe() -> Any:
        from assist_desk.controllers import portal_service

        portal = portal_service.client(context)
        for name in ("ping", "health", "is_reachable"):
            method = getattr(portal, name, None)
            if callable(method):
                return method()
        raise LookupError("no portal")

    return probe


def _content_age(context: AppContext) -> Callable[[], int | None]:
    def age() -> int | None:
        content = context.services.get("content")
        value = getattr(content, "age_days", None)
        if callable(value):
            value = value()
        return int(value) if isinstance(value, int | float) else None

    return age


def _training_reset(context: AppContext) -> Callable[[], Any] | None:
    def reset() -> Any:
        training = context.services.get("training_portal")
        method = getattr(training, "reset", None)
        if not callable(method):
            raise LookupError("no training portal")
        return method()

    return reset
