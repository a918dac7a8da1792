"""A date of birth as three fields, Day / Month / Year (E-4), not one "DD/MM/YYYY" box.

People type "31/02/85" or "14.7.1985" in a single box; three small numeric fields,
each with its visible caption, leave nothing to guess. The form still gets one value,
``text()`` is "DD/MM/YYYY" as :func:`assist_desk.flows.fields.parse_date` reads it
(an empty string when nothing is typed), so the flow and its checks are unchanged.

The widget behaves like the ``QLineEdit`` it replaces for the form page: the signals
``textEdited(str)`` and ``editingFinished()`` (once the focus leaves the three fields,
not between them), ``text``/``setText``/``clear``, and the focus goes to "Day".

Typing two digits in Day (or Month) moves on to the next field, and Backspace in an
empty field goes back to the previous one. Each field takes digits only and says so
to the on-screen keyboard (its digit pad opens on a tap).

Order: Day, Month, Year in reading order in every language. In Arabic the row follows
the right-to-left direction (Day on the right, read first), which is also how a date
written "14/07/1985" reads in an Arabic sentence; the digits in each box stay
left-to-right. Tab follows the same order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

#: (name, digits) of each part, in reading order.
PARTS: tuple[tuple[str, int], ...] = (("day", 2), ("month", 2), ("year", 4))


class DateParts(QFrame):
    """Three numeric fields for one date; the caption texts come from the page."""

    textEdited = Signal(str)
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.parts: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        hints = Qt.InputMethodHint
        for column, (name, digits) in enumerate(PARTS):
            caption = QLabel()
            caption.setObjectName(f"{name}Caption")
            caption.setProperty("role", "muted")  # under the group's label, quieter
            edit = QLineEdit()
            edit.setObjectName(f"{name}Part")
            edit.setMaxLength(digits)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}")))
            edit.setInputMethodHints(
                hints.ImhDigitsOnly | hints.ImhNoPredictiveText | hints.ImhNoAutoUppercase
            )
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits, also in Arabic
            caption.setBuddy(edit)
            edit.textEdited.connect(lambda _text, n=name: self._part_edited(n))
            edit.editingFinished.connect(self._part_finished)
            edit.installEventFilter(self)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
            self.parts[name] = edit
            self.captions[name] = caption
        # As wide as its three fields: a short value looks short (E-4).
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setFocusProxy(self.parts["day"])
        self._order = [self.parts[name] for name, _ in PARTS]
        for before, after in zip(self._order, self._order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- texts and sizes -------------------------------------------------------------

    def set_texts(self, group_name: str, captions: dict[str, str]) -> None:
        """The group's name (read on entering it) and each field's caption and name."""
        self.setAccessibleName(group_name)
        for name, caption in captions.items():
            self.captions[name].setText(caption)
            self.parts[name].setAccessibleName(f"{caption} ({group_name})")

    def fit_widths(self) -> None:
        """Each field as wide as its digits (the style sheet's font, so after polishing)."""
        for name, digits in PARTS:
            edit = self.parts[name]
            edit.ensurePolished()
            metrics = edit.fontMetrics()
            width = metrics.horizontalAdvance("0" * (digits + 1)) + 2 * metrics.height()
            edit.setFixedWidth(max(width, self.captions[name].sizeHint().width()))

    # -- the one value ---------------------------------------------------------------

    def text(self) -> str:
        values = [self.parts[name].text() for name, _ in PARTS]
        return "/".join(values) if any(values) else ""

    def setText(self, text: str) -> None:
        pieces = text.split("/") if text else []
        for index, (name, _) in enumerate(PARTS):
            self.parts[name].setText(pieces[index] if index < len(pieces) else "")

    def clear(self) -> None:
        for edit in self.parts.values():
            edit.setText("")  # not clear(): that is undoable, setText forgets the history

    def setAccessibleDescription(self, description: str) -> None:
        """The error is read with whichever of the three fields has the focus."""
        super().setAccessibleDescription(description)
        for edit in self.parts.values():
            edit.setAccessibleDescription(description)

    def set_invalid(self, invalid: bool) -> None:
        """The red border on each field (the QSS reads ``invalid`` on line edits)."""
        self.setProperty("invalid", invalid)
        for edit in self.parts.values():
            edit.setProperty("invalid", invalid)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    # -- moving between the fields ---------------------------------------------------

    def _part_edited(self, name: str) -> None:
        edit = self.parts[name]
        full = len(edit.text()) == edit.maxLength() and edit.cursorPosition() == edit.maxLength()
        index = self._order.index(edit)
        if full and index + 1 < len(self._order):
            following = self._order[index + 1]
            following.setFocus(Qt.FocusReason.TabFocusReason)
            following.selectAll()  # a correction types over what was there
        self.textEdited.emit(self.text())

    def _part_finished(self) -> None:
        """Finished when the focus left the three fields, or Enter was pressed in one."""
        focus = QApplication.focusWidget()
        left = focus not in self._order
        enter_pressed = focus is self.sender()  # the focus stayed where it was
        if left or enter_pressed:
            self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Backspace
            and isinstance(watched, QLineEdit)
            and watched in self._order
            and not watched.text()
        ):
            index = self._order.index(watched)
            if index > 0:
                previous = self._order[index - 1]
                previous.setFocus(Qt.FocusReason.BacktabFocusReason)
                previous.end(False)
                return True
        return super().eventFilter(watched, event)
