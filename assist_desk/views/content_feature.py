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
    """Home tiles (screens built when first opened); added once the screens exist."""
