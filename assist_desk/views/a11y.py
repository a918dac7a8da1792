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
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QStackedWidget, QWidget
from shiboken6 import Shiboken

#: Heading interfaces Qt still holds (their wrappers are invalid once Qt deleted them).
_headings: list[_HeadingInterface] = []
_cleanup_installed = False


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
    global _cleanup_installed
    if label.property("a11yHeading"):
        return
    label.setProperty("a11yHeading", True)
    _headings[:] = [heading for heading in _headings if Shiboken.isValid(heading)]
    heading = _HeadingInterface(label)
    QAccessible.registerAccessibleInterface(heading)
    _headings.append(heading)
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
    """Let Qt delete the heading interfaces it still holds (at quit and at exit)."""
    for heading in _headings:
        if Shiboken.isValid(heading):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(heading))
    _headings.clear()


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
