"""A small count ("Number of fingerprint stations") with big − and + buttons (E-4).

Not a text box where "deux" can be typed, and not a ``QSpinBox``, whose arrows are a
few pixels tall: a short numeric field between two square buttons as tall as the
field (larger at a kiosk: the QSS sizes ``#countLess``/``#countMore``). The Up and
Down keys change the value too, as in a spin box. The buttons take no focus, as a
spin box's arrows: a keyboard user types or uses the arrows in the field.

For the form page it behaves like the ``QLineEdit`` it replaces (``textEdited``,
``editingFinished``, ``text``/``setText``/``clear``); an empty field stays empty
(the form says the value is required), + starts it at the lowest value. For the cost
calculators it replaces a ``QSpinBox`` (``value``/``setValue``/``valueChanged``), whose
arrows were 25 px tall at a kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from assist_desk.i18n import QT_TRANSLATE_NOOP

_LESS = QT_TRANSLATE_NOOP("Flows", "One less")
_MORE = QT_TRANSLATE_NOOP("Flows", "One more")


class CountField(QWidget):
    """A whole number between ``lowest`` and ``highest``, typed or stepped with − / +."""

    textEdited = Signal(str)
    editingFinished = Signal()
    #: A whole number in range was typed, stepped or set (as ``QSpinBox.valueChanged``).
    valueChanged = Signal(int)

    def __init__(self, lowest: int, highest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lowest, self.highest = lowest, highest
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.edit = QLineEdit()
        self.edit.setObjectName("countEdit")
        self.edit.setValidator(QIntValidator(0, highest, self.edit))
        self.edit.setMaxLength(len(str(highest)))
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        hints = Qt.InputMethodHint
        self.edit.setInputMethodHints(hints.ImhDigitsOnly | hints.ImhNoPredictiveText)
        self.less = QPushButton("−")
        self.less.setObjectName("countLess")
        self.more = QPushButton("+")
        self.more.setObjectName("countMore")
        for button, step in ((self.less, -1), (self.more, 1)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(True)
            button.clicked.connect(lambda _checked=False, s=step: self.step_by(s))
        row.addWidget(self.less)
        row.addWidget(self.edit)
        row.addWidget(self.more)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.editingFinished)
        self.edit.installEventFilter(self)
        self._refresh_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        for button, text in ((self.less, _LESS), (self.more, _MORE)):
            name = QCoreApplication.translate("Flows", text)
            button.setAccessibleName(name)
            button.setToolTip(name)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self._refresh_buttons()

    def clear(self) -> None:
        self.setText("")

    def value(self) -> int | None:
        """The number shown, or None while the field is empty or out of range (a year
        being typed: "20" on the way to "2014")."""
        text = self.edit.text()
        number = int(text) if text.isdigit() else None
        return number if number is not None and self.lowest <= number <= self.highest else None

    def setValue(self, value: int) -> None:
        self.setText(str(max(self.lowest, min(self.highest, value))))
        self.valueChanged.emit(int(self.edit.text()))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.edit.setAccessibleDescription(description)

    def set_invalid(self, invalid: bool) -> None:
        self.edit.setProperty("invalid", invalid)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)

    def fit_width(self) -> None:
        self.edit.ensurePolished()
        metrics = self.edit.fontMetrics()
        digits = metrics.horizontalAdvance("0" * (len(str(self.highest)) + 1))
        self.edit.setFixedWidth(digits + 2 * metrics.height())

    def step_by(self, step: int) -> None:
        text = self.edit.text()
        value = int(text) + step if text.isdigit() else self.lowest
        value = max(self.lowest, min(self.highest, value))
        self.edit.setText(str(value))
        self._typed(self.edit.text())

    def _typed(self, text: str) -> None:
        self._refresh_buttons()
        self.textEdited.emit(text)
        value = self.value()
        if value is not None:
            self.valueChanged.emit(value)

    def _refresh_buttons(self) -> None:
        text = self.edit.text()
        value = int(text) if text.isdigit() else None
        self.less.setEnabled(value is not None and value > self.lowest)
        self.more.setEnabled(value is None or value < self.highest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
            if event.key() in steps:
                self.step_by(steps[Qt.Key(event.key())])
                return True
        return super().eventFilter(watched, event)
