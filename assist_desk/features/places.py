"""The "Help points and town halls" feature: its home tile and its controller.

Installing imports neither the screen's widgets nor the places data: the screen
is built, and the data loaded in a worker thread, the first time the tile is opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.modes import Mode
from assist_desk.views.features import Feature

if TYPE_CHECKING:
    from assist_desk.controllers.places import PlacesController
    from assist_desk.features.flows import FlowsFeature
    from assist_desk.views.places import PlacesScreen

SCREEN_ID = "places"


def install(context: FeatureContext, flows: FlowsFeature | None = None) -> PlacesController:
    """``flows``: its URL opener (the controlled browser where there is one) opens the
    official appointment site; without it the screen shows the QR code only."""
    from assist_desk.controllers.places import PlacesController, PlacesOptions

    settings = context.settings
    controller = PlacesController(
        PlacesOptions(
            settings.local_places_file, settings.site_position, list(settings.allowed_urls)
        )
    )

    def open_url(url: str) -> bool:
        assert flows is not None
        return flows.service.get().opener.open(url)

    def can_open_url() -> bool:
        """The controlled browser, or a workstation's system browser; at a kiosk
        without the controlled browser, nothing opens (the QR code remains)."""
        if flows is None:
            return False
        opener = flows.service.get().opener
        return opener.in_app or not opener.kiosk

    def build() -> PlacesScreen:
        from assist_desk.views.places import PlacesScreen

        return PlacesScreen(
            controller,
            open_url=open_url if flows is not None else None,
            can_open_url=can_open_url,
            kiosk=lambda: context.mode() is Mode.KIOSK,
        )

    context.window.add_feature(Feature(SCREEN_ID, build))
    context.shutdown_hooks.append(lambda: controller.wait_loaded(5.0))
    return controller
