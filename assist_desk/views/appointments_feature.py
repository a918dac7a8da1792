"""Feature installer for the pre-application number and appointments.

Provides, without building anything at start-up:

* :func:`controller`: the
  :class:`~assist_desk.controllers.appointments.AppointmentsController` (training mode:
  the training portal's emulation of the ANTS services; elsewhere the settings, and the
  hand-off until the help point has stored its ANTS tokens), made on first use and
  then kept in ``context.services["appointments"]``;
* ``context.services["appointments_widget"]``: a factory returning a new
  :class:`~assist_desk.views.appointments.PreApplicationWidget` to embed (for example
  after the identity card or passport hand-off);
* the stand-alone "appointments" screen, built when first shown (:func:`show_screen`).
"""

from __future__ import annotations

from typing import Any

SCREEN_ID = "appointments"
SERVICE = "appointments"


def install(context: Any) -> None:
    def screen() -> Any:
        from assist_desk.views.appointments import AppointmentsScreen

        return AppointmentsScreen(controller(context))

    def widget() -> Any:
        from assist_desk.views.appointments import PreApplicationWidget

        return PreApplicationWidget(controller(context))

    context.window.add_screen_factory(SCREEN_ID, screen)
    context.services["appointments_widget"] = widget


def controller(context: Any) -> Any:
    """The appointments controller, made on first use."""
    existing = context.services.get(SERVICE)
    if existing is not None:
        return existing
    from assist_desk.appointments.service import TRAINING_TOKEN, AppointmentConfig
    from assist_desk.controllers.appointments import AppointmentsController, stored_tokens
    from assist_desk.places.links import locators

    settings = context.settings
    handoff = locators().get("appointment")
    site = None
    if settings.site_latitude is not None and settings.site_longitude is not None:
        site = (settings.site_latitude, settings.site_longitude)
    training = context.services.get("training_portal")
    # The application's session scope (ended by the wipe); a bare test context has none.
    scope = getattr(context, "session_scope", None)
    if settings.uses_training_portal and training is not None:
        config = AppointmentConfig.training(training.url, handoff)
        made = AppointmentsController(config, TRAINING_TOKEN, TRAINING_TOKEN, site, scope=scope)
    else:
        # The help point's own ANTS tokens, read from the keyring in the background.
        loader = None
        if settings.ants_api_enabled:
            loader = stored_tokens(context.services.get("credential_store"))
        made = AppointmentsController(
            AppointmentConfig.from_settings(settings, handoff),
            None,
            None,
            site,
            loader,
            scope=scope,
        )
    context.services[SERVICE] = made
    context.wipe_hooks.append(made.reset)
    return made


def show_screen(context: Any) -> None:
    """Show the stand-alone screen (built the first time)."""
    context.window.show_screen(SCREEN_ID)
