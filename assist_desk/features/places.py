"""The "Find a place" feature: its home tile and its controller.

Installing imports neither the screen's widgets nor the places data: the screen
is built, and the data loaded in a worker thread, the first time the tile is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.views.features import Feature

if TYPE_CHECKING:
    from assist_desk.controllers.places import PlacesController
    from assist_desk.views.places import PlacesScreen

SCREEN_ID = "places"


def install(context: FeatureContext) -> PlacesController:
    from assist_desk.controllers.places import PlacesController, PlacesOptions

    settings = context.settings
    controller = PlacesController(
        PlacesOptions(
            settings.local_places_file, settings.site_position, list(settings.allowed_urls)
        )
    )

    def build() -> PlacesScreen:
        from assist_desk.views.places import PlacesScreen

        return PlacesScreen(controller)

    context.window.add_feature(Feature(SCREEN_ID, build))
    context.shutdown_hooks.append(lambda: controller.wait_loaded(5.0))
    return controller
