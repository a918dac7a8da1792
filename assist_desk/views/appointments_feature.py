"""Feature installer for the pre-application number and appointments.

Provides, without building any widget at start-up:

* ``context.services["appointments"]``: the
  :class:`~assist_desk.controllers.appointments.AppointmentsController` (training mode:
  the training portal's emulation of the ANTS services; elsewhere the settings, and the
  hand-off until the help point has stored its ANTS tokens);
* ``context.services["appointments_widget"]``: a factory returning a new
  :class:`~assist_desk.views.appointments.PreApplicationWidget` to embed (for example
  after the identity card or passport hand-off);
* :func:`show_screen`: shows the stand-alone "appointments" screen (built on first use).
"""

from __future__ import annotations

from typing import Any

SCREEN_ID = "appointments"


def install(context: Any) -> None:
    from assist_desk.appointments.service import TRAINING_TOKEN, AppointmentConfig
    from assist_desk.controllers.appointments import AppointmentsController, stored_tokens
    from assist_desk.places.links import locators

    settings = context.settings
    handoff = locators().get("appointment")
    site = None
    if settings.site_latitude is not None and settings.site_longitude is not None:
        site = (settings.site_latitude, settings.site_longitude)
    training = context.services.get("training_portal")
    if settings.uses_training_portal and training is not None:
        config = AppointmentConfig.training(training.url, handoff)
        controller = AppointmentsController(config, TRAINING_TOKEN, TRAINING_TOKEN, site)
    else:
        # The help point's own ANTS tokens, read from the keyring in the background.
        loader = None
        if settings.ants_api_enabled:
            loader = stored_tokens(context.services.get("credential_store"))
        controller = AppointmentsController(
            AppointmentConfig.from_settings(settings, handoff), None, None, site, loader
        )
    context.services["appointments"] = controller
    context.wipe_hooks.append(controller.reset)

    def widget() -> Any:
        from assist_desk.views.appointments import PreApplicationWidget

        return PreApplicationWidget(controller)

    context.services["appointments_widget"] = widget


def show_screen(context: Any) -> None:
    """Show the stand-alone screen, adding it to the window the first time."""
    window = context.window
    if SCREEN_ID not in {screen.screen_id for screen in window.built_screens()}:
        from assist_desk.views.appointments import AppointmentsScreen

        window.add_screen(AppointmentsScreen(context.services["appointments"]))
    window.show_screen(SCREEN_ID)
