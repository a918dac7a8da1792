"""E-3/E-4 (issue 14): the password's rule under its label, "Show", and live criteria.

The review found the rule below the confirmation, out of view, and no way to see what
was typed. Real controller and form page; no portal call is made.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from assist_desk.views.account.screen import FormPage
from tests.design.test_flow_alerts import account_screen, walk_to


def form_page(qtbot: Any) -> FormPage:
    controller, screen, _ = account_screen(qtbot)
    walk_to(
        controller,
        ["profile", "prerequisites", "method", "form"],
        profile="individual",
        has_email=True,
        method="ants_account",
    )
    page = screen.page("form")
    assert isinstance(page, FormPage)
    return page


def test_the_rule_is_under_the_password_label(qtbot: Any) -> None:
    page = form_page(qtbot)
    password = page.edits["password"]
    name = page._labels["password"]
    assert page.hint.isVisibleTo(page)
    assert name.geometry().bottom() <= page.hint.geometry().top()
    assert page.hint.geometry().bottom() <= password.geometry().top()
    confirm = page.edits["password_confirm"]
    # Each field has its own box (K-2: one per screen at a kiosk): in the page's frame.
    hint_bottom = page.hint.mapTo(page, page.hint.rect().bottomLeft()).y()
    assert hint_bottom < confirm.mapTo(page, confirm.rect().topLeft()).y()


def test_show_reveals_both_passwords_and_a_wipe_hides_them(qtbot: Any) -> None:
    page = form_page(qtbot)
    button = page.show_password
    assert button.isVisibleTo(page)
    assert button.text() == "Show"
    button.click()
    assert page.edits["password"].echoMode() == QLineEdit.EchoMode.Normal
    assert page.edits["password_confirm"].echoMode() == QLineEdit.EchoMode.Normal
    assert button.text() == "Hide"
    button.click()
    assert page.edits["password"].echoMode() == QLineEdit.EchoMode.Password
    button.click()
    page.clear()
    assert page.edits["password"].echoMode() == QLineEdit.EchoMode.Password


def test_the_criteria_tick_as_the_person_types(qtbot: Any) -> None:
    page = form_page(qtbot)
    page.fill({"email": "camille.martin@example.org"})
    criteria = page.criteria
    assert criteria.isVisibleTo(page)
    assert criteria.met() == {"length": False, "kinds": False, "not_email": False}
    page.fill({"password": "short"})
    assert criteria.met() == {"length": False, "kinds": False, "not_email": True}
    assert criteria.lines["length"].text().startswith("○")
    page.fill({"password": "Camille-long-enough"})  # not the e-mail's "camille.martin"
    assert criteria.met() == {"length": True, "kinds": True, "not_email": True}
    assert criteria.lines["length"].text().startswith("✓")
    assert criteria.lines["kinds"].accessibleName().endswith("done")
    page.fill({"password": "camille.martin-42X"})
    assert criteria.met()["not_email"] is False


def test_a_short_field_looks_short(qtbot: Any) -> None:
    """E-4: the date of birth is not a 1,200-px box; names keep the full width."""
    page = form_page(qtbot)
    date, name = page.edits["birth_date"], page.edits["family_name"]
    assert date.width() < name.width() / 3
    assert date.width() >= date.fontMetrics().horizontalAdvance("14/07/1985")
    assert date.geometry().left() == name.geometry().left()  # on the reading side


def test_a_short_field_stays_on_the_reading_side_in_arabic(qtbot: Any) -> None:
    page = form_page(qtbot)
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.retranslate()
    qtbot.waitUntil(lambda: page.edits["birth_date"].geometry().right() > page.width() / 2)
    date, name = page.edits["birth_date"], page.edits["family_name"]
    assert date.geometry().right() == name.geometry().right()
