"""The composition root: builds the window, then every feature once it is on screen.

Start-up, in order (each step's reason is beside its code):

1. :func:`run_gui` → :func:`build`: Qt, the theme, the translation and the main
   window with its home tiles, from the quick settings read
   (:mod:`assist_desk.bootstrap`); then the Qt event loop shows the first frame;
2. :meth:`AppContext.finish_startup` (right after the first frame): the validated
   settings, the log file, the credential store, the asyncio loop (qasync, attached
   to the running Qt loop);
3. the features, one per turn of the event loop, each given the ones it needs
   (:meth:`AppContext._feature_steps`): portal, content, appointments, flows,
   about, places, kiosk; then ``sig_ready``;
4. once the background steps are done (training portal up, content pack loaded):
   ``sig_settled``;
5. on the first touch, click, key or pointer move (``sig_first_input``): the modules
   a citizen's flow needs and the content's search index are prepared in workers
   (:mod:`assist_desk.session.first_input`).

This is the only module that knows every part of the application; features know
only :class:`~assist_desk.context.FeatureContext` and the features they are given.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from assist_desk import bootstrap, gui_gc, process_memory, theme
from assist_desk.context import FeatureContext
from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import Mode
from assist_desk.paths import i18n_dir
from assist_desk.views.features import TILE_IDS
from assist_desk.views.main_window import MainWindow, ShellInfo

if TYPE_CHECKING:
    from assist_desk.controllers.places import PlacesController
    from assist_desk.features.appointments import AppointmentsFeature
    from assist_desk.features.browser import BrowserFeature
    from assist_desk.features.content import ContentFeature
    from assist_desk.features.flows import FlowsFeature
    from assist_desk.features.keyboard import KeyboardFeature
    from assist_desk.features.kiosk import Kiosk
    from assist_desk.features.portal import PortalFeature
    from assist_desk.settings import Settings

log = logging.getLogger(__name__)

EXIT_SETTINGS = 2


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


class Features:
    """The installed features, each None until installed (or if it failed to start).

    (A plain class: a dataclass would be generated at import, on the first frame's path.)
    """

    def __init__(self) -> None:
        self.portal: PortalFeature | None = None
        self.content: ContentFeature | None = None
        self.appointments: AppointmentsFeature | None = None
        self.browser: BrowserFeature | None = None
        self.flows: FlowsFeature | None = None
        self.places: PlacesController | None = None
        self.kiosk: Kiosk | None = None
        self.keyboard: KeyboardFeature | None = None


class AppContext(FeatureContext):
    """The running application: the shared context, the installed features, and the
    start-up order (:meth:`finish_startup`)."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        switcher: LanguageSwitcher,
        args: argparse.Namespace,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(app, window, switcher, args, settings)
        self.features = Features()

    def finish_startup(self, stepwise: bool = False) -> None:
        """Settings, log file and asyncio loop, then every feature, in order.

        With ``stepwise`` (the application), each feature is installed in its own
        turn of the event loop: the window keeps answering while the features start
        (a tile chosen meanwhile opens once its feature is there). Without it
        (tests, tours), everything is in place when this returns.
        """
        from assist_desk import event_loop, paths
        from assist_desk.credentials import KeyringStore
        from assist_desk.logs import setup_logging
        from assist_desk.session.tempdir import SessionTempDir
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
        # The stores, made once here: every feature that needs one is given it.
        self._credential_store = KeyringStore()
        self._session_tmp = SessionTempDir()
        self.loop = event_loop.attach(self.app)
        self.window.sig_language_requested.connect(self.switch_language)
        self.window.sig_end_session.connect(lambda: self.wipe_session("end"))
        self.app.aboutToQuit.connect(self.shutdown)
        steps = [*self._feature_steps(), self._features_installed]
        if stepwise:
            self._run_steps(steps)
        else:
            for step in steps:
                step()

    def _feature_steps(self) -> list[Callable[[], None]]:
        """One step per feature, in order; each gets the features it needs."""
        # The features' modules load here, after the first frame, never on its path.
        from assist_desk.features import (
            about,
            appointments,
            browser,
            content,
            flows,
            keyboard,
            kiosk,
            places,
            portal,
        )

        features = self.features

        def install_portal() -> None:
            features.portal = portal.install(self)

        def install_content() -> None:
            features.content = content.install(self)

        def install_appointments() -> None:
            training = features.portal.training if features.portal is not None else None
            training_url = training.url if training is not None else None
            features.appointments = appointments.install(self, training_url, self.credential_store)

        def install_browser() -> None:
            features.browser = browser.install(self, features.portal, features.keyboard)

        def install_flows() -> None:
            features.flows = flows.install(
                self, features.portal, features.content, features.appointments, features.browser
            )

        def install_about() -> None:
            about.install(self, features.content)

        def install_places() -> None:
            features.places = places.install(self, features.flows)

        def install_kiosk() -> None:
            features.kiosk = kiosk.install(
                self, features.portal, features.content, self.credential_store
            )

        def install_keyboard() -> None:
            features.keyboard = keyboard.install(self)

        steps = [
            install_keyboard,
            install_portal,
            install_content,
            install_appointments,
            install_browser,
            install_flows,
            install_about,
            install_places,
            install_kiosk,
        ]
        return [functools.partial(self._install, step) for step in steps]

    def _install(self, step: Callable[[], None]) -> None:
        log.debug("installing %s", step.__name__.removeprefix("install_"))
        try:
            step()
        except Exception:
            # A broken feature must not take the others down: its tile is withdrawn,
            # and the features given it get None.
            log.exception("feature %s could not start", step.__name__.removeprefix("install_"))

    def _run_steps(self, steps: list[Callable[[], None]]) -> None:
        if not self.alive:
            return
        steps.pop(0)()
        if steps:
            QTimer.singleShot(0, lambda: self._run_steps(steps))

    def _features_installed(self) -> None:
        from assist_desk.session.first_input import FirstInputWatch

        self.ready = True
        # The warm-ups wait for someone to be there (see session.first_input).
        watch = FirstInputWatch(self._first_input)
        self.shutdown_hooks.append(watch.stop)
        self.keep_alive.append(watch)
        self.sig_ready.emit()
        self._check_settled()

    def _first_input(self) -> None:
        if self.alive:
            self.first_input_seen = True
            self.sig_first_input.emit()


def _load_settings(args: argparse.Namespace) -> Settings:
    from assist_desk.settings import load_settings, settings_overrides

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
    if kind == QtMsgType.QtFatalMsg:
        # Qt aborts the process right after this: say why on the terminal, in plain
        # words, and which system packages are missing when the display plugin did not
        # load (m8); a silent exit leaves a newcomer with nothing.
        from assist_desk.system_check import fatal_qt_text

        earlier = [text for _level, text in _early_qt_messages]
        sys.stderr.write(fatal_qt_text(message, earlier))
        sys.stderr.flush()
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


def build(args: argparse.Namespace, qapp: QApplication) -> AppContext | int:
    """The window (theme, language, home tiles) and its context; an int is an exit
    status (bad settings, a missing catalogue). The features are installed later,
    by :meth:`AppContext.finish_startup`: right after the first frame in
    :func:`run_gui`, at once in tests and the tour."""
    built = _create_window(args, qapp)
    if isinstance(built, int):
        return built
    window, switcher, settings = built
    return AppContext(qapp, window, switcher, args, settings)


def _create_window(
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
            dict(settings.site_name_translations),
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
        ShellInfo(first.site_name, first.mode, first.languages, first.language, first.site_names),
        TILE_IDS,
    )
    if first.mode is Mode.KIOSK:
        from assist_desk.no_core_dump import forbid_core_dumps

        forbid_core_dumps()  # before anyone types anything
        # The first frame of a kiosk is the attract screen, never a half-started home.
        from assist_desk.views.attract import AttractScreen

        window.add_screen(
            AttractScreen(first.site_name, first.languages, first.language, first.site_names)
        )
        window.show_screen(AttractScreen.screen_id)
        window.set_top_bar_visible(False)
    return window, switcher, settings


def run_gui(args: argparse.Namespace) -> int:
    """Start the GUI; returns the process exit status."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(_qt_message_handler)
    process_memory.apply()
    skip_pydantic_plugin_scan()
    # QtWebEngine (the controlled browser, loaded on first use) shares OpenGL
    # contexts with the window: Qt needs to know before the application exists.
    if QApplication.instance() is None:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("assist-desk")
    app.setApplicationDisplayName("assist_desk")
    if os.environ.get("ASSIST_DESK_DEBUG") or sys.flags.dev_mode:
        _guard_threads()
    context = build(args, app)
    if isinstance(context, int):
        return context
    window = context.window
    sys.excepthook = _excepthook
    probe = FirstFrameProbe(lambda: _after_first_frame(context))
    window.installEventFilter(probe)
    if args.screenshot is not None:
        context.sig_settled.connect(lambda: _screenshot_and_quit(context, args.screenshot))
    if window.shell.mode is Mode.KIOSK:
        # Full screen without decorations; KioskLockdown (features.kiosk) refuses the ways out.
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    status = app.exec()
    window.removeEventFilter(probe)
    return context.exit_code or status


def skip_pydantic_plugin_scan() -> None:
    """pydantic looks through every installed distribution for plugins when the first
    model is made: the settings', on the GUI thread before "ready" (6-10 ms of its CPU
    here, bench/RESULTS.md session 8). This application uses none. An operator's own
    ``PYDANTIC_DISABLE_PLUGINS`` is kept; the training portal's process inherits it."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _guard_threads() -> None:
    """Debug runs: every Qt object made or destroyed off the GUI thread is logged with
    the stack that did it, on the standard error (devtools.thread_guard; needs a C
    compiler). A developer's tool: the stack holds code locations only."""
    import subprocess  # here: the first frame's path has no other use for it

    from assist_desk.devtools.thread_guard import GuardUnavailable, ThreadGuard

    try:
        ThreadGuard(lambda violation: print(violation, file=sys.stderr, flush=True)).install()
    except (GuardUnavailable, OSError, subprocess.CalledProcessError) as error:
        log.warning("thread guard unavailable: %s", type(error).__name__)


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
            context.app.exit(0)
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
