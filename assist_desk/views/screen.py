"""The base of every screen shown in the main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    """A full-window screen.

    Subclasses set ``screen_id`` and implement :meth:`retranslate_ui` and
    :meth:`window_title` with ``self.tr`` (a leaf class gives ``tr`` its
    context). :meth:`clear_citizen_data` must drop everything a citizen typed
    or chose: it runs at every session wipe.

    Signals:
        sig_navigate(str): ask the window to show the screen with this id.
    """

    screen_id = "screen"
    sig_navigate = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.screen_id)

    def window_title(self) -> str:
        """The translated name of this screen or of its current step."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        raise NotImplementedError

    def initial_focus(self) -> QWidget | None:
        """The widget that receives the focus when the screen (or step) appears."""
        return None

    #: True for a screen that keeps its action bar whole in view by scrolling its body
    #: alone (the wizards): the window gives it at least its least height, and scrolls
    #: its own column (the banner, the top bar) rather than cut the bar (E-2).
    keeps_actions_in_view = False

    def ends_session_itself(self) -> bool:
        """True while the screen shows its own way to end the session (a kiosk's
        "Finish and erase my information"): the top bar's "End session" then hides,
        one end action per screen."""
        return False

    def clear_citizen_data(self) -> None:
        """Forget everything of the current citizen (session wipe)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
