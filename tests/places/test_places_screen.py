"""The "Help points and town halls" screen: search, suggestions, categories, details,
QR codes, wipe."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFrame, QLabel

from assist_desk import theme
from assist_desk.controllers.places import PlacesController, PlacesOptions
from assist_desk.i18n import strip_isolates
from assist_desk.modes import LANGUAGES
from assist_desk.places.directory import PlacesDirectory
from assist_desk.places.service import LoadedPlaces
from assist_desk.views.places import ROLE_HIT, PlacesScreen

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def screen(qtbot: Any, directory: PlacesDirectory) -> PlacesScreen:
    controller = PlacesController(
        PlacesOptions(site=(48.8566, 2.3522), allowed_urls=["https://www.openstreetmap.org/"]),
        loaded=LoadedPlaces(directory),
    )
    widget = PlacesScreen(controller)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def _plain(text: str) -> str:
    return strip_isolates(text)


def _texts(screen: PlacesScreen) -> list[str]:
    return [_plain(screen.results.item(i).text()) for i in range(screen.results.count())]


def test_typing_suggests_then_search_lists_categories(qtbot: Any, screen: PlacesScreen) -> None:
    # Typing (as textEdited): the offscreen platform cannot show the suggestion popup.
    screen.search_edit.setText("st deni")
    screen.search_edit.textEdited.emit("st deni")
    assert screen._completion_model.stringList()[:2] == ["Saint-Denis (974)", "Saint-Denis (93)"]
    screen.completer.activated[QModelIndex].emit(  # type: ignore[index]
        screen._completion_model.index(1, 0)
    )
    assert "Saint-Denis (93)" in _plain(screen.status.text())
    texts = _texts(screen)
    assert texts[0] == "Town halls"
    assert texts[1].startswith("Mairie de Saint-Denis — ")
    assert "France services" in texts
    assert "Digital help points" in texts


def test_postcode_search_details_and_qr(qtbot: Any, screen: PlacesScreen) -> None:
    screen.search_edit.setText("75011")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    item = screen.results.item(1)
    assert _plain(item.text()).startswith("Mairie de Paris 11e Arrondissement")
    screen.results.setCurrentItem(item)
    assert screen.address.label.text() == (
        "Mairie de Paris 11e Arrondissement\n12 place Léon-Blum, 75011 Paris"
    )
    details = _plain(screen.details.text())
    assert "01 53 27 11 11" in details
    assert "passport and identity-card applications" in details
    assert screen.qr.pixmap() is not None
    assert not screen.qr.pixmap().isNull()


def test_category_filter_and_here(screen: PlacesScreen) -> None:
    screen.search_here()
    assert screen.status.text() == "Places near this help point"
    screen.kind_box.setCurrentIndex(screen.kind_box.findData("france-services"))
    screen._refresh()
    texts = _texts(screen)
    assert texts[0] == "France services"
    assert "Town halls" not in texts


def test_nothing_found_is_said_calmly(qtbot: Any, screen: PlacesScreen) -> None:
    screen.search_edit.setText("zzqqxx")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert "Nothing found" in screen.status.text()
    assert screen.results.count() == 0


def test_wipe_forgets_the_search(qtbot: Any, screen: PlacesScreen) -> None:
    screen.search_edit.setText("Ajaccio")
    screen.search_edit.textEdited.emit("Ajaccio")
    screen.search()
    assert screen.results.count() > 0
    screen.clear_citizen_data()
    assert screen.search_edit.text() == ""
    assert screen.results.count() == 0
    assert screen._completion_model.stringList() == []
    assert screen.status.text() == ""


def test_wipe_forgets_the_place_opened(qtbot: Any, screen: PlacesScreen) -> None:
    """The next person finds nothing of the place the last one opened, not even in the
    hidden address box (its name and address tell where that person lives)."""
    screen.search_edit.setText("75011")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    screen.results.setCurrentItem(screen.results.item(1))
    assert "Léon-Blum" in screen.address.label.text()
    screen.clear_citizen_data()
    assert screen.address.label.text() == ""
    assert screen.address.label.accessibleName() == ""
    assert "Léon-Blum" not in strip_isolates(screen.details.text())


def test_every_focusable_widget_has_a_name(screen: PlacesScreen) -> None:
    screen.show()
    assert screen.initial_focus() is screen.search_edit
    for widget in (
        screen.search_edit,
        screen.search_button,
        screen.here_button,
        screen.kind_box,
        screen.results,
    ):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget.objectName()
    assert screen.window_title() == "Help points and town halls"


def test_loading_in_the_background(qtbot: Any, directory: PlacesDirectory) -> None:
    controller = PlacesController(PlacesOptions(), loader=lambda _path: LoadedPlaces(directory))
    ready: list[bool] = []
    controller.sig_ready.connect(lambda: ready.append(True))
    widget = PlacesScreen(controller)
    qtbot.addWidget(widget)
    controller.wait_loaded()
    # The queued signal from the loading thread: delivered explicitly, since an earlier
    # test's QApplication.exit() (AppContext.shutdown) can stop the usual delivery.
    QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: bool(ready), timeout=10000)
    assert controller.ready
    assert "Data:" in widget.sources.text()


def test_data_gone_after_opening_says_so_without_a_traceback(qtbot: Any) -> None:
    """The store cannot be read any more (file replaced, removed, disk error): the
    screen says the list could not be opened, as when opening fails."""
    gone = PlacesDirectory.load()
    controller = PlacesController(PlacesOptions(), loaded=LoadedPlaces(gone))
    failed: list[bool] = []
    controller.sig_failed.connect(lambda: failed.append(True))
    widget = PlacesScreen(controller)
    qtbot.addWidget(widget)
    gone.close()  # every later query fails as a vanished file would
    widget.search_edit.setText("Saint-Denis")
    widget.search_edit.textEdited.emit("Saint-Denis")
    widget.search()
    assert failed
    assert controller.failed
    assert widget.status.text() == (
        "The list of places could not be opened. Please tell a mediator."
    )
    assert widget.results.count() == 0


def test_loading_shows_a_moving_bar_then_hides_it(qtbot: Any, directory: PlacesDirectory) -> None:
    """O-2: while the list loads the screen says so with a busy bar, not an empty list alone."""
    controller = PlacesController(PlacesOptions(), loader=lambda _path: LoadedPlaces(directory))
    widget = PlacesScreen(controller)
    qtbot.addWidget(widget)
    widget.show()
    if not controller.ready:  # the worker may already be done on a fast machine
        assert widget.loading.isVisible()
        assert widget.loading.maximum() == 0  # busy, no fake progress
        assert widget.status.text() == "Loading the list of places…"
    controller.wait_loaded()
    QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: controller.ready, timeout=10000)
    qtbot.waitUntil(lambda: not widget.loading.isVisible(), timeout=10000)
    assert widget.status.text() == ""


def test_loading_bar_while_the_worker_has_not_answered(qtbot: Any) -> None:
    """The loading state itself, made certain: a loader that has not returned yet."""
    import threading

    release = threading.Event()
    gone = PlacesDirectory.load()

    def slow_loader(_path: Any) -> LoadedPlaces:
        release.wait(10)
        return LoadedPlaces(gone)

    controller = PlacesController(PlacesOptions(), loader=slow_loader)
    widget = PlacesScreen(controller)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.loading.isVisible()
    assert widget.status.text() == "Loading the list of places…"
    release.set()
    controller.wait_loaded()
    QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: not widget.loading.isVisible(), timeout=10000)


def test_identity_card_and_passport_get_the_appointment_site(screen: PlacesScreen) -> None:
    """O-2: a big QR code of the official appointment site, its address beside its label,
    and no "INSEE" anywhere a citizen reads."""
    screen.show()
    url = screen.controller.locator("appointment")
    assert "rendezvouspasseport.ants.gouv.fr" in url
    qr = screen.appointment_qr.pixmap()
    assert qr is not None
    assert qr.width() >= 150
    assert url in screen.appointment_url.accessibleName()
    assert screen.appointment_qr.accessibleName()
    citizen_text = " ".join(
        label.text() + label.accessibleName() for label in screen.findChildren(QLabel)
    )
    citizen_text += screen.search_edit.accessibleName() + screen.search_edit.placeholderText()
    assert "INSEE" not in citizen_text
    assert not screen.appointment_button.isVisible()  # no way to open it: the QR only


def test_the_appointment_button_uses_the_given_opener(
    qtbot: Any, directory: PlacesDirectory
) -> None:
    opened: list[str] = []
    controller = PlacesController(PlacesOptions(), loaded=LoadedPlaces(directory))
    widget = PlacesScreen(
        controller, open_url=lambda url: opened.append(url) or True, can_open_url=lambda: True
    )
    qtbot.addWidget(widget)
    widget.show()
    assert widget.appointment_button.isVisible()
    assert widget.appointment_button.accessibleName() == "Open the appointment site"
    qtbot.mouseClick(widget.appointment_button, Qt.MouseButton.LeftButton)
    assert opened == [controller.locator("appointment")]


def test_example_places_are_isolated_one_by_one() -> None:
    """AR-5: each Latin item in its own isolate, so Arabic commas fall between them."""
    from assist_desk.bidi import FSI, PDI

    controller = PlacesController(PlacesOptions())
    widget = PlacesScreen(controller)
    try:
        text = widget.example_places()
        assert text.count(FSI) == 3
        assert text.count(PDI) == 3
        for item in ("75011", "Saint-Denis", "Ajaccio"):
            assert f"{FSI}{item}{PDI}" in text
    finally:
        controller.wait_loaded()
        widget.deleteLater()


def test_kiosk_place_details_are_a_page_of_their_own(
    qtbot: Any, directory: PlacesDirectory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """K-4: at a kiosk the list takes the screen; a place opens its own page with a big
    Back (focus on the details, spoken); Back returns the focus to that place."""
    from assist_desk.views import places as places_module

    said: list[str] = []
    monkeypatch.setattr(places_module, "announce", lambda _w, text, **_k: said.append(text))
    controller = PlacesController(
        PlacesOptions(site=(48.8566, 2.3522)), loaded=LoadedPlaces(directory)
    )
    widget = PlacesScreen(controller, kiosk=lambda: True)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # focus moves need an active window
    assert not widget.details_pane.isVisible()  # no empty pane beside the list
    widget.search_edit.setText("75011")
    widget.search()
    row = next(
        r
        for r in range(widget.results.count())
        if widget.results.item(r).data(ROLE_HIT) is not None
    )
    item = widget.results.item(row)
    widget.results.setFocus()
    widget.results.setCurrentItem(item)
    assert not widget.detail_page  # the arrows stay on the list
    widget.results.itemClicked.emit(item)  # a tap
    assert widget.detail_page
    assert widget.details_pane.isVisible()
    assert not widget.results.isVisible()
    assert not widget.search_edit.isVisible()
    assert widget.back_button.isVisible()
    assert widget.details.hasFocus()
    assert "12 place Léon-Blum" in strip_isolates(said[-1])
    assert widget.qr.isVisible()
    widget.back_button.click()
    assert not widget.detail_page
    assert widget.results.hasFocus()
    assert widget.results.currentRow() == row
    widget.results.itemClicked.emit(widget.results.item(0))  # a category's title
    assert not widget.detail_page  # opens nothing
    widget.results.itemClicked.emit(item)
    widget.clear_citizen_data()
    assert not widget.detail_page


def test_a_phone_number_keeps_its_order_in_arabic() -> None:
    """AR-5: digits have no direction; a left-to-right isolate keeps a phone number's
    groups in order inside an Arabic line (a first-strong one turned them around)."""
    from assist_desk.bidi import FSI, LRI, PDI
    from assist_desk.i18n import isolate_ltr

    assert isolate_ltr("01 53 27 11 11") == f"{LRI}01 53 27 11 11{PDI}"
    assert FSI not in isolate_ltr("01 53 27 11 11")
    assert strip_isolates(isolate_ltr("01")) == "01"


def test_in_arabic_the_address_is_a_left_to_right_box_read_without_marks(
    screen: PlacesScreen,
) -> None:
    """Issue 14: in an Arabic page the French address was a right-aligned line of the
    right-to-left details; it is a framed left-to-right box of its own, and what a
    screen reader reads has no invisible bidi marks (Orca spells some out)."""
    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    screen.show()
    screen.search_edit.setText("75011")
    screen.search()
    screen.results.setCurrentItem(screen.results.item(1))
    shown = [
        label
        for label in screen.details_pane.findChildren(QLabel)
        if label.isVisible() and "12 place Léon-Blum" in label.text()
    ]
    assert len(shown) == 1
    address = shown[0]
    assert address.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert address.alignment() & Qt.AlignmentFlag.AlignLeft
    box = address.parentWidget()
    assert isinstance(box, QFrame)
    assert box.frameShape() == QFrame.Shape.Box
    assert address.accessibleName() == (
        "Mairie de Paris 11e Arrondissement\n12 place Léon-Blum, 75011 Paris"
    )  # no invisible bidi marks, which a screen reader may spell out
    assert screen.details.accessibleName() == "Details of the chosen place"
    screen.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # French: no frame
    screen.results.setCurrentItem(screen.results.item(2))
    screen.results.setCurrentItem(screen.results.item(1))
    assert box.frameShape() == QFrame.Shape.NoFrame


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_distance_never_breaks_between_number_and_unit(
    qtbot: Any, qapp: Any, screen: PlacesScreen, lang: str
) -> None:
    """Issue 14: "%1 km" could break after the number, "km" starting the next line.
    Each space of the translated template is now a no-break space."""
    from PySide6.QtCore import QLocale, QTranslator

    from assist_desk.i18n import LOCALES
    from assist_desk.paths import i18n_dir

    translator = QTranslator()
    assert translator.load(f"assist_desk_{lang}", str(i18n_dir()))
    qapp.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(LOCALES[lang]))  # as the language switch does
    try:
        screen.search_edit.setText("75011")
        qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
        texts = [screen.results.item(i).text() for i in range(screen.results.count())]
        distances = [re.search(r"\u2069(\s)(km|m|كم|م)\b", text) for text in texts if " — " in text]
        assert distances, texts[:3]
        assert all(distances), texts[:3]
        kinds = {match.group(2) for match in distances if match}
        assert kinds & {"km", "كم"}, kinds  # both sizes seen
        assert kinds & {"m", "م"}, kinds
        assert {match.group(1) for match in distances if match} == {"\u00a0"}
        # A tenth of a kilometre with the decimal comma, as "2,76 €" (no "12.3 km").
        kilometres = [text for text in texts if re.search(r"\d\u2069\u00a0(km|كم)", text)]
        assert kilometres
        assert all(re.search(r"\d,\d\u2069", text) for text in kilometres)
    finally:
        QLocale.setDefault(before)
        qapp.removeTranslator(translator)


#: What Qt still draws at a reading position of zero width in text with bidi marks (an
#: isolated phone number, Arabic): a direction chevron of about 3 px
#: (QTextLayout::drawCursor draws it whatever the width). The caret bar was 50 px.
CHEVRON_PX = 4


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_details_are_read_with_the_arrows_without_a_caret(
    qtbot: Any, qapp: Any, directory: PlacesDirectory, direction: Qt.LayoutDirection
) -> None:
    """Issue 14: the details showed a text caret (keyboard selection, so that a screen
    reader reads them line by line); read-only text with a caret looks like a field to
    type in. The arrows still move the reading position; no caret bar is drawn."""
    theme.apply(qapp, "default", 1.0, kiosk=False)  # the application's style, as at start
    try:
        controller = PlacesController(
            PlacesOptions(site=(48.8566, 2.3522), allowed_urls=[]),
            loaded=LoadedPlaces(directory),
        )
        screen = PlacesScreen(controller)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.setLayoutDirection(direction)
        screen.show()
        qtbot.waitExposed(screen)
        screen.search_edit.setText("75011")
        screen.search()
        screen.results.setCurrentItem(screen.results.item(1))
        details = screen.details
        assert details.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        screen.activateWindow()
        details.setFocus()
        qtbot.waitUntil(details.hasFocus)
        details.setSelection(4, 0)  # the reading position inside the first line
        first = details.grab().toImage()
        qtbot.keyClick(details, Qt.Key.Key_Down)  # the reading position: second line
        second = details.grab().toImage()
        changed = [
            (x, y)
            for y in range(first.height())
            for x in range(first.width())
            if first.pixel(x, y) != second.pixel(x, y)
        ]
        # Only the two chevrons differ, at most: no caret bar at either place.
        assert len(changed) <= 2 * 2 * CHEVRON_PX, len(changed)
        qtbot.keyClick(details, Qt.Key.Key_Home)
        qtbot.keyClick(details, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
        read = strip_isolates(details.selectedText()).strip("\u200f")
        # The arrows moved through the text (a screen reader follows): the second line.
        assert read == strip_isolates(details.text().split("\n")[1]).strip("\u200f")
    finally:
        theme.remove(qapp)
        qapp.setProperty("assist_desk_citizen", None)
