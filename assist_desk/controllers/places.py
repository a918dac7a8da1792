"""The places controller: opens the directory off the GUI thread, answers searches.

Opening starts the first time the Places screen is opened, in a worker thread,
never on the first screen's path. It takes milliseconds and a few MiB: the
bundled data stays in its on-disk SQLite store, read query by query; the help
point's local list and a saved import (parsed and validated here) can take
longer, hence the worker. No Qt object is made in that thread: it only emits
this controller's signals, which Qt queues to the GUI thread. Searches are
synchronous: each is well under the 2 ms budget of a keystroke.

Signals:
    sig_ready(): the directory is open (``ready`` is True).
    sig_failed(): the bundled data could not be read (a packaging error, logged),
        at opening or, should the file go away, at a later search.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from assist_desk.places.models import KINDS, LOCAL, Location

if TYPE_CHECKING:
    from assist_desk.places.directory import NearResult
    from assist_desk.places.service import LoadedPlaces

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlacesOptions:
    """What the help point configured (from the settings)."""

    local_places_file: Path | None = None
    site: tuple[float, float] | None = None
    allowed_urls: list[str] = field(default_factory=list)


class PlacesController(QObject):
    """See the module docstring."""

    sig_ready = Signal()
    sig_failed = Signal()

    def __init__(
        self,
        options: PlacesOptions,
        loader: Callable[[Path | None], LoadedPlaces] | None = None,
        loaded: LoadedPlaces | None = None,
    ) -> None:
        super().__init__()
        self.options = options
        self._loader = loader
        self._loaded = loaded
        self._thread: threading.Thread | None = None
        self.failed = False

    # -- loading ----------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        return self._loaded is not None

    def start_loading(self) -> None:
        """Load in a worker thread (once); ``sig_ready`` or ``sig_failed`` follows."""
        if self._loaded is not None:
            self.sig_ready.emit()
            return
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._load, name="places-load", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        # The places package (and pydantic models of the local list) is imported here,
        # in the worker thread, not when the feature is installed.
        from assist_desk.places.directory import PlacesDataError
        from assist_desk.places.service import load_places

        try:
            loaded = (self._loader or load_places)(self.options.local_places_file)
        except PlacesDataError:
            log.exception("offline places could not be loaded")
            self.failed = True
            self.sig_failed.emit()  # queued to the GUI thread
            return
        self._loaded = loaded
        self.sig_ready.emit()

    def wait_loaded(self, timeout: float = 30.0) -> None:
        """Join the loading thread (tests, shutdown)."""
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def problems(self) -> list[str]:
        """Problems with the local list or the import (for the mediator)."""
        return list(self._loaded.problems) if self._loaded else []

    @property
    def has_local_places(self) -> bool:
        return bool(self._loaded and self._loaded.directory.count(LOCAL))

    @property
    def sources(self) -> list[dict[str, str]]:
        return list(self._loaded.directory.sources) if self._loaded else []

    # -- searching ----------------------------------------------------------------------

    def complete(self, typed: str, limit: int = 8) -> list[Location]:
        if self._loaded is None or self.failed:
            return []
        from assist_desk.places.store import StoreError

        try:
            return self._loaded.directory.complete(typed, limit)
        except StoreError:
            self._fail_while_searching()
            return []

    def search(
        self,
        query: str,
        origin: Location | None = None,
        kinds: tuple[str, ...] | None = None,
        limit: int = 5,
        now: datetime | None = None,
    ) -> NearResult | None:
        """Places near ``origin`` (or what ``query`` names); None before loading."""
        if self._loaded is None or self.failed:
            return None
        from assist_desk.places.store import StoreError

        directory = self._loaded.directory
        if kinds is None:
            kinds = tuple(k for k in KINDS if k != LOCAL or directory.count(LOCAL))
        try:
            return directory.near(query, kinds, limit, now, self.options.site, origin)
        except StoreError:
            self._fail_while_searching()
            return None

    def _fail_while_searching(self) -> None:
        log.exception("offline places could not be searched")
        self.failed = True
        self.sig_failed.emit()

    def site_location(self) -> Location | None:
        if self.options.site is None:
            return None
        return Location("", self.options.site[0], self.options.site[1], via="site")

    # -- links ----------------------------------------------------------------------------

    def map_link(self, latitude: float, longitude: float) -> str:
        from assist_desk.places.links import map_url

        return map_url(latitude, longitude, self.options.allowed_urls)

    def locator(self, name: str) -> str:
        """``appointment`` (ANTS appointment site) or ``ants`` (ANTS geolocation)."""
        from assist_desk.places.links import locators

        return locators().get(name, "")
