"""A reference between the bare window and assist_desk: the least a real home screen needs.

A window with a style sheet, a top bar (a label, a language list, a button) and
five plain buttons, using Qt's ``Qt`` namespace as every real application does
(PySide6 builds all its Python enums on first use). It prints ``FIRST_FRAME``
like ``bare_window.py``; with ``BENCH_HARD_EXIT=1`` it leaves at once (for
instruction counts, which should not include the tear-down).
"""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

STYLE = """
QPushButton { border: 2px solid #1a237e; padding: 12px; font-size: 17px; }
QLabel#heading { font-size: 23px; font-weight: bold; }
"""


class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"FIRST_FRAME {time.time():.6f}", flush=True)
            if os.environ.get("BENCH_HARD_EXIT"):
                os._exit(0)
            QTimer.singleShot(0, QApplication.quit)
        return False


def build_window() -> QMainWindow:
    """The screen: a top bar and five plain buttons (also the floor's, design_floor)."""
    window = QMainWindow()
    central = QWidget()
    column = QVBoxLayout(central)
    bar = QHBoxLayout()
    bar.addWidget(QLabel("Lieu d'aide : Point numérique"), 1)
    languages = QComboBox()
    languages.addItems(["Français", "English", "العربية"])
    bar.addWidget(languages)
    bar.addWidget(QPushButton("Terminer la session"))
    column.addLayout(bar)
    heading = QLabel("Que souhaitez-vous faire ?")
    heading.setObjectName("heading")
    heading.setAlignment(Qt.AlignmentFlag.AlignLeading)
    column.addWidget(heading)
    grid = QGridLayout()
    for index, text in enumerate(
        ["Nouvelle demande", "Créer un compte", "Questions", "Documents", "Trouver un lieu"]
    ):
        grid.addWidget(QPushButton(text), index // 2, index % 2)
    column.addLayout(grid)
    column.addStretch(1)
    window.setCentralWidget(central)
    return window


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    window = build_window()
    probe = FirstFrame()
    window.installEventFilter(probe)
    window.resize(1280, 800)
    window.show()
    app.exec()
