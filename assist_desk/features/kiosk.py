"""The kiosk feature: the session, the idle wipe, the lockdown and the staff screens.

:class:`Kiosk` ties the citizen's session (:mod:`assist_desk.controllers.session`),
the idle monitor and the lockdown (:mod:`assist_desk.session`) and the mediator's
sign-in and tools together, at a kiosk and at a workstation alike (the mediator
signs in, re-locks and switches modes on both). It is the context's
:class:`~assist_desk.context.Attendant`: the session wipe asks it for the first
screen and tells it when done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from assist_desk import app_filters
from assist_desk.context import FeatureContext
from assist_desk.features.content import ContentFeature
from assist_desk.features.portal import PortalFeature
from assist_desk.modes import Mode
from assist_desk.session.idle import Clock, IdleMonitor
from assist_desk.session.lockdown import KioskLockdown
from assist_desk.session.wipe import close_transient_windows

if TYPE_CHECKING:
    from assist_desk.controllers.mediator import MediatorController
    from assist_desk.controllers.session import SessionController
    from assist_desk.credentials import CredentialStore
    from assist_desk.views.attract import AttractScreen
    from assist_desk.views.farewell import FarewellScreen
    from assist_desk.views.main_window import MainWindow
    from assist_desk.views.mediator import MediatorSignInScreen, MediatorToolsScreen
    from assist_desk.views.setup_guide import SetupGuideScreen
    from assist_desk.views.widgets.idle_warning import IdleWarning

log = logging.getLogger(__name__)

#: The id of "How to set it up" (``SetupGuideScreen.screen_id``), without importing it.
SETUP_GUIDE_ID = "setup_guide"


class Kiosk(QObject):
    """Ties the session, the idle monitor, the lockdown and the staff screens together."""

    def __init__(
        self,
        context: FeatureContext,
        session: SessionController,
        mediator: MediatorController,
        training_portal: bool,
        clock: Clock = time.monotonic,
        content: ContentFeature | None = None,
    ) -> None:
        from assist_desk.views.attract import AttractScreen
        from assist_desk.views.mediator import MediatorSignInScreen, MediatorToolsScreen

        super().__init__(context)
        self.context = context
        self.window: MainWindow = context.window
        self.session = session
        self.mediator = mediator
        #: The embedded training portal serves this desk (the banner says so at a kiosk).
        self.training_portal = training_portal
        #: The offline content (its facts to recheck are listed in the mediator tools).
        self.content = content
        #: The farewell is the current screen (left otherwise than by its own end: a wipe).
        self._on_farewell = False
        settings = context.settings
        self.idle = IdleMonitor(settings.idle_timeout_s, settings.idle_warning_s, clock, self)
        self.relock = IdleMonitor(settings.mediator_relock_s, 0, clock, self)
        # Through app_filters: on each window instead while a web view exists.
        app_filters.install(self.idle)
        app_filters.install(self.relock)
        self.lockdown = KioskLockdown(self.window, self)

        # The attract, sign-in and tools screens and the idle warning are built when
        # first needed (a workstation may never show them): start-up stays short.
        self._warning: IdleWarning | None = None
        #: The citizen chose larger text or high contrast on the attract screen (K-5).
        self._display_changed = False
        existing = [s for s in self.window.built_screens() if s.screen_id == "attract"]
        if existing:  # the kiosk's first frame: already on screen
            assert isinstance(existing[0], AttractScreen)
            self._connect_attract(existing[0])
        else:
            self.window.add_screen_factory(AttractScreen.screen_id, self._build_attract)
        self.window.add_screen_factory(MediatorSignInScreen.screen_id, self._build_sign_in)
        self.window.add_screen_factory(MediatorToolsScreen.screen_id, self._build_tools)
        self.window.add_screen_factory("farewell", self._build_farewell)
        self.window.add_screen_factory(SETUP_GUIDE_ID, self._build_setup_guide)

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
        screen = AttractScreen(
            settings.site_name,
            tuple(settings.languages),
            settings.language,
            dict(settings.site_name_translations),
        )
        self._connect_attract(screen)
        return screen

    def _connect_attract(self, screen: AttractScreen) -> None:
        # K-5: the operator's logo (the first frame had none: it is read with the settings).
        screen.set_logo(self.context.settings.site_logo)
        screen.sig_start.connect(self.start_session)
        screen.sig_language_chosen.connect(self.context.switch_language)
        screen.sig_mediator.connect(self.open_staff)
        screen.sig_display_chosen.connect(self._apply_display)

    def _build_farewell(self) -> FarewellScreen:
        from assist_desk.views.farewell import FarewellScreen
        from assist_desk.views.kiosk_print import forget_prints, printed_in

        # The paper reminder only after a print of this session (the wipe forgets it).
        screen = FarewellScreen(printed=lambda: printed_in(self.window))
        self.context.wipe_hooks.append(lambda: forget_prints(self.window))
        # K-3: the reminder ends the session by the window's own "End session" (one wipe).
        screen.sig_done.connect(self.window.sig_end_session)
        return screen

    def _build_sign_in(self) -> MediatorSignInScreen:
        from assist_desk.views.mediator import MediatorSignInScreen

        screen = MediatorSignInScreen(self.mediator, lambda: self.session.mode is Mode.KIOSK)
        screen.sig_setup_guide.connect(self.open_setup_guide)
        return screen

    def _build_tools(self) -> MediatorToolsScreen:
        from assist_desk.views.mediator import MediatorToolsScreen

        content = self.content
        tools = MediatorToolsScreen(
            self.mediator,
            lambda: self.session.mode,
            recheck=content.needs_recheck if content is not None else None,
            content_max_age_days=self.context.settings.content_max_age_days,
            content_pack=content.version_and_date if content is not None else None,
        )
        tools.sig_switch_mode.connect(self._switch_mode)
        tools.kiosk_button.setEnabled(self._kiosk_switch_allowed())
        tools.sig_lock.connect(self._sign_out)
        tools.sig_setup_guide.connect(self.open_setup_guide)
        return tools

    def _build_setup_guide(self) -> SetupGuideScreen:
        from assist_desk.views.setup_guide import SetupGuideScreen

        guide = SetupGuideScreen()
        # Back to the staff screens: the tools while signed in, else the sign-in (the
        # tools may have re-locked while the guide was read).
        guide.sig_back.connect(self.open_staff)
        return guide

    def open_setup_guide(self, section: str) -> None:
        """M-1: "How to set it up", at the section of the status the operator came from."""
        from assist_desk.views.setup_guide import SetupGuideScreen

        self.window.screen_of(SetupGuideScreen).open_at(section)
        self.window.show_screen(SETUP_GUIDE_ID)

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
        for monitor in (self.idle, self.relock):
            monitor.set_active(False)
            app_filters.remove(monitor)
        self.lockdown.release()

    # -- sessions ------------------------------------------------------------------

    @property
    def mode(self) -> Mode:
        """The desk's mode now: a mediator may switch it."""
        return self.session.mode

    @property
    def kiosk_mode(self) -> bool:
        return self.session.mode is Mode.KIOSK

    def start_session(self, language: str) -> None:
        self.context.switch_language(language)
        self.session.start_session()
        self.window.show_screen("home")

    def first_screen(self) -> str:
        return "attract" if self.kiosk_mode else "home"

    #: K-5: how much larger "Larger text" makes every text, for one session.
    LARGER_TEXT = 1.25

    def _apply_display(self, larger: bool, contrast: bool) -> None:
        """The citizen's display for this session (K-5): the site's theme and size,
        or high contrast and/or larger text. The wipe brings back the site's."""
        from assist_desk import theme

        settings = self.context.settings
        self._display_changed = larger or contrast
        theme.apply(
            self.context.app,
            "high-contrast" if contrast else settings.theme,
            settings.font_scale * (self.LARGER_TEXT if larger else 1.0),
            kiosk=self.kiosk_mode,
        )

    def after_wipe(self) -> None:
        """Called by ``FeatureContext.wipe_session`` once everything is dropped."""
        self._dismiss_warning()
        if self._display_changed:
            self._apply_display(False, False)
        if self.kiosk_mode:
            self.mediator.lock()
        if "attract" in {screen.screen_id for screen in self.window.built_screens()}:
            self.attract.reset(self.context.settings.language)
        self.session.wiped()

    def _on_screen_shown(self, screen_id: str) -> None:
        on_attract = screen_id == "attract"
        # The farewell says everything is erased when it closes: left by the top bar
        # (Home, "Ask a mediator") rather than by its own end or a wipe (which show the
        # attract screen), the session ends all the same, once this navigation is over.
        left_farewell = self._on_farewell and screen_id not in ("farewell", "attract")
        self._on_farewell = screen_id == "farewell"
        if left_farewell and self.kiosk_mode and self.session.in_session:
            QTimer.singleShot(0, self.window, self.window.sig_end_session.emit)
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
        self.window.banner.setVisible(shows_training_banner(mode, self.training_portal))
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

    def _kiosk_switch_allowed(self) -> bool:
        """A workstation on the embedded training portal keeps its database on disk:
        a citizen alone must never type into it (issue 17, C1). A kiosk needs a real
        portal, or to be started as a declared training kiosk (memory only)."""
        started_as_kiosk = self.context.settings.mode is Mode.KIOSK
        return started_as_kiosk or not self.training_portal

    def _switch_mode(self, value: str) -> None:
        if not self.mediator.unlocked:
            return  # only signed-in staff switch modes (and leave kiosk mode)
        if value == Mode.KIOSK.value and not self._kiosk_switch_allowed():
            log.warning("switch to kiosk mode refused: no real portal configured")
            return
        self.session.switch_mode(Mode(value) if value else self.session.staff_mode)

    def _relock(self) -> None:
        log.info("mediator tools re-locked after inactivity")
        self.mediator.lock()

    def _sign_out(self) -> None:
        self.mediator.lock()
        self.window.show_screen(self.first_screen())


def shows_training_banner(mode: Mode, training_portal: bool) -> bool:
    """Training mode, and a kiosk on the training portal (a training kiosk, or a
    trainer's switch to kiosk mode): the person must know nothing goes to ANTS."""
    if mode is Mode.TRAINING:
        return True
    return mode is Mode.KIOSK and training_portal


def install(
    context: FeatureContext,
    portal: PortalFeature | None,
    content: ContentFeature | None,
    store: CredentialStore,
) -> Kiosk:
    """Session, idle wipe, kiosk lockdown, mediator sign-in; a start-up wipe after a crash."""
    from assist_desk.controllers.mediator import MediatorController
    from assist_desk.controllers.session import (
        SessionController,
        SessionMarker,
        default_marker_path,
    )

    settings = context.settings
    temp = context.session_tmp
    session = SessionController(settings.mode, SessionMarker(default_marker_path()), context)
    if session.crashed_before:
        removed = temp.remove_leftovers()
        log.warning("the previous run ended mid-session: start-up wipe (%d folders)", removed)
    training = portal.training if portal is not None else None
    mediator = MediatorController(
        store,
        probe_portal=_portal_probe(portal),
        content_age_days=content.age_days if content is not None else None,
        reset_training=_training_reset(portal),
        parent=context,
        scope=context.session_scope,
    )
    kiosk = Kiosk(context, session, mediator, training_portal=training is not None, content=content)
    context.attendant = kiosk
    context.shutdown_hooks.append(session.closed_cleanly)
    context.shutdown_hooks.append(kiosk.dispose)
    if session.crashed_before:
        context.wipe_session("crash")
    else:
        session.wiped()  # nothing to wipe: start the first session (or wait on attract)
    if session.mode is Mode.KIOSK:
        kiosk.lockdown.engage()
    context.window.banner.setVisible(shows_training_banner(session.mode, kiosk.training_portal))
    context.window.set_staff_button_visible(session.mode is not Mode.KIOSK)
    # At a workstation, a screen the person opened while the application started stays.
    if session.mode is Mode.KIOSK or context.window.current_screen().screen_id == "home":
        context.window.show_screen(kiosk.first_screen())
    return kiosk


def _portal_probe(portal: PortalFeature | None) -> Callable[[], Awaitable[bool]]:
    """The mediator's status line: does the portal answer its health check?"""

    async def probe() -> bool:
        if portal is None:
            return False  # the portal feature did not start
        await portal.client.get().health()
        return True

    return probe


def _training_reset(portal: PortalFeature | None) -> Callable[[], object]:
    """The staff tools' "reset the training data"; refused (and said so) without one."""

    def reset() -> object:
        if portal is None or portal.training is None:
            raise LookupError("no training portal")
        return portal.training.reset()

    return reset
