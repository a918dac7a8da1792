"""The About screen (opened from the top bar's "About" button), built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.features.content import ContentFeature
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.views.about import AboutScreen

#: The About screen's id (``assist_desk.views.about.ABOUT_SCREEN_ID``, which the
#: top bar opens); repeated here so that installing does not import the screen.
SCREEN_ID = "about"


def install(context: FeatureContext, content: ContentFeature | None) -> None:
    def build() -> AboutScreen:
        from assist_desk.views.about import AboutScreen, accessibility_statement, read_about_info

        def statement() -> str | None:
            """Offered to mediators (a workstation; the mode may switch while running)."""
            if context.mode() is not Mode.MEDIATOR:
                return None
            contact = context.settings.accessibility_contact
            return accessibility_statement(context.language(), contact)

        # Read when the screen is shown: the content pack may land after it is built.
        return AboutScreen(
            lambda: read_about_info(content.pack if content else None), statement=statement
        )

    context.window.add_screen_factory(SCREEN_ID, build)
