"""The generic parts of the session wipe: open dialogs and menus, every input widget,
the clipboard. ``FeatureContext.wipe_session`` runs them after each screen's own
``clear_citizen_data``."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)


def clear_editable(widget: QWidget) -> bool:
    """Empty one input widget and its undo history. True if it held something."""
    if isinstance(widget, QLineEdit):
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            return False  # its owner is cleared below
        had = bool(widget.text()) or widget.isUndoAvailable()
        widget.setText("")  # setText also drops the undo/redo history
        return had
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        had = not widget.document().isEmpty() or widget.document().isUndoAvailable()
        widget.clear()
        widget.document().clearUndoRedoStacks()
        return had
    if isinstance(widget, QComboBox) and widget.isEditable():
        edit = widget.lineEdit()
        had = bool(edit is not None and edit.text())
        widget.clearEditText()
        if edit is not None:
            edit.setText("")
        return had
    if isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
        had = bool(edit is not None and edit.isUndoAvailable())
        if edit is not None:
            text = edit.text()
            edit.setText(text)  # keeps the value shown, drops the undo history
        return had
    return False


def close_transient_windows() -> int:
    """Close every open dialog, menu and popup. Returns how many were shown.

    A hidden dialog that may still be in ``exec()`` (modal, refused while it was being
    shown) is rejected too, so that no nested event loop outlives the session.
    """
    closed = 0
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isHidden() and _maybe_in_exec(widget):
            log.info("ending a hidden modal dialog (%s)", type(widget).__name__)
            _end_hidden_exec(widget)
            continue
        if not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
            closed += 1
        elif isinstance(widget, QMenu) or widget.windowType() == Qt.WindowType.Popup:
            widget.close()
            closed += 1
    return closed


def _maybe_in_exec(dialog: QDialog) -> bool:
    """exec() marks its dialog modal until it returns; a hidden modal dialog may be in it."""
    return dialog.testAttribute(Qt.WidgetAttribute.WA_ShowModal)


def _end_hidden_exec(dialog: QDialog) -> None:
    """End the exec() of a hidden dialog.

    Qt ends exec()'s loop when the dialog is hidden, and hiding a hidden dialog does
    nothing: so it is shown first, off the screen (Qt does not map its window), then
    rejected.
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    dialog.show()
    dialog.reject()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, False)


def wipe_widgets() -> int:
    """Every input of the application emptied (visible or not). Returns how many held data."""
    return sum(clear_editable(widget) for widget in QApplication.allWidgets())


def clear_clipboard() -> None:
    """Empty the clipboard and, where there is one (X11), the selection."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
