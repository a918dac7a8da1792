"""The first opening of "Create an account" and its first step switches, timed on the
GUI thread (for bench/wizard_opening.py).

``python -m bench.wizard_opening_driver [--mode kiosk]``: the application starts as
``python -m assist_desk`` does (offscreen); once start-up has settled it gets its first
input (the warm-ups start, as a citizen's first touch starts them), and once those are
done it opens the account wizard as its home tile does, then walks its first steps as a
person would (a profile, the questions, the method), then opens New request. For each
move it prints one line, ``MOVE <name> <GUI CPU ms> <wall ms> <GUI CPU ms with the
events it posted> <wall ms with them>``: the call itself, then the call and the layout
and paint events it left (what the person waits for before the screen changes). Then
it exits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASSIST_DESK_BENCH_EXIT"] = "settled"


def timed(name: str, move: Callable[[], None]) -> None:
    from PySide6.QtWidgets import QApplication

    cpu, wall = time.thread_time(), time.perf_counter()
    move()
    called_cpu, called_wall = time.thread_time(), time.perf_counter()
    QApplication.processEvents()  # the layout requests and the paint it posted
    done_cpu, done_wall = time.thread_time(), time.perf_counter()
    print(
        f"MOVE {name} {(called_cpu - cpu) * 1000:.1f} {(called_wall - wall) * 1000:.1f} "
        f"{(done_cpu - cpu) * 1000:.1f} {(done_wall - wall) * 1000:.1f}",
        flush=True,
    )


def walk(context: Any) -> None:
    """Open the wizard, three step switches (each shows a step not shown before), then
    open New request."""
    window = context.window
    timed("open_account", lambda: window.show_screen("account"))
    screen = window.current_screen()
    controller = screen.controller
    screen.page("profile").choose("individual")
    timed("to_questions", screen.go_next)
    # Every answer "yes": the individual's path goes on to the method.
    controller.update(**{question: True for question in _questions()})
    while screen.controller.current == "prerequisites" and screen.current_page().next_within():
        pass  # a kiosk asks one question per screen: straight to the last one
    timed("to_method", screen.go_next)
    screen.page("method").choose("ants_account")
    timed("to_form", screen.go_next)
    # The other wizard a tile opens: New request (its catalogue then loads in the background).
    timed("open_request", lambda: window.show_screen("new_request"))
    context.app.exit(0)


def _questions() -> tuple[str, ...]:
    from assist_desk.flows.catalogue import PREREQUISITES

    return tuple(PREREQUISITES["individual"])


def install_hooks() -> None:
    import assist_desk.app as app
    import assist_desk.context as context_module

    warm_ups: list[Any] = []
    warm_up = context_module.FeatureContext.warm_up

    def warm_up_hook(self: Any, name: str, function: Any) -> Any:
        future = warm_up(self, name, function)
        if future is not None:
            warm_ups.append(future)
        return future

    def settled(context: Any) -> None:
        # Settled, then a first input, as a citizen's touch on the attract screen gives it.
        context.sig_first_input.emit()
        wait_for_warm_ups(context)

    def wait_for_warm_ups(context: Any) -> None:
        from PySide6.QtCore import QTimer

        if any(not future.done() for future in warm_ups):
            QTimer.singleShot(10, lambda: wait_for_warm_ups(context))
            return
        # A quiet moment after the warm-ups, as between a touch and the tap on a tile.
        QTimer.singleShot(300, lambda: walk(context))

    context_module.FeatureContext.warm_up = warm_up_hook  # type: ignore[method-assign]
    app._report_and_quit = settled


if __name__ == "__main__":
    install_hooks()
    from assist_desk.cli import main

    sys.exit(main())
