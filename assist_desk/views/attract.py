"""The attract screen shown between two citizens at a kiosk: "Touch to start"."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assist_desk.site_name import site_name_in
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.wrap_button import WrapButton

#: Each language named in itself, as a person looking for it would read it.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}


class AttractScreen(Screen):
    """A large start button, the languages, and a discreet way in for staff.

    Signals:
        sig_start(str): a citizen starts a session in this language.
        sig_language_chosen(str): a citizen picked a language (the screen re-translates).
        sig_mediator(): staff asked for the mediator sign-in.
    """

    screen_id = "attract"
    sig_start = Signal(str)
    sig_language_chosen = Signal(str)
    sig_mediator = Signal()

    def __init__(
        self,
        site_name: str,
        languages: tuple[str, ...],
        language: str,
        site_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``site_names``: the help point's name per language (AR-5)."""
        super().__init__(parent)
        self.language = language
        self._site_name = site_name
        self._site_names = dict(site_names or {})
        self._site = QLabel(site_name_in(site_name, self._site_names, language))
        self._site.setObjectName("attractSite")
        self._site.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._site.setWordWrap(True)
        self._welcome = QLabel()
        self._welcome.setObjectName("attractWelcome")
        self._welcome.setProperty("role", "title")
        self._welcome.setWordWrap(True)
        self._welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = WrapButton()  # wraps at 200 % on a narrow screen
        self.start_button.setObjectName("attractStart")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(lambda: self.sig_start.emit(self.language))
        self._privacy = QLabel()
        self._privacy.setObjectName("attractPrivacy")
        self._privacy.setWordWrap(True)
        self._privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._language_label = QLabel()
        self._language_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_buttons: dict[str, QPushButton] = {}
        # The languages in a group named by the question: a screen reader says it on
        # entering the choice (m2 of issue 19), as for the wizard's radio groups.
        self._languages = QFrame()  # exported as a panel (a plain QWidget: a filler)
        self._languages.setObjectName("attractLanguages")
        row = QHBoxLayout(self._languages)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)  # as when the row sat in the screen's layout
        row.addStretch(1)
        for code in languages:
            button = QPushButton(LANGUAGE_NAMES.get(code, code))
            button.setObjectName(f"attractLanguage_{code}")
            button.setProperty("role", "language")
            button.setCheckable(True)
            # One choice among the languages: screen readers get radio buttons, not
            # check boxes (m2 of issue 19); the look stays a row of buttons.
            button.setAutoExclusive(True)
            button.setAccessibleName(LANGUAGE_NAMES.get(code, code))
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            row.addWidget(button)
            self.language_buttons[code] = button
        row.addStretch(1)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("attractStaff")
        self.staff_button.clicked.connect(self.sig_mediator)
        staff_row = QHBoxLayout()
        staff_row.addStretch(1)
        staff_row.addWidget(self.staff_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 24)
        layout.setSpacing(24)
        layout.addWidget(self._site)
        layout.addStretch(1)
        layout.addWidget(self._welcome)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._privacy)
        layout.addStretch(1)
        layout.addWidget(self._language_label)
        layout.addWidget(self._languages)
        layout.addLayout(staff_row)
        self._show_language(language)
        self.retranslate_ui()

    def _choose(self, code: str) -> None:
        self._show_language(code)
        self.sig_language_chosen.emit(code)

    def _show_language(self, code: str) -> None:
        self.language = code
        self._site.setText(site_name_in(self._site_name, self._site_names, code))
        for other, button in self.language_buttons.items():
            button.setChecked(other == code)

    def reset(self, language: str) -> None:
        """Back to the site's default language (after a wipe)."""
        self._show_language(language)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere on the empty screen starts, as the screen says.
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_start.emit(self.language)
        super().mousePressEvent(event)

    def window_title(self) -> str:
        return self.tr("Welcome")

    def retranslate_ui(self) -> None:
        self._welcome.setText(self.tr("Welcome. We can help you with your ANTS procedures."))
        self.start_button.setText(self.tr("Touch to start"))
        self.start_button.setAccessibleName(self.tr("Start"))
        self.start_button.setAccessibleDescription(
            self.tr("Starts a new session. Nothing from the previous person is kept.")
        )
        self._privacy.setText(
            self.tr(
                "Everything you type is erased when you press “End session”, "
                "or after a few minutes without use."
            )
        )
        self._language_label.setText(self.tr("Choose your language:"))
        self._languages.setAccessibleName(self.tr("Choose your language:"))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.staff_button.setAccessibleDescription(
            self.tr("For the help point's mediators: asks for the PIN")
        )

    def initial_focus(self) -> QWidget | None:
        return self.start_button
