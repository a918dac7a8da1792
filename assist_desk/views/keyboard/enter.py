"""What the Enter key of the on-screen keyboard does in the app's own screens.

A field whose screen acts on Return (``returnPressed`` is connected: sign in, search)
gets Return. Otherwise Enter moves to the next text field of the screen, as a form on
paper reads, and on the last one it activates the screen's primary button ("Continue").
A multi-line field gets a new line; a web page gets Return.
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assist_desk.views.keyboard.delivery import press_return
from assist_desk.views.keyboard.fields import kind_for_widget
from assist_desk.views.screen import Screen


def press_enter(target: QWidget) -> None:
    if isinstance(target, QTextEdit | QPlainTextEdit):
        press_return(target)  # a new line
        return
    handled_by_screen = isinstance(target, QLineEdit) and (
        target.receivers(SIGNAL("returnPressed()")) > 0
    )
    if handled_by_screen or not isinstance(target, QLineEdit | QAbstractSpinBox | QComboBox):
        press_return(target)
        return
    following = next_text_field(target)
    if following is not None:
        following.setFocus(Qt.FocusReason.TabFocusReason)
        return
    button = primary_button(target)
    if button is not None:
        button.animateClick()
    else:
        press_return(target)


def _scope(widget: QWidget) -> QWidget:
    """The screen holding ``widget`` (else its window): Enter never leaves it."""
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, Screen):
            return parent
        parent = parent.parentWidget()
    return widget.window()


def next_text_field(widget: QWidget) -> QWidget | None:
    """The next field taking text after ``widget`` on its screen, in reading order
    (top to bottom, then along the line): the focus chain follows creation order,
    which a form rebuilt for another profile no longer matches."""
    scope = _scope(widget)
    fields = [
        candidate
        for candidate in scope.findChildren(QWidget)
        if candidate is widget
        or (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.focusProxy() is None
            and kind_for_widget(candidate) is not None
        )
    ]
    mirrored = scope.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def reading_order(candidate: QWidget) -> tuple[int, int]:
        corner = candidate.mapTo(scope, candidate.rect().topLeft())
        return (corner.y(), -corner.x() if mirrored else corner.x())

    fields.sort(key=reading_order)
    index = fields.index(widget) if widget in fields else -1
    return fields[index + 1] if 0 <= index < len(fields) - 1 else None


def primary_button(widget: QWidget) -> QAbstractButton | None:
    """The screen's visible, enabled primary button (``role="primary"``), if any."""
    for button in _scope(widget).findChildren(QAbstractButton):
        if button.property("role") == "primary" and button.isVisible() and button.isEnabled():
            return button
    return None
