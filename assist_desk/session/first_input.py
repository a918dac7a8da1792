"""The first touch, click, key or pointer move of a process: when preparing for a
citizen starts.

A kiosk spends most of its day at its attract screen, and a supervised kiosk starts a
new process after every citizen: what it loads "just in case" at start-up (the portal
client's modules, the flows' field checks, the content's search index: about 9 MiB,
bench/RESULTS.md) is paid by every idle process. So those warm-ups start on the first
input instead: a touch on the attract screen, or the pointer moving over a
workstation's window. Loading them then takes a worker about 0.1 s while the person
reads or aims. Only when the very first input is a tap on a flow's tile (a touch
screen without attract screen, or Enter as the first key) does the flow's first
opening wait for them: about 0.1 s more wall time than the 0.19 s it takes warm
(bench/RESULTS.md, session 8).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

from assist_desk import app_filters

#: Someone is there. A mouse move counts (unlike for the idle monitor): at a
#: workstation the pointer moves towards a tile before it clicks, which gives the
#: workers that time; a kiosk's first input is a touch on its attract screen.
FIRST_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.TabletPress,
    }
)


class FirstInputWatch(QObject):
    """Calls ``callback`` once, after the first input event, then stops watching.

    Installed through :mod:`assist_desk.app_filters` like the idle monitors. The
    callback runs in a later turn of the event loop (never inside the press that a
    button is about to receive) and the filter never swallows the event.
    """

    def __init__(self, callback: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callback: Callable[[], None] | None = callback
        app_filters.install(self)

    @property
    def waiting(self) -> bool:
        return self._callback is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() in FIRST_INPUT_EVENTS:
            callback, self._callback = self._callback, None
            # Removing a filter while Qt walks the filter list is allowed; the call
            # itself waits for the loop so that the press is handled first.
            app_filters.remove(self)
            QTimer.singleShot(0, callback)
        return False

    def stop(self) -> None:
        """Stop watching without calling back (the application is closing)."""
        self._callback = None
        app_filters.remove(self)
