"""Catch Qt objects made or destroyed on the wrong thread, where it happens.

Qt objects belong to the GUI thread here. One made in a worker, or one whose
Python wrapper the cyclic collector frees on a worker thread, breaks Qt's
bookkeeping silently (its timers stay registered, its events go to freed
memory) and the process dies later, far from the cause. This guard uses Qt's
own object hooks (``qtHookData``, the ones GammaRay uses) to look at every
``QObject`` as it is made and destroyed, and reports at once, with the Python
stack of the thread that did it:

- a ``QObject`` made on another thread than the GUI thread by Python code;
- a ``QObject`` of the GUI thread destroyed on another thread by Python code
  (for example a wrapper freed by a collection that a worker triggered).

Objects Qt makes and destroys for its own threads, with no Python code
running there, are Qt's business and are not reported. The hooks are a few
lines of C (``thread_guard_hooks.c``, built on first use with the system's C
compiler; see there why not ctypes callbacks). The guard is on in the test
suite (``tests/thread_checks.py``) and in debug runs (``ASSIST_DESK_DEBUG=1``
or ``python -X dev``); it is never part of a normal run.
"""

from __future__ import annotations

import atexit
import ctypes
import hashlib
import shutil
import subprocess
import sysconfig
import tempfile
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).with_name("thread_guard_hooks.c")


class GuardUnavailable(RuntimeError):
    """No C compiler, or a Qt without object hooks."""


@dataclass(frozen=True)
class Violation:
    """One Qt object made or destroyed on the wrong thread."""

    what: str  # "created" or "destroyed"
    thread: str
    stack: str

    def __str__(self) -> str:
        return f"QObject {self.what} on thread {self.thread!r} (not the GUI thread):\n{self.stack}"


class ThreadGuard:
    """Installs the hooks (on the GUI thread); calls ``on_violation`` for each case."""

    def __init__(self, on_violation: Callable[[Violation], None]) -> None:
        from PySide6 import QtCore

        self._on_violation = on_violation
        core = ctypes.CDLL(_qtcore_library(Path(QtCore.__file__).parent))
        hooks = (ctypes.c_void_p * 5).in_dll(core, "qtHookData")
        if (hooks[1] or 0) < 5:  # qtHookData[1] is the number of hooks
            raise GuardUnavailable("this Qt build has no QObject hooks")
        self._hooks_address = ctypes.addressof(hooks)
        current = core._ZN7QThread13currentThreadEv
        current.restype = ctypes.c_void_p
        self._gui_qthread = current()
        self._object_thread = ctypes.cast(core._ZNK7QObject6threadEv, ctypes.c_void_p).value
        self._native = ctypes.PyDLL(str(_built_hooks()))
        self._installed = False

    def install(self) -> None:
        # The compiled hooks are one per process (static state in one shared library):
        # a second guard joins the first instead of installing them again.
        _listeners.append(self._on_violation)
        if _native_installed:
            return
        _native_installed.append(True)
        install = self._native.thread_guard_install
        install.argtypes = [ctypes.py_object, *[ctypes.c_void_p] * 3]
        install(_report, self._hooks_address, self._object_thread, self._gui_qthread)
        self._installed = True
        # Objects destroyed while the interpreter shuts down must not call into it.
        atexit.register(self.uninstall)

    def uninstall(self) -> None:
        if self._installed:
            self._native.thread_guard_uninstall.argtypes = [ctypes.c_void_p]
            self._native.thread_guard_uninstall(self._hooks_address)
            self._installed = False
            _listeners.clear()
            _native_installed.clear()


_listeners: list[Callable[[Violation], None]] = []
_native_installed: list[bool] = []


def _report(destroyed: int) -> None:
    stack = "".join(traceback.format_stack()[:-1]) or "(no Python)\n"
    what = "destroyed" if destroyed else "created"
    violation = Violation(what, threading.current_thread().name, stack)
    for listener in list(_listeners):
        listener(violation)


def _qtcore_library(pyside_package: Path) -> str:
    """The QtCore shared library that PySide6 is linked to."""
    for pattern in ("Qt/lib/libQt6Core.so.6", "Qt/lib/libQt6Core.so*"):
        found = sorted(pyside_package.glob(pattern))
        if found:
            return str(found[0])
    raise GuardUnavailable("QtCore library not found beside PySide6")


def _built_hooks() -> Path:
    """The compiled hooks, built once per source version into the temporary folder."""
    code = SOURCE.read_bytes()
    digest = hashlib.sha256(code + sysconfig.get_paths()["include"].encode()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / f"assist-desk-thread-guard-{digest}.so"
    if target.exists():
        return target
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise GuardUnavailable("no C compiler to build the thread guard")
    partial = target.with_suffix(f".{threading.get_ident()}.tmp")
    command = [compiler, "-shared", "-fPIC", "-O2", "-I", sysconfig.get_paths()["include"]]
    subprocess.run([*command, str(SOURCE), "-o", str(partial)], check=True)
    partial.replace(target)
    return target
