"""Which keyboard a field gets, from its hints, echo mode, validator or class."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox

from assist_desk.modes import LANGUAGES
from assist_desk.views.keyboard.fields import hints_for, kind_for_html_input, kind_for_widget
from assist_desk.views.keyboard.layouts import (
    EMAIL_PARTS,
    Action,
    FieldKind,
    Page,
    first_page,
    layout_for,
    rows,
)

Hint = Qt.InputMethodHint


def _line_edit(qtbot: Any, hints: Hint = Hint.ImhNone) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setInputMethodHints(hints)
    return edit


def test_kind_of_each_app_field(qtbot: Any) -> None:
    assert kind_for_widget(_line_edit(qtbot)) is FieldKind.TEXT
    assert kind_for_widget(_line_edit(qtbot, hints_for("email"))) is FieldKind.EMAIL
    assert kind_for_widget(_line_edit(qtbot, hints_for("siret"))) is FieldKind.NUMBER
    assert kind_for_widget(_line_edit(qtbot, hints_for("date"))) is FieldKind.DATE
    assert kind_for_widget(_line_edit(qtbot, hints_for("phone"))) is FieldKind.PHONE
    assert kind_for_widget(_line_edit(qtbot, hints_for("pin"))) is FieldKind.DIGITS_FIRST
    assert kind_for_widget(_line_edit(qtbot, hints_for("insee_code"))) is FieldKind.DIGITS_FIRST
    password = _line_edit(qtbot)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    assert kind_for_widget(password) is FieldKind.PASSWORD
    counted = _line_edit(qtbot)
    counted.setValidator(QIntValidator(1, 50, counted))
    assert kind_for_widget(counted) is FieldKind.NUMBER
    spin = QSpinBox()
    qtbot.addWidget(spin)
    assert kind_for_widget(spin) is FieldKind.NUMBER
    note = QPlainTextEdit()
    qtbot.addWidget(note)
    assert kind_for_widget(note) is FieldKind.TEXT
    editable = QComboBox()
    qtbot.addWidget(editable)
    assert kind_for_widget(editable) is None  # a list to choose from takes no typing
    editable.setEditable(True)
    assert kind_for_widget(editable) is FieldKind.TEXT


def test_no_keyboard_for_what_takes_no_text(qtbot: Any) -> None:
    read_only = _line_edit(qtbot)
    read_only.setReadOnly(True)
    disabled = _line_edit(qtbot)
    disabled.setEnabled(False)
    button = QPushButton()
    qtbot.addWidget(button)
    assert [kind_for_widget(w) for w in (read_only, disabled, button, None)] == [None] * 4


@pytest.mark.parametrize(
    ("input_type", "input_mode", "kind"),
    [
        ("email", "", FieldKind.EMAIL),
        ("password", "", FieldKind.PASSWORD),
        ("tel", "", FieldKind.PHONE),
        ("number", "", FieldKind.NUMBER),
        ("text", "numeric", FieldKind.NUMBER),
        ("text", "", FieldKind.TEXT),
        ("textarea", "", FieldKind.TEXT),
        ("checkbox", "", None),
        ("text", "none", None),
    ],
)
def test_kind_of_a_web_field(input_type: str, input_mode: str, kind: FieldKind | None) -> None:
    assert kind_for_html_input(input_type, input_mode) is kind


def test_pages_by_kind() -> None:
    assert first_page(FieldKind.NUMBER) is Page.DIGITS
    assert first_page(FieldKind.EMAIL) is Page.LETTERS
    email_keys = {key.text for row in rows("fr", Page.LETTERS, FieldKind.EMAIL) for key in row}
    assert {part for part, _ in EMAIL_PARTS} <= email_keys
    pad = [key for row in rows("fr", Page.DIGITS, FieldKind.DATE) for key in row]
    assert {key.text for key in pad if key.action is Action.CHAR} == set("0123456789/")
    assert layout_for(FieldKind.EMAIL, "ar") == "fr"  # Latin letters for addresses
    assert layout_for(FieldKind.TEXT, "ar") == "ar"
    # Every letters page can reach digits and symbols (a password mixes them).
    for layout in LANGUAGES:
        actions = {
            key.action for row in rows(layout, Page.LETTERS, FieldKind.PASSWORD) for key in row
        }
        assert Action.SYMBOLS in actions
        assert Action.BACKSPACE in actions
