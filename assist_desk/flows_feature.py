"""Feature installer of the guided flows: "New request", "Create an ANTS account", terms update.

Listed in :data:`assist_desk.app.FEATURE_INSTALLERS` after the portal service,
whose client it reads lazily from ``context.services["portal"]`` (the training
portal may still be starting). Shares ``context.services["flows"]``
(:class:`FlowsService`) for tours and tests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assist_desk.controllers.account import (
    AccountController,
    FlowSession,
    ReacceptanceController,
)
from assist_desk.controllers.handoff import UrlOpener
from assist_desk.controllers.requests import RequestController
from assist_desk.modes import Mode
from assist_desk.portal.client import PortalClient

if TYPE_CHECKING:
    from assist_desk.app import AppContext
    from assist_desk.views.screen import Screen

log = logging.getLogger(__name__)


@dataclass
class FlowsService:
    session: FlowSession
    account: AccountController
    requests: RequestController
    reacceptance: ReacceptanceController
    opener: UrlOpener


def _warm_http() -> None:
    import importlib

    for name in ("anyio._backends._asyncio", "httpcore._async.http11"):
        try:
            importlib.import_module(name)
        except ImportError:  # pragma: no cover - a different HTTP stack
            log.debug("warm-up: %s not importable", name)


#: The terms re-acceptance screen (no tile: shown when the portal asks for it).
REACCEPTANCE_SCREEN = "terms_update"


def install(context: AppContext) -> FlowsService:
    from assist_desk.views.features import Feature

    settings = context.settings
    window = context.window

    def portal() -> PortalClient | None:
        client = context.services.get("portal")
        return client if isinstance(client, PortalClient) else None

    def language() -> str:
        return context.switcher.language or settings.language

    session = FlowSession(context)
    account = AccountController(portal, session, settings.site_id, parent=context)
    requests = RequestController(
        portal,
        session,
        content=lambda: context.services.get("content"),
        language=language,
        parent=context,
    )
    reacceptance = ReacceptanceController(
        portal, session, settings.site_id, language=language, parent=context
    )
    opener = UrlOpener(settings.allowed_urls, parent=context)

    def open_portal_page(url: str) -> None:
        # The portal's own pages (FranceConnect round trip) are allowed too.
        client = portal()
        if client is not None and client.base_url not in opener.extra_allowed:
            opener.extra_allowed.append(client.base_url + "/")
        opener.open(url)

    account.sig_open_url.connect(open_portal_page)
    requests.sig_open_url.connect(open_portal_page)

    def reaccept() -> None:
        reacceptance.begin()
        window.show_screen(REACCEPTANCE_SCREEN)

    requests.sig_reacceptance_needed.connect(reaccept)
    kiosk = settings.mode is Mode.KIOSK
    training = settings.mode is Mode.TRAINING or settings.uses_training_portal

    def open_appointments() -> bool:
        """The pre-application number check, when the appointments feature is installed."""
        if "appointments" not in context.services:
            return False
        from assist_desk.views import appointments_feature

        appointments_feature.show_screen(context)
        return True

    # The screens' modules load when a screen is first opened, not at start-up.
    def request_screen() -> Screen:
        from assist_desk.views.request.screen import RequestScreen

        return RequestScreen(
            requests,
            kiosk=kiosk,
            opener=opener,
            has_feature=window.has_feature,
            open_appointments=open_appointments,
        )

    def account_screen() -> Screen:
        from assist_desk.views.account.screen import AccountScreen

        return AccountScreen(account, training=training)

    def reacceptance_screen() -> Screen:
        from assist_desk.views.request.screen import ReacceptanceScreen

        assert ReacceptanceScreen.screen_id == REACCEPTANCE_SCREEN
        return ReacceptanceScreen(reacceptance)

    window.add_feature(Feature("new_request", 10, request_screen))
    window.add_feature(Feature("account", 20, account_screen))
    window.add_screen_factory(REACCEPTANCE_SCREEN, reacceptance_screen)

    def wipe() -> None:
        session.clear()
        for controller in (account, requests, reacceptance):
            controller.restart()

    context.wipe_hooks.append(wipe)
    if context.loop is not None:
        from assist_desk.flows.fields import warm_up

        # The field checks' libraries and the HTTP stack's lazily imported parts load in
        # a worker, not at the first keypress or the first portal call.
        context.loop.run_in_executor(None, warm_up)
        context.loop.run_in_executor(None, _warm_http)
    service = FlowsService(session, account, requests, reacceptance, opener)
    context.services["flows"] = service
    return service
