"""K-3: "Don't forget your printed summary", between a finished flow and the next citizen.

At a kiosk the last screen of every flow offers "Finish and erase my information".
This short screen follows, as a cash machine reminds you of your card (only when
something was printed in the session: otherwise there is no paper to take, and it
says goodbye and that everything is erased). A tap
anywhere, or a few seconds, ends the session through the usual End-session path
(``sig_done``: the kiosk feature passes it to the window's own "End session", the one
wipe), and the kiosk returns to its attract screen. Leaving it by the top bar (Home,
"Ask a mediator") ends the session too (the kiosk feature sees the next screen shown).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assist_desk.views.screen import Screen
from assist_desk.views.widgets.pictogram import Pictogram
from assist_desk.views.widgets.wrap_button import WrapButton


class FarewellScreen(Screen):
    """A reminder, a countdown and one button; any tap ends the session.

    Signals:
        sig_done(): the person tapped, or the countdown ended: end the session.
    """

    screen_id = "farewell"
    sig_done = Signal()
    #: Long enough to read two short lines and take the paper; short for privacy.
    SECONDS = 10

    def __init__(
        self, printed: Callable[[], bool] = lambda: False, parent: QWidget | None = None
    ) -> None:
        """``printed``: whether a page was printed in this session (asked on each showing)."""
        super().__init__(parent)
        self._printed_in_session = printed
        #: A page was printed in this session: the reminder is about the paper.
        self.printed = False
        self.remaining = self.SECONDS
        self._ended = False
        self._timer = QTimer(self)  # owned by the screen, on the GUI thread
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.pictogram = Pictogram("print", 128)
        self.heading = QLabel()
        self.heading.setObjectName("farewellHeading")
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel()
        self.body.setObjectName("farewellBody")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("farewellCountdown")
        self.countdown.setProperty("role", "muted")
        self.countdown.setWordWrap(True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = WrapButton()
        self.done_button.setObjectName("farewellDone")
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.countdown)
        layout.addStretch(2)
        self.retranslate_ui()

    def pause_countdown(self) -> None:
        """Hold the screen as it is (the tour's picture: a busy machine can take longer
        than the countdown to render it)."""
        self._timer.stop()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self._finish()
        else:
            self._show_countdown()

    def _finish(self) -> None:
        if self._ended:  # a tap and the last tick together: one end, one wipe
            return
        self._ended = True
        self._timer.stop()
        self.sig_done.emit()

    def _show_countdown(self) -> None:
        self.countdown.setText(
            self.tr("The screen returns to the start in %n second(s).", "", self.remaining)
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.remaining = self.SECONDS
        self._ended = False
        self.printed = self._printed_in_session()
        self.retranslate_ui()
        self._show_countdown()
        self._timer.start()

    def hideEvent(self, event: Any) -> None:
        self._timer.stop()  # left by the top bar: the kiosk feature ends the session
        super().hideEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere ends it, as at a cash machine.
        if event.button() == Qt.MouseButton.LeftButton:
            self._finish()
        super().mousePressEvent(event)

    def ends_session_itself(self) -> bool:
        return True  # "I have everything" (or the countdown) ends it

    def window_title(self) -> str:
        return self.tr("Goodbye")

    def retranslate_ui(self) -> None:
        # Only a printed page is a paper to take: with nothing printed, no reminder of it.
        self.pictogram.setVisible(self.printed)
        if self.printed:
            self.heading.setText(self.tr("Don't forget your printed summary"))
            self.body.setText(
                self.tr(
                    "Take your papers with you. Everything you typed is erased when this "
                    "screen closes: the next person will see nothing of it."
                )
            )
            self.done_button.setText(self.tr("I have everything"))
        else:
            self.heading.setText(self.tr("Thank you, goodbye"))
            self.body.setText(
                self.tr(
                    "Everything you typed is erased when this screen closes: the next "
                    "person will see nothing of it."
                )
            )
            self.done_button.setText(self.tr("Finish now"))
        self.done_button.setAccessibleName(self.done_button.text())
        self._show_countdown()

    def initial_focus(self) -> QWidget | None:
        return self.done_button
