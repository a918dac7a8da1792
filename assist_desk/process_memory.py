"""Two libraries' side effects the GUI process does without (issue 13: memory, start-up).

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
    scan_sources_cheaply()


def skip_httpx_command_line() -> None:
    """Keep httpx's command-line tool out of the process.

    ``import httpx`` also imports ``httpx._main`` (its ``httpx`` console script) and
    with it click, then rich and pygments when they are installed: 4 MiB with click
    alone (uvicorn's dependency), 11 MiB in a development environment, for a tool
    this application never runs. httpx falls back to a stub when that import fails,
    which a None entry in ``sys.modules`` makes it do. Before any worker imports httpx.
    """
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def scan_sources_cheaply() -> bool:
    """Answer PySide6's per-import question from the module file's bytes, keeping nothing.

    To know whether a module may use ``from __feature__ import …``, PySide6 reads the
    whole source of every module imported after it (``inspect.getsource``, then "does
    it say PySide6?"), which also keeps the text in ``linecache`` for the life of the
    process: 340 files, 14 MiB of Python heap once start-up has settled. The same
    question is answered here from the ``.py`` file's bytes, read once and not kept; a
    module without one gets PySide6's own answer. Measured (bench/RESULTS.md): settled
    peak RSS -15 MiB; the GUI thread's instructions to "ready" -4 % (the modules of the
    first frame are imported before this runs: its count does not move).

    Returns False, doing nothing, when this PySide6 has no such check.
    """
    feature = sys.modules.get("shibokensupport.feature")
    pyside_answer = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(pyside_answer):
        return False
    if getattr(pyside_answer, "reads_bytes", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(pyside_answer(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False  # as PySide6's check when the source cannot be read

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (a private hook)
    linecache.clearcache()  # the texts of the modules scanned before this call
    return True
