"""Feature installer of the guided flows: "New request", "Create an ANTS account", terms update.

Listed in :data:`assist_desk.app.FEATURE_INSTALLERS` after the portal service,
whose client it asks for when a flow needs it (the training portal may still be
starting). Installing only offers the tiles: the controllers
(:class:`FlowsService`, shared in ``context.services["flows"]`` for tours and
tests, see :func:`service`) are made when a flow is first opened, and their
modules (the portal models, the field checks, the HTTP stack) load in workers
once every feature is installed.
"""

from __future__ import annotations

import functools
import importlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.app import AppContext
    from assist_desk.controllers.account import (
        AccountController,
        FlowSession,
        ReacceptanceController,
    )
    from assist_desk.controllers.handoff import UrlOpener
    from assist_desk.controllers.requests import RequestController
    from assist_desk.portal.client import PortalClient
    from assist_desk.views.screen import Screen

log = logging.getLogger(__name__)

SERVICE = "flows"
#: The terms re-acceptance screen (no tile: shown when the portal asks for it).
REACCEPTANCE_SCREEN = "terms_update"
#: Loaded in workers once the features are installed, so that neither opening a
#: flow nor its first keypress or portal call waits for them.
WARM_MODULES = (
    "assist_desk.controllers.account",
    "assist_desk.controllers.requests",
    "assist_desk.flows.fields",
    "anyio._backends._asyncio",
    "httpcore._async.http11",
)


@dataclass
class FlowsService:
    session: FlowSession
    account: AccountController
    requests: RequestController
    reacceptance: ReacceptanceController
    opener: UrlOpener


def install(context: AppContext) -> None:
    from assist_desk.views.features import Feature

    window = context.window
    settings = context.settings
    kiosk = settings.mode is Mode.KIOSK
    training = settings.mode is Mode.TRAINING or settings.uses_training_portal

    def open_appointments() -> bool:
        """The pre-application number check, when the appointments feature is installed."""
        if not window.has_screen("appointments"):
            return False
        from assist_desk.views import appointments_feature

        appointments_feature.show_screen(context)
        return True

    # The screens' modules load when a screen is first opened, not at start-up.
    def request_screen() -> Screen:
        from assist_desk.views.request.screen import RequestScreen

        flows = service(context)
        return RequestScreen(
            flows.requests,
            kiosk=kiosk,
            opener=flows.opener,
            has_feature=window.has_feature,
            open_appointments=open_appointments,
            printer_name=context.settings.printer,
        )

    def account_screen() -> Screen:
        from assist_desk.views.account.screen import AccountScreen

        return AccountScreen(service(context).account, training=training, kiosk=kiosk)

    def reacceptance_screen() -> Screen:
        from assist_desk.views.request.screen import ReacceptanceScreen

        assert ReacceptanceScreen.screen_id == REACCEPTANCE_SCREEN
        return ReacceptanceScreen(service(context).reacceptance)

    window.add_feature(Feature("new_request", request_screen))
    window.add_feature(Feature("account", account_screen))
    window.add_screen_factory(REACCEPTANCE_SCREEN, reacceptance_screen)
    context.wipe_hooks.append(lambda: _wipe(context))
    context.sig_ready.connect(lambda: _warm_up(context))


def service(context: AppContext) -> FlowsService:
    """The flows' controllers, made on first use and kept in ``context.services``."""
    existing = context.services.get(SERVICE)
    if isinstance(existing, FlowsService):
        return existing
    from assist_desk.controllers import portal_service
    from assist_desk.controllers.account import (
        AccountController,
        FlowSession,
        ReacceptanceController,
    )
    from assist_desk.controllers.handoff import UrlOpener
    from assist_desk.controllers.requests import RequestController

    settings = context.settings
    window = context.window

    def portal() -> PortalClient | None:
        return portal_service.client(context)

    def language() -> str:
        return context.switcher.language or settings.language

    scope = context.session_scope
    session = FlowSession(context)
    account = AccountController(portal, session, settings.site_id, parent=context, scope=scope)
    requests = RequestController(
        portal,
        session,
        content=lambda: context.services.get("content"),
        language=language,
        parent=context,
        scope=scope,
    )
    reacceptance = ReacceptanceController(
        portal, session, settings.site_id, language=language, parent=context, scope=scope
    )
    kiosk = settings.mode is Mode.KIOSK
    opener = UrlOpener(settings.allowed_urls, kiosk=kiosk, parent=context)

    def open_portal_page(url: str) -> None:
        # The portal's own pages (FranceConnect round trip) are allowed too.
        client = portal()
        if client is not None and client.base_url + "/" not in opener.extra_allowed:
            opener.extra_allowed.append(client.base_url + "/")
        opener.open(url)

    if not kiosk:  # at a kiosk the screens show the address as a QR code instead
        account.sig_open_url.connect(open_portal_page)
        requests.sig_open_url.connect(open_portal_page)

    def reaccept() -> None:
        reacceptance.begin()
        window.show_screen(REACCEPTANCE_SCREEN)

    requests.sig_reacceptance_needed.connect(reaccept)
    made = FlowsService(session, account, requests, reacceptance, opener)
    context.services[SERVICE] = made
    return made


def _wipe(context: AppContext) -> None:
    flows = context.services.get(SERVICE)
    if not isinstance(flows, FlowsService):
        return  # no flow was ever opened: nothing to forget
    flows.session.clear()
    for controller in (flows.account, flows.requests, flows.reacceptance):
        controller.restart()


def _warm_up(context: AppContext) -> None:
    for name in WARM_MODULES:
        context.warm_up(f"warm:{name}", functools.partial(_import_quietly, name))
    context.warm_up("warm:field-checks", _warm_field_checks)


def _warm_field_checks() -> None:
    from assist_desk.flows.fields import warm_up

    warm_up()  # the checks' own libraries (stdnum, email-validator) load on first use


def _import_quietly(name: str) -> None:
    try:
        importlib.import_module(name)
    except ImportError:  # pragma: no cover - a different HTTP stack
        log.debug("warm-up: %s not importable", name)
