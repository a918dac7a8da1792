"""The main window: a top bar that is always visible, and a stack of screens."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assist_desk import theme
from assist_desk.i18n import isolate
from assist_desk.modes import Mode
from assist_desk.views.a11y import (
    hide_nameless_parts,
    mark_headings,
    show_page,
    steady_scroll_children,
)
from assist_desk.views.ask_mediator import AskMediatorScreen
from assist_desk.views.features import Feature, tile_position
from assist_desk.views.home import HomeScreen
from assist_desk.views.screen import Screen
from assist_desk.views.site_name import shown_site_name
from assist_desk.views.widgets.bar_fit import BarFit, BarVariant
from assist_desk.views.widgets.direction import align_with_page
from assist_desk.views.widgets.fit_scroll import keep_text_off_scroll_bar
from assist_desk.views.widgets.flow_row import FlowRow
from assist_desk.views.widgets.whole_combo import WholeTextComboBox
from assist_desk.views.widgets.wrap_button import WrapButton

S = TypeVar("S", bound=Screen)

#: Each language named in itself, as a person looking for it would read it.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}


@dataclass(frozen=True)
class ShellInfo:
    """What the window needs to know before the settings are fully loaded."""

    site_name: str
    mode: Mode
    languages: tuple[str, ...]
    language: str
    #: The help point's name per interface language (AR-5); others show ``site_name``.
    site_names: Mapping[str, str] = field(default_factory=dict)


class ColumnLabel(QLabel):
    """A label as wide as the window (its background a strip) whose lines keep to the
    screens' column: about 75 characters, centred (V-3)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        font_px = self.font().pixelSize()
        if font_px > 0:
            side = max(0, (event.size().width() - theme.column_px(font_px)) // 2)
            if self.contentsMargins().left() != side:
                self.setContentsMargins(side, 0, side, 0)
        super().resizeEvent(event)


#: Rounds of queued layout requests handled when a screen is shown (a page in a scroll
#: area, a splitter or reflowing row that changes its height once it knows its width,
#: the scroll area that then grows the page: three or four rounds; a few more spare).
_LAYOUT_ROUNDS = 8


def _lay_out_now() -> None:
    """Lay a newly shown screen out before it is painted. Each layout pass queues the
    next one (a page laid out at its minimum width while hidden, then at the viewport's
    width, then grown by its scroll area): painted in between, the page showed for a
    moment with its wrapped text squeezed into a height measured at an earlier width."""
    for _ in range(_LAYOUT_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class ScreenStack(QStackedWidget):
    """The screens: each scrolls on its own, so the stack asks for no more than its
    minimum (the window's column then scrolls only when even that does not fit).

    Its minimum height is the shown screen's, not the largest of every screen's scroll
    area (their scroll bars' least length, 175 px at a kiosk): a screen that keeps its
    action bar in view with less (the wizard, E-2) has that room at 1024 × 768 with the
    on-screen keyboard up, and the window's column does not scroll the bar away."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(self._watch_current)
        self._watched: QWidget | None = None

    @Slot(int)  # a declared slot: a plain method connected changes the meta-object
    def _watch_current(self, _index: int) -> None:
        """The window's column asks again for the stack's least height when the shown
        screen's changes (a wizard's body at larger text, its action bar folding): the
        screen sits in a scroll area, which does not pass its layout requests on."""
        holder = self.currentWidget()
        screen = holder.widget() if isinstance(holder, QScrollArea) else None
        if self._watched is not None and self._watched is not screen:
            self._watched.removeEventFilter(self)
        self._watched = screen
        if screen is not None and getattr(screen, "keeps_actions_in_view", False):
            screen.installEventFilter(self)
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        holder = self.currentWidget()
        screen = holder.widget() if isinstance(holder, QScrollArea) else None
        if holder is None or screen is None:
            return least
        height = screen.minimumSizeHint().height()
        if not getattr(screen, "keeps_actions_in_view", False):
            height = min(holder.minimumSizeHint().height(), height)
        return QSize(least.width(), height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class ShellScroll(QScrollArea):
    """The window's column, scrolling only when even the bar does not fit. A window
    shown without a size asks for what it asked before it scrolled: the bar and the
    screens at their preferred sizes (a scroll area alone asks for a small default)."""

    def __init__(self, stack: ScreenStack) -> None:
        super().__init__()
        steady_scroll_children(self)  # its scroll bar comes and goes: see there
        self._stack = stack
        #: Scrolled to its end for the on-screen keys (see MainWindow.reveal): it stays
        #: there while its content grows (the screen's least height, measured once its
        #: layout pass is over), until the content fits again (the keys went down).
        self._kept_at_end = False
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)

    def keep_at_end(self) -> None:
        self._kept_at_end = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    # A declared slot: a plain method connected would change this class's meta-object,
    # and Qt's accessibility cache would lose its steady interface (the bus crashed).
    @Slot(int, int)
    def _range_changed(self, _least: int, most: int) -> None:
        if most <= 0:
            self._kept_at_end = False
        elif self._kept_at_end:
            self.verticalScrollBar().setValue(most)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        screens = QStackedWidget.sizeHint(self._stack).height() - self._stack.sizeHint().height()
        return QSize(hint.width(), hint.height() + max(0, screens))


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

    def __init__(self, shell: ShellInfo, announced_tiles: Sequence[str] = ()) -> None:
        """``announced_tiles``: home tiles shown from the first frame, before their
        features are installed (a click on one opens it as soon as it is)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.shell = shell
        self._features: dict[str, Feature] = {}
        self._announced: list[str] = list(announced_tiles)
        #: A tile chosen before its feature was installed: opened when it is.
        self._pending_screen: str | None = None
        self._screens: dict[str, Screen] = {}
        #: Each screen's scroll area in the stack (kept here: asking Qt for a parent
        #: widget it created, the viewport, costs PySide a scan of every Qt type).
        self._holders: dict[str, QScrollArea] = {}
        self._screen_factories: dict[str, Callable[[], Screen]] = {}
        self._fallback_focus: QWidget | None = None

        self.banner = ColumnLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(shell.mode is Mode.TRAINING)

        self.site_label = QLabel()
        self.site_label.setObjectName("siteName")
        self.site_label.setWordWrap(True)
        self.language_label = QLabel()
        self.language_box = WholeTextComboBox()  # its language's name whole at 200 %
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
        # "Mediator" and "About" are offered on the home screen only: in the middle of
        # a procedure a citizen needs language, Home and End session, and the bar
        # must keep room for them at 200 % text.
        self._staff_allowed = shell.mode is not Mode.KIOSK
        self._about_available = False  # until an "about" screen is added
        self.about_button = QPushButton()
        self.about_button.setObjectName("aboutButton")
        self.about_button.setVisible(False)
        self.about_button.clicked.connect(lambda: self.show_screen("about"))
        # K-2: at a kiosk nobody sits beside the citizen; this is always in the bar.
        self.help_button = WrapButton()  # wraps at 200 % text on a narrow kiosk
        self.help_button.setObjectName("askMediatorButton")
        self.help_button.setVisible(shell.mode is Mode.KIOSK)
        self.help_button.clicked.connect(self._ask_mediator)
        #: The screen the citizen asked for help from (Back returns there).
        self._before_help = HomeScreen.screen_id

        # The window's containers are made and placed first, top-down, and each widget
        # goes into a parent that is already in the window: a tree of widgets added to
        # a parent has the style sheet worked out again for each of its widgets, once
        # per level it climbs (QWidgetPrivate::inheritStyle). Built bottom-up, that was
        # about 230 passes before the first frame (issue 13: see bench/RESULTS.md).
        top_bar = QWidget()
        top_bar.setObjectName("topBar")
        self.top_bar = top_bar
        self.stack = ScreenStack()
        self.stack.setObjectName("screenStack")
        central = QWidget()
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._column = column  # the on-screen keyboard docks under it
        # The banner, the bar and the screens scroll together only when they do not fit
        # the window's height (text at 200 % on a small screen: the bar's rows and the
        # banner's lines would leave the screen no room); otherwise the screen scrolls
        # alone under a bar that stays in view.
        self.shell_scroll = ShellScroll(self.stack)
        keep_text_off_scroll_bar(self.shell_scroll)  # the bar's edge off its buttons (200 %)
        self.shell_scroll.setObjectName("shellScroll")
        self.shell_scroll.setWidgetResizable(True)
        self.shell_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.shell_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shell_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.shell_scroll, 1)
        shell_widget = QWidget()
        shell_widget.setObjectName("shell")
        self.shell_scroll.setWidget(shell_widget)
        shell_column = QVBoxLayout(shell_widget)
        shell_column.setContentsMargins(0, 0, 0, 0)
        shell_column.setSpacing(0)
        shell_column.addWidget(self.banner)
        shell_column.addWidget(top_bar)
        shell_column.addWidget(self.stack, 1)

        # A row that wraps onto more rows when its controls do not fit (text at 200 %
        # on a narrow screen): nothing is cut, and the help point's name takes the
        # space left in its row, or a row of its own.
        bar = FlowRow(top_bar)
        bar.setContentsMargins(16, 8, 16, 8)
        bar.setSpacing(8)
        self.site_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, self.site_label.sizePolicy().verticalPolicy()
        )
        bar.addWidget(self.site_label)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language_box)
        bar.addWidget(self.home_button)
        bar.addWidget(self.staff_button)
        bar.addWidget(self.about_button)
        bar.addWidget(self.help_button)
        bar.addWidget(self.end_button)
        #: At a kiosk the bar takes the fewest rows it can: the help point's name gives
        #: way, then the controls' words get shorter (text at 200 % on 1280 × 800).
        self.bar_fit = BarFit(top_bar, bar, self.banner) if shell.mode is Mode.KIOSK else None

        self.home = HomeScreen()
        self.home.set_tiles(self._tile_ids())
        self._add(self.home)
        if shell.mode is Mode.KIOSK:
            help_screen = AskMediatorScreen()
            help_screen.sig_back.connect(lambda: self.show_screen(self._before_help))
            self._add(help_screen)

        self.retranslate_ui()
        self.show_screen(HomeScreen.screen_id)

    # -- screens -------------------------------------------------------------

    def add_feature(self, feature: Feature) -> None:
        """Offer a feature as a home tile; its screen is built when first opened."""
        self._features[feature.screen_id] = feature
        self.home.set_tiles(self._tile_ids())
        if self.stack.count() and self.current_screen() is self.home:
            focus = self.focusWidget()
            # The home screen had no tile yet: its first tile takes the focus from the
            # fallback, unless the person has moved the focus meanwhile.
            if focus is None or focus is self._fallback_focus or not focus.isVisible():
                tile = self.home.initial_focus()
                if tile is not None:
                    tile.setFocus()
                    self._fallback_focus = None
            if self._pending_screen == feature.screen_id:
                self.show_screen(feature.screen_id)
        if self._pending_screen == feature.screen_id:
            self._pending_screen = None

    def withdraw_unprovided_tiles(self) -> None:
        """Start-up is over: announced tiles whose feature never came (it failed) go."""
        self._announced = [sid for sid in self._announced if sid in self._features]
        if self._pending_screen not in self._features:
            self._pending_screen = None
        self.home.set_tiles(self._tile_ids())

    def _tile_ids(self) -> list[str]:
        ids = dict.fromkeys([*self._announced, *self._features])
        return sorted(ids, key=tile_position)

    def has_feature(self, screen_id: str) -> bool:
        """True when a feature with this screen id offers a home tile."""
        return screen_id in self._features

    def add_screen(self, screen: Screen) -> None:
        """Add a screen reachable by id but without a home tile."""
        self._add(screen)

    def add_screen_factory(self, screen_id: str, factory: Callable[[], Screen]) -> None:
        """Like :meth:`add_screen`, but the screen is built when first shown."""
        self._screen_factories[screen_id] = factory
        if screen_id == "about":
            self._about_available = True
            self._show_home_only_buttons()

    def _add(self, screen: Screen) -> None:
        # Each screen scrolls when its content is taller than the window (text at
        # 200 %, pseudo-translation): layouts reflow instead of cutting text.
        holder = QScrollArea()
        steady_scroll_children(holder)  # no crash when the bus reads a screen being left
        keep_text_off_scroll_bar(holder)  # AR-2: long lines kept off its scroll bar
        holder.setObjectName(f"scroll_{screen.screen_id}")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The style sheet caps a screen's width (the column): centred in a wide window.
        holder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(holder)  # before the screen goes in: see __init__ (inheritStyle)
        holder.setWidget(screen)
        mark_headings(screen)  # screen titles are headings for screen readers (M1)
        for title in screen.findChildren(QLabel):
            if title.property("role") in ("title", "subtitle"):
                align_with_page(title)  # AR-2: a Latin-only title stays on the right
        hide_nameless_parts(holder)  # no nameless scroll bar or handle for them (m5)
        screen.setAutoFillBackground(False)  # the themed viewport shows through
        self._screens[screen.screen_id] = screen
        self._holders[screen.screen_id] = holder
        screen.sig_navigate.connect(self._navigate)
        if screen.screen_id == "about":
            self._about_available = True
            self._show_home_only_buttons()

    def screen_of(self, kind: type[S]) -> S:
        """The screen of this class (by its ``screen_id``), built on first use."""
        screen = self.screen_by_id(kind.screen_id)
        assert isinstance(screen, kind)
        return screen

    def screen_by_id(self, screen_id: str) -> Screen:
        """The screen with this id, built on first use for a feature."""
        if screen_id not in self._screens:
            feature = self._features.get(screen_id)
            factory = feature.factory if feature else self._screen_factories[screen_id]
            self._add(factory())
        return self._screens[screen_id]

    def has_screen(self, screen_id: str) -> bool:
        """True when a screen with this id is built or can be built."""
        return (
            screen_id in self._screens
            or screen_id in self._features
            or screen_id in self._screen_factories
        )

    def built_screens(self) -> list[Screen]:
        return list(self._screens.values())

    def screen_ids(self) -> list[str]:
        """Every screen id the window can show: built, offered by a tile, or built on demand."""
        ids = [*self._screens, *self._features, *self._screen_factories]
        return list(dict.fromkeys(ids))

    def current_screen(self) -> Screen:
        holder = self.stack.currentWidget()
        widget = holder.widget() if isinstance(holder, QScrollArea) else holder
        assert isinstance(widget, Screen)
        return widget

    def show_screen(self, screen_id: str) -> None:
        starting = not self.has_screen(screen_id)
        if starting and screen_id in self._announced:  # opened once its feature is installed
            self._pending_screen = screen_id
            return
        self._pending_screen = None
        screen = self.screen_by_id(screen_id)
        focus = screen.initial_focus()
        self._fallback_focus = None if focus is not None else self._first_focusable(screen)
        target = focus or self._fallback_focus
        show_page(self.stack, self._holders[screen_id], target)
        self.home_button.setVisible(screen_id != HomeScreen.screen_id)
        self._show_home_only_buttons()
        self.refresh_end_button()
        self.update_title()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_screen_shown.emit(screen_id)
        _lay_out_now()  # the screen and the bar (its buttons changed)

    def _navigate(self, screen_id: str) -> None:
        """A screen asked for another; asking for a mediator (F-3: a help page's button)
        goes the way of the bar's button, so that "Back" returns to that page."""
        if screen_id == AskMediatorScreen.screen_id:
            self._ask_mediator()
        else:
            self.show_screen(screen_id)

    def _ask_mediator(self) -> None:
        current = self.current_screen().screen_id
        if current != AskMediatorScreen.screen_id:
            self._before_help = current
        self.show_screen(AskMediatorScreen.screen_id)

    def _first_focusable(self, screen: Screen) -> QWidget:
        """Where the focus goes when a screen names none: its first control, else the bar."""
        for widget in screen.findChildren(QWidget):
            if (
                widget.isVisibleTo(screen)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget
        return self.language_box

    def update_title(self) -> None:
        """The window title names the current screen or step (RGAA)."""
        self.setWindowTitle(f"{self.current_screen().window_title()} — assist_desk")

    def dock_keyboard(self, keyboard: QWidget) -> None:
        """The on-screen keyboard goes under the screens: shown, it shrinks them (each
        scrolls), so it never covers a field."""
        self._column.addWidget(keyboard)

    def reveal(self, widget: QWidget) -> None:
        """Scroll the current screen so that ``widget`` shows above the keyboard."""
        self._column.activate()  # the screens' new height, now
        # When even the screens' least height does not fit above the keys, the window's
        # column scrolls: the banner and the top bar go up, not the screen's actions
        # down under the keys (E-2: a wizard's Continue stays in view).
        self.shell_scroll.keep_at_end()
        # Every scrolling parent, the innermost first (a wizard's page scrolls inside
        # its screen, which scrolls in the stack).
        # (Not ensureWidgetVisible: for a line edit it shows the text cursor only, and
        # the field's lower edge may stay under the keyboard.)
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            content = parent.widget() if isinstance(parent, QScrollArea) else None
            if isinstance(parent, QScrollArea) and content is not None:
                centre = widget.mapTo(content, widget.rect().center())
                half_width = min(widget.width() // 2 + 16, parent.viewport().width() // 2)
                # A margin around the field, unless the area is too short for it: then
                # the field whole (a wider margin cut its top in a short wizard body).
                half_height = widget.height() // 2
                room = max(half_height, parent.viewport().height() // 2)
                half_height = min(half_height + 16, room)
                parent.ensureVisible(centre.x(), centre.y(), half_width, half_height)
            parent = parent.parentWidget()

    def set_top_bar_visible(self, visible: bool) -> None:
        """Hidden on the kiosk's attract screen, which has its own language choice."""
        self.top_bar.setVisible(visible)

    def set_staff_button_visible(self, visible: bool) -> None:
        """The "Mediator" button of workstations; kiosks reach it from the attract screen."""
        self._staff_allowed = visible
        self._show_home_only_buttons()

    def refresh_end_button(self) -> None:
        """ "End session" hides while the screen offers its own end (one end per screen)."""
        if self.stack.count():
            self.end_button.setVisible(not self.current_screen().ends_session_itself())

    def _show_home_only_buttons(self) -> None:
        on_home = self.stack.count() == 0 or self.current_screen().screen_id == "home"
        self.staff_button.setVisible(self._staff_allowed and on_home)
        self.about_button.setVisible(self._about_available and on_home)

    # -- language ---------------------------------------------------------------

    def _on_language_chosen(self, index: int) -> None:
        self.sig_language_requested.emit(self.language_box.itemData(index))

    def set_language_shown(self, language: str) -> None:
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self._show_site_name()  # the name as this language writes it (AR-5)

    def _show_site_name(self) -> None:
        language = self.language_box.currentData() or self.shell.language
        name = shown_site_name(self.shell.site_name, self.shell.site_names, language)
        # The name stays in its own direction inside an Arabic sentence (isolate).
        self.site_label.setText(self.tr("Help point: %1").replace("%1", isolate(name)))
        self.site_label.setAccessibleName(self.tr("Help point: %1").replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.banner.setText(
            self.tr("Training mode: nothing is sent to ANTS. All accounts here are fictitious.")
        )
        self.banner.setAccessibleName(self.banner.text())
        self._show_site_name()
        self.language_label.setText(self.tr("&Language"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.setAccessibleDescription(
            self.tr("Changes the language of every screen at once; what you typed is kept")
        )
        self.home_button.setText(self.tr("Home"))
        self.home_button.setAccessibleName(self.tr("Back to the home screen"))
        self.staff_button.setText(self.tr("Mediator"))
        self.staff_button.setAccessibleName(self.tr("Mediator tools"))
        self.staff_button.setAccessibleDescription(self.tr("Asks for the mediator's PIN"))
        self.about_button.setText(self.tr("About"))
        self.about_button.setAccessibleName(self.tr("About this application"))
        self.help_button.setText(self.tr("Need help? Ask a mediator"))
        self.help_button.setAccessibleName(self.help_button.text())
        self.help_button.setAccessibleDescription(
            self.tr("Shows how to get help from a person at this help point")
        )
        self.end_button.setText(self.tr("End session"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.setAccessibleDescription(
            self.tr("Erases everything typed on this screen and starts again for the next person")
        )
        if self.bar_fit is not None:
            self.bar_fit.set_variants(self._bar_variants())
        if self.stack.count():
            self.update_title()

    def _bar_variants(self) -> list[BarVariant]:
        """A kiosk's top bar, from the fullest to the most compact. Each short text is
        part of its control's accessible name, which stays whole (label in name)."""
        full: dict[QWidget, str] = {
            self.help_button: self.help_button.accessibleName(),
            self.end_button: self.end_button.accessibleName(),
            self.banner: self.banner.accessibleName(),
        }
        short: dict[QWidget, str] = {
            # What matters, on one line even at 1024 px and 200 %: nothing is sent.
            self.banner: self.tr("Training: nothing is sent."),
            self.help_button: self.tr("Need help?"),
            self.end_button: self.tr("End", "the top bar's End session, when short of room"),
        }
        shortest = {**short, self.help_button: self.tr("Help")}
        named: dict[QWidget, bool] = {self.site_label: True, self.language_label: True}
        nameless: dict[QWidget, bool] = {self.site_label: False, self.language_label: True}
        compact: dict[QWidget, bool] = {self.site_label: False, self.language_label: False}
        return [
            BarVariant(named, full),
            BarVariant(nameless, full),
            BarVariant(compact, short),
            BarVariant(compact, shortest),
        ]

    # -- keyboard -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter activates the focused button, as Space does (buttons outside dialogs
        ignore Enter in Qt; keyboard users expect both)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            ~Qt.KeyboardModifier.KeypadModifier
        ):
            focus = self.focusWidget()
            if (
                isinstance(focus, QAbstractButton)
                and not isinstance(focus, (QCheckBox, QRadioButton))
                and focus.isEnabled()
                and focus.isVisible()
            ):
                focus.animateClick()
                event.accept()
                return
        super().keyPressEvent(event)
