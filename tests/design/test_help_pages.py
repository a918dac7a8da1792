"""The account wizard's help pages lead on (issue 14, F-3): a pictured example of the
paper to look at, a QR code to the business directory for the SIRET, "I found it"
where there is a number to find, and at a kiosk "Ask a mediator"."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from assist_desk.bidi import plain_hyphens, unbreakable_latin_hyphens
from assist_desk.controllers.account import AccountController, FlowSession
from assist_desk.modes import Mode
from assist_desk.views.account import help_extras
from assist_desk.views.account.help_extras import HELP_EXAMPLES, HelpExtras, render_picture
from assist_desk.views.account.screen import AccountScreen
from assist_desk.views.screen import Screen
from tests.design.test_flow_alerts import HOLDERS, walk_to
from tests.design.test_kiosk_layout import _window, kiosk_styled  # noqa: F401 (a fixture)
from tests.design.test_reading_text import arabic  # noqa: F401 (a fixture)

#: Each help page, the answers that lead to it, and its "found it" button if any.
PAGES = [
    ("siret_help", {"profile": "legal_entity", "has_siret": False}, "siret_help_found"),
    ("approval_help", {"profile": "driving_school", "has_approval": False}, "approval_help_found"),
    ("siv_authorisation_help", {"profile": "siv_professional"}, None),
    ("email_guide", {"profile": "individual", "has_email": False}, "comeBackButton"),
]


def help_screen(qtbot: Any, kiosk: bool) -> tuple[AccountController, AccountScreen]:
    screen_holder = QLabel()  # the controller's parent: kept alive with the test
    HOLDERS.append(screen_holder)
    controller = AccountController(lambda: None, FlowSession(screen_holder), parent=screen_holder)
    screen = AccountScreen(controller, kiosk=kiosk)
    qtbot.addWidget(screen)
    screen.resize(1280, 900)
    screen.show()
    return controller, screen


@pytest.mark.parametrize(("step", "answers", "found_name"), PAGES)
def test_every_help_page_pictures_its_paper(
    qtbot: Any, step: str, answers: dict[str, Any], found_name: str | None
) -> None:
    controller, screen = help_screen(qtbot, kiosk=True)
    walk_to(controller, ["profile", "prerequisites", step], **answers)
    extras = screen.findChild(HelpExtras, f"helpExample_{HELP_EXAMPLES[step].picture}")
    assert extras is not None
    assert extras.isVisibleTo(screen)
    assert not extras.picture.pixmap().isNull()
    assert extras.picture.pixmap().width() >= 300  # a picture one can read, not an icon
    assert extras.picture.accessibleName().startswith("Example")  # its text alternative
    if found_name is not None:  # a number or an address to come back with: "found it"
        found = screen.findChild(QPushButton, found_name)
        assert found is not None
        assert found.isVisibleTo(screen)
    ask = screen.findChild(QPushButton, f"{step}_askMediator")
    assert ask is not None
    assert ask.isVisibleTo(screen)
    assert ask.text() == "Ask a mediator"
    with qtbot.waitSignal(screen.sig_navigate) as navigated:
        qtbot.mouseClick(ask, Qt.MouseButton.LeftButton)
    assert navigated.args == ["ask_mediator"]


def test_the_siret_page_has_a_code_to_the_business_directory(qtbot: Any) -> None:
    controller, screen = help_screen(qtbot, kiosk=False)
    walk_to(controller, ["profile", "prerequisites", "siret_help"], **PAGES[0][1])
    qr = screen.findChild(QLabel, "helpQr")
    caption = screen.findChild(QLabel, "helpQrCaption")
    assert qr is not None
    assert caption is not None
    assert qr.isVisibleTo(screen)
    assert not qr.pixmap().isNull()
    assert help_extras.BUSINESS_DIRECTORY_URL == "https://annuaire-entreprises.data.gouv.fr/"
    assert "annuaire\u2011entreprises.data.gouv.fr" in caption.text()  # never cut at "-"
    assert qr.accessibleName() == "QR code: annuaire-entreprises.data.gouv.fr"
    # Only the SIRET has a directory to open: the other pages show no code.
    assert [HELP_EXAMPLES[step].qr_url != "" for step, _, _ in PAGES] == [
        True,
        False,
        False,
        False,
    ]


def test_a_workstation_has_no_ask_a_mediator_on_its_help_pages(qtbot: Any) -> None:
    """A mediator sits beside the citizen; the button is for the kiosk, alone."""
    controller, screen = help_screen(qtbot, kiosk=False)
    walk_to(controller, ["profile", "prerequisites", "siret_help"], **PAGES[0][1])
    assert screen.findChild(QPushButton, "siret_help_askMediator") is None
    assert screen.findChild(HelpExtras) is not None


def test_an_unreadable_picture_is_logged_and_left_out(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=help_extras.__name__):
        pixmap = render_picture("no_such_picture", 300)
    assert pixmap.isNull()
    assert "no_such_picture" in caplog.text


def test_asking_a_mediator_from_a_page_comes_back_to_it(
    qtbot: Any,
    kiosk_styled: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    window = _window(qtbot, Mode.KIOSK)

    class PageWithHelp(Screen):
        screen_id = "page_with_help"

        def window_title(self) -> str:
            return "A help page"

        def retranslate_ui(self) -> None:
            """Nothing to translate: a stand-in for an account help page."""

    page = PageWithHelp()
    window.add_screen(page)
    window.show_screen(page.screen_id)
    page.sig_navigate.emit("ask_mediator")
    assert window.current_screen().screen_id == "ask_mediator"
    back = window.current_screen().findChild(QPushButton, "askMediatorBack")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == page.screen_id


def test_in_arabic_the_directory_address_never_breaks_at_its_hyphen(
    qtbot: Any,
    arabic: None,  # noqa: F811 (the fixture imported above)
) -> None:
    """Issue 14: Qt broke "annuaire-entreprises" at its hyphen in the Arabic SIRET
    help; the displayed text keeps it whole, the name read aloud has a plain "-"."""
    controller, screen = help_screen(qtbot, kiosk=False)
    walk_to(controller, ["profile", "prerequisites", "siret_help"], **PAGES[0][1])
    text = screen.findChild(QLabel, "siret_help_text")
    assert text is not None
    assert "يتكوّن" in text.text()  # the Arabic catalogue is in use
    assert "annuaire\u2011entreprises.data.gouv.fr" in text.text()
    assert "annuaire-entreprises" not in text.text()
    assert "annuaire-entreprises.data.gouv.fr" in text.accessibleName()
    assert "\u2011" not in text.accessibleName()


def test_hyphens_stay_breakable_outside_latin_words_in_arabic() -> None:
    assert unbreakable_latin_hyphens("Saint-Denis") == "Saint-Denis"  # no Arabic: unchanged
    assert unbreakable_latin_hyphens("في Saint-Denis - 75") == "في Saint\u2011Denis - 75"
    assert plain_hyphens(unbreakable_latin_hyphens("في a-b")) == "في a-b"
