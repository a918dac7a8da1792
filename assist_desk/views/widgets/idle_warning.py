"""The idle warning: "Are you still there?" with a countdown (WCAG 2.2.1).

An overlay over the whole window (not a separate modal window, so nothing
waits on it). A dialog, menu or popup could cover it and swallow the touch
meant for it, so the kiosk closes them when the warning starts
(``session.wipe.close_transient_windows``) and the warning says so. It is announced to
screen readers when it appears and at each ten-second step; one touch or key
anywhere extends the session (the idle monitor sees it), and the large button
does too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from assist_desk import app_filters
from assist_desk.views.a11y import announce, mark_heading
from assist_desk.views.widgets.fit_scroll import fit_scroll_area
from assist_desk.views.widgets.wrap_button import WrapButton

#: What a press is made of, from its start to its end (mouse, touch, pen).
POINTER_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.TabletRelease,
    }
)
PRESS_STARTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
)
PRESS_ENDS = frozenset(
    {
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.TouchEnd,
        QEvent.Type.TouchCancel,
        QEvent.Type.TabletRelease,
    }
)
# The panel's width on a large screen; on a smaller one it takes the screen's width.
PANEL_WIDTH = 760
# Below this window width the panel is tighter (margins, spacing).
SMALL_WIDTH = 1000


class IdleWarning(QFrame):
    """Overlay with a countdown.

    Signals:
        sig_still_here(): the person pressed "I am still here".
    """

    sig_still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarning")
        self._host = parent
        self.seconds = 0
        # What was last sent to screen readers (kept for tests and the log).
        self.last_announcement = ""
        # The texts scroll inside the panel, above "I am still here", which stays in
        # view: at 200 % text on an 800 × 600 screen they may be taller than the window
        # and must then not be squeezed (WCAG 1.4.4); the button was below the fold.
        panel = QFrame(self)
        panel.setObjectName("idleWarningPanel")
        self._panel = panel
        panel.setFixedWidth(PANEL_WIDTH)  # a fixed width lets the wrapped texts take their height
        self._scroll = fit_scroll_area()  # measured again beside its bar; a gutter
        self._scroll.setObjectName("idleWarningScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("idleWarningHolder")
        self._scroll.setWidget(holder)
        self._scroll.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)
        self._title = QLabel()
        self._title.setObjectName("idleWarningTitle")
        self._title.setProperty("role", "title")
        mark_heading(self._title)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        self._countdown = QLabel()
        self._countdown.setObjectName("idleWarningCountdown")
        self._countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._countdown.setWordWrap(True)
        self._hint = QLabel()
        self._hint.setObjectName("idleWarningHint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        # Said when the warning had to close a window that would have hidden it.
        self.closed_note = QLabel()
        self.closed_note.setObjectName("idleWarningClosedNote")
        self.closed_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closed_note.setWordWrap(True)
        self.closed_note.hide()
        self.stay_button: QPushButton = WrapButton()
        self.stay_button.setObjectName("idleStillHere")
        self.stay_button.setProperty("role", "primary")
        self.stay_button.clicked.connect(self.sig_still_here)
        texts = QVBoxLayout(holder)
        self._texts = texts
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addWidget(self._title)
        texts.addWidget(self._countdown)
        texts.addWidget(self._hint)
        texts.addWidget(self.closed_note)
        inner = QVBoxLayout(panel)
        self._inner = inner
        inner.addWidget(self._scroll)
        inner.addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._set_tight(False)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(8, 8, 8, 8)
        self._outer.addStretch(1)
        self._outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        self._outer.addStretch(1)
        parent.installEventFilter(self)
        # While True, every press, touch and release of the application is the warning's
        # (see eventFilter); it stays True after dismiss() until the press has ended.
        self._taking_presses = False
        self._press_open = False  # a press taken by the warning has not ended yet
        self.hide()
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._fit()
        if self._taking_presses and event.type() in POINTER_EVENTS:
            if not self.isVisible() and not self._press_open:
                self._stop_taking_presses()  # its window was hidden or closed meanwhile
                return False
            return self._take_press(event)
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        if not self._press_open:
            self._stop_taking_presses()
        super().hideEvent(event)

    def _take_press(self, event: QEvent) -> bool:
        """A press or touch anywhere while the warning shows is the answer, and only that.

        The warning hides as soon as the press begins; had the press gone on to the
        window, its release (or the click Qt makes of a touch) would land on whatever
        lies under the warning: a home tile, a button. So the whole press, up to its
        release, is taken here and goes nowhere else.
        """
        kind = event.type()
        if kind in PRESS_STARTS:
            self._press_open = True
            self.sig_still_here.emit()
        elif kind in PRESS_ENDS:
            self._press_open = False
            if not self.isVisible():
                self._stop_taking_presses()
        event.accept()
        return True

    def _start_taking_presses(self) -> None:
        if not self._taking_presses:
            self._taking_presses = True
            app_filters.install(self)  # on each window instead while a web view exists

    def _stop_taking_presses(self) -> None:
        self._taking_presses = False
        app_filters.remove(self)

    def _fit(self) -> None:
        """Cover the window; the panel as wide as it allows, up to :data:`PANEL_WIDTH`,
        and wider when it is taller than the window at that width."""
        self.setGeometry(self._host.rect())
        self._set_tight(self._host.width() < SMALL_WIDTH)
        margins = self._outer.contentsMargins()
        room = self._host.width() - margins.left() - margins.right()
        room_height = self._host.height() - margins.top() - margins.bottom()
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        width = max(
            200, min(PANEL_WIDTH, room - scrollbar)
        )  # (as before the texts scrolled inside)
        if self._height_at(width) > room_height:
            # Issue 14: at 200 % text on a 1280 × 800 kiosk the panel of 760 px was
            # 1000 px tall, "I am still here" below the fold. Tighter and as wide as the
            # window, its texts take fewer lines (a few words a line was no easier).
            self._set_tight(True)
            width = max(width, room)  # the texts scroll inside it: no bar beside it
        self._panel.setFixedWidth(width)
        self._fit_height()

    def _set_tight(self, tight: bool) -> None:
        """Smaller margins and spacing (a small or short window)."""
        margins, spacing = ((16, 12, 16, 12), 10) if tight else ((40, 32, 40, 32), 20)
        self._inner.setContentsMargins(*margins)
        self._inner.setSpacing(spacing)
        self._texts.setSpacing(spacing)

    def _height_at(self, width: int) -> int:
        """The panel's height at ``width``, its texts wrapped to it and unscrolled."""
        self.ensurePolished()
        margins = self._inner.contentsMargins()
        # The panel's border (style sheet) is inside its width, around its layout.
        border = self._panel.width() - self._panel.contentsRect().width()
        inner = max(1, width - border - margins.left() - margins.right())
        button = self.stay_button
        button_height = button.heightForWidth(inner) if button.hasHeightForWidth() else -1
        if button_height < 0:
            button_height = button.sizeHint().height()
        return (
            margins.top()
            + self._texts.totalHeightForWidth(inner)
            + self._inner.spacing()
            + button_height
            + margins.bottom()
            + border
        )

    def _fit_height(self) -> None:
        """The panel as tall as its texts and button need at its width, or as the window
        allows: then the texts scroll above the button.

        (Set here: a layout squeezes a height-for-width panel when the window is short,
        and a scroll area only scrolls a widget whose minimum height is known.)"""
        height = self._height_at(self._panel.width())
        margins = self._outer.contentsMargins()
        room = self._host.height() - margins.top() - margins.bottom()
        if height > 0:
            self._panel.setFixedHeight(min(height, max(1, room)))

    def show_countdown(self, seconds: int, closed_windows: int = 0) -> None:
        """Show the warning; ``closed_windows``: how many windows were closed for it."""
        self.seconds = seconds
        self.closed_note.setVisible(closed_windows > 0)
        self._fit()
        self.retranslate_ui()
        self.show()
        self.raise_()
        self._start_taking_presses()
        self.stay_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._announce(whole=True)

    def update_countdown(self, seconds: int) -> None:
        self.seconds = seconds
        self.retranslate_ui()
        if seconds % 10 == 0 or seconds <= 5:
            self._announce()

    def dismiss(self) -> None:
        """Hide; presses are still taken until the one that answered ends."""
        if self.isVisible():
            self.hide()
        self.seconds = 0

    def _announce(self, whole: bool = False) -> None:
        description = f"{self._countdown.text()} {self._hint.text()}"
        if self.closed_note.isVisibleTo(self):
            description += f" {self.closed_note.text()}"
        self.last_announcement = f"{self._title.text()} {description}"
        # Named by its title; the countdown is read from its own label, not twice (m3).
        self.setAccessibleName(self._title.text())
        # Spoken whatever has the focus (M2): the whole message when the warning
        # appears, interrupting; then the seconds left, politely. Qt's AT-SPI bridge
        # drops the Alert event, and a label's name change is not read.
        if whole:
            announce(self, self.last_announcement, urgent=True)
        else:
            announce(self, self._countdown.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Are you still there?"))
        self._countdown.setText(
            self.tr(
                "For your privacy, everything will be erased in %n second(s).", "", self.seconds
            )
        )
        self._hint.setText(self.tr("Touch the screen or press any key to continue."))
        self.closed_note.setText(
            self.tr("The window that was open has been closed so that you can see this message.")
        )
        self._countdown.setAccessibleName(self._countdown.text())
        self.stay_button.setText(self.tr("I am still here"))
        self.stay_button.setAccessibleName(self.tr("I am still here"))
        self.stay_button.setAccessibleDescription(self.tr("Continue the session"))
        self._fit_height()
