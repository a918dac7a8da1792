"""The focus never sits in a field that is not on the screen (issue 14, noticed: the
tour's keyboard-02-siret showed the e-mail question with the SIRET's digit pad).

Qt gives the focus to a field whose own box is hidden (one question per screen hides
the other questions' boxes, K-2): typed keys would then go to a field nobody sees, and
the on-screen keys be those of that field. A citizen's kiosk walk through the account
form and the sign-in, with taps, errors, Back, a refusal, a language switch and the
wipe, records every focus change: each lands on a widget shown, and the keyboard's
keys always fit the focused field (the tour's design check).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from assist_desk.devtools.design_check import check_keys_match_focus
from assist_desk.views.account.screen import FormPage
from assist_desk.views.keyboard.widget import OnScreenKeyboard
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of
from tests.kiosk.test_one_question_per_screen import (
    _continue,
    _open_account,
    _start,
    _tap_answer,
)
from tests.kiosk.test_one_question_per_screen import _type as type_in_form
from tests.kiosk.test_sign_in_one_question import _open_sign_in, _tap, _type


class FocusWatch:
    """Every focus change to a widget not shown, and design findings after each step."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.hidden: list[str] = []
        self.findings: list[str] = []
        #: The steps with the on-screen keys up (the check has something to check).
        self.keys_up = 0
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not new.isVisible():
            self.hidden.append(new.objectName() or type(new).__name__)

    def step(self, name: str) -> None:
        """After a citizen's action: the focus is on screen, the keys fit it."""
        focus = QApplication.focusWidget()
        if focus is not None and not focus.isVisible():
            self.hidden.append(f"{name}: {focus.objectName()}")
        self.findings += [f"{name}: {f}" for f in check_keys_match_focus(self.window)]
        keyboard = self.window.findChild(OnScreenKeyboard)
        self.keys_up += keyboard is not None and keyboard.isVisible()

    def stop(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.disconnect(self._changed)


def test_a_kiosk_walk_never_focuses_a_field_off_the_screen(
    qtbot: Any, training_portal: Any, app_context: StartApplication
) -> None:
    context, _account = _start(qtbot, app_context, training_portal.url)
    watch = FocusWatch(context.window)
    try:
        screen = _open_account(qtbot, context, "legal_entity")
        questions = screen.page("prerequisites")
        _tap_answer(qtbot, questions, "has_email", yes=True)
        _tap_answer(qtbot, questions, "has_siret", yes=True)
        form = screen.page("form")
        assert isinstance(form, FormPage)
        watch.step("form shown")
        _continue(qtbot, screen)  # empty: the error, the focus in the field
        watch.step("empty e-mail")
        type_in_form(qtbot, form, "email", "amis.focus@example.org")
        _continue(qtbot, screen)
        type_in_form(qtbot, form, "organisation_name", "Les amis")
        watch.step("organisation typed")
        _continue(qtbot, screen)
        type_in_form(qtbot, form, "siret", "123")
        _continue(qtbot, screen)  # a wrong SIRET: stays, the focus in it
        watch.step("wrong SIRET")
        context.switch_language("ar")
        watch.step("Arabic")
        context.switch_language("en")
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
        watch.step("back to the organisation")
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
        watch.step("back to the e-mail")
        with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
            qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)
        watch.step("wiped")

        qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
        watch.step("next person")
        screen, requests, page = _open_sign_in(qtbot, context)
        watch.step("sign-in")
        _tap(qtbot, screen.next_button)
        watch.step("empty address")
        _type(qtbot, page.email, "amis.focus@example.org")
        _tap(qtbot, screen.next_button)
        watch.step("password screen")
        _type(qtbot, page.password, "Pas-le-bon-2026")
        _tap(qtbot, screen.next_button)  # "Sign in"
        qtbot.waitUntil(
            lambda: requests.last_error is not None and not requests.busy, timeout=15000
        )
        watch.step("refused")
        _tap(qtbot, screen.back_button)
        watch.step("back to the address")
    finally:
        watch.stop()
    assert watch.hidden == []
    assert watch.findings == []
    print(f"steps with the keys up: {watch.keys_up}")
    assert watch.keys_up >= 4  # 5 of the 17 steps when written
