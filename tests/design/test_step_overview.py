"""M-2 (issue 14): in training mode a trainer unfolds every step of the path, the
current one marked, and the branches still open named. Real controller and screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from assist_desk.controllers.account import AccountController, FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.sandbox import seed
from assist_desk.views.account.screen import AccountScreen
from assist_desk.views.request.screen import RequestScreen

HOLDERS: list[QWidget] = []


def screen_for(qtbot: Any, training: bool, kiosk: bool = False) -> AccountScreen:
    holder = QScrollArea()
    HOLDERS.append(holder)
    qtbot.addWidget(holder)
    controller = AccountController(lambda: None, FlowSession(holder), parent=holder)
    screen = AccountScreen(controller, training=training, kiosk=kiosk)
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidget(screen)
    holder.resize(1280, 708)
    holder.show()
    return screen


def test_a_trainer_sees_the_whole_path_and_the_branches(qtbot: Any) -> None:
    screen = screen_for(qtbot, training=True)
    overview = screen.step_overview
    assert overview.isVisibleTo(screen)
    assert not overview.steps.isVisibleTo(screen)  # folded until asked for
    overview.toggle.click()
    text = overview.steps.text()
    assert "▶ Who is the account for? (you are here)" in text
    screen.page("profile").choose("individual")  # type: ignore[attr-defined]
    screen.controller.go_next()
    assert screen.controller.current == "prerequisites"
    text = overview.steps.text()
    assert "✓ Who is the account for?" in text
    assert "(you are here)" in text
    assert text.index("✓ Who is the account for?") < text.index("(you are here)")
    overview.toggle.click()
    assert not overview.steps.isVisibleTo(screen)


def test_the_branches_still_open_are_named(qtbot: Any) -> None:
    holder = QWidget()
    HOLDERS.append(holder)
    qtbot.addWidget(holder)
    controller = RequestController(lambda: None, FlowSession(holder), parent=holder)
    controller.catalogue = seed.catalogue()
    screen = RequestScreen(controller, training=True)
    screen.setParent(holder)
    controller.update(category="vehicle_registration")
    controller.go_next()
    assert controller.current == "franceconnect_check"  # C-4: before the sign-in
    screen.step_overview.toggle.click()
    text = screen.step_overview.steps.text()
    assert "Branches still open" in text
    branch = text[text.index("Branches still open") :]
    assert "After “Do you use FranceConnect?”" in branch  # the vehicle path forks there
    assert branch.count(",") >= 1  # at least two destinations named


def test_citizens_do_not_get_it(qtbot: Any) -> None:
    assert not screen_for(qtbot, training=False).step_overview.isVisibleTo(None)
    kiosk = screen_for(qtbot, training=True, kiosk=True)
    assert not kiosk.step_overview.isVisibleTo(kiosk)


def test_the_unfolded_list_has_a_name_for_a_screen_reader(qtbot: Any) -> None:
    """The list's scrolling room takes the focus: the tour's accessibility check found
    it nameless ("focusable Client without a name") on every request screen unfolded."""
    from assist_desk.devtools.a11y_check import check_names_and_targets

    screen = screen_for(qtbot, training=True)
    screen.step_overview.toggle.click()
    qtbot.waitUntil(lambda: screen.step_overview.list_area.isVisible())
    findings = [f for f in check_names_and_targets(screen, 0) if "stepOverviewArea" in f.where]
    assert findings == []
