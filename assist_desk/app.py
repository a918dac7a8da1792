"""The composition root: builds the window, then the rest once it is on screen.

Start-up happens in two stages so that the first screen appears fast:

1. ``run_gui``: Qt, the theme, the translation and the main window from the
   quick settings read (:mod:`assist_desk.bootstrap`), then the Qt event loop;
2. ``AppContext.finish_startup`` (right after the first frame): the validated
   settings, the log file, the asyncio loop (qasync, attached to the running Qt
   loop), then every feature installer in :data:`FEATURE_INSTALLERS`.

This is the only module that knows every part of the application; nothing
else holds application-wide state.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import logging
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from assist_desk import bootstrap, gui_gc, theme
from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import Mode
from assist_desk.paths import i18n_dir
from assist_desk.session_scope import SessionScope
from assist_desk.views.features import TILE_IDS
from assist_desk.views.main_window import MainWindow, ShellInfo

if TYPE_CHECKING:
    import asyncio

    from assist_desk.settings import Settings

log = logging.getLogger(__name__)

#: ``module:function`` pairs called with the AppContext once settings are loaded.
#: Each adds its home tile, screens and controllers. Order matters only for tiles.
FEATURE_INSTALLERS: tuple[str, ...] = (
    "assist_desk.controllers.portal_service:install",
    "assist_desk.flows_feature:install",
    "assist_desk.views.content_feature:install",
    "assist_desk.views.about_feature:install",
    "assist_desk.views.places_feature:install",
    "assist_desk.views.appointments_feature:install",
    "assist_desk.kiosk:install",
)

EXIT_SETTINGS = 2
#: A kiosk ends its process with this status when a session wipe failed: the kiosk
#: session's supervisor (packaging/linux/kiosk) starts it again at once, and the
#: new process, finding the session marker, wipes at start-up and shows the attract
#: screen. Never an attract screen over a partial wipe.
EXIT_RESTART = 75
#: Set by that supervisor. A supervised kiosk also ends its process after every
#: citizen's session (end or idle), once wiped: memory, Qt's caches and any late
#: asynchronous result go with it. bench/kiosk_restart.py: End session → ready
#: attract screen in about 0.6 s (target 1.5 s).
SUPERVISED_ENV = "ASSIST_DESK_SUPERVISED"
_CITIZEN_SESSION_ENDS = ("end", "idle")


class FirstFrameProbe(QObject):
    """Calls back once, when the window has painted its first frame."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


class AppContext(QObject):
    """Everything the running application owns, passed to feature installers.

    Signals:
        sig_ready(): settings, logging, the asyncio loop and the features are in place.
        sig_settled(): ready, and every background start-up step has finished.
        sig_session_wiped(): a session wipe has completed.
    """

    sig_ready = Signal()
    sig_settled = Signal()
    sig_session_wiped = Signal()

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        switcher: LanguageSwitcher,
        args: argparse.Namespace,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.window = window
        self.switcher = switcher
        self.args = args
        self._settings = settings
        self.loop: asyncio.AbstractEventLoop | None = None
        self.ready = False
        #: Where every controller starts its asynchronous work; the wipe ends it first.
        self.session_scope = SessionScope()
        #: Called, in order, at every session wipe (end of session, idle, mode switch).
        self.wipe_hooks: list[Callable[[], None]] = []
        #: Called, in reverse order, when the application quits.
        self.shutdown_hooks: list[Callable[[], None]] = []
        #: Anything a feature wants to share with another (e.g. "portal").
        self.services: dict[str, Any] = {}
        #: Background start-up steps still running (e.g. "training-portal").
        self.pending_startup: set[str] = set()
        #: Parentless QObjects that must live as long as the context, e.g. a loader
        #: that signals from a worker thread (a Qt parent could delete it under the
        #: thread's feet; with no reference at all, its queued signal would be lost).
        self.keep_alive: list[QObject] = []
        self.exit_code = 0
        self._shut_down = False

    @property
    def settings(self) -> Settings:
        assert self._settings is not None, "settings are loaded in finish_startup"
        return self._settings

    def finish_startup(self, stepwise: bool = False) -> None:
        """Settings, log file and asyncio loop, then every feature installer.

        With ``stepwise`` (the application), each installer runs in its own turn
        of the event loop: the window keeps answering while the features start
        (a tile chosen meanwhile opens once its feature is there). Without it
        (tests, tours), everything is in place when this returns.
        """
        from assist_desk import paths
        from assist_desk.logs import setup_logging
        from assist_desk.settings import SettingsError

        if self._settings is None:
            try:
                self._settings = _load_settings(self.args)
            except SettingsError as error:
                print_settings_error(error)
                self.exit_code = EXIT_SETTINGS
                self.app.exit(EXIT_SETTINGS)
                return
        # Before any worker starts: Qt wrappers in reference cycles must be freed on
        # this thread, never on a worker that triggered a collection (gui_gc).
        gui_gc.collect_on_gui_thread(self.app)
        setup_logging(paths.log_dir(), self.settings.log_level)
        _flush_early_qt_messages()
        log.info("assist-desk starting in %s mode", self.settings.mode.value)
        from assist_desk import event_loop

        self.loop = event_loop.attach(self.app)
        self.window.sig_language_requested.connect(self.switch_language)
        self.window.sig_end_session.connect(lambda: self.wipe_session("end"))
        self.app.aboutToQuit.connect(self.shutdown)
        steps: list[Callable[[], None]] = [
            functools.partial(self._install, entry) for entry in FEATURE_INSTALLERS
        ]
        steps.append(self._features_installed)
        if stepwise:
            self._run_steps(steps)
        else:
            for step in steps:
                step()

    def _run_steps(self, steps: list[Callable[[], None]]) -> None:
        if not self.alive:
            return
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, lambda: self._run_steps(steps))

    def _install(self, entry: str) -> None:
        module_name, _, function = entry.partition(":")
        try:
            getattr(importlib.import_module(module_name), function)(self)
        except Exception:
            # A broken feature must not take the others down: its tile is withdrawn.
            log.exception("feature %s could not start", entry)

    def _features_installed(self) -> None:
        self.ready = True
        self.sig_ready.emit()
        self._check_settled()

    def warm_up(self, name: str, function: Callable[[], object]) -> None:
        """Run ``function`` in a worker as a background start-up step named ``name``
        (settled waits for it). For imports and other Qt-free preparation only."""
        if self.loop is None:
            return
        self.pending_startup.add(name)
        future = self.loop.run_in_executor(None, function)
        future.add_done_callback(lambda _: self.startup_step_done(name))

    def startup_step_done(self, name: str) -> None:
        """A feature reports that its background start-up step ``name`` finished."""
        self.pending_startup.discard(name)
        self._check_settled()

    def _check_settled(self) -> None:
        if self.ready and not self.pending_startup:
            self.window.withdraw_unprovided_tiles()
            self.sig_settled.emit()

    def switch_language(self, language: str) -> None:
        self.switcher.switch(language)
        self.window.set_language_shown(language)

    def wipe_session(self, reason: str = "end") -> float:
        """Drop everything of the current citizen, then return to the start.

        Order: open dialogs and menus closed, the features' wipe hooks (flow
        state, the portal client's reset: in-flight requests cancelled and the
        HTTP client recreated), each screen's ``clear_citizen_data``, then every
        input widget of the application emptied with its undo history, the
        clipboard and selection, the session's temporary files, the language
        back to the site default; last the attract screen (kiosk) or home.
        A failing step is logged and the others still run; then a kiosk ends its
        process (:data:`EXIT_RESTART`) instead of showing the attract screen, and a
        workstation (a mediator is there) goes on. Returns the milliseconds taken
        (the target is 200 ms).
        """
        from assist_desk import kiosk

        started = time.perf_counter()
        steps: list[tuple[str, Callable[[], object]]] = [
            ("dialogs", kiosk.close_transient_windows),
            # Before anything is emptied: no answer of this session lands afterwards.
            ("asynchronous operations", self.session_scope.end),
            *((f"hook {index}", hook) for index, hook in enumerate(self.wipe_hooks)),
            *(
                (f"screen {screen.screen_id}", screen.clear_citizen_data)
                for screen in self.window.built_screens()
            ),
            # Texts composed from the citizen's data (e.g. "We sent an e-mail to …")
            # are composed again from the now empty state.
            *(
                (f"texts {screen.screen_id}", screen.retranslate_ui)
                for screen in self.window.built_screens()
            ),
            ("widgets", kiosk.wipe_widgets),
            ("clipboard", kiosk.clear_clipboard),
            # Searches compile the typed words into patterns, which the re module caches.
            ("regular expression cache", re.purge),
        ]
        temp = self.services.get("session_tmp")
        if temp is not None:
            steps.append(("temporary files", temp.wipe))
        failed = 0
        for name, step in steps:
            try:
                step()
            except Exception:
                failed += 1
                log.exception("session wipe step failed: %s", name)
        attendant = self.services.get("kiosk")
        kiosk_mode = attendant.kiosk_mode if attendant is not None else self._kiosk_mode()
        if failed and kiosk_mode:
            end_kiosk_process(f"session wipe incomplete ({failed} failed steps)")
        if self._settings is not None:
            self.switch_language(self.settings.language)
        if attendant is not None:
            attendant.after_wipe()
            self.window.show_screen(attendant.first_screen())
        else:
            self.window.show_screen("home")
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.info("session wiped (%s) in %.1f ms, %d failed steps", reason, elapsed_ms, failed)
        if kiosk_mode and reason in _CITIZEN_SESSION_ENDS and os.environ.get(SUPERVISED_ENV):
            end_kiosk_process("a new process for the next citizen")
        self.sig_session_wiped.emit()
        return elapsed_ms

    def _kiosk_mode(self) -> bool:
        return self._settings is not None and self.settings.mode is Mode.KIOSK

    @property
    def alive(self) -> bool:
        """False once shut down or once the window is gone: late callbacks must do nothing."""
        from shiboken6 import isValid

        return not self._shut_down and isValid(self) and isValid(self.window)

    def shutdown(self) -> None:
        self._shut_down = True
        self.session_scope.close()
        for hook in reversed(self.shutdown_hooks):
            try:
                hook()
            except Exception:
                log.exception("shutdown step failed")
        self.shutdown_hooks.clear()
        if self.loop is not None:
            from assist_desk import event_loop

            event_loop.close_attached(self.loop, self.app)
            self.loop = None


def end_kiosk_process(why: str) -> None:
    """End a kiosk process at once with :data:`EXIT_RESTART`, before the next frame
    is painted, without a clean shutdown: after a failed wipe the session marker
    stays, so the next process wipes the leftovers at start-up. The training
    portal's child stops when its pipe closes."""
    log.warning("%s: the kiosk process ends (status %d)", why, EXIT_RESTART)
    logging.shutdown()  # flushes the log file
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_RESTART)


def _load_settings(args: argparse.Namespace) -> Settings:
    from assist_desk.cli import settings_overrides
    from assist_desk.settings import load_settings

    return load_settings(args.config, settings_overrides(args))


def print_settings_error(error: Exception) -> None:
    for line in getattr(error, "lines", [str(error)]):
        print(f"assist-desk: {line}", file=sys.stderr)


_early_qt_messages: list[tuple[int, str]] = []


def _qt_message_handler(kind: Any, context: Any, message: str) -> None:
    """Qt's own messages go to the anonymous log, never to a citizen's screen."""
    from PySide6.QtCore import QtMsgType

    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    if logging.getLogger().handlers:
        logging.getLogger("qt").log(level, "%s", message)
    else:  # before the log file exists (first frame): keep it for later
        _early_qt_messages.append((level, message))


def _flush_early_qt_messages() -> None:
    for level, message in _early_qt_messages:
        logging.getLogger("qt").log(level, "%s", message)
    _early_qt_messages.clear()


def _excepthook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
    # No traceback ever reaches a citizen: log it (redacted), keep the app running.
    log.critical("unhandled error", exc_info=(kind, value, tb))


def create_window(
    args: argparse.Namespace, app: QApplication
) -> tuple[MainWindow, LanguageSwitcher, Settings | None] | int:
    """Theme, language and main window; an int is an exit status (bad settings)."""
    from_peek = bootstrap.peek(args)
    settings = None
    if from_peek is None:
        from assist_desk.settings import SettingsError

        try:
            settings = _load_settings(args)
        except SettingsError as error:
            print_settings_error(error)
            return EXIT_SETTINGS
        first = bootstrap.FirstScreen(
            settings.site_name,
            settings.mode,
            settings.language,
            tuple(settings.languages),
            settings.theme,
            settings.font_scale,
        )
    else:
        first = from_peek
    switcher = LanguageSwitcher(app)
    if not switcher.switch(first.language) and first.language != "en":
        # English is the source text; any other language without its catalogue
        # would show English in a French (or mirrored Arabic) shell.
        print(
            f"assist-desk: no translation catalogue for language {first.language!r} "
            f"(assist_desk_{first.language}.qm in {i18n_dir()}): reinstall assist-desk, "
            "or run `make i18n` in a source tree",
            file=sys.stderr,
        )
        switcher.uninstall()
        return EXIT_SETTINGS
    theme.apply(app, first.theme, first.font_scale, mode=first.mode.value)
    window = MainWindow(
        # Every home tile from the first frame, so that the first screen is the real
        # one; a tile whose feature fails to start is withdrawn.
        ShellInfo(first.site_name, first.mode, first.languages, first.language),
        TILE_IDS,
    )
    if first.mode is Mode.KIOSK:
        from assist_desk.no_core_dump import forbid_core_dumps

        forbid_core_dumps()  # before anyone types anything
        # The first frame of a kiosk is the attract screen, never a half-started home.
        from assist_desk.views.attract import AttractScreen

        window.add_screen(AttractScreen(first.site_name, first.languages, first.language))
        window.show_screen(AttractScreen.screen_id)
        window.set_top_bar_visible(False)
    return window, switcher, settings


def run_gui(args: argparse.Namespace) -> int:
    """Start the GUI; returns the process exit status."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_qt_message_handler)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("assist-desk")
    app.setApplicationDisplayName("assist_desk")
    built = create_window(args, app)
    if isinstance(built, int):
        return built
    window, switcher, settings = built
    context = AppContext(app, window, switcher, args, settings)
    sys.excepthook = _excepthook
    # What exists once the features are installed lives as long as the application:
    # frozen out of every future collection (a full collection of it would be a
    # pause of ~0.2 s). cli.main switched automatic collection off before the imports.
    context.sig_ready.connect(gc.freeze)
    probe = FirstFrameProbe(lambda: _after_first_frame(context))
    window.installEventFilter(probe)
    if args.screenshot is not None:
        context.sig_settled.connect(lambda: _screenshot_and_quit(context, args.screenshot))
    if window.shell.mode is Mode.KIOSK:
        # Full screen without decorations; KioskLockdown (kiosk.install) refuses the ways out.
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    status = app.exec()
    window.removeEventFilter(probe)
    return context.exit_code or status


def _after_first_frame(context: AppContext) -> None:
    # ASSIST_DESK_BENCH_EXIT is for bench/startup.py: report the first frame, then
    # quit at once ("first-frame") or once start-up has settled ("settled");
    # BENCH_HARD_EXIT leaves without tearing down (bench/startup_instructions.py).
    bench_exit = os.environ.get("ASSIST_DESK_BENCH_EXIT")
    if bench_exit:
        print(f"FIRST_FRAME {time.time():.6f}", flush=True)
        if os.environ.get("BENCH_HARD_EXIT"):
            os._exit(0)
        if bench_exit == "first-frame":
            _print_own_peak()
            context.app.quit()
            return
        context.sig_ready.connect(lambda: print(f"READY {time.time():.6f}", flush=True))
        context.sig_settled.connect(lambda: _report_and_quit(context))
    context.finish_startup(stepwise=True)


def _report_and_quit(context: AppContext) -> None:
    _print_own_peak()
    context.app.exit(0)  # not quit(): a kiosk refuses to close its window


def _print_own_peak() -> None:
    # This process's own peak RSS (the training portal is a child process, which
    # the benchmark's wait4() figure would include).
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                print(f"SELF_PEAK_KB {line.split()[1]}", flush=True)


def _screenshot_and_quit(context: AppContext, path: Path) -> None:
    context.window.grab().save(str(path))
    print(f"screenshot: {path}")
    # exit(), not quit(): quit() asks the windows to close, which a kiosk refuses.
    context.app.exit(0)
