"""The crash on the accessibility bus when a screen reader reads a screen being left.

Qt 6.11's interface for a scroll area lists its children as the viewport plus the
scroll bars visible *now*, and answers ``GetChildAtIndex`` without checking the index:
a screen reader that counted a screen's children while its scroll bar showed, then
asks for the last one after the screen was left (its scroll bar hidden), made Qt read
past the end of a list (SIGSEGV in ``QAccessibleCache::idForObject``). The index
questions below are the ones Qt's AT-SPI bridge passes on unchanged from the bus.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from assist_desk.views.a11y import HIDDEN_PROPERTY
from assist_desk.views.widgets.fit_scroll import PageFitter
from tests.a11y.helpers import shown, visit
from tests.app_fixtures import StartApplication

ROOT = Path(__file__).resolve().parents[2]

#: The application with a small window (so the checklists screen scrolls), the
#: checklists screen shown then left; then, for every node of the window's accessible
#: tree, what a screen reader may ask: the child just past the count it read before
#: (and further).
LEAVE_AND_ASK = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication
    from tests.app_fixtures import start_in_this_process

    def wait_for(ready):
        deadline = time.monotonic() + 20
        while not ready() and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        assert ready()

    context = start_in_this_process("--lang", "fr")
    wait_for(lambda: not context.pending_startup)  # the checklists come with the content
    window = context.window
    window.resize(480, 360)
    window.show_screen("checklists")
    wait_for(lambda: window.current_screen().screen_id == "checklists")
    QApplication.processEvents()
    holder = window.stack.currentWidget()
    counted = QAccessible.queryAccessibleInterface(holder).childCount()
    print(holder.objectName(), counted, flush=True)
    window.show_screen("home")
    QApplication.processEvents()
    asked = 0
    reached = [QAccessible.queryAccessibleInterface(window)]
    while reached:  # the tree as the bus walks it, from the window down
        interface = reached.pop()
        count = interface.childCount()
        reached.extend(interface.child(index) for index in range(count))
        for index in (count, count + 1, count + 63, 1 << 20):
            assert interface.child(index) is None, (interface.text(QAccessible.Text.Name), index)
            asked += 1
    left = QAccessible.queryAccessibleInterface(holder)
    print(left.childCount(), asked, flush=True)
    context.shutdown()
    """
)


def _run_in_child(script: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a Python process of its own (a crash there is an exit status here)."""
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", script],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stderr[-3000:]}"
    return done


def test_a_screen_reader_asking_past_the_children_of_a_left_screen_gets_nothing() -> None:
    """Run in a process of its own: before the fix it died with SIGSEGV (-11)."""
    done = _run_in_child(LEAVE_AND_ASK)
    screen, counted, left, asked = done.stdout.split()
    # The screen's scroll area kept its children while it was left (viewport and the
    # two scroll bar boxes), so an index read before stays valid.
    assert (screen, counted, left) == ("scroll_checklists", "3", "3")
    assert int(asked) > 400  # four questions to each node of the tree (604 measured)


#: A wizard step's scroll area (fit_scroll_area) with a page taller than it (its
#: vertical scroll bar shows); then the page made short (the scroll bar hides) and the
#: children a screen reader counted before asked for. Before the fix the area had Qt's
#: default interface (it was a Python subclass that connected a plain method: two
#: children while the scroll bar showed, one after): Qt read past its list, SIGSEGV.
STEP_SCROLLS_THEN_SHRINKS = textwrap.dedent(
    """
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication, QLabel
    from assist_desk.views.widgets.fit_scroll import fit_scroll_area

    app = QApplication([])
    area = fit_scroll_area()
    page = QLabel("tall page")
    page.setMinimumHeight(2000)
    area.setWidgetResizable(True)
    area.setWidget(page)
    area.resize(300, 200)
    area.show()
    app.processEvents()
    interface = QAccessible.queryAccessibleInterface(area)
    shown = area.verticalScrollBar().isVisible()
    counted = interface.childCount()
    page.setMinimumHeight(10)
    app.processEvents()
    hidden = not area.verticalScrollBar().isVisible()
    asked = [QAccessible.queryAccessibleInterface(area).child(index) for index in range(counted)]
    past = QAccessible.queryAccessibleInterface(area).child(counted)
    print(shown, hidden, counted, sum(child is not None for child in asked), past is None)
    """
)


def test_a_wizard_step_keeps_its_children_when_its_scroll_bar_hides() -> None:
    """Run in a process of its own: before the fix it died with SIGSEGV (-11)."""
    done = _run_in_child(STEP_SCROLLS_THEN_SHRINKS)
    # The scroll bar showed then hid; the three children (viewport and the two scroll
    # bar boxes) were counted and all still answered, and nothing past them.
    assert done.stdout.split() == ["True", "True", "3", "3", "True"]


def test_qt_answers_with_every_interface_we_registered(
    qtbot: Any, app_context: StartApplication
) -> None:
    """On every screen, each widget views/a11y gave an interface (steady scroll areas,
    headings, silent widgets) is answered for with that interface, not Qt's default.

    Qt's cache finds an interface by object *and* meta-object; a Python class that
    connects one of its plain methods changes its meta-object, and the interface is
    lost: for the wizard's scroll areas that was the crash on the bus."""
    context = shown(qtbot, app_context("--lang", "fr"))
    lost: list[str] = []
    steps = 0
    for screen in visit(context.window):
        for widget in context.window.findChildren(QWidget):
            interface = QAccessible.queryAccessibleInterface(widget)
            where = f"{screen.screen_id}: {type(widget).__name__} {widget.objectName()!r}"
            if widget.property("a11ySteadyChildren"):
                steps += widget.findChild(PageFitter) is not None
                if interface.childCount() != 3:  # viewport and the two scroll bar boxes
                    lost.append(f"{where} has {interface.childCount()} children")
            if widget.property("a11yHeading") and interface.role() != QAccessible.Role.Heading:
                lost.append(f"{where} is no heading")
            if widget.property(HIDDEN_PROPERTY) and not interface.state().invisible:
                lost.append(f"{where} is read")
    assert not lost, "\n".join(lost)
    assert steps >= 4  # the wizards' steps were among them (each screen counts its own)
