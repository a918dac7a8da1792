"""Inactivity → warning with a countdown → expiry; any input resets it.

:class:`IdleMonitor` watches every input event of the application (an
application-wide event filter); after ``idle_s`` without input it warns, counts
down ``warning_s`` (at least 20 s, WCAG 2.2.1) and then expires. One touch or key
during the countdown extends the session. Its clock is injectable, so tests need
no real waiting.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

Clock = Callable[[], float]

#: Events that mean "someone is here".
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleMonitor(QObject):
    """Inactivity → warning with a countdown → expiry; any input resets it.

    Call :meth:`check` to evaluate (a 1 s timer does it in the running app;
    tests call it after moving their fake clock).

    Signals:
        sig_warning(int): the countdown starts (seconds left).
        sig_tick(int): seconds left during the countdown (each change).
        sig_extended(): input during the countdown: the session goes on.
        sig_expired(): the countdown ran out without input.
    """

    sig_warning = Signal(int)
    sig_tick = Signal(int)
    sig_extended = Signal()
    sig_expired = Signal()

    def __init__(
        self,
        idle_s: float,
        warning_s: float,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
        tick_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.idle_s = idle_s
        self.warning_s = warning_s
        self.clock = clock
        self.active = False
        self.warning = False
        self._last_input = clock()
        self._seconds_left = -1
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    def set_active(self, active: bool) -> None:
        """Watch (a session is open) or rest (attract screen, nobody to warn)."""
        self.active = active
        self.warning = False
        self._last_input = self.clock()
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def note_activity(self) -> None:
        self._last_input = self.clock()
        if self.warning:
            self.warning = False
            self.sig_extended.emit()

    def seconds_left(self) -> int:
        """Seconds before expiry, counting the warning (whole seconds, rounded up)."""
        end = self._last_input + self.idle_s + self.warning_s
        return max(0, math.ceil(end - self.clock()))

    def check(self) -> None:
        if not self.active:
            return
        idle = self.clock() - self._last_input
        if idle < self.idle_s:
            return
        left = self.seconds_left()
        if left <= 0:
            self.set_active(False)
            self.sig_expired.emit()
            return
        if not self.warning:
            self.warning = True
            self._seconds_left = left
            self.sig_warning.emit(left)
        elif left != self._seconds_left:
            self._seconds_left = left
            self.sig_tick.emit(left)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in INPUT_EVENTS:
            if event.type() == QEvent.Type.MouseMove and not _buttons_down(event):
                return False  # a mouse drifting on a kiosk is nobody
            self.note_activity()
        return False


def _buttons_down(event: QEvent) -> bool:
    buttons = getattr(event, "buttons", None)
    return bool(buttons and buttons() != Qt.MouseButton.NoButton)
