"""The application with "Find a place" used once (for bench/places_memory.py).

``python -m bench.places_memory_driver``: starts assist_desk as ``run_gui`` does
(training mode, offscreen), waits until start-up has settled, clicks the window once
(what a citizen's first touch starts, the warm-ups and the search index, is then in
the figure, as before they waited for it), prints its resident memory
(``SETTLED_KB``), then opens the Places screen, waits for its data, types
and searches a few places as a citizen would, and prints ``PLACES_KB``. Each
figure is read after a full collection and a short pause, so what is left is
what the process keeps, not garbage waiting to be freed.
"""

from __future__ import annotations

import gc
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: What a citizen types and searches (postcode, names, an arrondissement, overseas).
QUERIES = ("75011", "Saint-Denis", "Bordeaux", "Marseille 1er", "97411", "st jean de luz")


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assist_desk import app as app_module
    from assist_desk import process_memory
    from assist_desk.cli import build_parser

    process_memory.apply()  # as run_gui does
    qapp = QApplication(sys.argv[:1])
    args = build_parser().parse_args(["--lang", "fr", *sys.argv[1:]])
    context = app_module.build(args, qapp)
    assert not isinstance(context, int)
    window = context.window
    window.resize(1280, 800)
    window.show()

    def settle_then(step: object) -> None:
        gc.collect()
        QTimer.singleShot(500, step)  # type: ignore[arg-type]

    def first_touch() -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton)
        QTimer.singleShot(2000, lambda: settle_then(report_settled))  # the warm-ups' time

    def report_settled() -> None:
        gc.collect()
        assert "assist_desk.flows.fields" in sys.modules, "the warm-ups did not run"
        print(f"SETTLED_KB {rss_kb()}", flush=True)
        window.show_screen("places")
        screen = window.current_screen()
        controller = screen.controller  # type: ignore[attr-defined]
        started = time.perf_counter()
        if controller.ready:
            use_places(screen, started)
        else:
            controller.sig_ready.connect(lambda: use_places(screen, started))
            controller.sig_failed.connect(lambda: qapp.exit(1))

    def use_places(screen: object, started: float) -> None:
        print(f"PLACES_READY_S {time.perf_counter() - started:.3f}", flush=True)
        edit = screen.search_edit  # type: ignore[attr-defined]
        for query in QUERIES:
            for length in range(1, len(query) + 1):
                edit.setText(query[:length])  # each keystroke asks for suggestions
            screen.search()  # type: ignore[attr-defined]
        settle_then(report_places)

    def report_places() -> None:
        gc.collect()
        print(f"PLACES_KB {rss_kb()}", flush=True)
        context.shutdown()
        qapp.exit(0)

    def begin() -> None:
        context.sig_settled.connect(lambda: settle_then(first_touch))
        context.finish_startup(stepwise=True)  # as the application starts

    QTimer.singleShot(0, begin)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
