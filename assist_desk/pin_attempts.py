"""Failed mediator sign-ins, kept across restarts: the back-off a PIN guesser meets.

After :data:`FREE_ATTEMPTS` wrong PINs in a row, sign-in pauses for
:data:`FIRST_PAUSE_S`; every further wrong one doubles the pause, up to
:data:`LONGEST_PAUSE_S`. An attempt is counted as failed *before* the PIN is
checked (and forgiven only when it proves right), so a burst of attempts, a
wipe or a crash in the middle of a check never gets a free try.

The count and the end of the pause live in a small file readable by this
account only (no secret in it: two numbers), so restarting the application,
e.g. by crashing it, does not reset them. Wall-clock time, since the monotonic
clock restarts with the machine. Qt-free.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

FREE_ATTEMPTS = 5
FIRST_PAUSE_S = 60.0
#: 15 minutes at most: anyone at the screen can start a pause, so it must not lock
#: the staff out for long; with 5 free tries and then 60, 120, 240, 480, 900, 900… s,
#: a 6-digit PIN takes about 14 years on average to guess.
LONGEST_PAUSE_S = 900.0
FILE_NAME = "mediator-attempts.json"


def pause_after(failures: int) -> float:
    """The pause after ``failures`` wrong attempts in a row (0 while some are free)."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(FIRST_PAUSE_S * 2 ** (failures - FREE_ATTEMPTS), LONGEST_PAUSE_S))


def default_path() -> Path:
    """``<user state dir>/assist-desk/mediator-attempts.json`` (beside the session marker)."""
    import platformdirs

    from assist_desk.paths import APP_AUTHOR, APP_NAME

    state = os.environ.get("ASSIST_DESK_STATE_DIR") or platformdirs.user_state_dir(
        APP_NAME, APP_AUTHOR
    )
    return Path(state) / FILE_NAME


class AttemptLedger:
    """See the module docstring. ``path`` None keeps the count in memory only (tests)."""

    def __init__(self, path: Path | None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self.clock = clock
        self.failures = 0
        self.paused_until = 0.0
        self._load()

    def pause_left(self) -> float:
        """Seconds before the next attempt may be checked (0: now)."""
        return max(0.0, self.paused_until - self.clock())

    def reserve(self) -> None:
        """An attempt starts: count it as failed until it proves right."""
        self.failures += 1
        pause = pause_after(self.failures)
        if pause:
            self.paused_until = self.clock() + pause
        self._save()

    def forgive(self) -> None:
        """The last attempt was never checked (secure storage did not answer)."""
        self.failures = max(0, self.failures - 1)
        if not pause_after(self.failures):
            self.paused_until = 0.0
        self._save()

    def succeeded(self) -> None:
        self.failures = 0
        self.paused_until = 0.0
        self._save()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self.failures = max(0, int(data["failures"]))
            self.paused_until = float(data["paused_until"])
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError):
            # Unreadable or edited: fail closed, as after a full series of wrong PINs.
            log.warning("mediator attempts file unreadable: sign-in paused")
            self.failures = FREE_ATTEMPTS
            self.paused_until = self.clock() + FIRST_PAUSE_S
        if self.paused_until > self.clock() + LONGEST_PAUSE_S:  # a clock set back
            self.paused_until = self.clock() + LONGEST_PAUSE_S

    def _save(self) -> None:
        if self.path is None:
            return
        text = json.dumps({"failures": self.failures, "paused_until": self.paused_until})
        partial = self.path.with_name(self.path.name + ".partial")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(partial, self.path)
        except OSError:
            log.warning("mediator attempts not saved: the count holds until the next start")
