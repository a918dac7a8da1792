"""Shows the on-screen keyboard when the citizen taps a text field of the app.

The keyboard opens when a tap (or a click) gives a text field the focus, or lands
on the focused field. A screen that focuses a field by itself (the FAQ's search box)
opens nothing: the keys would cover half of what the citizen came to read. Nor does
Tab: whoever presses it has a real keyboard. Once the keys are up they follow the
focus (their Enter moves to the next field: that field's keys); the focus on
anything that takes no text hides them. A web page's fields are the browser's to
report (``KeyboardFeature.web_field_tapped``): a focused web view is left alone here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from assist_desk import app_filters
from assist_desk.views.keyboard.fields import kind_for_widget
from assist_desk.views.keyboard.widget import OnScreenKeyboard

#: Qt classes whose focused widgets belong to a web page.
_WEB_VIEW_CLASSES = {"QWebEngineView", "QQuickWidget"}


def in_web_view(widget: QWidget) -> bool:
    """True when ``widget`` is a web view or its focus proxy (read by class name: the
    keyboard does not load QtWebEngine)."""
    parent: QWidget | None = widget
    while parent is not None:
        meta = parent.metaObject()
        while meta is not None:
            if meta.className() in _WEB_VIEW_CLASSES:
                return True
            meta = meta.superClass()
        parent = parent.parentWidget()
    return False


#: Events that put a finger or a mouse button down, and lift it.
_PRESSES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin})
_RELEASES = frozenset(
    {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel}
)


class PointerWatch(QObject):
    """Whether a finger or a mouse button is down now: a focus change meanwhile came
    with a tap (Qt gives a field the focus on the press), anything else did not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.down = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESSES:
            self.down = True
        elif kind in _RELEASES:
            self.down = False
        return False


class KeyboardController(QObject):
    """Shows and hides ``keyboard`` with the focus, while ``enabled()`` says so (the
    site's setting and the desk's mode now); ``reveal(field)`` scrolls a field into
    view above the keyboard."""

    def __init__(
        self,
        keyboard: OnScreenKeyboard,
        enabled: Callable[[], bool],
        reveal: Callable[[QWidget], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.keyboard = keyboard
        self._enabled = enabled
        self._reveal = reveal
        self._field: QWidget | None = None
        self._pointer = PointerWatch(self)
        app_filters.install(self._pointer)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)
        keyboard.sig_visibility_changed.connect(self._on_visibility_changed)
        keyboard.sig_keys_changed.connect(self._on_keys_changed)

    def dispose(self) -> None:
        """Stop following the focus (shutdown)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        app_filters.remove(self._pointer)
        self._watch(None)

    def refresh(self) -> None:
        """Decide again for the focused widget (the mode or the setting changed)."""
        self._on_focus_changed(None, QApplication.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self.keyboard.isAncestorOf(new):
            return  # the window lost the focus, or a key was touched: nothing changes
        if in_web_view(new):
            self._watch(None)
            return  # the browser reports its own fields
        kind = kind_for_widget(new) if self._enabled() else None
        if kind is None or new.window() is not self.keyboard.window():
            self._watch(None)
            self.keyboard.hide_keyboard()
            return
        self._watch(new)  # a later tap on it shows the keys
        if self._pointer.down or self.keyboard.isVisible():
            self.keyboard.show_for(kind)
            self._reveal(new)

    def _on_visibility_changed(self, shown: bool) -> None:
        focus = QApplication.focusWidget()
        if shown and focus is not None:
            self._reveal(focus)

    def _on_keys_changed(self) -> None:
        """Other keys ("?123", another layout): the field is shown again above them."""
        focus = QApplication.focusWidget()
        keys = self.keyboard
        if focus is not None and keys.isVisible() and not keys.isAncestorOf(focus):
            self._reveal(focus)

    def _watch(self, field: QWidget | None) -> None:
        """Watch taps on the focused field: a tap shows the keyboard the person hid."""
        if self._field is not None and isValid(self._field):  # a form rebuilt deletes its fields
            self._field.removeEventFilter(self)
        self._field = field
        if field is not None:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._field
            and event.type() == QEvent.Type.MouseButtonRelease
            and not self.keyboard.isVisible()
            and self._enabled()
        ):
            kind = kind_for_widget(self._field)
            if kind is not None:
                self.keyboard.show_for(kind)
        return False
