"""A cheaper answer to PySide6's question "does this module use PySide6?".

For its opt-in ``from __feature__ import snake_case`` syntax, PySide6 replaces
``__import__`` and, for every module imported after it, reads the module's whole
source with ``inspect.getsource`` to look for the word "PySide6". That leaves the
text of every module of the process in ``linecache`` for good (426 files, 7.4 MB
of text once assist_desk has started) and costs about 3 % of the instructions to
the first frame, more for the features (napari#8584 reports the same tax). The
answer depends only on the bytes of the file: we read them once and keep nothing.
Nothing else changes; where the module is not a plain ``.py`` file, PySide6's own
check runs. ``tests/unit/test_pyside_import_scan.py`` compares both answers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_original: Callable[[ModuleType], bool] | None = None


def uses_pyside(module: ModuleType) -> bool:
    """True when the module's source mentions PySide6 (PySide6's own criterion)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return bool(_original(module)) if _original is not None else False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # as inspect.getsource failing


def install() -> bool:
    """Load PySide6 and replace its check; False (nothing done) when it has no such check.

    Called by the command line before the GUI's modules are imported, so that all
    of them benefit.
    """
    global _original
    import PySide6  # noqa: F401  (sets up shibokensupport and its import hook)

    feature = sys.modules.get("shibokensupport.feature")
    current = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(current):
        return False
    if current is not uses_pyside:
        _original = current
        feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
