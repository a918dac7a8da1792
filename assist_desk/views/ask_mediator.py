""" "Need help? Ask a mediator" at the kiosk (K-2): a calm full-screen message.

The kiosk has nobody beside the citizen: this screen says what to do to get a person
(raise your hand, or go to the desk) and goes back to where the citizen was. It
calls nobody and shows nothing of the citizen: no data, nothing typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assist_desk.views.reading import show_paragraph
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.wrap_button import WrapButton


class AskMediatorScreen(Screen):
    """Signals: sig_back(): the citizen goes back to the screen they came from."""

    screen_id = "ask_mediator"
    sig_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("askMediatorTitle")
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.steps = QLabel()
        self.steps.setObjectName("askMediatorSteps")
        self.steps.setWordWrap(True)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.back_button = WrapButton()
        self.back_button.setObjectName("askMediatorBack")
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.sig_back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 48, 32, 32)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate_ui()

    def window_title(self) -> str:
        return self.tr("Ask a mediator")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("A mediator can help you"))
        steps = self.tr(
            "Raise your hand so that a mediator sees you, or go to the help point's desk."
        )
        show_paragraph(self.steps, steps)  # its line height, spoken without marks
        self.back_button.setText(self.tr("Back to where I was"))
        self.back_button.setAccessibleName(self.back_button.text())

    def initial_focus(self) -> QWidget | None:
        return self.back_button
