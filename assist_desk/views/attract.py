"""The attract screen shown between two citizens at a kiosk: "Touch to start"."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt, Signal
from PySide6.QtGui import QImageReader, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assist_desk.i18n import LOCALES
from assist_desk.views.reading import mark_content
from assist_desk.views.screen import Screen
from assist_desk.views.site_name import shown_site_name
from assist_desk.views.widgets.folding_grid import FoldingGrid
from assist_desk.views.widgets.pictogram import Pictogram
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton

log = logging.getLogger(__name__)

#: Each language named in itself, as a person looking for it would read it.
LANGUAGE_NAMES = {"fr": "Français", "en": "English", "ar": "العربية"}

#: The attract screen's parts, top to bottom, from the fullest screen to the shortest
#: (see ``AttractScreen._arrange``). "stretch" is empty room that a short screen lacks.
_ORDERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(order.split())
    for order in (
        "name stretch welcome examples start privacy stretch label languages staff",
        "name label languages stretch welcome start examples privacy stretch staff",
        "name label languages stretch start welcome examples privacy stretch staff",
        "label languages start name stretch welcome examples privacy stretch staff",
        # None of those fits (800×600): "Touch to start" right under the welcome sentence.
        "name stretch welcome start examples privacy stretch label languages staff",
    )
)
#: The parts moved from one order to another (the others keep their order).
_MOVING = ("label", "languages", "welcome", "start")
#: The parts measured to know what a short window shows of an order.
_SHOWN_PARTS = ("name", "label", "languages", "welcome", "start")


def _needed(order: tuple[str, ...], heights: Mapping[str, int], top: int, spacing: int) -> int:
    """The height from the screen's top to the end of "Touch to start" and the language
    choice, whichever comes last, in ``order`` (stretches are empty on a short screen)."""
    last = max(order.index("start"), order.index("languages"))
    parts = [part for part in order[: last + 1] if part != "stretch"]
    return top + sum(heights[part] for part in parts) + spacing * (len(parts) - 1)


class AttractScreen(Screen):
    """A large start button, the languages, and a discreet way in for staff.

    Signals:
        sig_start(str): a citizen starts a session in this language.
        sig_language_chosen(str): a citizen picked a language (the screen re-translates).
        sig_mediator(): staff asked for the mediator sign-in.
        sig_display_chosen(bool, bool): larger text, high contrast (K-5), for this
            session only: the wipe brings back the site's display.
    """

    screen_id = "attract"
    sig_start = Signal(str)
    sig_language_chosen = Signal(str)
    sig_mediator = Signal()
    sig_display_chosen = Signal(bool, bool)

    #: The logo's height at most, in pixels (the welcome screen still fits 800 px).
    LOGO_HEIGHT = 96
    #: K-5: what can be done here, as the four procedures' pictograms.
    PROCEDURES = ("car", "driving_licence", "identity_card", "passport")
    #: Between two pictograms, across and down.
    EXAMPLES_GAP = 32
    #: Above the name: less on a screen too short to show everything.
    TOP_MARGIN = 48
    SHORT_TOP_MARGIN = 24

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
        #: K-5: the help point's logo, when the operator set one (``site_logo``).
        self._logo = QLabel()
        self._logo.setObjectName("attractLogo")
        self._logo.hide()
        self._site = QLabel()
        self._site.setObjectName("attractSite")
        mark_content(self._site)  # the operator's name (translated in the site file, AR-5)
        self._site.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._site.setWordWrap(True)
        self._welcome = QLabel()
        self._welcome.setObjectName("attractWelcome")
        self._welcome.setProperty("role", "title")
        self._welcome.setWordWrap(True)
        self._welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = _StartButton()  # wraps at 200 % on a narrow screen
        self.start_button.setObjectName("attractStart")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(lambda: self.sig_start.emit(self.language))
        # K-5: the four procedures, each a pictogram over its name, under the welcome
        # sentence that says what they are (no extra line: the screen fits 800 px).
        self._examples = QFrame()
        self._examples.setObjectName("attractExamples")
        # A row; two rows of two at a small kiosk (800×600, 1024×768), where a column
        # pushed "Touch to start" below the fold; a column only when two do not fit.
        examples_row = FoldingGrid(self._examples)
        examples_row.setContentsMargins(0, 0, 0, 0)
        examples_row.setSpacing(self.EXAMPLES_GAP)
        self._example_names: dict[str, QLabel] = {}
        for name in self.PROCEDURES:
            cell = QWidget()
            cell_column = QVBoxLayout(cell)
            cell_column.setContentsMargins(0, 0, 0, 0)
            cell_column.setSpacing(4)
            picture = Pictogram(name, 64)
            picture.setObjectName(f"attractExample_{name}")
            caption = _Caption()
            caption.setObjectName(f"attractExampleName_{name}")
            # At the top of its cell: one-line and two-line names start level.
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            caption.setWordWrap(True)
            cell_column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            cell_column.addWidget(caption)
            examples_row.addWidget(cell)
            self._example_names[name] = caption
        self._privacy = QLabel()
        self._privacy.setObjectName("attractPrivacy")
        self._privacy.setWordWrap(True)
        self._privacy.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._language_label = QLabel()
        self._language_label.setObjectName("attractLanguageLabel")
        self._language_label.setWordWrap(True)  # the kiosk's type at 200 % on 800 px
        self._language_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_buttons: dict[str, QPushButton] = {}
        # The languages in a group named by the question: a screen reader says it on
        # entering the choice (m2 of issue 19), as for the wizard's radio groups.
        self._languages = QFrame()  # exported as a panel (a plain QWidget: a filler)
        self._languages.setObjectName("attractLanguages")
        # A column when the row does not fit (the kiosk's 40-px type at 200 % on 800 px); its
        # minimum is the row's height: a column's pushed the staff buttons off a 1080-px screen.
        row = ReflowRow(self._languages)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)  # as when the row sat in the screen's layout
        row.addStretch(1)
        for code in languages:
            button = QPushButton(LANGUAGE_NAMES.get(code, code))
            button.setObjectName(f"attractLanguage_{code}")
            mark_content(button)  # each language named in itself, never translated
            button.setProperty("role", "language")
            button.setProperty("script", "arabic" if code == "ar" else "latin")  # its size
            button.setCheckable(True)
            # One choice among the languages: screen readers get radio buttons, not
            # check boxes (m2 of issue 19); the look stays a row of buttons.
            button.setAutoExclusive(True)
            button.setAccessibleName(LANGUAGE_NAMES.get(code, code))
            # Each name is in its own language (M6): the locale a screen reader reads
            # on the bus, to speak "English" with an English voice in any interface.
            button.setLocale(QLocale(LOCALES.get(code, code)))
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            row.addWidget(button)
            self.language_buttons[code] = button
        row.addStretch(1)
        # K-5: an accessibility entry, for this session (the wipe restores the site's).
        self.larger_button = WrapButton()
        self.larger_button.setObjectName("attractLargerText")
        self.contrast_button = WrapButton()
        self.contrast_button.setObjectName("attractHighContrast")
        for button in (self.larger_button, self.contrast_button):
            button.setProperty("role", "language")  # the same large toggle look
            button.setCheckable(True)
            button.toggled.connect(self._display_toggled)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("attractStaff")
        self.staff_button.clicked.connect(self.sig_mediator)
        staff_row = ReflowRow()  # a column when it does not fit (200 % text, 800 px)
        staff_row.addWidget(self.larger_button)
        staff_row.addWidget(self.contrast_button)
        staff_row.addStretch(1)
        staff_row.addWidget(self.staff_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, self.TOP_MARGIN, 48, 24)
        self._order = _ORDERS[0]
        layout.setSpacing(24)
        # The logo beside the name, not above it: the screen still fits 1080 px unscrolled.
        # Each takes half the row, the logo at the middle's side of its half, the name at
        # the other (a hidden logo takes nothing: the name is centred on the whole row).
        identity = QHBoxLayout()
        self._identity = identity
        identity.setSpacing(24)
        identity.addWidget(self._logo, 1)
        identity.addWidget(self._site, 1)
        layout.addLayout(identity)
        layout.addStretch(1)
        layout.addWidget(self._welcome)
        layout.addWidget(self._examples)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._privacy)
        layout.addStretch(1)
        layout.addWidget(self._language_label)
        layout.addWidget(self._languages)
        layout.addLayout(staff_row)
        self._show_language(language)
        self.retranslate_ui()

    def set_logo(self, path: Path | None) -> bool:
        """Show the operator's logo, at most ``LOGO_HEIGHT`` pixels high; a file that
        cannot be read is logged and no logo shown (never a crash). True when shown."""
        self._logo.hide()
        self._logo.clear()
        self._site.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if path is None:
            return False
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.height() > 0:
            # Read at the size shown: an SVG is drawn sharp, a large photo is not kept.
            scaled = size.scaled(10_000, self.LOGO_HEIGHT, Qt.AspectRatioMode.KeepAspectRatio)
            reader.setScaledSize(scaled)
        image = reader.read()
        if image.isNull():
            log.warning("site_logo %s not shown: %s", path, reader.errorString())
            return False
        self._logo.setPixmap(QPixmap.fromImage(image))
        self._logo.setAccessibleName(self._site.text())  # the logo says the help point's name
        self._logo.show()
        self._align_identity()
        return True

    def _align_identity(self) -> None:
        """The logo and the name meet at the middle, in either direction (the name may be
        a Latin block laid out left to right in an Arabic page: absolute sides)."""
        if self._logo.isHidden():
            self._site.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return
        logo_side, name_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight)
            if self.isRightToLeft()
            else (Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignLeft)
        )
        middle = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        self._logo.setAlignment(logo_side | middle)
        self._site.setAlignment(name_side | middle)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_identity()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def event(self, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.ParentChange and parent is not None:
            # The window (its scroll area's viewport) may grow shorter while this screen,
            # taller than it, keeps its size: no resize event here then.
            parent.installEventFilter(self)
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._arrange()
        return super().eventFilter(watched, event)

    def _arrange(self) -> None:
        """Puts the parts in the first of :data:`_ORDERS` that keeps in view, unscrolled,
        "Touch to start" and the language choice (the last order: "Touch to start").

        The whole screen fits a 1080-px window in the first order. At a 1024×768 or
        1280×800 kiosk the language choice was below the fold, and a citizen who does
        not read French could not find it (D2); with text at 200 % even "Touch to
        start" was (issue 14). The screen's height does not depend on the order of its
        parts: moving them keeps it, and the choice made does not change it.
        """
        layout = self.layout()
        room = self.parentWidget()  # the scroll area's viewport, as tall as the window
        if not isinstance(layout, QVBoxLayout) or room is None:
            return
        margins = layout.contentsMargins()
        short = layout.totalHeightForWidth(self.width()) > room.height()
        top = self.SHORT_TOP_MARGIN if short else self.TOP_MARGIN
        order = _ORDERS[0]
        if short:
            width = self.width() - margins.left() - margins.right()
            heights = {part: self._height_of(part, width) for part in _SHOWN_PARTS}
            order = next(
                (
                    o
                    for o in _ORDERS[1:-1]
                    if _needed(o, heights, top, layout.spacing()) <= room.height()
                ),
                _ORDERS[-1],
            )
        if margins.top() != top:
            layout.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())
        if order != self._order:
            self._order = order
            self._apply_order(layout, order)

    def _part(self, name: str) -> QWidget:
        """A part that moves."""
        return {
            "label": self._language_label,
            "languages": self._languages,
            "welcome": self._welcome,
            "start": self.start_button,
        }[name]

    def _height_of(self, part: str, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        items = (layout.itemAt(i) for i in range(layout.count()))
        if part == "name":
            item = next((i for i in items if i is not None and i.layout() is self._identity), None)
        else:
            item = layout.itemAt(layout.indexOf(self._part(part)))
        if item is None:
            return 0
        return item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()

    def _apply_order(self, layout: QVBoxLayout, order: tuple[str, ...]) -> None:
        """Takes out the four parts that move and puts each back at its place in
        ``order``; the others keep their order in every one of :data:`_ORDERS`."""
        for part in _MOVING:
            layout.removeWidget(self._part(part))
        for index, part in enumerate(order):
            if part in _MOVING:
                align = Qt.AlignmentFlag.AlignHCenter if part == "start" else Qt.AlignmentFlag(0)
                layout.insertWidget(index, self._part(part), 0, align)

    def _choose(self, code: str) -> None:
        self._show_language(code)
        self.sig_language_chosen.emit(code)

    def _show_language(self, code: str) -> None:
        self.language = code
        self._show_site()
        for other, button in self.language_buttons.items():
            button.setChecked(other == code)

    def _show_site(self) -> None:
        """The name in the language shown (again once its catalogue is in: AR-5)."""
        self._site.setText(shown_site_name(self._site_name, self._site_names, self.language))
        self._logo.setAccessibleName(self._site.text())

    def _display_toggled(self, _checked: bool) -> None:
        self.sig_display_chosen.emit(
            self.larger_button.isChecked(), self.contrast_button.isChecked()
        )

    def display_choice(self) -> tuple[bool, bool]:
        """Larger text, high contrast: as the person chose them on this screen."""
        return self.larger_button.isChecked(), self.contrast_button.isChecked()

    def reset(self, language: str) -> None:
        """Back to the site's default language and display (after a wipe)."""
        self._show_language(language)
        for button in (self.larger_button, self.contrast_button):
            button.blockSignals(True)  # the wipe restores the display itself
            button.setChecked(False)
            button.blockSignals(False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A touch anywhere on the empty screen starts, as the screen says.
        if event.button() == Qt.MouseButton.LeftButton:
            self.sig_start.emit(self.language)
        super().mousePressEvent(event)

    def window_title(self) -> str:
        return self.tr("Welcome")

    def retranslate_ui(self) -> None:
        self._show_site()
        self._welcome.setText(self.tr("Welcome. We can help you with your ANTS procedures."))
        self.start_button.setText(self.tr("Touch to start"))
        # Its name is the words it shows (WCAG 2.5.3): "Start" did not hold "Touch to start".
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setAccessibleDescription(
            self.tr("Starts a new session. Nothing from the previous person is kept.")
        )
        self._privacy.setText(
            self.tr(
                "Everything you type is erased when you press “End session”, "
                "or after a few minutes without use."
            )
        )
        names = {
            "car": self.tr("Registration certificate"),
            "driving_licence": self.tr("Driving licence"),
            "identity_card": self.tr("Identity card"),
            "passport": self.tr("Passport"),
        }
        for name, caption in self._example_names.items():
            caption.setText(names[name])
        self._examples.setAccessibleName(self.tr("Here you can get help with:"))
        self.larger_button.setText(self.tr("Larger text"))
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.contrast_button.setText(self.tr("High contrast"))
        self.contrast_button.setAccessibleName(self.tr("High contrast"))
        self._language_label.setText(self.tr("Choose your language:"))
        self._languages.setAccessibleName(self.tr("Choose your language:"))
        self.staff_button.setText(self.tr("Staff"))
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.staff_button.setAccessibleDescription(
            self.tr("For the help point's mediators: asks for the PIN")
        )
        self._arrange()  # the texts' heights changed

    def initial_focus(self) -> QWidget | None:
        return self.start_button


class _StartButton(WrapButton):
    """ "Touch to start": a broad target where there is room, narrower and wrapped where
    there is not. A QSS ``min-width`` of 400 px made it 500 px wide with its padding
    whatever the room: in the 508-px column of the mediator's system theme it was cut
    by 40 px (D4). Its width is now only a preference, the layout shrinks it to its
    longest word."""

    #: The width of the text's room wished for, its padding and border not included.
    PREFERRED_TEXT_WIDTH = 400

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        frame_width, _ = self.style_frame()
        width = max(hint.width(), self.PREFERRED_TEXT_WIDTH + frame_width)
        return QSize(width, self.heightForWidth(width))


class _Caption(QLabel):
    """A pictogram's name that asks for at most :attr:`MAX_CHARS` characters a line: a
    longer name wraps under its pictogram instead of widening the row. Without it, names
    40 % longer (the pseudo-translated kiosk tour at 1920×1080) turned the four
    pictograms into a column that pushed "Touch to start" to the bottom of the screen."""

    MAX_CHARS = 14

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = self.fontMetrics().averageCharWidth() * self.MAX_CHARS
        if hint.width() <= widest:
            return hint
        return QSize(widest, self.heightForWidth(widest))
