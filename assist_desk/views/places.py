"""The "Help points and town halls" screen (installed by :mod:`assist_desk.features.places`).

Search by town or postcode (an INSEE code works too, unsaid: citizens do not know
the word) with suggestions while typing, or around the help point; the nearest
places of each category with distance, address, phone, today's hours and whether
they are open now; a QR code to the chosen address on a map. It says plainly what
no offline list can tell (town halls taking passport and identity-card
applications) and, for those, gives a big QR code and a button to the official
appointment site (O-2).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QStringListModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from assist_desk.bidi import plain_address_text, unbreakable_address
from assist_desk.controllers.places import PlacesController
from assist_desk.i18n import isolate, isolate_ltr, strip_isolates
from assist_desk.places.models import (
    DIGITAL_HELP,
    FRANCE_SERVICES,
    KINDS,
    LOCAL,
    TOWN_HALL,
    Hit,
    Location,
)
from assist_desk.typography import NBSP
from assist_desk.views.a11y import announce, drop_focus_inside, name_clear_button
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.address_label import AddressLabel
from assist_desk.views.widgets.cards import (
    CARD_SPACING_PX,
    big_back,
    escape_goes_back,
    show_as_cards,
)
from assist_desk.views.widgets.clear_search import ClearSearchButton
from assist_desk.views.widgets.direction import LatinBlock
from assist_desk.views.widgets.qr import qr_pixmap
from assist_desk.views.widgets.reflow import ReflowRow, StackingSplitter
from assist_desk.views.widgets.two_panes import ColumnLabel, TwoPaneWidth
from assist_desk.views.widgets.wrap_button import WrapButton

log = logging.getLogger(__name__)

ROLE_HIT = int(Qt.ItemDataRole.UserRole)
#: Lines of a place in the list (name and distance, address, phone, today's hours).
PLACE_LINES = 4
#: Places' cards a kiosk's list shows at least.
KIOSK_CARDS_SHOWN = 3
#: Starts a line right to left in an Arabic interface (invisible).
RIGHT_TO_LEFT_MARK = "\u200f"


def _measure(template: str, number: str) -> str:
    """A translated "%1 km" with its number: the spaces of the template (between the
    number and its unit, in every language) become no-break spaces, so "km" never
    starts a line of its own. The number is isolated (it stays whole in Arabic), which
    is why typography.keep_amounts_together, looking for a digit before the space,
    cannot do it once the number is in the sentence."""
    return template.replace(" ", NBSP).replace("%1", isolate(number))


def _without_marks(text: str) -> str:
    """``text`` without the invisible bidi marks a screen reader would spell out."""
    return plain_address_text(text).replace(RIGHT_TO_LEFT_MARK, "")


class PlacesScreen(Screen):
    """See the module docstring."""

    screen_id = "places"  # assist_desk.views.places_feature.SCREEN_ID

    def __init__(
        self,
        controller: PlacesController,
        parent: QWidget | None = None,
        open_url: Callable[[str], bool] | None = None,
        can_open_url: Callable[[], bool] = lambda: False,
        kiosk: Callable[[], bool] = lambda: False,
    ) -> None:
        """``open_url``: the application's one way to open an official site (the
        controlled browser, or the system browser at a workstation); ``can_open_url``
        says whether it can now (at a kiosk without the browser: no, the QR code only).
        ``kiosk``: the desk is a kiosk now (K-4: a place's details are a page of their own)."""
        super().__init__(parent)
        self.controller = controller
        self._open_url = open_url
        self._can_open_url = can_open_url
        self._kiosk = kiosk
        self.detail_page = False
        self._suggestions: list[Location] = []
        self._origin: Location | None = None
        self._hits: list[Hit] = []
        self._hits_by_kind: dict[str, list[Hit]] = {}
        self._searched = False

        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.intro = ColumnLabel()
        self.intro.setWordWrap(True)

        self.search_label = QLabel()
        self.search_label.setWordWrap(True)  # the kiosk's type at 200 % on 800 px
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("placesSearch")
        self.search_label.setBuddy(self.search_edit)
        self.clear_search = ClearSearchButton(self.search_edit)  # the kiosk's big ✕
        self._completion_model = QStringListModel(self)
        self.completer = QCompleter(self._completion_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search_edit.setCompleter(self.completer)
        self.search_edit.textEdited.connect(self._on_typed)
        self.search_edit.returnPressed.connect(self.search)
        self.completer.activated[QModelIndex].connect(self._on_suggestion)  # type: ignore[index]
        self.search_button = WrapButton()
        self.search_button.setProperty("role", "primary")
        self.search_button.clicked.connect(self.search)
        self.here_button = WrapButton()
        self.here_button.clicked.connect(self.search_here)
        self.here_button.setVisible(controller.options.site is not None)

        self.kind_label = QLabel()
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("placesKind")
        # As wide as the screen allows, not as wide as its longest choice (200 % text).
        self.kind_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_box.setMinimumContentsLength(12)
        self.kind_label.setBuddy(self.kind_box)
        self.kind_box.activated.connect(lambda _index: self._refresh())

        self.status = ColumnLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("placesStatus")
        # While the list loads: a moving bar under "Loading…", not an empty list alone.
        self.loading = QProgressBar()
        self.loading.setObjectName("placesLoading")
        self.loading.setRange(0, 0)  # busy: no known end
        self.loading.setTextVisible(False)
        self.loading.setMaximumHeight(12)

        self.results = QListWidget()
        self.results.setObjectName("placesResults")
        self.results.setWordWrap(True)
        # Whole lines, never a sideways scroll (a card's padding made one in Arabic).
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap with the width
        self.results.currentItemChanged.connect(self._on_selected)
        self.results.itemActivated.connect(lambda _item: self._read_details())
        # A tap opens a place's page at a kiosk (activation needs a double click).
        self.results.itemClicked.connect(self._tapped)
        self.details = QLabel()
        self.details.setObjectName("placeDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        # A caret the arrows move: a screen reader reads the details line by line (B1).
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The reading padding: the focus frame drawn round the details kept the text
        # touching it (fresh review, issue 14 AR-2); 8 px as the FAQ's French box.
        self.details.setContentsMargins(8, 8, 8, 8)
        # A place's name and address are French: in an Arabic page they were a right-
        # aligned line with the punctuation moved about (issue 14). They get a box of
        # their own, left to right, above the details.
        self.address = LatinBlock()
        self.address.setObjectName("placeAddress")
        self.address.label.setProperty("userText", True)  # the directory's words, not ours
        self.address.hide()
        # A splitter gives its pane the pane's minimum height, which knows nothing of
        # wrapped text: the address, then the QR code, did not fit, and Qt drew the
        # one over the other. The pane claims its height once it knows its width.
        self._fit_details = QTimer(self)
        self._fit_details.setSingleShot(True)
        self._fit_details.setInterval(0)
        self._fit_details.timeout.connect(self._claim_details_height)
        self.qr = QLabel()
        self.qr.setObjectName("placeQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel()
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setProperty("role", "muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = QWidget()
        side.setObjectName("placeDetailsPane")
        side_layout = QVBoxLayout(side)
        # At a kiosk, on a place's own page: back to the list (K-4).
        self.back_button = WrapButton()
        self.back_button.setObjectName("placesBack")
        big_back(self.back_button)
        self.back_button.clicked.connect(self.back_to_list)
        self.back_button.hide()
        self._escape = escape_goes_back(self, self.back_to_list)
        side_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        side_layout.addWidget(self.address)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.qr)
        side_layout.addWidget(self.qr_caption)
        side_layout.addStretch(1)
        splitter = StackingSplitter()  # the list above the details on a narrow screen
        splitter.addWidget(self.results)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.details_pane = side
        side.installEventFilter(self)
        self.splitter = splitter

        # Identity card or passport: what no offline list can tell, and where to go.
        self.id_title = QLabel()
        self.id_title.setObjectName("placesIdTitle")
        self.id_title.setProperty("role", "subtitle")
        self.id_title.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("placesNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.appointment_url = AddressLabel()  # under its label, on the reading side (AR-5)
        self.appointment_url.setObjectName("placesAppointmentUrl")
        self.appointment_url.setWordWrap(True)
        self.appointment_url.setTextFormat(Qt.TextFormat.PlainText)
        self.appointment_button = WrapButton()
        self.appointment_button.setObjectName("placesOpenAppointments")
        self.appointment_button.setProperty("role", "primary")
        self.appointment_button.clicked.connect(self._open_appointments)
        self.appointment_qr = QLabel()
        self.appointment_qr.setObjectName("placesAppointmentQr")
        self.appointment_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.appointment_qr.setPixmap(
            qr_pixmap(self.controller.locator("appointment"), scale=6, border=2)
        )
        self.appointment_qr_caption = QLabel()
        self.appointment_qr_caption.setWordWrap(True)
        self.appointment_qr_caption.setProperty("role", "muted")
        self.appointment_qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ants_locator = AddressLabel()
        self.ants_locator.setObjectName("placesAntsLocator")
        self.ants_locator.setWordWrap(True)
        self.ants_locator.setTextFormat(Qt.TextFormat.PlainText)
        self.sources = ColumnLabel()
        self.sources.setProperty("role", "muted")
        self.sources.setWordWrap(True)
        self.problems = ColumnLabel()
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)

        # Label, field and buttons side by side when they fit; one under the other
        # otherwise (text at 200 % on a narrow kiosk), the buttons' text wrapping.
        # What a kiosk's place page hides: the search, its outcome and the list.
        self.search_panel = QWidget()
        panel = QVBoxLayout(self.search_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        search_row = ReflowRow()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.clear_search)
        search_row.addWidget(self.search_button)
        search_row.addWidget(self.here_button)
        kind_row = ReflowRow()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind_box, 1)

        frame = QFrame()
        frame.setObjectName("placesNoticeFrame")
        # The words beside the QR code; the code under them when they do not fit.
        frame_layout = ReflowRow(frame)
        words_box = QWidget()
        words = QVBoxLayout(words_box)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.id_title)
        words.addWidget(self.notice)
        words.addWidget(self.appointment_url)
        words.addWidget(self.appointment_button, 0, Qt.AlignmentFlag.AlignLeading)
        words.addWidget(self.ants_locator)
        words.addStretch(1)
        code_box = QWidget()
        code = QVBoxLayout(code_box)
        code.setContentsMargins(0, 0, 0, 0)
        code.addWidget(self.appointment_qr)
        code.addWidget(self.appointment_qr_caption)
        code.addStretch(1)
        frame_layout.addWidget(words_box, 1)
        frame_layout.addWidget(code_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        panel.addWidget(self.intro)
        panel.addLayout(search_row)
        panel.addLayout(kind_row)
        panel.addWidget(self.status)
        panel.addWidget(self.loading)
        self.id_panel = frame
        layout.addWidget(self.heading)
        layout.addWidget(self.search_panel)
        layout.addWidget(splitter, 1)
        layout.addWidget(frame)
        layout.addWidget(self.problems)
        layout.addWidget(self.sources)
        layout.addStretch(0)  # takes what is left when the list is hidden (kiosk)
        # At a workstation: the list and the details side by side, one column each.
        texts = [self.intro, self.status, self.problems, self.sources]
        self._width = TwoPaneWidth(self, self._kiosk, splitter, texts, scrolled=side)

        self.setTabOrder(self.search_edit, self.search_button)
        self.setTabOrder(self.search_button, self.here_button)
        self.setTabOrder(self.here_button, self.kind_box)
        self.setTabOrder(self.kind_box, self.results)
        self.setTabOrder(self.results, self.details)
        self.setTabOrder(self.details, self.appointment_button)

        controller.sig_ready.connect(self._on_ready)
        controller.sig_failed.connect(self._on_failed)
        self.retranslate_ui()
        self._show_page(detail=False)
        controller.start_loading()

    # -- texts --------------------------------------------------------------------------

    def kind_titles(self) -> dict[str, str]:
        return {
            TOWN_HALL: self.tr("Town halls"),
            FRANCE_SERVICES: self.tr("France services"),
            DIGITAL_HELP: self.tr("Digital help points"),
            LOCAL: self.tr("Checked by this help point"),
        }

    def local_kind_titles(self) -> dict[str, str]:
        return {
            "id-town-hall": self.tr("Town hall taking passport and ID card applications"),
            "photographer": self.tr("Approved photographer or photo booth"),
            "siv-professional": self.tr("Approved vehicle registration professional"),
            "help-point": self.tr("Help point"),
            "other": self.tr("Other"),
        }

    def window_title(self) -> str:
        return self.tr("Help points and town halls")

    def example_places(self) -> str:
        """The field's example: each Latin item isolated, joined by the language's own
        comma, so an Arabic line keeps them in order with their commas between (AR-5)."""
        separator = self.tr(", ", "between the example places")
        return self.tr("e.g. %1").replace(
            "%1", separator.join(isolate(item) for item in ("75011", "Saint-Denis", "Ajaccio"))
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Help points and town halls"))
        self.intro.setText(
            self.tr(
                "Type your town or postcode, then choose a suggestion. The nearest places"
                " appear by category, from data kept on this computer."
            )
        )
        self.search_label.setText(self.tr("&Town or postcode:"))
        # The spoken name begins with the visible label (voice control: "click Town…").
        self.search_edit.setAccessibleName(self.tr("Town or postcode"))
        name_clear_button(self.search_edit, self.tr("Clear the search"))
        self.clear_search.setText(self.tr("Clear the search"))
        self.search_edit.setAccessibleDescription(
            self.tr("Suggestions appear as you type; press Enter to search")
        )
        self.search_edit.setPlaceholderText(self.example_places())
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search nearby places"))
        self.here_button.setText(self.tr("Near this help point"))
        self.here_button.setAccessibleName(self.tr("Search places near this help point"))
        self.kind_label.setText(self.tr("&Show:"))
        self.kind_box.setAccessibleName(self.tr("Category of places to show"))
        current = self.kind_box.currentData()
        self.kind_box.clear()
        self.kind_box.addItem(self.tr("All categories"), "")
        for kind, title in self.kind_titles().items():
            self.kind_box.addItem(title, kind)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(current or "")))
        self.results.setAccessibleName(self.tr("Places found, nearest first"))
        self.loading.setAccessibleName(self.tr("Loading the list of places…"))
        self.details.setAccessibleName(self.tr("Details of the chosen place"))
        self.qr.setAccessibleName(self.tr("QR code of the address on a map"))
        self.qr_caption.setText(self.tr("Scan to open this address on a map"))
        # "‹" is mirrored in a right-to-left line: it points right, the way back there.
        self.back_button.setText(self.tr("‹ Back to the places"))
        self.back_button.setAccessibleName(self.tr("Back to the places"))
        self._show_identity_help()
        self._show_sources()
        self._show_status()
        self._refresh()

    def _show_identity_help(self) -> None:
        """The identity card and passport panel: what this list cannot say, the official
        appointment site (QR code, and a button where a browser can open it)."""
        appointment = self.controller.locator("appointment")
        self.id_title.setText(self.tr("Identity card or passport"))
        self.notice.setText(
            self.tr(
                "Not every town hall takes these applications, and no list on this "
                "computer says which ones do. The official appointment site lists them "
                "and books the appointment."
            )
        )
        self.notice.setAccessibleName(strip_isolates(self.notice.text()))
        self.appointment_url.set_address_text(self.tr("Official appointment site: %1"), appointment)
        self.appointment_url.setAccessibleName(
            self.tr("Official appointment site: %1").replace("%1", appointment)
        )
        self.appointment_button.setText(self.tr("Open the appointment site"))
        self.appointment_button.setAccessibleName(self.appointment_button.text())
        self.appointment_button.setVisible(
            self._open_url is not None and self._can_open_url() and bool(appointment)
        )
        self.appointment_qr.setAccessibleName(self.tr("QR code of the official appointment site"))
        self.appointment_qr_caption.setText(self.tr("Scan with your phone to book there"))
        ants = self.controller.locator("ants")
        text = self.tr("Approved photographers and photo booths (ANTS): %1")
        self.ants_locator.set_address_text(text, ants)
        self.ants_locator.setAccessibleName(text.replace("%1", ants))

    def _open_appointments(self) -> None:
        if self._open_url is not None:
            self._open_url(self.controller.locator("appointment"))

    def _show_sources(self) -> None:
        if not self.controller.ready:
            self.sources.setText("")
            return
        self.sources.setText(
            self.tr(
                "Data: town halls from the DILA directory; France services (ANCT, December "
                "2022); digital help points (2021-2024); communes COG 2026. Licence "
                "Ouverte."
            )
        )
        problems = self.controller.problems
        self.problems.setVisible(bool(problems))
        self.problems.setText(
            self.tr("The help point's own list of places has problems: %1").replace(
                "%1", "; ".join(problems[:3])
            )
            if problems
            else ""
        )

    def _show_status(self) -> None:
        self.loading.setVisible(not self.controller.ready and not self.controller.failed)
        if self.controller.failed:
            text = self.tr("The list of places could not be opened. Please tell a mediator.")
        elif not self.controller.ready:
            text = self.tr("Loading the list of places…")
        elif self._origin is None and self.search_edit.text().strip() and self._searched:
            text = self.tr("Nothing found for this search. Try a postcode or another spelling.")
        elif self._origin is None:
            text = ""
        elif self._origin.via == "site":
            text = self.tr("Places near this help point")
        else:
            text = self.tr("Places near %1").replace("%1", isolate(self._origin.display()))
        self.status.setText(text)
        self.status.setAccessibleName(text)
        # Out of the tree while empty: not a nameless node for a screen reader (m5).
        self.status.setVisible(bool(text))

    # -- interaction ---------------------------------------------------------------------

    def _on_ready(self) -> None:
        self._show_sources()
        self._show_status()
        if self.search_edit.text().strip():
            self.search()

    def _on_failed(self) -> None:
        self._show_status()

    def _on_typed(self, typed: str) -> None:
        self._suggestions = self.controller.complete(typed)
        self._completion_model.setStringList([loc.display() for loc in self._suggestions])

    def _on_suggestion(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self._suggestions):
            self.search(self._suggestions[row])

    def search(self, origin: Location | None = None) -> None:
        """Search around ``origin`` or what the field names."""
        query = self.search_edit.text()
        if not isinstance(origin, Location):
            origin = None
            for suggestion in self._suggestions:
                if suggestion.display() == query.strip():
                    origin = suggestion
        self._searched = True
        result = self.controller.search(query, origin=origin)
        self._origin = result.origin if result else None
        self._hits_by_kind = result.groups if result else {}
        log.info("places searched: %s", "found" if self._origin else "not found")
        self._show_status()
        self._refresh()
        # The focus stays in the field: a screen reader is told the search's outcome
        # ("Places near …" or "Nothing found …"), else the results arrive unheard.
        announce(self.status, self.status.text())

    def search_here(self) -> None:
        location = self.controller.site_location()
        if location is not None:
            self.search_edit.clear()
            self.search(location)

    def _refresh(self) -> None:
        self.results.clear()
        self._hits = []
        chosen = self.kind_box.currentData() or ""
        titles = self.kind_titles()
        for kind in KINDS:
            hits = self._hits_by_kind.get(kind)
            if hits is None or (chosen and kind != chosen):
                continue
            header = QListWidgetItem(titles[kind])
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.results.addItem(header)
            if not hits:
                empty = QListWidgetItem(self.tr("None near here in the data on this computer"))
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
                self.results.addItem(empty)
            for hit in hits:
                text = self._hit_text(hit)
                item = QListWidgetItem(text)
                # Spoken without the invisible direction marks.
                spoken = strip_isolates(text).replace(RIGHT_TO_LEFT_MARK, "")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                item.setData(ROLE_HIT, len(self._hits))
                self._hits.append(hit)
                self.results.addItem(item)
        self._show_details(None)
        self._show_page(detail=self.detail_page)  # the list shown only with something in it

    def _distance(self, hit: Hit) -> str:
        if hit.distance_km is None:
            return ""
        if hit.distance_km < 1:
            meters = str(round(hit.distance_km * 1000 / 10) * 10)
            return _measure(self.tr("%1 m"), meters)
        # The interface language's decimal comma (fr_FR, en_FR, ar_MA): "12,3 km".
        return _measure(self.tr("%1 km"), QLocale().toString(hit.distance_km, "f", 1))

    def _today(self, hit: Hit) -> str:
        if not hit.today.known:
            return self.tr("Opening hours unknown")
        if not hit.today.intervals:
            return self.tr("Closed today")
        state = self.tr("open now") if hit.today.open_now else self.tr("closed now")
        return (
            self.tr("Today: %1 (%2)").replace("%1", isolate(hit.today.text())).replace("%2", state)
        )

    def _hit_text(self, hit: Hit) -> str:
        place = hit.place
        first = isolate(place.name)
        distance = self._distance(hit)
        if distance:
            first += " — " + distance
        lines = [first, isolate(place.full_address())]
        if place.local_kind:
            lines.insert(1, self.local_kind_titles().get(place.local_kind, ""))
        if place.phone:
            lines.append(isolate_ltr(place.phone))
        lines.append(self._today(hit))
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> str:
        """Lines of a place, each starting in the interface's direction (AR-5): a line
        that is only an isolated name or address would otherwise stand left to right,
        at the far side of an Arabic page, away from its neighbours."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark = RIGHT_TO_LEFT_MARK if rtl else ""
        return "\n".join(mark + line for line in lines if line)

    def _on_selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        index = current.data(ROLE_HIT) if current is not None else None
        self._show_details(self._hits[index] if isinstance(index, int) else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.details_pane and event.type() == QEvent.Type.Resize:
            self._fit_details.start()  # one turn later, outside the layout pass
        return super().eventFilter(watched, event)

    def _claim_details_height(self) -> None:
        """The pane as tall as its wrapped lines, QR code and caption at its width
        (the screen then grows; the window scrolls)."""
        pane = self.details_pane
        layout = pane.layout()
        needed = max(layout.totalHeightForWidth(pane.width()), 0) if layout is not None else 0
        if needed != pane.minimumHeight():
            pane.setMinimumHeight(needed)

    # -- kiosk pages (K-4) ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # The desk may have switched between kiosk and workstation since last shown.
        self._show_page(detail=self.detail_page and self._kiosk())
        super().showEvent(event)

    def _show_page(self, detail: bool) -> None:
        """At a kiosk: the search and the list, or a place's details alone under a big
        Back. At a workstation: the list and the details side by side, always."""
        kiosk = self._kiosk()
        self._width.update()
        self._place_id_panel(beside_the_list=not kiosk)
        self.clear_search.use_at_kiosk(kiosk)
        self.detail_page = detail and kiosk
        list_shown = not self.detail_page
        details_shown = self.detail_page or not kiosk
        if not list_shown:
            drop_focus_inside(self.search_panel)
            drop_focus_inside(self.results)
            drop_focus_inside(self.id_panel)
        if not details_shown:
            drop_focus_inside(self.details_pane)
        for widget in (self.search_panel, self.id_panel):
            widget.setVisible(list_shown)
        # At a kiosk an empty list takes no room: the identity-card help comes first.
        if list_shown and kiosk and self.results.count() == 0:
            drop_focus_inside(self.results)
        results_shown = list_shown and (not kiosk or self.results.count() > 0)
        self.results.setVisible(results_shown)
        self.details_pane.setVisible(details_shown)
        self.splitter.setVisible(results_shown or details_shown)  # no empty band
        self.back_button.setVisible(self.detail_page)
        self._escape.setEnabled(self.detail_page)
        show_as_cards(self.results, kiosk)
        self.results.setSpacing(CARD_SPACING_PX if kiosk else 0)  # places apart, easy to touch
        # At a kiosk the list alone sets the splitter's height (no details beside it):
        # about three places' cards of four lines, not one card cut in half.
        card = PLACE_LINES * self.results.fontMetrics().lineSpacing() + 2 * CARD_SPACING_PX
        self.results.setMinimumHeight(KIOSK_CARDS_SHOWN * card if kiosk else 0)

    def _place_id_panel(self, beside_the_list: bool) -> None:
        """At a workstation the identity-card help goes under the place's details, in
        their pane (it scrolls: a 1280×800 window had no room for it under both
        panes); at a kiosk under the list, in the page's own layout."""
        page = self.layout()
        side = self.details_pane.layout()
        assert isinstance(page, QVBoxLayout)
        assert isinstance(side, QVBoxLayout)
        if (side.indexOf(self.id_panel) >= 0) == beside_the_list:
            return
        if beside_the_list:
            page.removeWidget(self.id_panel)
            side.insertWidget(side.count() - 1, self.id_panel)  # above the closing stretch
        else:
            side.removeWidget(self.id_panel)
            page.insertWidget(page.indexOf(self.splitter) + 1, self.id_panel)
        self._fit_details.start()  # the pane measured again with or without it

    def _tapped(self, item: QListWidgetItem) -> None:
        """At a kiosk a tap on a place opens its page (a category's title opens nothing)."""
        if self._kiosk() and isinstance(item.data(ROLE_HIT), int):
            self.results.setCurrentItem(item)
            self._read_details()

    def back_to_list(self) -> None:
        """Back from a place's page: the list, the focus on that place (made current
        again while the list has the focus, so a screen reader says it)."""
        for widget in (self.search_panel, self.results, self.id_panel):
            widget.show()
        row = self.results.currentRow()
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if row >= 0:
            self.results.setCurrentRow(-1)
            self.results.setCurrentRow(row)
            self.results.scrollToItem(self.results.item(row))
        self._show_page(detail=False)

    def _read_details(self) -> None:
        """Enter on a place: the focus goes to its details, which are spoken (B1); at a
        kiosk they are a page of their own (K-4)."""
        item = self.results.currentItem()
        if item is None or not isinstance(item.data(ROLE_HIT), int):
            return  # a category's title or "none near here": nothing to open
        if self._kiosk():
            self.details_pane.show()  # before the list goes: the focus moves in one step
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_page(detail=True)
        announce(self.details, self._spoken_details())

    def _spoken_details(self) -> str:
        """The place's address and details as read aloud: without the invisible bidi
        marks, which a screen reader would spell out."""
        lines = [self.address.label.text()] if self.address.isVisibleTo(self) else []
        lines.append(_without_marks(self.details.text()))
        return "\n".join(lines)

    def _show_details(self, hit: Hit | None) -> None:
        self._fit_details.start()  # the pane measured again for this text
        if hit is None:
            self.address.hide()
            self.address.setText("")  # no place of the last person kept, even hidden
            self.details.setText(self.tr("Choose a place in the list to see its details."))
            self.qr.clear()
            self.qr.setVisible(False)
            self.qr_caption.setVisible(False)
            return
        place = hit.place
        self.address.setText(f"{place.name}\n{place.full_address()}")
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # Framed only in a right-to-left page: there it is a French block in Arabic text.
        self.address.setFrameShape(QFrame.Shape.Box if rtl else QFrame.Shape.NoFrame)
        box_layout = self.address.layout()
        if box_layout is not None and not rtl:  # unframed: in line with the details' text
            box_layout.setContentsMargins(8, 8, 8, 0)
        elif box_layout is not None:
            box_layout.setContentsMargins(12, 8, 12, 8)
        self.address.show()
        lines = []
        if place.phone:
            lines.append(self.tr("Phone: %1").replace("%1", isolate_ltr(place.phone)))
        if place.website:
            lines.append(self.tr("Website: %1").replace("%1", unbreakable_address(place.website)))
        lines.append(self._today(hit))
        if place.note:
            lines.append(isolate(place.note))
        if place.kind == TOWN_HALL:
            lines.append(
                self.tr("Check that this town hall takes passport and identity-card applications.")
            )
        if place.approximate:
            lines.append(self.tr("Position approximate (centre of the town)."))
        if place.updated:
            lines.append(self.tr("Information dated %1").replace("%1", isolate(place.updated)))
        self.details.setText(self._lines(lines))
        self.qr.setPixmap(
            qr_pixmap(self.controller.map_link(place.latitude, place.longitude), scale=4, border=2)
        )
        self.qr.setVisible(True)
        self.qr_caption.setVisible(True)

    # -- screen ------------------------------------------------------------------------------

    def initial_focus(self) -> QWidget | None:
        return self.search_edit

    def clear_citizen_data(self) -> None:
        self._show_page(detail=False)
        self.search_edit.clear()
        self._completion_model.setStringList([])
        self._suggestions = []
        self._origin = None
        self._hits_by_kind = {}
        self._searched = False
        self.kind_box.setCurrentIndex(0)
        self._show_status()
        self._refresh()
