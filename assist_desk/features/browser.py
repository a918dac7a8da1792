"""The controlled browser feature: official sites inside the application (issue 15).

Used for the hand-off to the official site and the FranceConnect round trip at a
kiosk and in training mode (where the training portal's pages open in it too), and
at a workstation when the site file says ``controlled_browser = true``.

:class:`BrowserFeature` holds the allow-list (the built-in official hosts, the
site's ``browser_extra_hosts``, the portal's own origin), makes the screen and the
citizen session's web profile on first use (QtWebEngine loads then, never at
start-up), and at every session wipe deletes the profile, its pages and render
process, and empties the scan folder.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.controllers.handoff import LinkRouter
from assist_desk.features.portal import PortalFeature
from assist_desk.modes import Mode
from assist_desk.session import scan_folder
from assist_desk.url_rules import WebAllowList

if TYPE_CHECKING:
    from assist_desk.features.keyboard import KeyboardFeature
    from assist_desk.session.web_profile import WebSession
    from assist_desk.views.browser.screen import BrowserScreen

log = logging.getLogger(__name__)

BROWSER_SCREEN = "browser"


class BrowserFeature:
    """The allow-list, the browser screen and the session's web profile (made on first use)."""

    def __init__(
        self,
        context: FeatureContext,
        portal_url: str | None,
        training_login: Callable[[str], str] | None = None,
        keyboard: KeyboardFeature | None = None,
    ) -> None:
        self._context = context
        #: The on-screen keyboard, shown for the page's text fields (None: turned off).
        self._keyboard = keyboard
        #: The training portal's one-time trainer link for a path (training mode only).
        self._training_login = training_login
        settings = context.settings
        origins = [portal_url] if portal_url else []
        self.allow_list = WebAllowList.build(settings.browser_extra_hosts, origins)
        self._session: WebSession | None = None
        self._return_to = "home"

        #: False where Chromium cannot start (see :func:`sandbox_can_start`): the QR
        #: codes and the printed summary stay, as before the browser existed.
        self.available = sandbox_can_start()
        if not self.available:
            log.warning("controlled browser off: running as root with Chromium's sandbox on")
        elif sandbox_turned_off() and os.geteuid() != 0:
            # An ordinary user needs no such switch: say so where the operator will look.
            log.warning(
                "Chromium's sandbox is OFF (QTWEBENGINE_DISABLE_SANDBOX or --no-sandbox is set): "
                "remove it from this account's environment"
            )

    def allows(self, url: str) -> bool:
        return self.allow_list.allows(url)

    def in_use(self) -> bool:
        """Official sites open here now (else, at a workstation, in the system browser)."""
        if not self.available:
            return False
        mode = self._context.mode()
        return mode is not Mode.MEDIATOR or self._context.settings.controlled_browser

    @property
    def session(self) -> WebSession:
        if self._session is None:
            from assist_desk.session.web_profile import WebSession

            context = self._context
            self._session = WebSession(
                lambda: context.session_tmp.path(), context.language, parent=context
            )
        return self._session

    def made_session(self) -> WebSession | None:
        return self._session

    def screen(self) -> BrowserScreen:
        from assist_desk.views.browser.screen import BrowserScreen

        settings = self._context.settings
        screen = BrowserScreen(
            self.session,
            self.allows,
            self.choose_scans,
            settings.browser_permissions,
            kiosk=self._context.mode() is Mode.KIOSK,
            printer_name=settings.printer,
        )
        screen.sig_back_to_app.connect(self.back_to_app)
        screen.sig_field_focus.connect(self._web_field_focus)
        screen.sig_field_tapped.connect(self._web_field_tapped)
        return screen

    def _web_field_focus(self, focused: bool, kind: str) -> None:
        if self._keyboard is None:
            return
        if focused:
            self._keyboard.web_field_focused(kind)
        else:
            self._keyboard.web_field_blurred()

    def _web_field_tapped(self, kind: str) -> None:
        if self._keyboard is not None:
            self._keyboard.web_field_tapped(kind)

    def browser_screen(self) -> BrowserScreen:
        from assist_desk.views.browser.screen import BrowserScreen

        return self._context.window.screen_of(BrowserScreen)

    def choose_scans(self, multiple: bool, accepted: list[str]) -> list[str]:
        return scan_folder.choose(self._context.settings.scan_folder, multiple, accepted)

    def open(self, url: str) -> bool:
        """Show ``url`` in the controlled browser (an address off the list: the notice)."""
        window = self._context.window
        current = window.current_screen().screen_id
        if current != BROWSER_SCREEN:
            self._return_to = current
        window.show_screen(BROWSER_SCREEN)
        self.browser_screen().open(url)
        return self.allows(url)

    def open_training_outbox(self) -> bool:
        """Training mode: the training portal's outbox (activation links, the prefecture's
        validation) in the browser, the trainer signed in by a one-time link. For a
        trainer's button; never at a kiosk."""
        if self._training_login is None or self._context.mode() is not Mode.TRAINING:
            return False
        return self.open(self._training_login("/training/outbox"))

    def back_to_app(self) -> None:
        self._context.window.show_screen(self._return_to)

    def back_to_app_if_shown(self) -> None:
        """The application has what it waited for (a FranceConnect sign-in): back to it."""
        if self._context.window.current_screen().screen_id == BROWSER_SCREEN:
            self.back_to_app()

    def wipe(self) -> None:
        """Profile, pages and render process gone; the scan folder emptied."""
        self._return_to = "home"
        if self._session is not None:
            self._session.end()
        scan_folder.empty(self._context.settings.scan_folder)


def sandbox_can_start() -> bool:
    """Chromium refuses to start as root with its sandbox on, and ends the process: a
    kiosk runs as an ordinary user (packaging), only tests and CI turn it off."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return True
    return sandbox_turned_off()


def sandbox_turned_off() -> bool:
    """What QtWebEngine itself reads: the variable set to any value (even "0"), or the flag."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    return "QTWEBENGINE_DISABLE_SANDBOX" in os.environ or "--no-sandbox" in flags


def install(
    context: FeatureContext, portal: PortalFeature | None, keyboard: KeyboardFeature | None
) -> BrowserFeature:
    training = portal.training if portal is not None else None
    feature = BrowserFeature(
        context,
        portal.url if portal is not None else None,
        training.login_url if training is not None else None,
        keyboard,
    )
    context.window.add_screen_factory(BROWSER_SCREEN, feature.screen)
    context.wipe_hooks.append(feature.wipe)
    context.shutdown_hooks.append(feature.wipe)  # no render process outlives the app
    # Links of the content screens: here at a kiosk and in training (views/links.py).
    router = LinkRouter(
        feature.in_use, feature.open, lambda: context.mode() is Mode.KIOSK, parent=context
    )
    router.install()
    context.shutdown_hooks.append(router.uninstall)
    return feature
