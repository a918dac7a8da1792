"""Installs the offline content: the shared Qt-free API and the home tiles.

``context.services["content"]`` is a :class:`assist_desk.content.ContentPack`
(or absent if the bundled content is broken: the tiles then stay hidden and
the problem is logged). Other features use it, e.g. the New request summary::

    pack = context.services.get("content")
    if pack is not None:
        checklist = pack.checklist("pp_loss", language)   # None if unknown
        fee = pack.fees("pp_loss", language)

The search index is built in a background thread right after start-up, so it
is never on the first screen's path.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assist_desk.app import AppContext

log = logging.getLogger(__name__)

#: Key of the content pack in ``AppContext.services``.
SERVICE = "content"
INDEX_STEP = "content-index"


def install(context: AppContext) -> None:
    from assist_desk.content import ContentError, ContentPack

    try:
        pack = ContentPack.load()
    except ContentError as error:
        log.error(
            "offline content unusable: %d problem(s); first: %s", len(error.lines), error.lines[0]
        )
        return
    context.services[SERVICE] = pack
    log.info(
        "content pack %s (%s) loaded: %d FAQ entries, %d checklists",
        pack.version,
        pack.pack_date.isoformat(),
        len(pack.faq_ids()),
        len(pack.procedure_ids()),
    )
    _build_index_in_background(context, pack)
    _add_tiles(context, pack)


def _build_index_in_background(context: AppContext, pack: object) -> None:
    from PySide6.QtCore import QTimer

    from assist_desk.content import ContentPack

    assert isinstance(pack, ContentPack)
    context.pending_startup.add(INDEX_STEP)
    done = threading.Event()

    def build() -> None:
        try:
            pack.build_index()
        except Exception:
            log.exception("search index could not be built")
        finally:
            done.set()

    thread = threading.Thread(target=build, name="content-index", daemon=True)
    thread.start()

    def poll() -> None:
        if done.is_set():
            timer.stop()
            log.info("search index ready in %.0f ms", (pack.index_build_seconds or 0) * 1000)
            context.startup_step_done(INDEX_STEP)

    timer = QTimer(context)
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()


def _add_tiles(context: AppContext, pack: object) -> None:
    """Home tiles "faq" and "checklists"; the triage screen is reached from both."""
    from assist_desk.content import ContentPack
    from assist_desk.modes import Mode
    from assist_desk.views.checklists import ChecklistsScreen
    from assist_desk.views.content_common import ContentEnv
    from assist_desk.views.faq import FaqScreen
    from assist_desk.views.features import Feature
    from assist_desk.views.triage import TriageScreen

    assert isinstance(pack, ContentPack)
    settings = context.settings
    window = context.window
    env = ContentEnv(
        pack=pack,
        language=lambda: context.switcher.language or settings.language,
        site_name=settings.site_name,
        max_age_days=settings.content_max_age_days,
        printer_name=settings.printer,
        allow_pdf_save=settings.mode is not Mode.KIOSK,
    )

    def open_checklist(procedure_id: str) -> None:
        screen = window.screen_by_id(ChecklistsScreen.screen_id)
        assert isinstance(screen, ChecklistsScreen)
        screen.show_procedure(procedure_id)
        window.show_screen(ChecklistsScreen.screen_id)

    def ensure_triage() -> None:
        # Reachable from both screens, without a home tile of its own.
        if TriageScreen.screen_id not in {s.screen_id for s in window.built_screens()}:
            window.add_screen(TriageScreen(env))

    def faq() -> FaqScreen:
        ensure_triage()
        return FaqScreen(env)

    def checklists() -> ChecklistsScreen:
        ensure_triage()
        return ChecklistsScreen(env)

    env.open_checklist = open_checklist
    context.services["content_env"] = env
    window.add_feature(Feature("faq", 30, faq))
    window.add_feature(Feature("checklists", 40, checklists))
