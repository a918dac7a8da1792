"""What a screen reader gets beyond Qt's defaults: headings and spoken status messages.

Qt Widgets has no way to give a QLabel the heading role, so :func:`mark_heading`
registers an accessible interface of role ``Heading`` for the label before Qt makes
its default one. Qt's cache owns that interface and deletes it with the label; this
module keeps the Python wrapper alive until then (the garbage collector must not
delete an object Qt still uses) and, when the application quits, asks Qt to delete
the interfaces still alive, so nothing is deleted twice. Qt 6.11 exports no heading
*level* from Python (that needs the C++ attributes interface): the statement in
docs/ says so.

:func:`announce` sends a ``QAccessibleAnnouncementEvent`` (Qt ≥ 6.8), which Qt's
AT-SPI bridge turns into ``object:announcement``: Orca and NVDA speak it whatever
has the focus. Qt drops the older ``Alert`` event on Linux.

:func:`hide_from_screen_readers` takes a widget out of what a screen reader reads
(m3, m5): a visible text that is already read as a control's description (a choice's
explanation, a field's error), a drawn bar that repeats a text, and (with
:func:`hide_nameless_parts`) the parts Qt exports without a name. Qt Widgets has no
"ignored" flag, so the widget gets an interface that says it is invisible, registered
the way :func:`mark_heading` does: AT-SPI never reports it "showing", and Orca skips
it in focus moves, flat review and say-all. (Not with ``QAccessible.installFactory``:
with PySide6 6.11 any Python factory, even one that always returns None, crashed the
application on the bus when a screen with a text view was left.)

:func:`steady_scroll_children` keeps a scroll area's list of children the same size
while the screen reader reads it (the crash on the bus; see its docstring).
"""

from __future__ import annotations

import atexit
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAccessibleWidget,
    QApplication,
    QLabel,
    QLineEdit,
    QSplitterHandle,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

#: Our interfaces (headings, silent widgets) Qt still holds (their wrappers are
#: invalid once Qt deleted them).
_headings: list[QAccessibleWidget] = []
_cleanup_installed = False
#: Qt's names for the boxes holding a scroll area's scroll bars (nameless, and only a
#: mouse's: the keyboard scrolls by moving the focus or the caret).
_SCROLL_BAR_BOXES = frozenset({"qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer"})
#: Qt's name for a scroll area's viewport (a plain widget; Qt exports it as a filler).
VIEWPORT = "qt_scrollarea_viewport"
#: The property that marks a widget for :func:`hide_from_screen_readers`.
HIDDEN_PROPERTY = "a11yHidden"


class _HeadingInterface(QAccessibleWidget):
    """A label exported with the heading role; its name is the label's current text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return super().text(kind)


def mark_heading(label: QLabel) -> None:
    """Export ``label`` as a heading (call it before the label is first shown)."""
    if label.property("a11yHeading"):
        return
    label.setProperty("a11yHeading", True)
    _keep(_HeadingInterface(label))


def _keep(interface: QAccessibleWidget) -> None:
    """Register ``interface`` with Qt and keep its wrapper until Qt deletes it.

    Qt's cache finds an interface by its widget *and* the widget's meta-object as it
    is at each lookup. A Python subclass's meta-object is PySide's: connecting one of
    its plain methods changes it, and Qt then makes its default interface instead (the
    wizard's scroll areas lost theirs that way: the crash on the bus). So a widget given
    an interface here is best a plain Qt class (``fit_scroll_area``), and a subclass
    declares its slots with ``@Slot()``.
    """
    global _cleanup_installed
    _headings[:] = [kept for kept in _headings if Shiboken.isValid(kept)]
    QAccessible.registerAccessibleInterface(interface)
    _headings.append(interface)
    if not _cleanup_installed:
        _cleanup_installed = True
        atexit.register(release_headings)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(release_headings)


def mark_headings(screen: QWidget) -> None:
    """Export every title label of ``screen`` (``role`` property "title") as a heading."""
    for label in screen.findChildren(QLabel):
        if label.property("role") == "title":
            mark_heading(label)


def release_headings() -> None:
    """Let Qt delete our interfaces it still holds (at quit and at exit)."""
    for heading in _headings:
        if Shiboken.isValid(heading):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(heading))
    _headings.clear()


class _SilentInterface(QAccessibleWidget):
    """A widget exported as invisible: a screen reader reads nothing of it."""

    def state(self) -> QAccessible.State:
        state = super().state()
        state.invisible = True
        return state


class _ShowWatcher(QObject):
    """Says "not showing" again each time Qt shows a silent widget.

    Qt reports each widget it shows as "showing" to the bus without asking its
    interface, and screen readers keep that in their cache; so right after (Qt sends
    it once the show event is handled), the widget is reported hidden again.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            QTimer.singleShot(0, watched, partial(_report_hidden, watched))
        return False


def _report_hidden(widget: QWidget) -> None:
    if QAccessible.isActive() and widget.isVisible():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.ObjectHide))


_watcher: _ShowWatcher | None = None


def _show_watcher() -> _ShowWatcher:
    """One watcher, owned by the application (widgets live on the GUI thread)."""
    global _watcher
    if _watcher is None or not Shiboken.isValid(_watcher):
        _watcher = _ShowWatcher(QCoreApplication.instance())
    return _watcher


def hide_from_screen_readers(widget: QWidget) -> None:
    """Keep ``widget`` (and what it holds) out of what a screen reader reads.

    For a text said elsewhere already (as a control's description), a drawing that
    repeats a text, or a part of Qt's without a name; never for something a person
    needs. Call it before the widget is first shown: Qt makes a widget's accessible
    interface once, and this one must be there first (as for :func:`mark_heading`).
    """
    if widget.property(HIDDEN_PROPERTY):
        return
    widget.setProperty(HIDDEN_PROPERTY, True)
    _keep(_SilentInterface(widget))
    widget.installEventFilter(_show_watcher())


def hide_nameless_parts(screen: QWidget) -> None:
    """Hide what Qt exports without a name in ``screen`` (m5): the boxes of the scroll
    bars (only a mouse's: the keyboard scrolls by moving the focus or the caret), the
    splitter handles (a mouse's too), and the empty viewport of a text view (its text
    is the view's own)."""
    for widget in screen.findChildren(QWidget):
        name = widget.objectName()
        viewport = name == VIEWPORT and isinstance(widget.parentWidget(), QTextEdit)
        if name in _SCROLL_BAR_BOXES or viewport or isinstance(widget, QSplitterHandle):
            hide_from_screen_readers(widget)


def steady_scroll_children(area: QAbstractScrollArea) -> None:
    """Give ``area`` an interface whose children stay the same while it lives.

    WORKAROUND (Qt 6.11, QAccessibleAbstractScrollArea::child): Qt lists a scroll area's
    children as its viewport plus the scroll bars *visible now*, and answers the bus's
    ``GetChildAtIndex`` from that list without checking the index. When a screen is
    left, its scroll bar is hidden: a screen reader that counted two children then asks
    for child 1 of a one-item list, Qt reads past its end and passes that garbage to
    ``queryAccessibleInterface``: SIGSEGV in ``QAccessibleCache::idForObject``. Qt's
    plain widget interface lists every child widget (viewport and both scroll bar
    boxes, shown or not) and checks the index. The boxes are only a mouse's and are
    hidden from screen readers as in :func:`hide_nameless_parts`. Call it right after
    making the area, before it is shown (as for :func:`mark_heading`).
    """
    if area.property("a11ySteadyChildren"):
        return
    area.setProperty("a11ySteadyChildren", True)
    _keep(QAccessibleWidget(area, QAccessible.Role.Client))  # Qt's role for a scroll area
    for box in area.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if box.objectName() in _SCROLL_BAR_BOXES:
            hide_from_screen_readers(box)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear button Qt adds to ``edit`` (a tool button without a name, m5)."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Have screen readers speak ``text`` now (``urgent``: interrupting what they say)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


def drop_focus_inside(container: QWidget) -> None:
    """Take the focus off a widget of ``container`` that is about to be disabled.

    Disabling the focused widget makes Qt lend the focus to the next one in the
    chain (the language box of the top bar), which a screen reader would say (m1).
    (Qt still reports the cleared widget as focused once, a lesser evil.)
    """
    focused = QApplication.focusWidget()
    if focused is not None and container.isAncestorOf(focused):
        focused.clearFocus()


def show_page(stack: QStackedWidget, page: QWidget, focus: QWidget | None) -> None:
    """Show ``page`` of ``stack`` and give ``focus`` the focus, in one move (m1).

    Hiding the page that holds the focus makes Qt lend it to the next widget in the
    chain (the language box of the top bar) before the new page's control gets it,
    and a screen reader says both. So the new page is shown first, the focus moved
    there, and only then the old page hidden. The same when the focus is on a button
    outside the stack that the caller hides next ("Back" on the first step, "Home"
    on the home screen): it has left that button before it goes.
    """
    focused = QApplication.focusWidget()
    moving = focused is not None and focused.window() is stack.window()
    if focus is not None and moving and stack.isVisible() and page is not stack.currentWidget():
        page.show()  # under the current page for the moment: nothing is painted yet
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
    stack.setCurrentWidget(page)


class StatusLabel(QLabel):
    """A status line: hidden while empty (no nameless node for a screen reader, m5),
    and spoken when it says something (M2); an "error" role interrupts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()  # empty until there is something to say

    def setText(self, text: str) -> None:
        super().setText(text)
        if not text:
            self.hide()
        elif self.parentWidget() is not None:  # shown alone it would be a window
            self.show()
        announce(self, text, urgent=self.property("role") == "error")

    def clear(self) -> None:
        super().clear()
        self.hide()
