"""A kiosk process that can never be dumped (L4).

What citizens type (passwords included) lives in this process's memory until the
wipe. A core dump (systemd-coredump, apport) would copy it to the disk, and a
debugger attached by the same account could read it. On Linux the process marks
itself non-dumpable (``prctl(PR_SET_DUMPABLE, 0)``): no core file, no ptrace by
the same account, ``/proc/<pid>`` owned by root. The kiosk unit also sets
``LimitCORE=0``. Elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc() -> ctypes.CDLL:
    """The C library the interpreter is linked with: the process's own symbols.

    Not ``ctypes.util.find_library("c")``: on Linux it runs ``ldconfig -p`` in a child
    process (and imports ``subprocess``), about 6 ms on the kiosk's first frame path."""
    return ctypes.CDLL(None, use_errno=True)


def forbid_core_dumps() -> bool:
    """True when the process is now non-dumpable (Linux); False elsewhere or on failure."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        if _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.warning("could not mark the kiosk non-dumpable (errno %d)", ctypes.get_errno())
            return False
    except OSError:
        log.warning("could not mark the kiosk non-dumpable: no C library")
        return False
    return True


def is_dumpable() -> bool | None:
    """The process's dumpable flag (Linux), None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
