"""Probe: can Qt Virtual Keyboard serve a full-screen Qt Widgets kiosk?

Run from the repository root (the platform is taken from QT_QPA_PLATFORM):

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/keyboard/probe_qt_virtual_keyboard.py OUT_DIR
    xvfb-run -s "-screen 0 1920x1080x24" \
        .venv/bin/python docs/keyboard/probe_qt_virtual_keyboard.py OUT_DIR

A full-screen QMainWindow with a QLineEdit takes the focus; the probe prints what the
input method reports, every top-level window Qt made, and saves the screen to
OUT_DIR/qtvk-<platform>.png. Results are in docs/keyboard/README.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QInputMethod
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QVBoxLayout, QWidget


def describe(method: QInputMethod) -> str:
    return f"visible={method.isVisible()} keyboard_rect={method.keyboardRectangle()}"


def main(out_dir: Path) -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    column = QVBoxLayout(central)
    edit = QLineEdit()
    edit.setPlaceholderText("e-mail")
    column.addStretch(1)
    column.addWidget(edit)
    window.setCentralWidget(central)
    window.showFullScreen()
    method = QGuiApplication.inputMethod()
    print("platform:", QGuiApplication.platformName())
    print("input context loaded: keyboard rect", method.keyboardRectangle())

    def focus_and_ask() -> None:
        edit.setFocus()
        method.show()

    def report() -> None:
        print("after focus + show():", describe(method))
        for qwindow in QGuiApplication.topLevelWindows():
            print(
                "  top-level window:",
                type(qwindow).__name__,
                qwindow.objectName() or "-",
                "visible" if qwindow.isVisible() else "hidden",
                qwindow.geometry(),
                qwindow.flags(),
            )
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0)
        if shot.isNull():
            shot = window.grab()
        path = out_dir / f"qtvk-{QGuiApplication.platformName()}.png"
        shot.save(str(path))
        print("saved", path)
        app.quit()

    QTimer.singleShot(300, focus_and_ask)
    QTimer.singleShot(2500, report)
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "."))
