"""Sign-in throttle per e-mail address (review finding M3).

Five wrong passwords in a row are free (typing mistakes); after that each further
attempt on that address waits 2, 4, 8… seconds (at most 15 minutes) after the last
failure, whatever the client or address it comes from. A success clears the count.
Kept in memory: a restart forgets it, which a training portal can afford.
"""

from __future__ import annotations

import math
import threading
import time

FREE_FAILURES = 5
MAX_WAIT_S = 15 * 60
MAX_TRACKED = 10_000


class SignInThrottle:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: dict[str, tuple[int, float]] = {}

    def wait_s(self, email: str) -> int:
        """Whole seconds before ``email`` may try again (0: now)."""
        with self._lock:
            count, last = self._failures.get(email, (0, 0.0))
        if count < FREE_FAILURES:
            return 0
        delay = min(MAX_WAIT_S, 2.0 ** (count - FREE_FAILURES + 1))
        return max(0, math.ceil(last + delay - time.monotonic()))

    def failed(self, email: str) -> None:
        with self._lock:
            count, _ = self._failures.pop(email, (0, 0.0))
            self._failures[email] = (count + 1, time.monotonic())
            while len(self._failures) > MAX_TRACKED:
                self._failures.pop(next(iter(self._failures)))

    def succeeded(self, email: str) -> None:
        with self._lock:
            self._failures.pop(email, None)
