"""Python's cyclic garbage collector, run on the GUI thread only.

CPython runs the cyclic collector on whichever thread happens to allocate
when a threshold is crossed: with the content load, the places load, the
keyring and the asyncio executor working in threads, that is often a worker.
A Qt object whose Python wrapper sits in a reference cycle is then destroyed
on that worker, which Qt does not allow: its timers stay registered with the
GUI thread ("QObject::~QObject: Timers cannot be stopped from another
thread"), and the next timer event goes to freed memory, a segmentation
fault. So automatic collection is switched off for the whole process, and a
timer on the GUI thread runs the same generational collections, at the same
thresholds, that CPython would have run.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the allocation counts (a few µs when
#: nothing is due; about as often as an idle application crosses a threshold).
CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owned by the application object; one per process."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Run the collections that are due, youngest generation first."""
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young <= first:
            return
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)
        self.collections += 1


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Switch automatic collection off; collect from a GUI-thread timer (idempotent)."""
    existing = app.findChild(GuiThreadCollector)
    gc.disable()
    if isinstance(existing, GuiThreadCollector):
        return existing
    return GuiThreadCollector(app)
