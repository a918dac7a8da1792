"""The ends of the flows (issue 14: F-2, F-4, V-5, the farewell, one end action).

- F-4: accepting the new Terms is said as a success (alert, recap, one filled button);
- V-5: the changed Terms sections carry badges: words and colours, read aloud;
- F-2: the prefecture's wait prints a memo to take home, with no personal data;
- the farewell reminds of printed papers only when something was printed;
- at a kiosk, a help page that ends the flow offers one end action, not three.

Real controllers, screens and print panel; no portal call is made. The printer writes a
PDF in the test's folder: the test machine has no printing system (CUPS).
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from assist_desk import theme
from assist_desk.controllers.account import AccountController, FlowSession, ReacceptanceController
from assist_desk.models.terms import ChangeKind
from assist_desk.modes import Mode
from assist_desk.paths import ui_dir
from assist_desk.views import printing
from assist_desk.views.account.screen import AccountScreen
from assist_desk.views.farewell import FarewellScreen
from assist_desk.views.kiosk_print import forget_prints, printed_in
from assist_desk.views.main_window import MainWindow, ShellInfo
from assist_desk.views.request.screen import ReacceptanceScreen
from assist_desk.views.widgets.alert import Alert
from tests.design.holding import hold_in_scroll_area

HOLDERS: list[QWidget] = []
EMAIL = "camille.pro@example.org"


def _hold(qtbot: Any, screen: QWidget) -> QScrollArea:
    return hold_in_scroll_area(qtbot, screen, HOLDERS)


def _terms_screen(
    qtbot: Any, kiosk: bool = False
) -> tuple[ReacceptanceController, ReacceptanceScreen]:
    owner = QWidget()
    HOLDERS.append(owner)
    controller = ReacceptanceController(lambda: None, FlowSession(owner), parent=owner)
    screen = ReacceptanceScreen(controller, kiosk=kiosk)
    _hold(qtbot, screen)
    return controller, screen


def _section(title: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(title=title, text=text)


def test_accepting_the_new_terms_is_a_success_with_its_next_step(qtbot: Any) -> None:
    controller, screen = _terms_screen(qtbot)
    controller.new = SimpleNamespace(id="v2")  # type: ignore[assignment]
    controller.wizard.history = ["changes", "confirm", "accepted"]
    controller.sig_step_changed.emit("accepted")
    page = screen.current_page()
    alerts = [alert for alert in page.findChildren(Alert) if alert.isVisibleTo(screen)]
    assert [alert.kind for alert in alerts] == ["success"]
    assert alerts[0].title.text() == "Terms of Use accepted"
    recap = alerts[0].text.text()
    assert "v2" in recap
    assert "Never give your password" in recap
    button = page.findChild(QWidget, "toNewRequestButton")
    assert button is not None
    assert button.property("role") == "primary"
    assert button.isVisibleTo(screen)


def test_at_a_kiosk_the_terms_end_offers_finish_and_erase(qtbot: Any) -> None:
    """K-3: the Terms flow's last step at a kiosk ended with "Back to the home screen"
    only (the screen was never told it ran at a kiosk), unlike every other flow."""
    controller, screen = _terms_screen(qtbot, kiosk=True)
    controller.new = SimpleNamespace(id="v2")  # type: ignore[assignment]
    controller.wizard.history = ["changes", "confirm", "accepted"]
    controller.sig_step_changed.emit("accepted")
    assert screen.finish_button.isVisibleTo(screen)
    assert screen.finish_button.property("role") == "primary"
    button = screen.current_page().findChild(QWidget, "toNewRequestButton")
    assert button is not None
    assert button.isVisibleTo(screen)
    assert button.property("role") != "primary"  # one filled button: Finish and erase
    assert screen.home_button.text() == "Do something else"


def _badge_colours() -> dict[str, tuple[str, str]]:
    """(text token, background token) of each badge kind, read from the style sheet."""
    text = (ui_dir() / "qss" / "base.qss").read_text(encoding="utf-8")
    found = {}
    for kind, body in re.findall(r'QLabel\[badge="(\w+)"\]\s*\{([^}]*\}\}[^}]*)\}', text):
        colour = re.search(r"(?<!-)color:\s*\{\{\s*(\w+)", body)
        background = re.search(r"background:\s*\{\{\s*(\w+)", body)
        assert colour is not None, body
        assert background is not None, body
        found[kind] = (colour.group(1), background.group(1))
    return found


def test_changed_sections_carry_badges_in_words_and_tested_colours(qtbot: Any, styled: Any) -> None:
    controller, screen = _terms_screen(qtbot)
    changes = [
        SimpleNamespace(kind=ChangeKind.ADDED, old=None, new=_section("Article 9", "Nouveau.")),
        SimpleNamespace(
            kind=ChangeKind.CHANGED,
            old=_section("Article 2", "A."),
            new=_section("Article 2", "B."),
        ),
        SimpleNamespace(kind=ChangeKind.REMOVED, old=_section("Article 5", "C."), new=None),
    ]
    controller.sig_changes.emit((SimpleNamespace(id="v1"), SimpleNamespace(id="v2"), changes))
    page = screen.page("changes")
    badges = page.badges  # type: ignore[attr-defined]
    assert [b.text() for b in badges] == ["New section", "Section changed", "Section removed"]
    assert [b.accessibleName() for b in badges] == [b.text() for b in badges]  # read aloud
    assert [b.property("badge") for b in badges] == ["added", "changed", "removed"]
    # (Widgets added to a shown page are shown at the next turn of the event loop.)
    qtbot.waitUntil(lambda: all(b.isVisible() and b.height() > 0 for b in badges))
    # Colour repeats the words, never replaces them: each kind's pair is a tested one.
    colours = _badge_colours()
    assert set(colours) == {"added", "changed", "removed"}
    pairs = set(map(tuple, theme.contrast_pairs()))
    for kind, pair in colours.items():
        assert pair in pairs, f"badge {kind}: {pair} is not among the contrast-tested pairs"
        for name, minimum in (("default", 4.5), ("high-contrast", 7.0)):
            tokens = theme.tokens(name)
            assert theme.contrast_ratio(tokens[pair[0]], tokens[pair[1]]) >= minimum
    # The kinds look different as well as read differently.
    assert len({colours[k] for k in colours}) == 3
    # The portal's French titles stay in the page, once each.
    titles = [w.text() for w in page.findChildren(QLabel) if w.text().startswith("Article")]
    assert titles == ["Article 9", "Article 2", "Article 5"]


def _account_screen(qtbot: Any, kiosk: bool) -> tuple[AccountController, AccountScreen]:
    owner = QWidget()
    HOLDERS.append(owner)
    controller = AccountController(lambda: None, FlowSession(owner), parent=owner)
    screen = AccountScreen(controller, kiosk=kiosk, site_name="Point numérique test")
    return controller, screen


def _walk(controller: Any, steps: list[str], **data: Any) -> None:
    controller.update(**data)
    controller.wizard.history = steps
    controller.sig_step_changed.emit(steps[-1])


def test_the_prefectures_wait_prints_a_memo_without_personal_data(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, screen = _account_screen(qtbot, kiosk=True)
    _hold(qtbot, screen)
    out = tmp_path / "spool.pdf"

    def spool_printer() -> QPrinter:
        printer = printing.make_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(screen.memo_panel, "_printer_for", spool_printer)
    _walk(
        controller,
        ["profile", "prerequisites", "form", "terms", "declaration", "prefecture_pending"],
        profile="siv_professional",
        fields={"email": EMAIL},
    )
    page = screen.current_page()
    memo = page.findChild(QWidget, "printMemoButton")
    assert memo is not None
    assert memo.isVisibleTo(screen)
    assert memo.property("role") != "primary"  # "Finish and erase" stays the one primary
    assert screen.finish_button.isVisibleTo(screen)
    assert not screen.memo_panel.isVisibleTo(screen)
    qtbot.mouseClick(memo, Qt.MouseButton.LeftButton)
    assert screen.memo_panel.isVisibleTo(screen)  # copies and Print, no dialog
    document = screen.memo_panel._document_for()
    assert document is not None
    text = document.toPlainText()
    for heading in ("What was done today", "What happens next", "Where to go then"):
        assert heading in text
    assert "Point numérique test" in text
    assert "ants.gouv.fr" in text
    assert EMAIL not in text
    assert "camille" not in text.lower()
    print_button = screen.memo_panel.print_button
    qtbot.waitUntil(lambda: print_button.isVisible() and print_button.height() > 0)
    qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    assert out.read_bytes().startswith(b"%PDF")
    assert screen.memo_panel.printed
    screen.clear_citizen_data()  # the wipe closes the panel
    assert not screen.memo_panel.isVisibleTo(screen)


def test_the_workstation_wait_keeps_finish_as_primary_beside_the_memo(qtbot: Any) -> None:
    controller, screen = _account_screen(qtbot, kiosk=False)
    _hold(qtbot, screen)
    _walk(controller, ["profile", "prefecture_pending"], profile="siv_professional")
    page = screen.current_page()
    finish = page.findChild(QWidget, "pendingFinishButton")
    memo = page.findChild(QWidget, "printMemoButton")
    assert finish is not None
    assert finish.property("role") == "primary"
    assert memo is not None
    assert memo.isVisibleTo(screen)


def test_the_prefecture_wait_does_not_say_its_alert_title_twice(qtbot: Any) -> None:
    """The alert's title and the text under it both began "Your request is registered"."""
    controller, screen = _account_screen(qtbot, kiosk=False)
    _hold(qtbot, screen)
    _walk(controller, ["profile", "prefecture_pending"], profile="siv_professional")
    page = screen.current_page()
    alert = page.findChild(Alert)
    assert alert is not None
    title = alert.title.text().rstrip(".")
    assert title == "Your request is registered"
    assert title not in page.text.text()
    assert page.text.text().startswith("The prefecture now checks your authorisation.")


@pytest.mark.parametrize("printed", [True, False], ids=["printed", "nothing-printed"])
def test_the_farewell_speaks_of_paper_only_after_a_print(qtbot: Any, printed: bool) -> None:
    farewell = FarewellScreen(printed=lambda: printed)
    qtbot.addWidget(farewell)
    farewell.show()
    farewell.pause_countdown()
    heading = farewell.heading.text()
    if printed:
        assert heading == "Don't forget your printed summary"
        assert "papers" in farewell.body.text()
        assert farewell.pictogram.isVisible()
    else:
        assert heading == "Thank you, goodbye"
        assert "paper" not in (heading + farewell.body.text() + farewell.done_button.text())
        assert "printed" not in (heading + farewell.body.text()).lower()
        assert not farewell.pictogram.isVisible()
    assert "erased" in farewell.body.text()  # both say what happens to their data


def test_a_print_of_the_session_is_remembered_until_the_wipe(qtbot: Any) -> None:
    _controller, screen = _account_screen(qtbot, kiosk=True)
    holder = _hold(qtbot, screen)
    assert not printed_in(holder)
    screen.memo_panel.printed = True  # as print_now sets it on PrintOutcome.PRINTED
    screen.memo_panel.reset()  # "Close": the paper was still printed
    assert printed_in(holder)
    forget_prints(holder)  # the session wipe's hook
    assert not printed_in(holder)


def _end_actions(window: MainWindow, screen: AccountScreen) -> list[str]:
    page = screen.current_page()
    candidates = [window.end_button, screen.finish_button] + [
        button for button, _ in getattr(page, "buttons", [])
    ]
    finishing = {"End session", "Finish and erase my information", "Finish"}
    return [b.text() for b in candidates if b.isVisibleTo(window) and b.text() in finishing]


def test_a_kiosk_help_page_has_one_end_action(qtbot: Any) -> None:
    window = MainWindow(ShellInfo("Test point", Mode.KIOSK, ("fr", "en"), "en"), ())
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    controller, screen = _account_screen(qtbot, kiosk=True)
    window.add_screen(screen)
    window.show_screen("account")
    assert _end_actions(window, screen) == ["End session"]  # the first step: the bar's
    _walk(
        controller,
        ["profile", "prerequisites", "siv_authorisation_help"],
        profile="siv_professional",
    )
    assert _end_actions(window, screen) == ["Finish and erase my information"]
    controller.go_back()  # back in the flow: the bar's End session again
    assert _end_actions(window, screen) == ["End session"]
    window.show_screen("home")
    assert window.end_button.isVisibleTo(window)
