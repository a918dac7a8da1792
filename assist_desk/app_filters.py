"""Where the application's Python event filters watch input: the whole application, or
each widget window while a web view exists.

WORKAROUND (PySide6 6.11.3, QtWebEngine): a Python event filter installed on the
QApplication sees the events of QtWebEngine's internal QtQuick objects, and PySide
crashes (SIGSEGV in ``PySide::getWrapperForQObject``, before any Python code runs)
while wrapping them; measured here with an empty filter, and reported by others
(TimeLineAnnotator/desktop PR #549). So the idle monitors, the kiosk lockdown and the
idle warning install their filters through :func:`install`, and while a web view
exists (:func:`web_views_exist`) the filters sit on every top-level widget's window
instead: input from the platform reaches a window before its widgets, so they still
see every touch, click and key, and the QtQuick objects' events never reach Python.

What changes meanwhile: a top-level widget shown later is given to each filter as a
``Show`` event when it becomes the focus window (the lockdown refuses a dialog then,
after it was mapped, rather than before); ``ContextMenu`` events go to widgets, so
a window filter sees the right button press that would open a menu instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

log = logging.getLogger(__name__)

_filters: list[QObject] = []
_window_level = False
_windows: list[QWindow] = []
_connected = False


def install(event_filter: QObject) -> None:
    """Watch every event of the application (see the module docstring for the web case)."""
    if event_filter in _filters:
        return
    _filters.append(event_filter)
    app = QApplication.instance()
    if app is None:
        return
    if _window_level:
        for window in _windows:
            if isValid(window):
                window.installEventFilter(event_filter)
    else:
        app.installEventFilter(event_filter)


def remove(event_filter: QObject) -> None:
    if event_filter not in _filters:
        return
    _filters.remove(event_filter)
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(event_filter)
    for window in _windows:
        if isValid(window):
            window.removeEventFilter(event_filter)


def is_window_level() -> bool:
    return _window_level


def web_views_exist(exist: bool) -> None:
    """Move the filters to each widget window (True) or back to the application."""
    global _window_level, _connected
    app = QApplication.instance()
    if app is None or exist == _window_level:
        return
    _window_level = exist
    if exist:
        for event_filter in _filters:
            app.removeEventFilter(event_filter)
        for widget in QApplication.topLevelWidgets():
            _watch_window_of(widget)
        if not _connected:
            QGuiApplication.instance().focusWindowChanged.connect(_on_focus_window)  # type: ignore[union-attr]
            _connected = True
        log.info("event filters on widget windows (a web view exists)")
    else:
        for window in _windows:
            if isValid(window):
                for event_filter in _filters:
                    window.removeEventFilter(event_filter)
        _windows.clear()
        for event_filter in _filters:
            app.installEventFilter(event_filter)
        log.info("event filters on the application again")


def _watch_window_of(widget: QWidget) -> bool:
    window = widget.windowHandle()
    if window is None or window in _windows:
        return False
    _windows.append(window)
    window.destroyed.connect(lambda: _windows.remove(window) if window in _windows else None)
    for event_filter in _filters:
        window.installEventFilter(event_filter)
    return True


def _on_focus_window(window: QWindow | None) -> None:
    if not _window_level or window is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is window and _watch_window_of(widget):
            shown = QEvent(QEvent.Type.Show)
            for event_filter in list(_filters):
                event_filter.eventFilter(widget, shown)
