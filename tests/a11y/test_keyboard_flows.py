# ruff: noqa: F811  (pytest fixtures imported from the e2e module are parameters here)
"""Keyboard only, end to end: a complete account creation and a New request.

Every action is a key event: Tab (and arrow keys inside a group of radio buttons)
to reach a control, Space to press or tick, typing into fields. Reaching each
control with Tab proves it is in the focus chain; nothing is clicked and no widget
method is called to make progress. Against the training portal over HTTP.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from assist_desk.flows.catalogue import PREREQUISITES
from assist_desk.tours.samples import FORMS, PASSWORD
from tests.gui.test_flows_e2e import (  # noqa: F401 (fixtures)
    Flows,
    _keep_qt_loop_alive,
    flows,
    follow_outbox_link,
    make_active_account,
    wait_step,
)
from tests.portal_fixtures import TrainingPortal

pytestmark = pytest.mark.slow
MAX_TABS = 120


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot: Any, target: QWidget) -> None:
    """Press Tab until ``target`` has the focus (fails if it never does)."""
    for _ in range(MAX_TABS):
        if focused() is target:
            return
        current = focused()
        assert current is not None, "the focus was lost"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.objectName() or target} cannot be reached with Tab")


def press(qtbot: Any, button: QWidget) -> None:
    tab_to(qtbot, button)
    qtbot.keyClick(button, Qt.Key.Key_Space)


def pick(qtbot: Any, radios: list[QWidget], target: QWidget) -> None:
    """Tab into a group of radio buttons, then arrow keys to ``target``, then Space."""
    for _ in range(MAX_TABS):
        if focused() in radios:
            break
        current = focused()
        assert current is not None, "the focus was lost"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        for _ in range(len(radios)):
            if focused() is target:
                break
            qtbot.keyClick(focused(), key)
    assert focused() is target, f"{target.objectName()} cannot be reached with the arrows"
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert target.isChecked()  # type: ignore[attr-defined]


def type_into(qtbot: Any, edit: QWidget, text: str) -> None:
    """Tab to the field (a group of fields: its first), then type, each key going where
    the focus is (the date's Day moves on to Month after two digits)."""
    tab_to(qtbot, edit.focusProxy() or edit)
    for char in text:
        target = focused()
        assert target is not None, "the focus was lost"
        qtbot.keyClick(target, char)


def show_alone(qtbot: Any, flows: Flows, screen: QWidget) -> None:
    for other in (flows.account_screen, flows.request_screen, flows.terms_screen):
        other.setVisible(other is screen)
    flows.holder.resize(1280, 800)
    flows.holder.show()
    qtbot.waitExposed(flows.holder)
    flows.holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is flows.holder)


def next_step(qtbot: Any, screen: Any) -> None:
    press(qtbot, screen.next_button)


def test_account_creation_with_the_keyboard_only(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    screen, account = flows.account_screen, flows.account
    show_alone(qtbot, flows, screen)
    screen.initial_focus().setFocus()  # where the screen puts the focus when shown
    profile_page = screen.page("profile")
    pick(qtbot, list(profile_page.radios.values()), profile_page.radios["individual"])
    next_step(qtbot, screen)
    assert account.current == "prerequisites"
    questions = screen.page("prerequisites")
    for key in PREREQUISITES["individual"]:
        yes, no = questions.answers[key]
        pick(qtbot, [yes, no], yes)
    next_step(qtbot, screen)
    method = screen.page("method")
    pick(qtbot, list(method.radios.values()), method.radios["ants_account"])
    next_step(qtbot, screen)
    form = screen.page(account.current)
    values = dict(FORMS["individual"], email="keyboard.only@example.org")
    for name, value in values.items():
        type_into(qtbot, form.edits[name], value)
    with qtbot.waitSignal(account.sig_terms_loaded, timeout=10000):
        next_step(qtbot, screen)
    assert account.current == "terms"
    tab_to(qtbot, screen.terms_page.checkbox)
    qtbot.keyClick(screen.terms_page.checkbox, Qt.Key.Key_Space)
    assert screen.terms_page.checkbox.isChecked()
    next_step(qtbot, screen)
    assert account.current == "declaration"
    next_step(qtbot, screen)
    wait_step(qtbot, account, "check_email")
    follow_outbox_link(training_portal, account.data["account_id"])
    press(qtbot, screen.findChild(QPushButton, "checkNowButton"))
    wait_step(qtbot, account, "account_ready")
    assert flows.session.account is not None
    assert flows.session.account.status.value == "active"


def test_a_catalogue_arriving_while_busy_still_focuses_the_first_choice(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    """The order-dependent failure of the keyboard walk (shuffled seed 70613): the
    catalogue's signal came while the load still counted as busy, the disabled page
    refused the focus, and the end of the wait put it back on Continue. Here that
    order is forced, whatever the machine's speed."""
    make_active_account(qtbot, flows, training_portal, "individual", "busy@example.org")
    screen, requests = flows.request_screen, flows.requests
    show_alone(qtbot, flows, screen)
    requests.begin()
    qtbot.waitUntil(lambda: requests.catalogue is not None and not requests.busy, timeout=10000)
    radios = list(screen.page("category").radios.values())
    screen.next_button.setFocus()  # where the focus was while the catalogue loaded
    requests._set_busy(True)  # the load starts: the page is disabled
    requests.sig_catalogue_loaded.emit()  # it arrives before the wait ends
    requests._set_busy(False)
    assert focused() is radios[0]


def test_new_request_with_the_keyboard_only(
    qtbot: Any, flows: Flows, training_portal: TrainingPortal
) -> None:
    make_active_account(qtbot, flows, training_portal, "individual", "keys@example.org")
    screen, requests = flows.request_screen, flows.requests
    show_alone(qtbot, flows, screen)
    requests.begin()
    qtbot.waitUntil(lambda: requests.catalogue is not None, timeout=10000)
    categories = screen.page("category")  # C-4: what it is about comes first
    radios = list(categories.radios.values())
    # The catalogue may arrive after the step was shown: the focus goes to a choice then.
    qtbot.waitUntil(lambda: focused() in radios, timeout=5000)
    pick(qtbot, radios, categories.radios["passport"])
    next_step(qtbot, screen)
    assert requests.current == "sign_in"
    sign_in = screen.sign_in_page
    sign_in.email.setFocus()  # the step's initial focus
    type_into(qtbot, sign_in.email, "keys@example.org")
    type_into(qtbot, sign_in.password, PASSWORD)
    press(qtbot, sign_in.sign_in_button)
    wait_step(qtbot, requests, "procedure")
    procedures = screen.page("procedure")
    target = procedures.radios["pp_loss"]
    pick(qtbot, list(procedures.radios.values()), target)
    next_step(qtbot, screen)
    assert requests.current == "summary"
    next_step(qtbot, screen)
    assert requests.current == "declaration"
    next_step(qtbot, screen)
    wait_step(qtbot, requests, "handoff")
    listed = requests.data["handoff_url"]
    assert listed.startswith("https://passeport.ants.gouv.fr")
    assert screen.handoff.open_button.isVisibleTo(screen)
    tab_to(qtbot, screen.handoff.open_button)  # the hand-off is reachable too
