"""A wizard builds each step's page when the step is first shown (issue 13 §3).

Opening "Create an account" built its 16 pages at once: 180–195 ms of the GUI thread
for a tap (bench/RESULTS.md, session 8). Now only the first step's page is made when the
screen opens; the others when their step is shown, or when asked for by ``page()``.
What must not change: a page built once is kept (Back keeps what was typed), a page
built after a language switch comes up in that language and direction, and the session
wipe clears the pages built and builds none. Real controller, screen and window; no
portal call is made.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea

from assist_desk import theme
from assist_desk.controllers.account import AccountController, FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.i18n import LanguageSwitcher
from assist_desk.modes import Mode
from assist_desk.sandbox import seed
from assist_desk.views.account.help_extras import HelpExtras
from assist_desk.views.account.screen import AccountScreen, FormPage, QuestionsPage
from assist_desk.views.main_window import MainWindow, ShellInfo
from assist_desk.views.request.screen import RequestScreen
from assist_desk.views.widgets.phone_continue import PhoneContinuePanel
from assist_desk.views.wizard import ChoicePage
from tests.design.test_flow_alerts import GOOD, walk_to
from tests.design.test_reading_text import _back_to_english

INDIVIDUAL_WAY_TO_THE_FORM = ["profile", "prerequisites", "method", "form"]
INDIVIDUAL_ANSWERS = {"profile": "individual", "has_email": True, "method": "ants_account"}


@pytest.fixture
def switcher(qapp: Any, neutral_application: None) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(qapp)
    theme.apply(qapp, "default", 1.0, mode="training")
    yield switcher
    _back_to_english(qapp, switcher)


def _opened(qtbot: Any, kiosk: bool = False) -> tuple[AccountController, AccountScreen]:
    """The account wizard opened in a window, as its home tile opens it."""
    window = MainWindow(ShellInfo("Test point", Mode.TRAINING, ("fr", "ar"), "en"), ())
    qtbot.addWidget(window)
    controller = AccountController(lambda: None, FlowSession(window), parent=window)
    screen = AccountScreen(controller, kiosk=kiosk)
    window.add_screen(screen)
    window.resize(1280, 800)
    window.show()
    window.show_screen("account")
    qtbot.waitExposed(window)
    return controller, screen


def test_opening_builds_the_first_steps_page_only(qtbot: Any) -> None:
    controller, screen = _opened(qtbot)
    assert list(screen.built_pages) == ["profile"]
    assert screen.stack.count() == 1  # one scroll area, the first step's
    assert screen.findChildren(HelpExtras) == []  # no help picture drawn, no QR encoded
    assert screen.findChildren(PhoneContinuePanel) == []
    # Every step of the navmap still has its page, to be built when shown.
    assert set(screen.step_ids()) == set(controller.wizard.navmap.steps)
    assert screen.current_page() is screen.built_pages["profile"]
    assert screen.initial_focus() is screen.page("profile").focus_widget()


def test_a_step_shown_builds_its_page_once(qtbot: Any) -> None:
    controller, screen = _opened(qtbot)
    profile = screen.page("profile")
    assert isinstance(profile, ChoicePage)
    profile.choose("individual")
    screen.go_next()
    assert controller.current == "prerequisites"
    questions = screen.built_pages["prerequisites"]
    assert isinstance(questions, QuestionsPage)
    assert questions.isVisible()
    shown = screen.stack.currentWidget()
    assert isinstance(shown, QScrollArea)
    assert shown.widget() is questions
    assert screen.progress_label.text().startswith("Step 2 of")
    screen.go_back()
    screen.go_next()
    # Back and forth: the same pages, none built twice.
    assert screen.built_pages["prerequisites"] is questions
    assert list(screen.built_pages) == ["profile", "prerequisites"]
    assert screen.stack.count() == 2


def test_page_builds_a_page_asked_for_and_names_a_wrong_kind(qtbot: Any) -> None:
    _, screen = _opened(qtbot)
    assert screen.built_page("terms") is None
    terms = screen.terms_page  # a test or a tour may ask for a page before its step
    assert screen.built_page("terms") is terms
    assert not terms.isVisible()  # built, not shown: the first step stays on screen
    assert screen.current_page() is screen.built_pages["profile"]
    with pytest.raises(TypeError, match="'terms' is a TermsPage"):
        screen.page_as("terms", FormPage)


def test_a_page_built_after_a_language_switch_comes_up_in_that_language(
    qtbot: Any, switcher: LanguageSwitcher
) -> None:
    controller, screen = _opened(qtbot)
    profile = screen.page("profile")  # built in English, at the opening
    assert isinstance(profile, ChoicePage)
    english_for_me = profile.radios["individual"].accessibleName()
    assert "form" not in screen.built_pages
    switcher.switch("ar")
    QApplication.processEvents()  # the LanguageChange events Qt posts to the windows
    walk_to(controller, INDIVIDUAL_WAY_TO_THE_FORM, **INDIVIDUAL_ANSWERS)
    form = screen.built_pages["form"]
    assert isinstance(form, FormPage)
    assert form.layoutDirection() == Qt.LayoutDirection.RightToLeft
    email_label = form.edits["email"].accessibleName()
    assert any("\u0600" <= char <= "\u06ff" for char in email_label), email_label
    # An action's name for a screen reader, set by the page's translation as it is built.
    check_now = screen.page("check_email").findChild(QPushButton, "checkNowButton")
    assert check_now is not None
    assert check_now.accessibleName() == check_now.text()
    assert any("\u0600" <= char <= "\u06ff" for char in check_now.text()), check_now.text()
    # The page built before the switch was translated again, as before.
    arabic_for_me = profile.radios["individual"].accessibleName()
    assert arabic_for_me != english_for_me
    assert any("\u0600" <= char <= "\u06ff" for char in arabic_for_me), arabic_for_me


def test_the_wipe_clears_the_pages_built_and_builds_none(qtbot: Any) -> None:
    controller, screen = _opened(qtbot, kiosk=True)
    walk_to(controller, INDIVIDUAL_WAY_TO_THE_FORM, **INDIVIDUAL_ANSWERS)
    form = screen.form
    form.fill({"email": GOOD["email"], "given_names": GOOD["given_names"]})
    built = list(screen.built_pages)
    screen.clear_citizen_data()
    QApplication.processEvents()
    assert controller.current == "profile"
    assert list(screen.built_pages) == built  # nothing built to be wiped
    assert "declaration" not in screen.built_pages
    assert all(not field.text() for field in form.edits.values())
    assert screen.current_page() is screen.built_pages["profile"]


def test_new_request_builds_its_sign_in_page_when_shown_with_the_address_found_taken(
    qtbot: Any,
) -> None:
    """E-5: the account form found the address taken; the sign-in page, not built when
    New request opened, takes it when its step is first shown."""
    window = MainWindow(ShellInfo("Test point", Mode.TRAINING, ("fr", "ar"), "en"), ())
    qtbot.addWidget(window)
    session = FlowSession(window)
    session.sign_in_instead = (GOOD["email"], False)
    controller = RequestController(lambda: None, session, parent=window)
    controller.catalogue = seed.catalogue()  # loaded: nothing asks the portal
    screen = RequestScreen(controller)
    window.add_screen(screen)
    window.resize(1280, 800)
    window.show()
    window.show_screen("new_request")
    assert list(screen.built_pages) == ["category"]
    assert session.sign_in_instead is not None  # waits for the sign-in page
    category = screen.page("category")
    assert isinstance(category, ChoicePage)
    category.choose("identity_card")
    screen.go_next()
    assert controller.current == "sign_in"
    assert screen.sign_in_page.email.text() == GOOD["email"]
    assert session.sign_in_instead is None  # taken once
