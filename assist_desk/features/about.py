"""The About screen (the top bar's "About" button) and the mediators' sources and
licences screen, each built when first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.features.content import ContentFeature
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.views.about import AboutInfo, AboutScreen, SourcesScreen

#: The screens' ids (``assist_desk.views.about.ABOUT_SCREEN_ID`` and
#: ``SOURCES_SCREEN_ID``); repeated here so that installing does not import the screens.
SCREEN_ID = "about"
SOURCES_SCREEN_ID = "about_sources"


def install(context: FeatureContext, content: ContentFeature | None) -> None:
    def facts() -> AboutInfo:
        from assist_desk.views.about import read_about_info

        # Read when the screen is shown: the content pack may land after it is built.
        return read_about_info(content.pack if content else None)

    def build() -> AboutScreen:
        from assist_desk.views.about import AboutScreen, accessibility_statement
        from assist_desk.views.site_name import shown_site_name

        def statement() -> str | None:
            """Offered to mediators (a workstation; the mode may switch while running)."""
            if context.mode() is not Mode.MEDIATOR:
                return None
            contact = context.settings.accessibility_contact
            return accessibility_statement(context.language(), contact)

        return AboutScreen(
            facts,
            statement=statement,
            site_name=lambda: shown_site_name(
                context.settings.site_name,
                context.settings.site_name_translations,
                context.language(),
            ),
        )

    def build_sources() -> SourcesScreen:
        from assist_desk.views.about import SourcesScreen

        return SourcesScreen(facts)

    context.window.add_screen_factory(SCREEN_ID, build)
    context.window.add_screen_factory(SOURCES_SCREEN_ID, build_sources)
