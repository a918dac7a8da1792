"""The "Find a place" screen (installed by :mod:`assist_desk.views.places_feature`).

Search by town, postcode or INSEE code (suggestions while typing) or around
the help point; the nearest places of each category with distance, address,
phone, today's hours and whether they are open now; a QR code to the chosen
address on a map. It says plainly what no offline list can tell (town halls
equipped for passports and identity cards, approved photographers, SIV
professionals) and gives the official online locators.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assist_desk.controllers.places import PlacesController
from assist_desk.i18n import isolate
from assist_desk.places.models import (
    DIGITAL_HELP,
    FRANCE_SERVICES,
    KINDS,
    LOCAL,
    TOWN_HALL,
    Hit,
    Location,
)
from assist_desk.views.a11y import announce, name_clear_button
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.qr import qr_pixmap
from assist_desk.views.widgets.reflow import ReflowRow, StackingSplitter
from assist_desk.views.widgets.wrap_button import WrapButton

log = logging.getLogger(__name__)

ROLE_HIT = int(Qt.ItemDataRole.UserRole)


def breakable_urls(text: str) -> str:
    """``text`` with a zero-width space after each "." of its web addresses (Qt already
    breaks after "/"), where a line may then break: a long host name such as
    ``rendezvouspasseport.ants.gouv.fr`` no longer sets the screen's minimum width."""
    return re.sub(r"https?://\S+", lambda m: m.group(0).replace(".", ".\u200b"), text)


class PlacesScreen(Screen):
    """See the module docstring."""

    screen_id = "places"  # assist_desk.views.places_feature.SCREEN_ID

    def __init__(self, controller: PlacesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._suggestions: list[Location] = []
        self._origin: Location | None = None
        self._hits: list[Hit] = []
        self._hits_by_kind: dict[str, list[Hit]] = {}
        self._searched = False

        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.search_label = QLabel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("placesSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
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

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("placesStatus")

        self.results = QListWidget()
        self.results.setObjectName("placesResults")
        self.results.setWordWrap(True)
        self.results.currentItemChanged.connect(self._on_selected)
        self.results.itemActivated.connect(lambda _item: self._read_details())
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
        self.qr = QLabel()
        self.qr.setObjectName("placeQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = QLabel()
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setProperty("role", "muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.details)
        side_layout.addWidget(self.qr)
        side_layout.addWidget(self.qr_caption)
        side_layout.addStretch(1)
        splitter = StackingSplitter()  # the list above the details on a narrow screen
        splitter.addWidget(self.results)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.notice = QLabel()
        self.notice.setObjectName("placesNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.sources = QLabel()
        self.sources.setProperty("role", "muted")
        self.sources.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)

        # Label, field and buttons side by side when they fit; one under the other
        # otherwise (text at 200 % on a narrow kiosk), the buttons' text wrapping.
        search_row = ReflowRow()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        search_row.addWidget(self.here_button)
        kind_row = ReflowRow()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind_box, 1)

        frame = QFrame()
        frame.setObjectName("placesNoticeFrame")
        frame_layout = QHBoxLayout(frame)
        frame_layout.addWidget(self.notice, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(search_row)
        layout.addLayout(kind_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(frame)
        layout.addWidget(self.problems)
        layout.addWidget(self.sources)

        self.setTabOrder(self.search_edit, self.search_button)
        self.setTabOrder(self.search_button, self.here_button)
        self.setTabOrder(self.here_button, self.kind_box)
        self.setTabOrder(self.kind_box, self.results)

        controller.sig_ready.connect(self._on_ready)
        controller.sig_failed.connect(self._on_failed)
        self.retranslate_ui()
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
        return self.tr("Find a place")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Find a place"))
        self.intro.setText(
            self.tr(
                "Type a town, a postcode or an INSEE code, then choose a suggestion. "
                "The nearest places appear by category, from data kept on this computer."
            )
        )
        self.search_label.setText(self.tr("&Town or postcode:"))
        # The spoken name begins with the visible label (voice control: "click Town…").
        self.search_edit.setAccessibleName(self.tr("Town or postcode (or INSEE code)"))
        name_clear_button(self.search_edit, self.tr("Clear the search"))
        self.search_edit.setAccessibleDescription(
            self.tr("Suggestions appear as you type; press Enter to search")
        )
        self.search_edit.setPlaceholderText(self.tr("e.g. 75011, Saint-Denis, Ajaccio"))
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
        self.details.setAccessibleName(self.tr("Details of the chosen place"))
        self.qr.setAccessibleName(self.tr("QR code of the address on a map"))
        self.qr_caption.setText(self.tr("Scan to open this address on a map"))
        text = (
            self.tr(
                "No list kept on this computer says which town halls take passport and "
                "identity-card applications, which photographers and photo booths are "
                "approved, or which professionals are approved for vehicle registration. "
                "Check that a town hall takes passport and identity-card applications "
                "before going there."
            )
            + "\n"
            + self.tr("Town halls and appointments: %1").replace(
                "%1", isolate(self.controller.locator("appointment"))
            )
            + "\n"
            + self.tr("Photographers, photo booths, approved professionals (ANTS): %1").replace(
                "%1", isolate(self.controller.locator("ants"))
            )
        )
        # The addresses may break after "/" on a narrow screen (text at 200 %), instead
        # of widening the screen past its edge; a screen reader gets them whole.
        self.notice.setText(breakable_urls(text))
        self.notice.setAccessibleName(text)
        self._show_sources()
        self._show_status()
        self._refresh()

    def _show_sources(self) -> None:
        if not self.controller.ready:
            self.sources.setText("")
            return
        self.sources.setText(
            self.tr(
                "Data: town halls from the DILA directory; France services (ANCT, December "
                "2022); digital help points (2021-2024); communes COG 2026. Licence "
                "Ouverte. Details in About."
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
                item = QListWidgetItem(self._hit_text(hit))
                item.setData(ROLE_HIT, len(self._hits))
                self._hits.append(hit)
                self.results.addItem(item)
        self._show_details(None)

    def _distance(self, hit: Hit) -> str:
        if hit.distance_km is None:
            return ""
        if hit.distance_km < 1:
            meters = str(round(hit.distance_km * 1000 / 10) * 10)
            return self.tr("%1 m").replace("%1", isolate(meters))
        return self.tr("%1 km").replace("%1", isolate(f"{hit.distance_km:.1f}"))

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
            lines.append(isolate(place.phone))
        lines.append(self._today(hit))
        return "\n".join(line for line in lines if line)

    def _on_selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        index = current.data(ROLE_HIT) if current is not None else None
        self._show_details(self._hits[index] if isinstance(index, int) else None)

    def _read_details(self) -> None:
        """Enter on a place: the focus goes to its details, which are spoken (B1)."""
        self.details.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.details, self.details.text())

    def _show_details(self, hit: Hit | None) -> None:
        if hit is None:
            self.details.setText(self.tr("Choose a place in the list to see its details."))
            self.qr.clear()
            self.qr.setVisible(False)
            self.qr_caption.setVisible(False)
            return
        place = hit.place
        lines = [isolate(place.name), isolate(place.full_address())]
        if place.phone:
            lines.append(self.tr("Phone: %1").replace("%1", isolate(place.phone)))
        if place.website:
            lines.append(self.tr("Website: %1").replace("%1", isolate(place.website)))
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
        self.details.setText("\n".join(lines))
        self.qr.setPixmap(
            qr_pixmap(self.controller.map_link(place.latitude, place.longitude), scale=4, border=2)
        )
        self.qr.setVisible(True)
        self.qr_caption.setVisible(True)

    # -- screen ------------------------------------------------------------------------------

    def initial_focus(self) -> QWidget | None:
        return self.search_edit

    def clear_citizen_data(self) -> None:
        self.search_edit.clear()
        self._completion_model.setStringList([])
        self._suggestions = []
        self._origin = None
        self._hits_by_kind = {}
        self._searched = False
        self.kind_box.setCurrentIndex(0)
        self._show_status()
        self._refresh()
