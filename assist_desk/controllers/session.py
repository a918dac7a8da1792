"""The citizen's session: when it starts, when it ends, and which mode the desk is in.

A session starts when a citizen leaves the attract screen (kiosk mode) or when
the application starts (mediator and training modes), and ends with a wipe:
"End session", the idle timeout, a mode switch. A marker file records only
*that* a session is open (never anything about the citizen): if it is still
there at the next start, the previous run crashed mid-session and the start-up
wipes what a crash can leave behind.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from assist_desk.modes import Mode

log = logging.getLogger(__name__)

MARKER_NAME = "session-open"
#: The marker's whole content: nothing about the citizen.
MARKER_TEXT = "a session was open\n"


class SessionMarker:
    """A file that exists while a session is open (crash detection)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def mark_open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(MARKER_TEXT, encoding="utf-8")
        except OSError:
            log.warning("could not write the session marker")

    def clear(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the session marker")

    def is_open(self) -> bool:
        return self.path.exists()


def default_marker_path() -> Path:
    """``<user state dir>/assist-desk/session-open``."""
    import platformdirs

    from assist_desk.paths import APP_AUTHOR, APP_NAME

    state = os.environ.get("ASSIST_DESK_STATE_DIR") or platformdirs.user_state_dir(
        APP_NAME, APP_AUTHOR
    )
    return Path(state) / MARKER_NAME


class SessionController(QObject):
    """Session state and the desk's current mode.

    Signals:
        sig_session_started(): a citizen's session began.
        sig_wipe_requested(str): the session must be wiped (the reason: "end",
            "idle", "mode", "crash").
        sig_mode_changed(str): the desk switched mode (the new mode's value).
    """

    sig_session_started = Signal()
    sig_wipe_requested = Signal(str)
    sig_mode_changed = Signal(str)

    def __init__(self, mode: Mode, marker: SessionMarker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = mode
        #: The mode to return to when a mediator leaves kiosk mode.
        self.staff_mode = Mode.MEDIATOR if mode is Mode.KIOSK else mode
        self.marker = marker
        self.in_session = False
        #: True when the previous run ended with a session still open (a crash).
        self.crashed_before = marker.is_open()
        self.sessions_started = 0

    @property
    def mode(self) -> Mode:
        return self._mode

    def start_session(self) -> None:
        if self.in_session:
            return
        self.in_session = True
        self.sessions_started += 1
        self.marker.mark_open()
        log.info("session started (%d since start-up)", self.sessions_started)
        self.sig_session_started.emit()

    def end_session(self, reason: str = "end") -> None:
        """Ask for a wipe (the application performs it, then calls :meth:`wiped`)."""
        self.sig_wipe_requested.emit(reason)

    def wiped(self) -> None:
        """The wipe finished: no session is open any more."""
        self.in_session = False
        self.marker.clear()
        if self._mode is not Mode.KIOSK:
            # At a workstation the next person's session starts at once.
            self.start_session()

    def switch_mode(self, mode: Mode) -> None:
        """Wipe, then switch. Leaving kiosk mode is allowed only to signed-in staff."""
        if mode is self._mode:
            return
        log.info("switching from %s to %s mode", self._mode.value, mode.value)
        if mode is not Mode.KIOSK:
            self.staff_mode = mode
        self._mode = mode
        self.sig_mode_changed.emit(mode.value)
        self.end_session("mode")

    def closed_cleanly(self) -> None:
        """The application quits normally: no crash to recover from next time."""
        self.in_session = False
        self.marker.clear()
