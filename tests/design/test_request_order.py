"""The New request as a trainer walks it in the real window (issue 14: C-4, F-1, M-2).

- C-4: a vehicle registration asks about FranceConnect right after the category,
  before the sign-in; nothing after the sign-in asks it again.
- F-1: every screen reads "Step N of M" with one M for the whole run; the detour
  without FranceConnect and the stops read as help pages.
- M-2: with the step list unfolded (training), the action bar stays in the window
  on every screen, in French and Arabic, at 1280 × 800 and at the kiosk's 1920 × 1080.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from assist_desk import theme
from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.i18n import LanguageSwitcher
from assist_desk.models.accounts import Account
from assist_desk.modes import Mode
from assist_desk.sandbox import seed
from assist_desk.views import flow_texts as T
from assist_desk.views.flow_texts import t
from assist_desk.views.main_window import MainWindow, ShellInfo
from assist_desk.views.request.screen import RequestScreen
from tests.design.test_reading_text import _back_to_english

SIZES = [(1280, 800), (1920, 1080)]  # a trainer's laptop; the kiosk's screen


@pytest.fixture(params=["fr", "ar"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    switcher = LanguageSwitcher(qapp)
    theme.apply(qapp, "default", 1.0, mode="training")
    switcher.switch(request.param)
    yield request.param
    _back_to_english(qapp, switcher)


def _citizen(profile: str = "individual") -> Account:
    return Account.model_validate(
        {
            "id": "acc_order",
            "profile": profile,
            "status": "active",
            "next_step": "sign_in",
            "email": "camille@example.org",
            "display_name": "Camille Martin",
            "created": "2026-12-01T10:00:00Z",
            "terms_current": True,
        }
    )


def _window(qtbot: Any, size: tuple[int, int], language: str) -> tuple[MainWindow, Any]:
    window = MainWindow(ShellInfo("Test point", Mode.TRAINING, ("fr", "ar"), language), ())
    qtbot.addWidget(window)
    controller = RequestController(lambda: None, FlowSession(window), parent=window)
    controller.catalogue = seed.catalogue()  # loaded: nothing asks the portal
    screen = RequestScreen(controller, training=True)
    window.add_screen(screen)
    window.resize(*size)
    window.show()
    window.show_screen("new_request")
    qtbot.waitExposed(window)
    screen.step_overview.toggle.setChecked(True)  # the trainer unfolds the list
    return window, screen


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _outside_the_window(widget: QWidget, window: QWidget) -> bool:
    """Below or beside the window, or outside the visible part of a scrolling area."""
    rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    if not window.rect().contains(rect):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            port = parent.rect().translated(parent.mapTo(window, parent.rect().topLeft()))
            if not port.contains(rect):
                return True
        parent = parent.parentWidget()
    return False


def _action_bar(screen: RequestScreen) -> list[QWidget]:
    """The flow's own buttons shown (Back, Next or Home)."""
    bar = (screen.back_button, screen.next_button, screen.home_button)
    return [button for button in bar if button.isVisible()]


Seen = list[tuple[str, str, list[str], list[str]]]  # step, progress text, bar, out of view


def _walk(screen: RequestScreen, seen: Seen) -> None:
    """Category → FranceConnect (no) → two ways → professional (stop), back → trusted
    person → sign-in → procedure → summary → declaration → hand-off."""
    controller = screen.request_controller
    window = screen.window()

    def look() -> None:
        _settle()
        bar = _action_bar(screen)
        hidden = [b.objectName() for b in bar if _outside_the_window(b, window)]
        names = [b.objectName() for b in bar]
        seen.append((controller.current, screen.progress_label.text(), names, hidden))

    def choose(step: str, value: str) -> None:
        look()
        screen.page(step).choose(value)  # type: ignore[attr-defined]
        controller.go_next()

    choose("category", "vehicle_registration")
    choose("franceconnect_check", "no")
    choose("vehicle_paths", "professional")
    look()
    controller.go_back()
    choose("vehicle_paths", "third_party")
    look()  # the sign-in form
    controller.session.set_account(_citizen())
    controller.go_next()
    choose("procedure", "vr_change_owner")
    look()  # the summary
    controller.go_next()
    look()  # the declaration
    controller.update(request_id="r1", handoff_url="https://training.invalid/official")
    controller.go_next()
    look()


@pytest.mark.parametrize("size", SIZES)
def test_the_action_bar_stays_in_view_with_the_step_list_unfolded(
    qtbot: Any, language: str, size: tuple[int, int]
) -> None:
    _, screen = _window(qtbot, size, language)
    seen: Seen = []
    _walk(screen, seen)
    assert screen.step_overview.list_area.isVisible()
    assert len(seen) == 10
    hidden = [(step, names) for step, _, _, names in seen if names]
    assert not hidden, f"{language} {size}: action bar out of view on {hidden}"
    assert all(bar for _, _, bar, _ in seen)  # every screen has a way on or back
    scroll = screen.step_overview.list_area.verticalScrollBar()
    if size == (1280, 800):  # the list scrolls there, the hand-off (its end) in view
        assert scroll.maximum() > 0
        assert scroll.value() > scroll.maximum() // 2


def test_franceconnect_comes_before_the_sign_in_and_the_total_holds(
    qtbot: Any, language: str
) -> None:
    _, screen = _window(qtbot, (1280, 800), language)
    seen: Seen = []
    _walk(screen, seen)
    steps = [step for step, _, _, _ in seen]
    assert steps == [
        "category",
        "franceconnect_check",
        "vehicle_paths",
        "professional",
        "vehicle_paths",
        "sign_in",
        "procedure",
        "summary",
        "declaration",
        "handoff",
    ]
    labels = {step: text for step, text, _, _ in seen}
    # F-1: "Help", not a step; the professional's page is a stop: nothing waits there.
    assert labels["vehicle_paths"] == t(T.HELP_PAGE)
    assert labels["professional"] == t(T.STOP_PAGE)
    expected = {
        "category": 1,
        "franceconnect_check": 2,
        "sign_in": 3,
        "procedure": 4,
        "summary": 5,
        "declaration": 6,
        "handoff": 7,
    }
    for step, position in expected.items():
        step_of = t(T.STEP_OF).replace("%1", str(position)).replace("%2", "7")
        assert labels[step].startswith(step_of), (step, labels[step])
    # Nothing after the sign-in asks about FranceConnect again (C-4).
    summary = screen.page("summary").html()  # type: ignore[attr-defined]
    assert t(T.VEHICLE_FRANCECONNECT_NOTE) in summary
    assert t(T.STEP_TITLES["franceconnect_check"]) not in summary
    assert screen.page("franceconnect_check").intro.text() == t(T.BODIES["vehicle_franceconnect"])  # type: ignore[attr-defined]


def test_an_account_that_cannot_start_the_kind_chosen_is_told_so(qtbot: Any, language: str) -> None:
    """F-1: the review's request-02-no-procedures.png read "2 of 2" after "1 of 6"."""
    _, screen = _window(qtbot, (1280, 800), language)
    controller = screen.request_controller
    screen.page("category").choose("identity_card")  # type: ignore[attr-defined]
    controller.go_next()
    first = screen.progress_label.text()
    controller.session.set_account(_citizen("siv_professional"))
    controller.go_next()
    assert controller.current == "no_procedures"
    assert screen.progress_label.text() == t(T.STOP_PAGE)  # no steps wait on a stop page
    assert screen.page("no_procedures").text.text() == t(T.BODIES["not_for_this_account"])  # type: ignore[attr-defined]
    assert screen.back_button.isVisible()  # back to choose another kind
    assert first.startswith(t(T.STEP_OF).replace("%1", "2").replace("%2", "6"))


def test_a_yes_to_franceconnect_puts_its_sign_in_first(qtbot: Any) -> None:
    """C-4: the answer given before the sign-in shapes it: FranceConnect leads."""
    _, screen = _window(qtbot, (1280, 800), "en")
    controller = screen.request_controller
    page = screen.sign_in_page
    for answer, leading in (("yes", page.fc_button), ("professional_account", page.sign_in_button)):
        controller.restart()
        screen.page("category").choose("vehicle_registration")  # type: ignore[attr-defined]
        controller.go_next()
        screen.page("franceconnect_check").choose(answer)  # type: ignore[attr-defined]
        controller.go_next()
        assert controller.current == "sign_in"
        assert leading.property("role") == "primary", answer
        other = page.sign_in_button if leading is page.fc_button else page.fc_button
        assert other.property("role") is None, answer


def test_no_raw_category_id_before_the_catalogue_is_here(qtbot: Any) -> None:
    """The categories come first now: until the portal's catalogue names them, none is
    offered (a tile read "vehicle_registration", too wide at 200 % in a kiosk)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    controller = RequestController(lambda: None, FlowSession(holder), parent=holder)
    screen = RequestScreen(controller)
    screen.setParent(holder)
    categories = screen.page("category")
    categories.load()
    assert categories.radios == {}  # type: ignore[attr-defined]
    controller.catalogue = seed.catalogue()
    controller.sig_catalogue_loaded.emit()
    titles = [tile.title() for tile in categories.radios.values()]  # type: ignore[attr-defined]
    assert len(titles) == 4
    assert not set(titles) & {"vehicle_registration", "driving_licence", "identity_card"}
