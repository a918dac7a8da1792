"""The only place the application may write a citizen's temporary files (Qt-free)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

SESSION_TMP_PREFIX = "assist-desk-session-"


class SessionTempDir:
    """The only place the app may write a citizen's temporary files; gone at the wipe."""

    def __init__(self, base: Path | None = None) -> None:
        self.base = base
        self._path: Path | None = None

    def _base(self) -> Path:
        if self.base is not None:
            return self.base
        return Path(os.environ.get("TMPDIR") or tempfile.gettempdir())

    def path(self) -> Path:
        if self._path is None or not self._path.exists():
            self._path = Path(tempfile.mkdtemp(prefix=SESSION_TMP_PREFIX, dir=self._base()))
        return self._path

    def wipe(self) -> None:
        if self._path is not None:
            shutil.rmtree(self._path, ignore_errors=True)
            self._path = None

    def remove_leftovers(self) -> int:
        """Delete session folders a crashed run left behind. Returns how many."""
        removed = 0
        for folder in self._base().glob(f"{SESSION_TMP_PREFIX}*"):
            if folder != self._path:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed
