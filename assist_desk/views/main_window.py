"""The main window: a top bar that is always visible, and a stack of screens."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assist_desk.modes import Mode
from assist_desk.views.features import Feature
from assist_desk.views.home import HomeScreen
from assist_desk.views.screen import Screen

#: Each language named in itself, as a person looking for it would read it.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}


@dataclass(frozen=True)
class ShellInfo:
    """What the window needs to know before the settings are fully loaded."""

    site_name: str
    mode: Mode
    languages: tuple[str, ...]
    language: str


class MainWindow(QMainWindow):
    """Top bar (help point, language, home, end session, training banner) and screens.

    Signals:
        sig_language_requested(str): the person chose another language.
        sig_end_session(): the person pressed "End session".
        sig_screen_shown(str): a screen became current (its id).
        sig_staff_requested(): the mediator asked for the staff tools.
    """

    sig_language_requested = Signal(str)
    sig_end_session = Signal()
    sig_screen_shown = Signal(str)
    sig_staff_requested = Signal()

    def __init__(self, shell: ShellInfo) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.shell = shell
        self._features: dict[str, Feature] = {}
        self._screens: dict[str, Screen] = {}

        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(shell.mode is Mode.TRAINING)

        self.site_label = QLabel(shell.site_name)
        self.site_label.setObjectName("siteName")
        self.language_label = QLabel()
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code in shell.languages:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_label.setBuddy(self.language_box)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(shell.language)))
        self.language_box.activated.connect(self._on_language_chosen)
        self.home_button = QPushButton()
        self.home_button.setObjectName("homeButton")
        self.home_button.clicked.connect(lambda: self.show_screen(HomeScreen.screen_id))
        self.end_button = QPushButton()
        self.end_button.setObjectName("endSessionButton")
        self.end_button.clicked.connect(self.sig_end_session)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("staffButton")
        self.staff_button.clicked.connect(self.sig_staff_requested)
        self.staff_button.setVisible(shell.mode is not Mode.KIOSK)
        self.about_button = QPushButton()  # shown once an "about" screen is added
        self.about_button.setObjectName("aboutButton")
        self.about_button.setVisible(False)
        self.about_button.clicked.connect(lambda: self.show_screen("about"))

        top_bar = QWidget()
        top_bar.setObjectName("topBar")
        self.top_bar = top_bar
        bar = QHBoxLayout(top_bar)
        bar.setContentsMargins(16, 8, 16, 8)
        bar.addWidget(self.site_label, 1)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language_box)
        bar.addWidget(self.home_button)
        bar.addWidget(self.staff_button)
        bar.addWidget(self.about_button)
        bar.addWidget(self.end_button)

        self.stack = QStackedWidget()
        self.stack.setObjectName("screenStack")
        self.home = HomeScreen()
        self._add(self.home)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(top_bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.retranslate_ui()
        self.show_screen(HomeScreen.screen_id)

    # -- screens -------------------------------------------------------------

    def add_feature(self, feature: Feature) -> None:
        """Offer a feature as a home tile; its screen is built when first opened."""
        self._features[feature.screen_id] = feature
        self.home.set_features(list(self._features.values()))

    def has_feature(self, screen_id: str) -> bool:
        """True when a feature with this screen id offers a home tile."""
        return screen_id in self._features

    def add_screen(self, screen: Screen) -> None:
        """Add a screen reachable by id but without a home tile."""
        self._add(screen)

    def _add(self, screen: Screen) -> None:
        self._screens[screen.screen_id] = screen
        self.stack.addWidget(screen)
        screen.sig_navigate.connect(self.show_screen)
        if screen.screen_id == "about":
            self.about_button.setVisible(True)

    def screen_by_id(self, screen_id: str) -> Screen:
        """The screen with this id, built on first use for a feature."""
        if screen_id not in self._screens:
            self._add(self._features[screen_id].factory())
        return self._screens[screen_id]

    def built_screens(self) -> list[Screen]:
        return list(self._screens.values())

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def show_screen(self, screen_id: str) -> None:
        screen = self.screen_by_id(screen_id)
        self.stack.setCurrentWidget(screen)
        self.home_button.setVisible(screen_id != HomeScreen.screen_id)
        self.update_title()
        focus = screen.initial_focus()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_screen_shown.emit(screen_id)

    def update_title(self) -> None:
        """The window title names the current screen or step (RGAA)."""
        self.setWindowTitle(f"{self.current_screen().window_title()} — assist_desk")

    def set_top_bar_visible(self, visible: bool) -> None:
        """Hidden on the kiosk's attract screen, which has its own language choice."""
        self.top_bar.setVisible(visible)

    def set_staff_button_visible(self, visible: bool) -> None:
        """The "Mediator" button of workstations; kiosks reach it from the attract screen."""
        self.staff_button.setVisible(visible)

    # -- language ---------------------------------------------------------------

    def _on_language_chosen(self, index: int) -> None:
        self.sig_language_requested.emit(self.language_box.itemData(index))

    def set_language_shown(self, language: str) -> None:
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.banner.setText(
            self.tr("Training mode: nothing is sent to ANTS. All accounts here are fictitious.")
        )
        self.banner.setAccessibleName(self.banner.text())
        self.site_label.setAccessibleName(
            self.tr("Help point: %1").replace("%1", self.shell.site_name)
        )
        self.language_label.setText(self.tr("&Language"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.home_button.setText(self.tr("Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.staff_button.setText(self.tr("Mediator"))
        self.staff_button.setAccessibleName(self.tr("Mediator tools"))
        self.staff_button.setAccessibleDescription(self.tr("Asks for the mediator's PIN"))
        self.about_button.setText(self.tr("About"))
        self.about_button.setAccessibleName(self.tr("About this application"))
        self.end_button.setText(self.tr("End session"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.setAccessibleDescription(
            self.tr("Erases everything typed on this screen and starts again for the next person")
        )
        if self.stack.count():
            self.update_title()
