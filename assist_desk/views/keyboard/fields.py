"""Which keyboard a focused widget needs, read from the widget itself.

A field says what it holds with Qt's input-method hints (``inputMethodHints``), its
echo mode, its validator or its class; :func:`hints_for` gives the app's own form
fields their hints. A web page's field says it with its ``type`` and ``inputmode``
(:func:`kind_for_html_input`, for the controlled browser).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assist_desk.views.keyboard.layouts import FieldKind

Hint = Qt.InputMethodHint

_NO_HELP = Hint.ImhNoPredictiveText | Hint.ImhNoAutoUppercase
#: The hints of each kind of form field of :mod:`assist_desk.flows.fields`.
_FORM_HINTS = {
    "email": Hint.ImhEmailCharactersOnly | _NO_HELP,
    "siret": Hint.ImhDigitsOnly | _NO_HELP,
    "number": Hint.ImhDigitsOnly | _NO_HELP,
    "date": Hint.ImhDate | _NO_HELP,
    "phone": Hint.ImhDialableCharactersOnly | _NO_HELP,
    "password": Hint.ImhHiddenText | Hint.ImhSensitiveData | _NO_HELP,
    "password_confirm": Hint.ImhHiddenText | Hint.ImhSensitiveData | _NO_HELP,
    # The mediator's secret: a PIN, or a password of at least 10 characters.
    "pin": Hint.ImhPreferNumbers | Hint.ImhHiddenText | Hint.ImhSensitiveData | _NO_HELP,
    "insee_code": Hint.ImhPreferNumbers | Hint.ImhPreferUppercase | _NO_HELP,
    "department": Hint.ImhPreferNumbers | Hint.ImhPreferUppercase | _NO_HELP,
    "reference": Hint.ImhPreferUppercase | _NO_HELP,
}


def hints_for(field_kind: str) -> Hint:
    """The input-method hints of a form field of this kind (``Field.kind``)."""
    return _FORM_HINTS.get(field_kind, Hint.ImhNone)


def kind_for_hints(hints: Hint, secret: bool = False) -> FieldKind:
    """The keyboard for a field with these hints (``secret``: its text is hidden)."""
    if hints & (Hint.ImhDigitsOnly | Hint.ImhFormattedNumbersOnly):
        return FieldKind.NUMBER
    if hints & Hint.ImhDate and not hints & Hint.ImhTime:
        return FieldKind.DATE
    if hints & Hint.ImhDialableCharactersOnly:
        return FieldKind.PHONE
    if hints & Hint.ImhEmailCharactersOnly:
        return FieldKind.EMAIL
    if hints & Hint.ImhPreferNumbers:
        return FieldKind.DIGITS_FIRST
    if secret or hints & (Hint.ImhHiddenText | Hint.ImhSensitiveData):
        return FieldKind.PASSWORD
    return FieldKind.TEXT


def kind_for_widget(widget: QWidget | None) -> FieldKind | None:
    """The keyboard ``widget`` needs, or None when it takes no typed text."""
    if widget is None or not widget.isEnabled():
        return None
    hints = widget.inputMethodHints()
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return None
        if isinstance(widget.parent(), QAbstractSpinBox):
            return FieldKind.NUMBER
        if isinstance(widget.validator(), QIntValidator | QDoubleValidator):
            hints |= Hint.ImhDigitsOnly
        secret = widget.echoMode() != QLineEdit.EchoMode.Normal
        return kind_for_hints(hints, secret)
    if isinstance(widget, QAbstractSpinBox):
        return None if widget.isReadOnly() else FieldKind.NUMBER
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return None if widget.isReadOnly() else kind_for_hints(hints)
    if isinstance(widget, QComboBox) and widget.isEditable():
        return kind_for_hints(hints)
    return None


def kind_for_html_input(input_type: str, input_mode: str = "") -> FieldKind | None:
    """The keyboard for a web page's field: its ``type`` attribute (``textarea`` for a
    text area) and its ``inputmode``. None for fields that take no typed text."""
    mode = input_mode.lower()
    if mode in ("numeric", "decimal"):
        return FieldKind.NUMBER
    if mode == "tel":
        return FieldKind.PHONE
    if mode == "email":
        return FieldKind.EMAIL
    if mode == "none":
        return None
    kinds = {
        "email": FieldKind.EMAIL,
        "password": FieldKind.PASSWORD,
        "number": FieldKind.NUMBER,
        "tel": FieldKind.PHONE,
        "date": FieldKind.DATE,
        "text": FieldKind.TEXT,
        "search": FieldKind.TEXT,
        "url": FieldKind.TEXT,
        "textarea": FieldKind.TEXT,
        "": FieldKind.TEXT,
    }
    return kinds.get(input_type.lower())
