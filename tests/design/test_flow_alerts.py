"""Flow alerts follow reality (issue 14, E-1 and E-2).

E-1: the "some fields need checking" alert named fields that had been fixed long ago.
E-2: a portal that is down pushed Back and Continue under the bottom edge of the window.
Real controller and screen; no portal call is made (the form's own checks refuse first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QWidget

from assist_desk.controllers.account import AccountController, FlowSession
from assist_desk.views.account.screen import AccountScreen, FormPage

HOLDERS: list[QWidget] = []
GOOD = {
    "email": "camille.martin@example.org",
    "given_names": "Camille",
    "family_name": "Martin",
    "birth_date": "14/07/1985",
    "password": "Correct-horse-42",
    "password_confirm": "Correct-horse-42",
}


def account_screen(qtbot: Any) -> tuple[AccountController, AccountScreen, QScrollArea]:
    """The screen inside a window-sized scroll area, as the main window shows screens."""
    holder = QScrollArea()
    HOLDERS.append(holder)  # qtbot keeps only a weak reference
    qtbot.addWidget(holder)
    controller = AccountController(lambda: None, FlowSession(holder), parent=holder)
    screen = AccountScreen(controller)
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidget(screen)
    holder.resize(1280, 708)  # a 1280×800 window under the banner and top bar
    holder.show()
    return controller, screen, holder


def walk_to(controller: AccountController, steps: list[str], **data: Any) -> None:
    controller.update(**data)
    controller.wizard.history = steps
    controller.sig_step_changed.emit(steps[-1])


def test_error_alert_follows_the_fields(qtbot: Any) -> None:
    controller, screen, _ = account_screen(qtbot)
    walk_to(
        controller,
        ["profile", "prerequisites", "method", "form"],
        profile="individual",
        has_email=True,
        method="ants_account",
    )
    controller.go_next()  # empty form: refused by the form's own checks
    assert screen.error_frame.isVisibleTo(screen)
    assert screen.error_frame.kind == "error"
    assert screen.error_frame.title.text()
    page = screen.page("form")
    assert isinstance(page, FormPage)
    page.fill({k: v for k, v in GOOD.items() if k != "password_confirm"})
    # One field left: the alert names it, and only it.
    text = screen.error_label.text()
    assert screen.error_frame.isVisibleTo(screen)
    assert "Password again" in text
    assert "Birth name" not in text
    page.fill({"password_confirm": GOOD["password_confirm"]})
    assert not screen.error_frame.isVisibleTo(screen)  # nothing left to check: it goes


def test_portal_down_alert_keeps_the_action_bar_in_view(qtbot: Any, styled: Any) -> None:
    controller, screen, holder = account_screen(qtbot)
    # The form was shown on the way: the tallest page, as in the tour.
    walk_to(
        controller,
        ["profile", "prerequisites", "method", "form"],
        profile="individual",
        has_email=True,
        method="ants_account",
    )
    walk_to(
        controller,
        ["profile", "prerequisites", "method", "form", "terms", "declaration"],
        profile="individual",
        has_email=True,
        method="ants_account",
    )
    controller.last_error = ("unavailable", "")
    controller.sig_error.emit("unavailable", "")
    qtbot.wait(10)  # let the layouts settle
    alert = screen.error_frame
    assert alert.isVisibleTo(screen)
    assert alert.kind == "warning"  # the service is down: calm, not a red error
    assert "unavailable" in alert.title.text()
    viewport = holder.viewport().rect()
    assert screen.height() <= viewport.height()  # no scrolling of the whole screen
    for button in (screen.back_button, screen.retry_button):
        assert button.isVisibleTo(screen)
        top_left = button.mapTo(holder.viewport(), QPoint(0, 0))
        assert viewport.contains(top_left)
        assert viewport.contains(top_left + QPoint(button.width() - 1, button.height() - 1))
    # A single way to try again: the step's own button is not offered beside it.
    assert not screen.next_button.isVisibleTo(screen)


def teardown_function() -> None:
    HOLDERS.clear()


def test_help_and_waiting_pages_lead_on(qtbot: Any) -> None:
    """F-2, F-3: no dead end; each has one filled primary action."""
    controller, screen, _ = account_screen(qtbot)
    walk_to(
        controller,
        ["profile", "prerequisites", "siret_help"],
        profile="driving_school",
        has_email=True,
        has_siret=False,
    )
    found = screen.findChild(QPushButton, "siret_help_found")
    assert found is not None
    assert found.isVisibleTo(screen)
    assert found.property("role") == "primary"
    assert "Help page" in screen.progress_label.text()  # not a hidden progress
    found.click()
    assert controller.current == "prerequisites"
    assert controller.data["has_siret"] is True
    walk_to(
        controller,
        ["profile", "prerequisites", "form", "terms", "declaration", "prefecture_pending"],
        profile="siv_professional",
        fields={"email": "garage@example.org"},
    )
    finish = screen.findChild(QPushButton, "pendingFinishButton")
    assert finish is not None
    assert finish.isVisibleTo(screen)
    assert finish.property("role") == "primary"
    primaries = [
        b
        for b in screen.findChildren(QPushButton)
        if b.isVisibleTo(screen) and b.property("role") == "primary"
    ]
    assert primaries == [finish]  # one filled button on the screen (V-2)
    with qtbot.waitSignal(screen.sig_navigate) as navigated:
        finish.click()
    assert navigated.args == ["home"]


def test_a_warning_alert_says_its_text_calmly(qtbot: Any, styled: Any) -> None:
    """Issue 18: maintenance and a portal that is down are a calm notice; the text of the
    warning once stayed red and bold, as for an error."""
    from PySide6.QtGui import QPalette

    controller, screen, _ = account_screen(qtbot)
    walk_to(controller, ["profile"], profile="individual")
    role = QPalette.ColorRole.WindowText

    def colours() -> tuple[Any, Any, bool]:
        qtbot.wait(10)  # let the style sheet polish the labels
        text, title = screen.error_label, screen.error_frame.title
        return text.palette().color(role), title.palette().color(role), text.font().bold()

    controller.sig_error.emit("maintenance", "Maintenance jusqu'à 14 h")
    assert screen.error_frame.kind == "warning"
    text_colour, title_colour, bold = colours()
    assert text_colour == title_colour  # the warning's colour, not the error's red
    assert not bold
    warning_colour = text_colour
    controller.sig_error.emit("validation", "")
    assert screen.error_frame.kind == "error"
    text_colour, title_colour, bold = colours()
    assert text_colour == title_colour != warning_colour
    assert bold
