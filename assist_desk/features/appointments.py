"""The pre-application number and appointments feature, built on first use.

* :attr:`AppointmentsFeature.controller`: the
  :class:`~assist_desk.controllers.appointments.AppointmentsController` (training
  mode: the training portal's emulation of the ANTS services; elsewhere the
  settings, and the hand-off until the help point has stored its ANTS tokens);
* the stand-alone "appointments" screen, built when first shown (the request flow
  opens it after the identity card and passport hand-off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.lazy import Lazy

if TYPE_CHECKING:
    from assist_desk.controllers.appointments import AppointmentsController
    from assist_desk.credentials import CredentialStore
    from assist_desk.session_scope import SessionScope
    from assist_desk.settings import Settings
    from assist_desk.views.appointments import AppointmentsScreen

SCREEN_ID = "appointments"


class AppointmentsFeature:
    def __init__(
        self, context: FeatureContext, training_url: str | None, store: CredentialStore
    ) -> None:
        self._context = context
        self._training_url = training_url
        self._store = store
        self.controller: Lazy[AppointmentsController] = Lazy(self._make_controller)

    def _make_controller(self) -> AppointmentsController:
        context = self._context
        made = make_controller(
            context.settings,
            training_url=self._training_url,
            store=self._store,
            scope=context.session_scope,
        )
        context.wipe_hooks.append(made.reset)
        return made

    def show_screen(self) -> None:
        """Show the stand-alone screen (built the first time)."""
        self._context.window.show_screen(SCREEN_ID)


def install(
    context: FeatureContext, training_url: str | None, store: CredentialStore
) -> AppointmentsFeature:
    """``training_url``: the training portal's, when it serves the ANTS emulation."""
    feature = AppointmentsFeature(context, training_url, store)

    def screen() -> AppointmentsScreen:
        from assist_desk.views.appointments import AppointmentsScreen

        return AppointmentsScreen(feature.controller.get())

    context.window.add_screen_factory(SCREEN_ID, screen)
    return feature


def make_controller(
    settings: Settings,
    *,
    training_url: str | None,
    store: CredentialStore,
    scope: SessionScope | None = None,
) -> AppointmentsController:
    """The controller for these settings: the training portal's emulation when it is
    used, else the ANTS services with the help point's own tokens (read from ``store``
    in the background) when switched on, else the hand-off."""
    from assist_desk.appointments.service import TRAINING_TOKEN, AppointmentConfig
    from assist_desk.controllers.appointments import AppointmentsController, stored_tokens
    from assist_desk.places.links import locators

    handoff = locators().get("appointment")
    site = settings.site_position
    if settings.uses_training_portal and training_url is not None:
        config = AppointmentConfig.training(training_url, handoff)
        return AppointmentsController(config, TRAINING_TOKEN, TRAINING_TOKEN, site, scope=scope)
    loader = stored_tokens(store) if settings.ants_api_enabled else None
    return AppointmentsController(
        AppointmentConfig.from_settings(settings, handoff), None, None, site, loader, scope=scope
    )
