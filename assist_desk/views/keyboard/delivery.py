"""Key events to the widget that has the focus, as a physical keyboard sends them.

Key events, not ``setText``: the field's validator, maximum length, undo history,
signals (``textEdited``) and shortcuts all behave as with a hardware keyboard. For a
``QWebEngineView`` the focused widget is its focus proxy, which passes the events
to the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# A Qt key code equals the upper-case character's code point up to Latin-1.
_LAST_CODED_CHAR = 0xFF


def key_code(char: str) -> int:
    """The Qt key that types ``char`` on a physical keyboard, else ``Key_unknown``."""
    upper = char.upper()
    if len(upper) == 1 and 0x20 <= ord(upper) <= _LAST_CODED_CHAR:
        return ord(upper)
    return int(Qt.Key.Key_unknown.value)


def focused_widget() -> QWidget | None:
    return QApplication.focusWidget()


def send_key(target: QWidget, key: int, text: str = "") -> bool:
    """A press and a release of ``key`` typing ``text``. True if the press was accepted."""
    press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    accepted = QCoreApplication.sendEvent(target, press) and press.isAccepted()
    release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
    QCoreApplication.sendEvent(target, release)
    return accepted


def type_text(target: QWidget, text: str) -> None:
    """Type ``text`` one character at a time (a web page takes one per key event)."""
    for char in text:
        send_key(target, key_code(char), char)


def backspace(target: QWidget) -> None:
    send_key(target, int(Qt.Key.Key_Backspace.value))


def press_return(target: QWidget) -> bool:
    return send_key(target, int(Qt.Key.Key_Return.value), "\r")
