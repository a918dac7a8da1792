"""A message of several lines (E-4), with its character limit shown as the person types.

A ``QPlainTextEdit`` (plain text: nothing pasted keeps a font or a colour), where Tab
moves the focus on instead of typing a tab: keyboard users would otherwise be stuck
in it. Text beyond the limit is not taken, and "120 / 2000 characters" under the box
says how much room is left.

For the form page it behaves like the ``QLineEdit`` it replaces: ``textEdited(str)``
on each change the person makes, ``editingFinished()`` when the focus leaves, and
``text``/``setText``/``clear``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from assist_desk.i18n import QT_TRANSLATE_NOOP
from assist_desk.views.a11y import hide_from_screen_readers

_COUNTER = QT_TRANSLATE_NOOP("Flows", "%1 / %2 characters")


class LongTextField(QWidget):
    """A multi-line box with a live "n / limit characters" under it."""

    textEdited = Signal(str)
    editingFinished = Signal()

    def __init__(self, max_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_length = max_length
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("longTextEditor")
        self.editor.setTabChangesFocus(True)
        # About four lines: enough to see what was written without scrolling.
        lines = self.editor.fontMetrics().lineSpacing()
        self.editor.setMinimumHeight(lines * 4 + 24)
        self.counter = QLabel()
        self.counter.setObjectName("longTextCounter")
        self.counter.setProperty("role", "muted")
        hide_from_screen_readers(self.counter)  # read as the box's description, not twice
        column.addWidget(self.editor)
        column.addWidget(self.counter)
        self.setFocusProxy(self.editor)
        self._description = ""
        self._setting = False
        self.editor.textChanged.connect(self._changed)
        self.editor.installEventFilter(self)
        self.retranslate()

    def text(self) -> str:
        return self.editor.toPlainText()

    def setText(self, text: str) -> None:
        self._setting = True
        self.editor.setPlainText(text[: self.max_length])
        self._setting = False
        self.retranslate()

    def clear(self) -> None:
        self.setText("")

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.editor.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        """The page's error first, then the room left, both read with the box."""
        self._description = description
        self._describe()

    def _describe(self) -> None:
        text = " ".join(part for part in (self._description, self.counter.text()) if part)
        super().setAccessibleDescription(text)
        self.editor.setAccessibleDescription(text)

    def retranslate(self) -> None:
        count = len(self.text())
        self.counter.setText(
            QCoreApplication.translate("Flows", _COUNTER)
            .replace("%1", str(count))
            .replace("%2", str(self.max_length))
        )
        self._describe()

    def _changed(self) -> None:
        text = self.text()
        if len(text) > self.max_length:  # typed or pasted beyond the limit: not taken
            cursor = self.editor.textCursor()
            position = min(cursor.position(), self.max_length)
            self._setting = True
            self.editor.setPlainText(text[: self.max_length])
            self._setting = False
            cursor = self.editor.textCursor()
            cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
            self.editor.setTextCursor(cursor)
        self.retranslate()
        if not self._setting:
            self.textEdited.emit(self.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.editingFinished.emit()
        return super().eventFilter(watched, event)
