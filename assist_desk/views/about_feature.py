"""Feature installer of the About screen (opened from the top bar's "About" button).

A module of its own so that installing costs nothing: the screen's module, and
the Qt classes it needs, load when the screen is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assist_desk.app import AppContext
    from assist_desk.views.screen import Screen

#: The id of the About screen (``assist_desk.views.about.ABOUT_SCREEN_ID``).
SCREEN_ID = "about"


def install(context: AppContext) -> None:
    def build() -> Screen:
        from assist_desk.views.about import ABOUT_SCREEN_ID, AboutScreen, read_about_info

        assert ABOUT_SCREEN_ID == SCREEN_ID
        return AboutScreen(lambda: read_about_info(context.services.get("content")))

    context.window.add_screen_factory(SCREEN_ID, build)
