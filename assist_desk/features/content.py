"""The offline content feature: the content pack, the "faq" and "checklists" tiles.

The content pack is read and checked in a background thread once every feature
is installed (never on the first screen's path, never a GUI stall; not during the
other features' installs either, which it would slow down by half: both need the
interpreter lock, bench/RESULTS.md);
then, on the GUI thread, :attr:`ContentFeature.pack` is set to the
:class:`assist_desk.content.ContentPack` and the "faq" and "checklists" tiles
appear; its search index is built in a worker on the first input
(:class:`SearchIndexing`). If the bundled content is broken, the problem is logged and the tiles
stay hidden. Other features are given the :class:`ContentFeature` and read the
pack when they need it::

    pack = content.pack      # None: not loaded (yet) or broken
    if pack is not None:
        checklist = pack.checklist("pp_loss", language)   # None if unknown
        fee = pack.fees("pp_loss", language)
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal

from assist_desk.context import FeatureContext
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.content import ContentPack
    from assist_desk.content.freshness import Fact
    from assist_desk.views.checklists import ChecklistsScreen
    from assist_desk.views.content_common import ContentEnv
    from assist_desk.views.faq import FaqScreen

log = logging.getLogger(__name__)

STARTUP_STEP = "content"


class ContentFeature:
    """The content pack once loaded (None before, or if it is broken)."""

    def __init__(self) -> None:
        self.pack: ContentPack | None = None

    def age_days(self) -> int | None:
        """The pack's age in days (the mediator's status), None before it is loaded."""
        return self.pack.age_days() if self.pack is not None else None

    def version_and_date(self) -> tuple[str, dt.date] | None:
        """The pack's version and date (the mediator tools), None before it is loaded."""
        return (self.pack.version, self.pack.pack_date) if self.pack is not None else None

    def needs_recheck(self) -> list[Fact]:
        """Facts past their review date, then facts to recheck (the mediator tools)."""
        from assist_desk.content.freshness import needs_recheck

        return needs_recheck(self.pack, dt.date.today()) if self.pack is not None else []


class ContentLoader(QObject):
    """Loads the pack in a worker thread; its signals arrive on the GUI thread.

    Signals:
        sig_loaded(object): the checked and indexed ContentPack.
        sig_failed(list): the problems, one line each.
    """

    sig_loaded = Signal(object)
    sig_failed = Signal(list)

    def start(self) -> None:
        """Load and check (the search index is built later: :class:`SearchIndexing`)."""
        threading.Thread(target=self._work, name="content-load", daemon=True).start()

    def _work(self) -> None:
        from assist_desk.content import ContentError, ContentPack

        start = time.perf_counter()
        try:
            pack = ContentPack.load()
        except ContentError as error:
            self._emit(self.sig_failed, error.lines)
            return
        except Exception as error:  # never let the thread die silently
            log.exception("offline content could not be loaded")
            self._emit(self.sig_failed, [type(error).__name__])
            return
        log.info(
            "content pack %s (%s): %d FAQ entries, %d checklists; loaded and checked in %.0f ms",
            pack.version,
            pack.pack_date.isoformat(),
            len(pack.faq_ids()),
            len(pack.procedure_ids()),
            (time.perf_counter() - start) * 1000,
        )
        self._emit(self.sig_loaded, pack)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application closed while loading: nobody to tell
            log.info("content loaded after the application closed")


def install(context: FeatureContext) -> ContentFeature:
    feature = ContentFeature()
    # No parent: the worker thread's bound method keeps the loader alive until it
    # has emitted, even if the context goes away first (a parent would delete it
    # under the thread's feet).
    loader = ContentLoader()
    context.keep_alive.append(loader)
    context.pending_startup.add(STARTUP_STEP)

    def loaded(pack: ContentPack) -> None:
        if not context.alive:
            return
        feature.pack = pack
        context.wipe_hooks.append(pack.forget_queries)
        indexing = SearchIndexing(context, pack)
        if context.first_input_seen:
            indexing.index_now()
        else:
            context.sig_first_input.connect(indexing.index_now)
        _add_tiles(context, pack)
        context.startup_step_done(STARTUP_STEP)

    def failed(lines: list[str]) -> None:
        if not context.alive:
            return
        log.error("offline content unusable: %d problem(s); first: %s", len(lines), lines[0])
        context.startup_step_done(STARTUP_STEP)

    loader.sig_loaded.connect(loaded)
    loader.sig_failed.connect(failed)
    if context.ready:
        loader.start()
    else:
        context.sig_ready.connect(loader.start)
    return feature


class SearchIndexing(QObject):
    """Builds the search index in a worker before the first search needs it (about
    50 ms of a worker per language; a search finding no index builds it itself).

    For the interface's language on the first input (:meth:`index_now`, connected to
    ``sig_first_input``: a kiosk waiting at its attract screen holds no index, 3 MiB),
    and for each language the interface changes to. The index holds only the languages
    used since start-up (each about 2-3 MiB). Owned by the window, whose language
    changes it watches.
    """

    def __init__(self, context: FeatureContext, pack: ContentPack) -> None:
        super().__init__(context.window)
        self._context = context
        self._pack = pack
        context.window.installEventFilter(self)

    def index_now(self) -> None:
        """Index the interface's language in a worker."""
        language = self._context.language()
        self._context.warm_up(f"warm:search-index-{language}", lambda: self._index(language))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.index_now()
        return False

    def _index(self, language: str) -> None:
        try:
            self._pack.build_index([language])
        except Exception:  # a search in that language builds it (or says why) later
            log.exception("content index for %s could not be built", language)


def _add_tiles(context: FeatureContext, pack: ContentPack) -> None:
    """Home tiles "faq" and "checklists"; the triage screen is reached from both.

    The screens' modules (with printing and reading text: 15 modules, about 1.7 MiB)
    load when one of them is first opened, not with the pack (bench/RESULTS.md).
    """
    from assist_desk.lazy import Lazy
    from assist_desk.views.features import Feature

    window = context.window
    env: Lazy[ContentEnv] = Lazy(lambda: _content_env(context, pack))

    def ensure_triage() -> None:
        from assist_desk.views.triage import TriageScreen

        # Reachable from both screens, without a home tile of its own.
        if TriageScreen.screen_id not in {s.screen_id for s in window.built_screens()}:
            window.add_screen(TriageScreen(env.get()))

    def faq() -> FaqScreen:
        from assist_desk.views.faq import FaqScreen

        ensure_triage()
        return FaqScreen(env.get())

    def checklists() -> ChecklistsScreen:
        from assist_desk.views.checklists import ChecklistsScreen

        ensure_triage()
        return ChecklistsScreen(env.get())

    window.add_feature(Feature("faq", faq))
    window.add_feature(Feature("checklists", checklists))


def _content_env(context: FeatureContext, pack: ContentPack) -> ContentEnv:
    """What the content screens share, made when the first of them is built."""
    from assist_desk.views.checklists import ChecklistsScreen
    from assist_desk.views.content_common import ContentEnv

    settings = context.settings
    window = context.window
    env = ContentEnv(
        pack=pack,
        language=context.language,
        site_name=settings.site_name,
        site_names=dict(settings.site_name_translations),
        max_age_days=settings.content_max_age_days,
        printer_name=settings.printer,
        allow_pdf_save=settings.mode is not Mode.KIOSK,
        kiosk=lambda: context.mode() is Mode.KIOSK,
    )

    def open_checklist(procedure_id: str) -> None:
        screen = window.screen_by_id(ChecklistsScreen.screen_id)
        assert isinstance(screen, ChecklistsScreen)
        screen.show_procedure(procedure_id)
        window.show_screen(ChecklistsScreen.screen_id)

    env.open_checklist = open_checklist
    return env
