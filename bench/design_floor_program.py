"""The fixed design's floor: the least a process with this design holds and does before "ready".

``bench/bare_window.py``'s window (one label), then, right after its first frame,
only what the design fixes before "ready" (issue 13 §3, session 9 brief):

1. the settings model (:mod:`assist_desk.settings`, pydantic) validated from the
   default configuration, as the application does before "ready";
2. the asyncio loop running inside Qt's (qasync, :mod:`assist_desk.event_loop`).

It prints ``FIRST_FRAME`` and ``READY`` (epoch seconds) like the application, one
``STEP`` line per step (ms since start, RSS KiB, modules), and, when it leaves, its
own peak (``SELF_PEAK_KB``) and the RSS by kind of mapping (``MAPPING``).

``FLOOR_CONTENT=1`` adds the design's "settled" step: the content pack (pydantic
models) read and checked in a worker thread, as ``features/content.py`` does after
"ready". ``FLOOR_BASE=minimal`` starts from ``bench/minimal_home.py``'s screen (a
style sheet, a top bar, five buttons) instead of the bare label.

Both of the application's own memory measures that change nothing a person sees are
applied, as in ``app.run_gui``: PySide6's scanned sources dropped and pydantic's plugin
scan skipped. Without them the floor would carry costs the application does not.
"""

from __future__ import annotations

import os
import sys
import threading
import time

os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

STARTED = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # noqa: E402

from assist_desk import process_memory  # noqa: E402
from bench.settled_memory_driver import mappings_kb, peak_kb, rss_kb  # noqa: E402


def step(name: str) -> None:
    elapsed_ms = (time.perf_counter() - STARTED) * 1000
    print(f"STEP {elapsed_ms:.0f} {rss_kb()} {len(sys.modules)} {name}", flush=True)


class FirstFrame(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            print(f"FIRST_FRAME {time.time():.6f}", flush=True)
            QTimer.singleShot(0, after_first_frame)
        return False


def minimal_home() -> QWidget:
    """bench/minimal_home.py's screen, with its style sheet."""
    from bench.minimal_home import STYLE, build_window

    app.setStyleSheet(STYLE)
    return build_window()


def after_first_frame() -> None:
    step("first frame")
    from assist_desk.settings import load_settings

    load_settings(None, {})
    step("settings validated (pydantic)")
    from assist_desk import event_loop

    held.append(event_loop.attach(app))
    step("asyncio loop running in Qt's (qasync)")
    print(f"READY {time.time():.6f}", flush=True)
    if os.environ.get("FLOOR_CONTENT"):
        threading.Thread(target=load_content, name="content-load", daemon=True).start()
    else:
        QTimer.singleShot(0, leave)


def load_content() -> None:
    from assist_desk.content import ContentPack

    held.append(ContentPack.load())
    step("content pack loaded and checked (worker)")
    QTimer.singleShot(0, app, leave)  # back on the GUI thread


def leave() -> None:
    for group, kb in sorted(mappings_kb().items(), key=lambda item: -item[1]):
        print(f"MAPPING {kb} {group}", flush=True)
    print(f"SELF_PEAK_KB {peak_kb()}", flush=True)
    app.exit(0)


process_memory.apply()
held: list[object] = []
app = QApplication(sys.argv[:1])
if os.environ.get("FLOOR_BASE") == "minimal":
    window: QWidget = minimal_home()
else:
    window = QLabel("Bonjour")
probe = FirstFrame()
window.installEventFilter(probe)
window.resize(1280, 800)
window.show()
app.exec()
