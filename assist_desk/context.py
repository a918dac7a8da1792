"""What every feature is given: the window, the settings, the hooks, the session wipe.

:class:`FeatureContext` holds what the running application shares with all its
features, and nothing of any one feature: features get what they need from each
other as typed arguments, from the composition root (:mod:`assist_desk.app`,
whose ``AppContext`` adds the installed features and the start-up order). So this
module imports no feature, and every feature may import it.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import Mode
from assist_desk.session_scope import SessionScope
from assist_desk.views.main_window import MainWindow

if TYPE_CHECKING:
    import asyncio
    from typing import Protocol

    from assist_desk.credentials import CredentialStore
    from assist_desk.session.tempdir import SessionTempDir
    from assist_desk.settings import Settings

    # For the type checker only (no class made at start-up, on the first frame's path).
    class Attendant(Protocol):
        """Who receives the person at the desk (:class:`assist_desk.features.kiosk.Kiosk`):
        the wipe asks it for the current mode and the first screen, and tells it when done."""

        @property
        def mode(self) -> Mode: ...

        def first_screen(self) -> str: ...

        def after_wipe(self) -> None: ...


log = logging.getLogger(__name__)

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


class FeatureContext(QObject):
    """The running application's shared parts, passed to every feature's ``install``.

    Signals:
        sig_ready(): settings, logging, the asyncio loop and the features are in place.
        sig_settled(): ready, and every background start-up step has finished.
        sig_first_input(): the first touch, click, key or pointer move after ready
            (once per process): warm-ups for a citizen start here, not at start-up
            (:mod:`assist_desk.session.first_input`).
        sig_session_wiped(): a session wipe has completed.
    """

    sig_ready = Signal()
    sig_settled = Signal()
    sig_first_input = Signal()
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
        self._credential_store: CredentialStore | None = None
        self._session_tmp: SessionTempDir | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.ready = False
        #: The first touch, click, key or pointer move has come (``sig_first_input``).
        self.first_input_seen = False
        #: Where every controller starts its asynchronous work; the wipe ends it first.
        self.session_scope = SessionScope()
        #: Set by the kiosk feature; without it, the wipe returns to the home screen.
        self.attendant: Attendant | None = None
        #: Called, in order, at every session wipe (end of session, idle, mode switch).
        self.wipe_hooks: list[Callable[[], None]] = []
        #: Called, in reverse order, when the application quits.
        self.shutdown_hooks: list[Callable[[], None]] = []
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

    @property
    def credential_store(self) -> CredentialStore:
        """The help point's secrets (the mediator's PIN, the ANTS tokens): one store,
        set by the composition root once the settings are loaded."""
        assert self._credential_store is not None, "the store is made in finish_startup"
        return self._credential_store

    @property
    def session_tmp(self) -> SessionTempDir:
        """The only folder a citizen's temporary files may go to; emptied at every wipe
        (set by the composition root with the credential store)."""
        assert self._session_tmp is not None, "the folder is made in finish_startup"
        return self._session_tmp

    def language(self) -> str:
        """The interface's language now (a citizen may switch it), else the site's."""
        return self.switcher.language or self.settings.language

    def mode(self) -> Mode:
        """The desk's mode now (a mediator may switch it), else the configured one."""
        return self.attendant.mode if self.attendant is not None else self.settings.mode

    def warm_up(self, name: str, function: Callable[[], object]) -> asyncio.Future[object] | None:
        """Run ``function`` in a worker: imports and other Qt-free preparation only.

        Not a start-up step (settled does not wait for it): the features call it on
        the first input (``sig_first_input``). A failure is logged; the work is then
        done on first use instead. Returns the worker's future (None without a loop)."""
        if self.loop is None:
            return None
        future = self.loop.run_in_executor(None, function)
        future.add_done_callback(lambda done: _log_warm_up(name, done))
        return future

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
        # Imported here, not with this module: PySide6 makes the widget classes it names
        # when first used, which would cost the first frame some milliseconds.
        from assist_desk.session import wipe

        started = time.perf_counter()
        steps: list[tuple[str, Callable[[], object]]] = [
            ("dialogs", wipe.close_transient_windows),
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
            ("widgets", wipe.wipe_widgets),
            ("clipboard", wipe.clear_clipboard),
            # Searches compile the typed words into patterns, which the re module caches.
            ("regular expression cache", re.purge),
        ]
        if self._session_tmp is not None:
            steps.append(("temporary files", self._session_tmp.wipe))
        failed = 0
        for name, step in steps:
            try:
                step()
            except Exception:
                failed += 1
                log.exception("session wipe step failed: %s", name)
        kiosk_mode = self._settings is not None and self.mode() is Mode.KIOSK
        if failed and kiosk_mode:
            log.warning(
                "session wipe incomplete (%d failed steps): the kiosk process ends (status %d)",
                failed,
                EXIT_RESTART,
            )
            end_kiosk_process()
        if self._settings is not None:
            self.switch_language(self.settings.language)
        if self.attendant is not None:
            self.attendant.after_wipe()
            self.window.show_screen(self.attendant.first_screen())
        else:
            self.window.show_screen("home")
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.info("session wiped (%s) in %.1f ms, %d failed steps", reason, elapsed_ms, failed)
        if kiosk_mode and reason in _CITIZEN_SESSION_ENDS and os.environ.get(SUPERVISED_ENV):
            log.warning(
                "a new process for the next citizen: the kiosk process ends (status %d)",
                EXIT_RESTART,
            )
            end_kiosk_process()
        self.sig_session_wiped.emit()
        return elapsed_ms

    @property
    def alive(self) -> bool:
        """False once shut down or once the window is gone: late callbacks must do nothing."""
        from shiboken6 import isValid

        return not self._shut_down and isValid(self) and isValid(self.window)

    def shutdown(self) -> None:
        if self._shut_down:
            return  # quit, then a test's teardown: once is enough
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


def end_kiosk_process() -> None:
    """End a kiosk process at once with :data:`EXIT_RESTART`, before the next frame
    is painted, without a clean shutdown: after a failed wipe the session marker
    stays, so the next process wipes the leftovers at start-up. The training
    portal's child stops when its pipe closes. The caller has logged why."""
    logging.shutdown()  # flushes the log file
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_RESTART)


def _log_warm_up(name: str, done: asyncio.Future[object]) -> None:
    if done.cancelled():
        return
    error = done.exception()
    if error is not None:
        log.warning("warm-up %s failed: %s", name, type(error).__name__)
    else:
        log.debug("warm-up %s done", name)
