"""Probe: can Qt Virtual Keyboard serve a full-screen Qt Widgets kiosk?

Run from the repository root; the platform comes from QT_QPA_PLATFORM, and Qt
Virtual Keyboard needs ``QML_IMPORT_PATH=<PySide6>/Qt/qml`` and libpulse0:

    QT_QPA_PLATFORM=offscreen python docs/keyboard/probe_qt_virtual_keyboard.py OUT desktop
    xvfb-run -s "-screen 0 1920x1080x24" \\
        python docs/keyboard/probe_qt_virtual_keyboard.py OUT desktop
    QT_QPA_PLATFORM=offscreen python docs/keyboard/probe_qt_virtual_keyboard.py OUT embedded fr_FR

``desktop``: Qt's default for a widgets application (the keyboard in a window of its
own). ``embedded``: an ``InputPanel`` in a ``QQuickWidget`` docked under the form
(QT_VIRTUALKEYBOARD_DESKTOP_DISABLE=1), the nearest to what a kiosk needs; the probe
taps three keys of the top row and reads what the field got, and counts the
accessible nodes under the panel. Prints what it sees and saves OUT/qtvk-*.png.
Results: docs/keyboard/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtQuickWidgets import QQuickWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget

MODE = sys.argv[2] if len(sys.argv) > 2 else "desktop"
LOCALE = sys.argv[3] if len(sys.argv) > 3 else "fr_FR"
PANEL_QML = """import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
Item {
    Component.onCompleted: VirtualKeyboardSettings.locale = "%s"
    InputPanel {
        anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
    }
}
"""


def count_accessible(widget: QWidget) -> int:
    def walk(iface: object) -> int:
        children = [iface.child(i) for i in range(iface.childCount())]  # type: ignore[attr-defined]
        return sum(1 + walk(child) for child in children if child is not None)

    return walk(QAccessible.queryAccessibleInterface(widget))


def main(out_dir: Path) -> None:
    # Read when the QApplication is made.
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    if MODE == "embedded":
        os.environ["QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"] = "1"
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    column = QVBoxLayout(central)
    edit = QLineEdit()
    edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
    column.addWidget(edit)
    panel = None
    if MODE == "embedded":
        panel = QQuickWidget()
        panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # else a tap takes the field's focus
        panel.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
        panel.setMinimumHeight(400)
        qml = out_dir / "panel.qml"
        qml.write_text(PANEL_QML % LOCALE, encoding="utf-8")
        panel.setSource(QUrl.fromLocalFile(str(qml)))
        column.addWidget(panel)
    else:
        column.addStretch(1)
    window.setCentralWidget(central)
    window.resize(1280, 800)
    window.showFullScreen() if MODE == "desktop" else window.show()
    method = QGuiApplication.inputMethod()

    def focus_and_tap() -> None:
        edit.setFocus()
        method.show()
        if panel is not None:
            for x in (75, 200, 325):  # the first three keys of the top letter row
                QTest.mouseClick(panel, Qt.MouseButton.LeftButton, pos=QPoint(x, 417))

    def report() -> None:
        print("platform:", QGuiApplication.platformName(), "mode:", MODE)
        print("input method visible:", method.isVisible(), method.keyboardRectangle())
        print("typed into the field:", repr(edit.text()))
        if panel is not None:
            print("accessible nodes under the panel:", count_accessible(panel))
        for qwindow in QGuiApplication.topLevelWindows():
            state = "visible" if qwindow.isVisible() else "hidden"
            print("  top-level window:", state, qwindow.geometry(), qwindow.flags())
        with open("/proc/self/status", encoding="ascii") as status:
            print(*(line.strip() for line in status if line.startswith("VmHWM")))
        shot = QGuiApplication.primaryScreen().grabWindow(0)
        if shot.isNull():
            shot = window.grab()
        shot.save(str(out_dir / f"qtvk-{QGuiApplication.platformName()}-{MODE}-{LOCALE}.png"))
        app.quit()

    QTimer.singleShot(300, focus_and_tap)
    QTimer.singleShot(2500, report)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
