"""The system libraries Qt's X11 platform plugin (xcb) needs on Linux, and who lacks them.

A fresh Debian or Ubuntu desktop often lacks some (libxcb-cursor0 above all): Qt
then cannot load the plugin and aborts. :func:`missing_packages` names the Debian
packages to install; ``python -m assist_desk.system_check`` (run by ``make run``)
prints them with the command, and the application prints the same when Qt's fatal
message says the platform plugin could not load (:func:`fatal_qt_text`).
Standard library only: it runs before the virtual environment exists.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: Shared library → Debian 12 package (Ubuntu 24.04 adds "t64" to a few names).
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_packages() -> list[str]:
    """Debian packages whose library the dynamic loader cannot load, in a stable order."""
    return sorted({package for lib, package in XCB_LIBRARIES.items() if not _loads(lib)})


def install_hint(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def fatal_qt_text(message: str, earlier: list[str] | None = None) -> str:
    """What to print, in plain words, when Qt stops the application with ``message``."""
    lines = ["assist-desk cannot start: Qt stopped it with this message:", message.strip()]
    if earlier:
        lines += ["Qt said before:", *(f"  {line.strip()}" for line in earlier[-5:])]
    if "platform plugin" in message and sys.platform.startswith("linux"):
        packages = missing_packages()
        if packages:
            lines += [
                "The display plugin (xcb) needs system libraries that are missing here.",
                f"Install them with: {install_hint(packages)}",
            ]
        else:
            lines.append(
                "The display plugin could not load. Check DISPLAY (or WAYLAND_DISPLAY) and"
                " QT_QPA_PLATFORM; QT_DEBUG_PLUGINS=1 shows why."
            )
    return "\n".join(lines) + "\n"


def main() -> int:
    """``make run`` calls this first: 0 when the desktop can show the application."""
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] not in ("xcb", ""):
        return 0  # offscreen, wayland…: the xcb libraries are not used
    packages = missing_packages()
    if not packages:
        return 0
    print("These system packages are missing for the application's window (Qt xcb):")
    print("  " + " ".join(packages))
    print(f"Install them with: {install_hint(packages)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
