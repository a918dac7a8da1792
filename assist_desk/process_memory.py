"""What the GUI process keeps out of its memory: two libraries' side effects (issue 13).

:func:`apply` (both) is called once by :func:`assist_desk.app.run_gui`, before the
features load. Neither changes anything a citizen sees;
``tests/unit/test_startup_memory.py`` checks both.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def apply() -> None:
    """Both steps below (the settled process: about 20 MiB less, bench/RESULTS.md)."""
    skip_httpx_command_line()
    forget_scanned_sources()


def skip_httpx_command_line() -> None:
    """Keep httpx's command-line tool out of the process.

    ``import httpx`` also imports ``httpx._main`` (its ``httpx`` console script) and
    with it click, then rich and pygments when they are installed: 4 MiB with click
    alone (uvicorn's dependency), 11 MiB in a development environment, for a tool
    this application never runs. httpx falls back to a stub when that import fails,
    which a None entry in ``sys.modules`` makes it do. Before any worker imports httpx.
    """
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def forget_scanned_sources() -> bool:
    """Drop the source text PySide6 leaves behind for every module imported after it.

    To know whether a module may use ``from __feature__ import …``, PySide6 reads its
    whole source (``inspect.getsource``), which keeps the text in ``linecache`` for
    the life of the process: 340 files, 14 MiB of Python heap once start-up has
    settled. PySide6's own check still runs and gives the same answer; the text is
    dropped right after (a traceback reads the file again if it needs it). This saves
    memory, not time: the time to the first frame is that of PySide6's scan.

    Returns False, doing nothing, when this PySide6 has no such check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return False
    if getattr(check, "forgets_source", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        try:
            return bool(check(module))
        finally:
            path = getattr(module, "__file__", None)
            if isinstance(path, str):
                linecache.cache.pop(path, None)

    uses_pyside.forgets_source = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a private hook)
    linecache.clearcache()  # the modules scanned before this call
    return True
