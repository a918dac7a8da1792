"""Issue 14's last form components (E-4, K-2, O-5), driven as a person would.

E-4: the date of birth was one free-text "JJ/MM/AAAA" box (people type "31/02/85"),
the message to ANTS a single line, and the count of fingerprint stations a text box.
K-2: the prerequisite questions were pairs of 26-px radio buttons.
Real controller, screen and style sheet; no portal call is made.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton

from assist_desk import theme
from assist_desk.flows.catalogue import PREREQUISITES
from assist_desk.views.account.screen import FormPage, QuestionsPage
from assist_desk.views.widgets.count_field import CountField
from assist_desk.views.widgets.date_parts import DateParts
from assist_desk.views.widgets.long_text import LongTextField
from assist_desk.views.wizard import ChoicePage
from tests.design.test_flow_alerts import account_screen, walk_to


@pytest.fixture
def kiosk_style(qapp: Any) -> Any:
    """The kiosk's style sheet (its sizes: tiles, fields, − and +)."""
    theme.apply(qapp, "default", 1.0, kiosk=True)
    yield
    qapp.setStyleSheet("")
    qapp.setProperty("assist_desk_citizen", None)


def form_page(qtbot: Any, profile: str = "individual") -> FormPage:
    controller, screen, holder = account_screen(qtbot)
    step = "town_hall_request" if profile == "town_hall_dr" else "form"
    steps = ["profile", "prerequisites", step]
    if profile != "town_hall_dr":
        steps[2:2] = ["method"]
    walk_to(controller, steps, profile=profile, has_email=True, method="ants_account")
    page = screen.page(step)
    assert isinstance(page, FormPage)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    return page


def focus(qtbot: Any, widget: Any) -> None:
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)


# -- date of birth -----------------------------------------------------------------------


def test_typing_the_date_moves_from_day_to_month_to_year(qtbot: Any) -> None:
    page = form_page(qtbot)
    dob = page.edits["birth_date"]
    assert isinstance(dob, DateParts)
    day, month, year = (dob.parts[name] for name in ("day", "month", "year"))
    focus(qtbot, dob)
    assert day.hasFocus()  # the group's focus goes to its first field
    qtbot.keyClicks(QApplication.focusWidget(), "14")
    assert month.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "07")
    assert year.hasFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "1985")
    assert (day.text(), month.text(), year.text()) == ("14", "07", "1985")
    # The flow still gets one date, in the form the portal payload is built from.
    assert page.values()["birth_date"] == "14/07/1985"
    assert page.controller.data["fields"]["birth_date"] == "14/07/1985"
    # Backspace empties the year, then, in the empty field, goes back to the month.
    for _ in range(4):
        qtbot.keyClick(year, Qt.Key.Key_Backspace)
    assert year.text() == ""
    assert year.hasFocus()
    qtbot.keyClick(year, Qt.Key.Key_Backspace)
    assert month.hasFocus()
    assert month.text() == "07"  # going back erases nothing


def test_the_date_fields_take_digits_only(qtbot: Any) -> None:
    page = form_page(qtbot)
    dob = page.edits["birth_date"]
    assert isinstance(dob, DateParts)
    focus(qtbot, dob.parts["day"])
    qtbot.keyClicks(dob.parts["day"], "a/1")
    assert dob.parts["day"].text() == "1"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (("31", "02", "1985"), "This is not a possible date of birth"),
        (("14", "07", "1850"), "This is not a possible date of birth"),
        (("14", "07", "85"), "This is not a possible date of birth"),
        (("01", "01", str(date.today().year + 1)), "This date is in the future."),
    ],
)
def test_an_impossible_date_gives_one_message_and_keeps_what_was_typed(
    qtbot: Any, typed: tuple[str, str, str], message: str
) -> None:
    page = form_page(qtbot)
    dob = page.edits["birth_date"]
    assert isinstance(dob, DateParts)
    focus(qtbot, dob)
    for text in typed:
        qtbot.keyClicks(QApplication.focusWidget(), text)
    error = page.errors["birth_date"]
    assert not error.isVisibleTo(page)  # no message while moving between the three
    focus(qtbot, page.edits["password"])  # leaves the group
    assert error.isVisibleTo(page)
    assert error.text().startswith(message)
    # One message, under the group (below all three fields), read with each field.
    assert error.geometry().top() >= dob.geometry().bottom()
    for part in dob.parts.values():
        assert part.property("invalid") is True
        assert part.accessibleDescription() == error.text()
    assert tuple(dob.parts[name].text() for name in ("day", "month", "year")) == typed
    # Corrected: the message goes.
    dob.parts["day"].selectAll()
    focus(qtbot, dob.parts["day"])
    qtbot.keyClicks(dob.parts["day"], "14")
    dob.parts["month"].selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "07")
    dob.parts["year"].selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "1985")
    focus(qtbot, page.edits["password"])
    assert not error.isVisibleTo(page)
    assert page.values()["birth_date"] == "14/07/1985"


def test_the_date_is_one_named_group_of_three_named_fields(qtbot: Any) -> None:
    page = form_page(qtbot)
    dob = page.edits["birth_date"]
    assert isinstance(dob, DateParts)
    assert dob.accessibleName() == "Date of birth"
    assert [dob.parts[n].accessibleName() for n in ("day", "month", "year")] == [
        "Day (Date of birth)",
        "Month (Date of birth)",
        "Year (Date of birth)",
    ]
    assert [dob.captions[n].text() for n in ("day", "month", "year")] == ["Day", "Month", "Year"]
    for name, part in dob.parts.items():
        assert dob.captions[name].buddy() is part
        assert part.inputMethodHints() & Qt.InputMethodHint.ImhDigitsOnly  # the digit pad


def test_in_arabic_the_day_comes_first_on_the_right(qtbot: Any) -> None:
    page = form_page(qtbot)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.retranslate()
    dob = page.edits["birth_date"]
    assert isinstance(dob, DateParts)
    qtbot.waitUntil(lambda: dob.parts["day"].x() > dob.parts["year"].x())
    day, month, year = (dob.parts[name].x() for name in ("day", "month", "year"))
    assert day > month > year  # read right to left: day, month, year
    assert dob.parts["year"].layoutDirection() == Qt.LayoutDirection.LeftToRight  # digits


# -- message and count -------------------------------------------------------------------


def test_the_message_is_a_textarea_with_its_limit_and_tab_leaves_it(qtbot: Any) -> None:
    page = form_page(qtbot, "town_hall_dr")
    message = page.edits["message"]
    assert isinstance(message, LongTextField)
    assert page._labels["message"].text() == "Message to ANTS (optional)"
    focus(qtbot, message)
    qtbot.keyClicks(message.editor, "Bonjour,")
    qtbot.keyClick(message.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(message.editor, "deux lignes.")
    assert message.text() == "Bonjour,\ndeux lignes."
    assert message.counter.text() == "21 / 2000 characters"
    assert "21 / 2000 characters" in message.editor.accessibleDescription()
    assert page.values()["message"] == "Bonjour,\ndeux lignes."
    qtbot.keyClick(message.editor, Qt.Key.Key_Tab)
    assert not message.editor.hasFocus()  # Tab moved on, it typed no tab
    assert "\t" not in message.text()
    # Beyond the limit nothing more is taken, pasted or typed.
    message.editor.insertPlainText("x" * 2100)
    assert len(message.text()) == 2000
    assert message.counter.text() == "2000 / 2000 characters"


def test_the_count_has_minus_and_plus_and_the_arrow_keys(qtbot: Any) -> None:
    page = form_page(qtbot, "town_hall_dr")
    count = page.edits["fingerprint_stations"]
    assert isinstance(count, CountField)
    assert count.text() == ""
    assert not count.less.isEnabled()
    qtbot.mouseClick(count.more, Qt.MouseButton.LeftButton)
    assert count.text() == "1"  # + starts at the lowest count
    qtbot.mouseClick(count.more, Qt.MouseButton.LeftButton)
    assert page.values()["fingerprint_stations"] == "2"
    focus(qtbot, count.edit)
    qtbot.keyClick(count.edit, Qt.Key.Key_Up)
    assert count.text() == "3"
    qtbot.keyClick(count.edit, Qt.Key.Key_Down)
    qtbot.keyClick(count.edit, Qt.Key.Key_Down)
    qtbot.keyClick(count.edit, Qt.Key.Key_Down)
    assert count.text() == "1"  # never under the lowest
    assert not count.less.isEnabled()
    count.edit.selectAll()
    qtbot.keyClicks(count.edit, "50")
    qtbot.mouseClick(count.more, Qt.MouseButton.LeftButton)
    assert count.text() == "50"  # nor over the highest
    assert count.less.accessibleName() == "One less"
    assert count.more.accessibleName() == "One more"
    assert count.edit.accessibleName() == "Number of fingerprint stations"


def test_the_count_buttons_are_big_at_the_kiosk(qtbot: Any, kiosk_style: Any) -> None:
    page = form_page(qtbot, "town_hall_dr")
    count = page.edits["fingerprint_stations"]
    assert isinstance(count, CountField)
    qtbot.waitUntil(lambda: count.more.height() >= 64)
    assert count.less.width() >= 64
    assert count.less.height() >= 64


# -- yes / no ----------------------------------------------------------------------------


def questions_page(qtbot: Any, profile: str = "siv_professional") -> QuestionsPage:
    controller, screen, holder = account_screen(qtbot)
    walk_to(controller, ["profile", "prerequisites"], profile=profile)
    page = screen.page("prerequisites")
    assert isinstance(page, QuestionsPage)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    return page


def test_yes_no_are_two_big_tiles_at_the_kiosk(qtbot: Any, kiosk_style: Any) -> None:
    page = questions_page(qtbot)
    assert list(page.questions) == list(PREREQUISITES["siv_professional"])
    for yes, no in page.answers.values():
        qtbot.waitUntil(lambda b=yes: b.height() > 0)
        assert yes.height() >= 80
        assert no.height() >= 80
        assert yes.title() == "Yes"
        assert no.title() == "No"
        assert yes.y() == no.y()  # side by side, "yes" first in reading order
        assert yes.x() < no.x()


def test_a_click_answers_and_the_choice_is_exposed_as_checked(qtbot: Any) -> None:
    page = questions_page(qtbot)
    yes, no = page.answers["has_siret"]
    before = no.grab().toImage()
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert page.controller.data["has_siret"] is False
    after = no.grab().toImage()
    assert before != after  # drawn differently: the ring's tick and the inner border
    state = QAccessible.queryAccessibleInterface(no)
    assert state.role() == QAccessible.Role.RadioButton
    assert state.state().checked
    assert not QAccessible.queryAccessibleInterface(yes).state().checked
    group = QAccessible.queryAccessibleInterface(page.questions["has_siret"])
    assert group.text(QAccessible.Text.Name) == page._labels["has_siret"].text()
    # Back on the step later: the answer is shown again.
    page.load()
    assert no.isChecked()
    assert not yes.isChecked()


def test_yes_no_answer_with_arrows_space_and_enter(qtbot: Any) -> None:
    page = questions_page(qtbot)
    yes, no = page.answers["has_email"]
    focus(qtbot, yes)
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    assert page.controller.data["has_email"] is True
    qtbot.keyClick(yes, Qt.Key.Key_Right)  # the arrows move to the other answer
    assert no.hasFocus()
    assert no.isChecked()
    assert page.controller.data["has_email"] is False
    other_yes, _ = page.answers["has_siret"]
    focus(qtbot, other_yes)
    qtbot.keyClick(other_yes, Qt.Key.Key_Space)
    assert page.controller.data["has_siret"] is True
    assert no.isChecked()  # one question's answer does not clear another's


def test_no_radio_button_is_left_on_the_account_forms(qtbot: Any) -> None:
    page = questions_page(qtbot)
    assert page.findChildren(QRadioButton) == []
    form = form_page(qtbot)
    assert form.findChildren(QRadioButton) == []
    assert isinstance(form.edits["birth_date"], DateParts)
    assert not form.findChildren(QLineEdit, "field_birth_date")  # no "DD/MM/YYYY" box left


def test_the_request_wizards_yes_no_is_two_tiles_side_by_side(qtbot: Any) -> None:
    """A yes/no choice page (``side_by_side``): the same two big buttons (the request's
    FranceConnect question, D1)."""
    controller, _, _ = account_screen(qtbot)
    page = ChoicePage(
        "franceconnect_check",
        controller,
        "has_franceconnect_choice",
        lambda: [("yes", "Yes", ""), ("no", "No", "")],
        side_by_side=True,
    )
    qtbot.addWidget(page)
    page.resize(900, 400)
    page.load()
    page.show()
    yes, no = page.radios["yes"], page.radios["no"]
    qtbot.waitUntil(lambda: yes.isVisible() and yes.width() > 0)
    assert yes.y() == no.y()
    assert yes.x() < no.x()
    assert yes.width() == pytest.approx(no.width(), abs=2)  # two equal halves
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    assert controller.data["has_franceconnect_choice"] == "no"
