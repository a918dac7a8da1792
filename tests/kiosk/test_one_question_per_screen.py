"""K-2 (issue 14): at a kiosk the account creation asks one question per screen.

The prerequisites' yes/no questions and the form's fields (the password with its
copy) come one at a time, with "Question 2 of 4" above them; Continue checks the
field shown, its error under it; Back goes to the previous question before it leaves
the step; a portal refusal brings the citizen to the refused field's screen; the
wipe starts the next person at the first question. Driven as a citizen would (taps,
typing) through the real application, controller and training portal.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from assist_desk.flows.fields import create_payload
from assist_desk.tours.samples import FORMS
from assist_desk.views.account.screen import FormPage, QuestionsPage
from assist_desk.views.widgets import one_at_a_time
from assist_desk.views.widgets.date_parts import DateParts
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


def _start(qtbot: Any, app_context: StartApplication, portal_url: str) -> tuple[Any, Any]:
    context = app_context("--mode", "kiosk", "--lang", "en", "--portal-url", portal_url)
    window = context.window
    window.resize(1920, 1080)
    with qtbot.waitActive(window):  # the focus is checked: the window must have it
        window.show()
        window.activateWindow()
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    return context, context.features.flows.service.get().account


def _open_account(qtbot: Any, context: Any, profile: str) -> Any:
    window = context.window
    qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    assert screen.screen_id == "account"
    qtbot.mouseClick(screen.page("profile").radios[profile], Qt.MouseButton.LeftButton)
    _continue(qtbot, screen)
    return screen


def _continue(qtbot: Any, screen: Any) -> None:
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)


def _back(qtbot: Any, screen: Any) -> None:
    qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)


def shown_parts(page: QuestionsPage | FormPage) -> list[str]:
    """The questions (or fields) on the screen now, by name."""
    return [
        part.objectName().removeprefix("part_")
        for part in page.findChildren(QWidget)
        if part.objectName().startswith("part_") and part.isVisibleTo(page)
    ]


def _tap_answer(qtbot: Any, page: QuestionsPage, key: str, yes: bool) -> None:
    yes_tile, no_tile = page.answers[key]
    tile = yes_tile if yes else no_tile
    assert tile.isVisible(), f"{key}: not on the screen"
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)


def _type(qtbot: Any, form: FormPage, name: str, value: str) -> None:
    """Tap the field and type ``value`` (the date: its three boxes)."""
    edit = form.edits[name]
    assert edit.isVisible(), f"{name}: not on the screen"
    if isinstance(edit, DateParts):
        day, month, year = value.split("/")
        for part, text in (("day", day), ("month", month), ("year", year)):
            box = edit.parts[part]
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(box, text)
        return
    assert isinstance(edit, QLineEdit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    qtbot.keyClicks(edit, value)


def _has_focus_in(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def test_an_individual_answers_one_question_per_screen(
    qtbot: Any, training_portal: Any, app_context: StartApplication
) -> None:
    context, account = _start(qtbot, app_context, training_portal.url)
    screen = _open_account(qtbot, context, "individual")
    questions = screen.page("prerequisites")
    assert account.current == "prerequisites"
    assert shown_parts(questions) == ["has_email"]
    assert not questions.position.isVisibleTo(questions)  # one question: no "1 of 1"
    _tap_answer(qtbot, questions, "has_email", yes=True)  # the answer moves on
    assert account.current == "method"

    qtbot.mouseClick(screen.page("method").radios["ants_account"], Qt.MouseButton.LeftButton)
    _continue(qtbot, screen)
    assert account.current == "form"
    form = screen.page("form")
    assert shown_parts(form) == ["email"]
    assert form.position.text() == "Question 1 of 6"
    assert form.position.accessibleName() == "Question 1 of 6"
    assert _has_focus_in(form.edits["email"])
    step_text = screen.progress_label.text()  # "Step 4 of 8 · Next step: …"
    assert step_text.startswith("Step 4 of 8")

    # Continue checks the field shown: the error under it, the focus in it, no move.
    _continue(qtbot, screen)
    assert (account.current, shown_parts(form)) == ("form", ["email"])
    assert form.errors["email"].isVisible()
    assert form.errors["email"].text() in form.edits["email"].accessibleDescription()
    assert _has_focus_in(form.edits["email"])
    _type(qtbot, form, "email", "camille.martin@")
    _continue(qtbot, screen)
    assert shown_parts(form) == ["email"]
    assert form.errors["email"].isVisible()

    _type(qtbot, form, "email", "camille.k2@example.org")
    _continue(qtbot, screen)
    assert shown_parts(form) == ["given_names"]
    assert form.position.text() == "Question 2 of 6"
    assert _has_focus_in(form.edits["given_names"])
    assert screen.progress_label.text() == step_text  # the step and its total kept (F-1)

    # Back: the previous field first, then the previous step; forward again: the top.
    _back(qtbot, screen)
    assert (account.current, shown_parts(form)) == ("form", ["email"])
    assert form.edits["email"].text() == "camille.k2@example.org"  # nothing lost
    assert not form.errors["email"].isVisible()
    _back(qtbot, screen)
    assert account.current == "method"
    _continue(qtbot, screen)
    assert (account.current, shown_parts(form)) == ("form", ["email"])

    values = FORMS["individual"]
    seen = []
    for name in ("email", "given_names", "family_name", "usage_name", "birth_date"):
        seen.append(shown_parts(form))
        if name == "email":
            pass  # typed above
        elif name != "usage_name":  # optional: Continue with it empty
            _type(qtbot, form, name, values[name])
        _continue(qtbot, screen)
    # The password and its copy stay together, with the live criteria.
    seen.append(shown_parts(form))
    assert seen == [
        ["email"],
        ["given_names"],
        ["family_name"],
        ["usage_name"],
        ["birth_date"],
        ["password", "password_confirm"],
    ]
    assert form.position.text() == "Question 6 of 6"
    assert form.criteria.isVisible()
    _type(qtbot, form, "password", values["password"])
    _type(qtbot, form, "password_confirm", "Something-else-42")
    _continue(qtbot, screen)
    assert account.current == "form"
    assert form.errors["password_confirm"].isVisible()
    assert not form.errors["password"].isVisible()
    _type(qtbot, form, "password_confirm", values["password"])
    _continue(qtbot, screen)
    qtbot.waitUntil(lambda: account.current == "terms" and not account.busy, timeout=15000)
    # Back from the next step: the form's last screen.
    _back(qtbot, screen)
    assert (account.current, shown_parts(form)) == ("form", ["password", "password_confirm"])


def test_a_professional_walks_back_inside_the_questions_and_meets_the_refused_field(
    qtbot: Any, training_portal: Any, app_context: StartApplication, monkeypatch: Any
) -> None:
    said: list[str] = []  # what a screen reader is told (no bus in this test)
    monkeypatch.setattr(one_at_a_time, "announce", lambda _widget, text, **_: said.append(text))
    context, account = _start(qtbot, app_context, training_portal.url)
    screen = _open_account(qtbot, context, "siv_professional")
    questions = screen.page("prerequisites")
    keys = ["has_email", "has_prefecture_authorisation", "has_siret"]
    assert shown_parts(questions) == ["has_email"]
    assert questions.position.text() == "Question 1 of 3"
    _continue(qtbot, screen)  # no answer yet: asked for one, on the same question
    assert (account.current, shown_parts(questions)) == ("prerequisites", ["has_email"])
    assert screen.error_frame.isVisible()
    assert screen.shown_refusal == "unanswered"
    _tap_answer(qtbot, questions, "has_email", yes=True)
    assert (account.current, shown_parts(questions)) == ("prerequisites", [keys[1]])
    assert questions.position.text() == "Question 2 of 3"
    assert said[-1] == "Question 2 of 3"  # said as well as shown
    assert not screen.error_frame.isVisible()  # "answer it first" went with its question
    assert _has_focus_in(questions.questions[keys[1]])
    assert screen.back_button.isVisible()
    _back(qtbot, screen)
    assert (account.current, shown_parts(questions)) == ("prerequisites", [keys[0]])
    assert questions.answers["has_email"][0].isChecked()  # the answer is kept
    # Arrow keys walk the answers (and change it, as radio buttons do) but never move on:
    # only a tap, Space or Enter on an answer does.
    yes_tile, no_tile = questions.answers["has_email"]
    assert yes_tile.hasFocus()
    qtbot.keyClick(yes_tile, Qt.Key.Key_Right)
    assert no_tile.hasFocus()
    assert account.data["has_email"] is False
    qtbot.keyClick(no_tile, Qt.Key.Key_Left)
    assert yes_tile.hasFocus()
    assert account.data["has_email"] is True
    assert (account.current, shown_parts(questions)) == ("prerequisites", [keys[0]])
    qtbot.keyClick(yes_tile, Qt.Key.Key_Space)  # the same answer again moves on
    assert shown_parts(questions) == [keys[1]]
    _back(qtbot, screen)
    _tap_answer(qtbot, questions, "has_email", yes=True)  # and so does a tap on it
    _tap_answer(qtbot, questions, keys[1], yes=True)
    assert shown_parts(questions) == [keys[2]]
    _tap_answer(qtbot, questions, keys[2], yes=True)  # the last answer: the next step
    assert account.current == "form"

    form = screen.page("form")
    email = f"garage.k2.{id(form)}@example.org"
    values = {**FORMS["siv_professional"], "email": email}
    order = [
        "email",
        "company_name",
        "siret",
        "prefecture_authorisation",
        "department",
        "contact_name",
        "phone",
    ]
    for number, name in enumerate(order, 1):
        assert shown_parts(form) == [name]
        assert form.position.text() == f"Question {number} of 7"
        if name in values:
            _type(qtbot, form, name, values[name])
        _continue(qtbot, screen)
    qtbot.waitUntil(lambda: account.current == "terms" and account.terms is not None, timeout=15000)
    qtbot.mouseClick(screen.page("terms").checkbox, Qt.MouseButton.LeftButton)
    _continue(qtbot, screen)
    assert account.current == "declaration"

    # Meanwhile someone created an account with this address: the portal refuses it.
    terms = account.terms
    payload = create_payload("siv_professional", values)
    payload["terms"] = {"version_id": terms.id, "sha256": terms.sha256, "site_id": "test"}
    client = context.features.portal.client.get()
    created = context.loop.create_task(client.create_account(payload))
    qtbot.waitUntil(created.done, timeout=15000)
    assert created.exception() is None
    _continue(qtbot, screen)  # "Create my account"
    qtbot.waitUntil(lambda: not account.busy and account.current == "form", timeout=15000)
    assert shown_parts(form) == ["email"]  # the refused field's screen
    assert form.errors["email"].isVisible()
    assert form.taken_actions.isVisible()  # E-5: sign in with it instead
    assert _has_focus_in(form.edits["email"])
    # The refusal stands until the address is changed: Continue does not pass it.
    _continue(qtbot, screen)
    assert (account.current, shown_parts(form)) == ("form", ["email"])
    assert form.errors["email"].isVisible()


def test_the_wipe_starts_the_next_person_at_the_first_question(
    qtbot: Any, training_portal: Any, app_context: StartApplication
) -> None:
    context, account = _start(qtbot, app_context, training_portal.url)
    screen = _open_account(qtbot, context, "legal_entity")
    questions = screen.page("prerequisites")
    _tap_answer(qtbot, questions, "has_email", yes=True)
    assert shown_parts(questions) == ["has_siret"]
    _tap_answer(qtbot, questions, "has_siret", yes=True)
    form = screen.page("form")
    _type(qtbot, form, "email", "amis.k2@example.org")
    _continue(qtbot, screen)
    _type(qtbot, form, "organisation_name", "Les amis")
    _continue(qtbot, screen)
    assert shown_parts(form) == ["siret"]
    _back(qtbot, screen)
    _back(qtbot, screen)
    _back(qtbot, screen)  # into the questions: their last one
    assert (account.current, shown_parts(questions)) == ("prerequisites", ["has_siret"])

    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)
    assert account.current == "profile"
    assert questions.presenter.index == 0
    assert form.presenter.index == 0
    assert all(edit.text() == "" for edit in form.edits.values())

    # The next person, same profile: the first question, then the first field, empty.
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    screen = _open_account(qtbot, context, "legal_entity")
    assert shown_parts(questions) == ["has_email"]
    assert not questions.answers["has_email"][0].isChecked()
    _tap_answer(qtbot, questions, "has_email", yes=True)
    _tap_answer(qtbot, questions, "has_siret", yes=True)
    assert account.current == "form"
    assert shown_parts(form) == ["email"]
    assert form.edits["email"].text() == ""


def test_the_wipe_leaves_no_error_of_the_last_person_under_the_fields(
    qtbot: Any, training_portal: Any, app_context: StartApplication
) -> None:
    context, account = _start(qtbot, app_context, training_portal.url)
    screen = _open_account(qtbot, context, "legal_entity")
    questions = screen.page("prerequisites")
    _tap_answer(qtbot, questions, "has_email", yes=True)
    _tap_answer(qtbot, questions, "has_siret", yes=True)
    form = screen.page("form")
    _type(qtbot, form, "email", "amis.k2@")
    _continue(qtbot, screen)  # stays: "this does not look like an e-mail address"
    assert form.errors["email"].isVisible()
    assert form.edits["email"].property("invalid")

    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    screen = _open_account(qtbot, context, "legal_entity")
    _tap_answer(qtbot, questions, "has_email", yes=True)
    _tap_answer(qtbot, questions, "has_siret", yes=True)
    assert (account.current, shown_parts(form)) == ("form", ["email"])
    # The next person's empty field, with nothing about the last person's address.
    assert form.edits["email"].text() == ""
    assert not form.errors["email"].isVisibleTo(form)
    assert form.errors["email"].text() == ""
    assert not form.edits["email"].property("invalid")
    assert form.edits["email"].accessibleDescription() == ""
    assert not form.taken_actions.isVisibleTo(form)
