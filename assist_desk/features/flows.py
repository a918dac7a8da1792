"""The guided flows: "New request", "Create an ANTS account", and the terms update.

Installing only offers the tiles: the controllers (:class:`FlowsService`, the
:attr:`FlowsFeature.service` slot) are made when a flow is first opened, and their
modules (the portal models, the field checks, the HTTP stack) load in workers on the
first touch, click or key (:meth:`FlowsFeature.warm_up`, ``sig_first_input``), so that
neither opening a flow nor its first keypress waits for them, and an untouched kiosk
does not hold them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote

from assist_desk.context import FeatureContext
from assist_desk.features.appointments import AppointmentsFeature
from assist_desk.features.browser import BrowserFeature
from assist_desk.features.content import ContentFeature
from assist_desk.features.portal import PortalFeature
from assist_desk.lazy import Lazy
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.content import ContentPack
    from assist_desk.controllers.account import (
        AccountController,
        FlowSession,
        ReacceptanceController,
    )
    from assist_desk.controllers.handoff import UrlOpener
    from assist_desk.controllers.requests import RequestController
    from assist_desk.portal.client import PortalClient
    from assist_desk.views.account.screen import AccountScreen
    from assist_desk.views.request.screen import ReacceptanceScreen, RequestScreen

log = logging.getLogger(__name__)

#: The terms re-acceptance screen (no tile: shown when the portal asks for it).
REACCEPTANCE_SCREEN = "terms_update"


@dataclass
class FlowsService:
    """The flows' controllers, shared by their screens."""

    session: FlowSession
    account: AccountController
    requests: RequestController
    reacceptance: ReacceptanceController
    opener: UrlOpener


class FlowsFeature:
    """The flows' tiles; their controllers are made when a flow is first opened."""

    def __init__(
        self,
        context: FeatureContext,
        portal: PortalFeature | None,
        content: ContentFeature | None,
        appointments: AppointmentsFeature | None,
        browser: BrowserFeature | None = None,
    ) -> None:
        self._context = context
        self._portal = portal
        self._content = content
        self._appointments = appointments
        self._browser = browser
        self.service: Lazy[FlowsService] = Lazy(self._make_service)

    def portal_client(self) -> PortalClient | None:
        """The portal client (made now if need be); None when the portal did not start."""
        return self._portal.client.get() if self._portal is not None else None

    def content_pack(self) -> ContentPack | None:
        return self._content.pack if self._content is not None else None

    def open_appointments(self) -> bool:
        """The pre-application number check, when the appointments feature is there."""
        if self._appointments is None:
            return False
        self._appointments.show_screen()
        return True

    # -- screens, built when first opened ------------------------------------------

    def request_screen(self) -> RequestScreen:
        from assist_desk.views.request.screen import RequestScreen

        flows = self.service.get()
        settings = self._context.settings
        return RequestScreen(
            flows.requests,
            kiosk=settings.mode is Mode.KIOSK,
            opener=flows.opener,
            has_feature=self._context.window.has_feature,
            open_appointments=self.open_appointments,
            printer_name=settings.printer,
            training=settings.mode is Mode.TRAINING,
        )

    def account_screen(self) -> AccountScreen:
        from assist_desk.views.account.screen import AccountScreen
        from assist_desk.views.site_name import shown_site_name

        settings = self._context.settings
        training = settings.mode is Mode.TRAINING or settings.uses_training_portal
        return AccountScreen(
            self.service.get().account,
            training=training,
            kiosk=settings.mode is Mode.KIOSK,
            site_name=lambda: shown_site_name(
                settings.site_name, settings.site_name_translations, self._context.language()
            ),
            printer_name=settings.printer,
        )

    def reacceptance_screen(self) -> ReacceptanceScreen:
        from assist_desk.views.request.screen import ReacceptanceScreen

        assert ReacceptanceScreen.screen_id == REACCEPTANCE_SCREEN
        kiosk = self._context.settings.mode is Mode.KIOSK
        return ReacceptanceScreen(self.service.get().reacceptance, kiosk=kiosk)

    # -- controllers -----------------------------------------------------------------

    def _training_official_page(self) -> Callable[[str], str] | None:
        """On the embedded training portal (training mode, a training kiosk): the
        hand-off's simulated official page there; with a real portal, None."""
        if self._portal is None or self._portal.training is None:
            return None
        base = self._portal.url.rstrip("/")
        return lambda category_id: f"{base}/training/official/{quote(category_id, safe='')}"

    def _make_service(self) -> FlowsService:
        from assist_desk.controllers.account import (
            AccountController,
            FlowSession,
            ReacceptanceController,
        )
        from assist_desk.controllers.handoff import UrlOpener
        from assist_desk.controllers.requests import RequestController

        context = self._context
        settings = context.settings
        portal = self.portal_client
        scope = context.session_scope
        session = FlowSession(context)
        account = AccountController(portal, session, settings.site_id, parent=context, scope=scope)
        training_official = self._training_official_page()
        requests = RequestController(
            portal,
            session,
            content=self.content_pack,
            language=context.language,
            parent=context,
            scope=scope,
            training_official=training_official,
        )
        reacceptance = ReacceptanceController(
            portal,
            session,
            settings.site_id,
            language=context.language,
            parent=context,
            scope=scope,
        )
        kiosk = settings.mode is Mode.KIOSK
        # Asked at each open, not fixed here: a workstation switched to kiosk mode by
        # staff must never hand a URL to the operating system either.
        browser = self._browser if self._browser is not None and self._browser.available else None
        opener = UrlOpener(
            settings.allowed_urls,
            kiosk=lambda: context.mode() is Mode.KIOSK,
            parent=context,
            # The controlled browser where it is used (kiosk, training, a workstation
            # whose site file asks for it): its own allow-list, nothing kept after the wipe.
            browser=browser.open if browser is not None else None,
            use_browser=browser.in_use if browser is not None else (lambda: False),
        )

        if training_official is not None and self._portal is not None:
            # The training hand-off's page is on the training portal (issue 15).
            opener.extra_allowed.append(self._portal.url.rstrip("/") + "/")

        def open_portal_page(url: str) -> None:
            # The portal's own pages (FranceConnect round trip) are allowed too.
            client = portal()
            if client is not None and client.base_url + "/" not in opener.extra_allowed:
                opener.extra_allowed.append(client.base_url + "/")
            opener.open(url)

        # At a kiosk the screens also show the address as a QR code (to continue on a
        # phone); without the controlled browser, that is the only way.
        if not kiosk or browser is not None:
            account.sig_open_url.connect(open_portal_page)
            requests.sig_open_url.connect(open_portal_page)
        if browser is not None:
            # Signed in through FranceConnect in the browser: back to the flow, which goes on.
            session.sig_account_changed.connect(
                lambda signed_in: browser.back_to_app_if_shown() if signed_in else None
            )

        def reaccept() -> None:
            reacceptance.begin()
            context.window.show_screen(REACCEPTANCE_SCREEN)

        requests.sig_reacceptance_needed.connect(reaccept)
        return FlowsService(session, account, requests, reacceptance, opener)

    def wipe(self) -> None:
        flows = self.service.made()
        if flows is None:
            return  # no flow was ever opened: nothing to forget
        flows.session.clear()
        for controller in (flows.account, flows.requests, flows.reacceptance):
            controller.restart()

    def warm_up(self) -> None:
        """Load the flows' modules in workers (imports only: thread-safe)."""
        self._context.warm_up("warm:flow-controllers", _import_flow_modules)
        self._context.warm_up("warm:field-checks", _warm_field_checks)


def install(
    context: FeatureContext,
    portal: PortalFeature | None,
    content: ContentFeature | None,
    appointments: AppointmentsFeature | None,
    browser: BrowserFeature | None = None,
) -> FlowsFeature:
    from assist_desk.views.features import Feature

    feature = FlowsFeature(context, portal, content, appointments, browser)
    context.window.add_feature(Feature("new_request", feature.request_screen))
    context.window.add_feature(Feature("account", feature.account_screen))
    context.window.add_screen_factory(REACCEPTANCE_SCREEN, feature.reacceptance_screen)
    context.wipe_hooks.append(feature.wipe)
    context.sig_first_input.connect(feature.warm_up)
    return feature


def _import_flow_modules() -> None:
    # The controllers import the portal models and the HTTP stack with them.
    import assist_desk.controllers.account
    import assist_desk.controllers.requests
    import assist_desk.flows.fields  # noqa: F401


def _warm_field_checks() -> None:
    from assist_desk.flows.fields import warm_up

    warm_up()  # the checks' own libraries (stdnum, email-validator) load on first use
