"""Feature installer for "Find a place": the home tile and ``context.services["places"]``.

Kept apart from :mod:`assist_desk.views.places` so that start-up imports neither
the screen's widgets nor the places data: the screen is built, and the data
loaded in a worker thread, the first time the tile is opened.
"""

from __future__ import annotations

from typing import Any

from assist_desk.views.features import Feature

SCREEN_ID = "places"


def install(context: Any) -> None:
    from assist_desk.controllers.places import PlacesController, PlacesOptions

    settings = context.settings
    site = None
    if settings.site_latitude is not None and settings.site_longitude is not None:
        site = (settings.site_latitude, settings.site_longitude)
    controller = PlacesController(
        PlacesOptions(settings.local_places_file, site, list(settings.allowed_urls))
    )
    context.services["places"] = controller

    def build() -> Any:
        from assist_desk.views.places import PlacesScreen

        return PlacesScreen(controller)

    context.window.add_feature(Feature(SCREEN_ID, build))
    context.shutdown_hooks.append(lambda: controller.wait_loaded(5.0))
