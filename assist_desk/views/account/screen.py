"""The "Create an ANTS account" screen: one page per step of the account navmap."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from assist_desk.controllers.account import AccountController
from assist_desk.flows.catalogue import PREREQUISITES, PROFILES
from assist_desk.flows.fields import FORM_FIELDS, NUMBER_RANGE, Field, check_field
from assist_desk.i18n import isolate
from assist_desk.views import flow_texts as T
from assist_desk.views import portal_state_texts as S
from assist_desk.views.a11y import announce, hide_from_screen_readers
from assist_desk.views.account.help_extras import ASK_MEDIATOR, HELP_EXAMPLES, HelpExtras
from assist_desk.views.account.pending_memo import memo_document
from assist_desk.views.account.submit_pages import CheckEmailPage, DeclarationPage, PendingPage
from assist_desk.views.flow_texts import t
from assist_desk.views.keyboard.fields import hints_for
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.printing import open_preview
from assist_desk.views.widgets.big_check_box import BigCheckBox
from assist_desk.views.widgets.choice_tile import ChoiceTile
from assist_desk.views.widgets.count_field import CountField
from assist_desk.views.widgets.date_parts import DateParts
from assist_desk.views.widgets.long_text import LongTextField
from assist_desk.views.widgets.one_at_a_time import OneAtATime
from assist_desk.views.widgets.password_criteria import PasswordCriteria
from assist_desk.views.widgets.phone_continue import PhoneContinuePanel
from assist_desk.views.widgets.pictogram import PROFILE_PICTOGRAMS
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton
from assist_desk.views.widgets.yes_no import YesNoQuestion
from assist_desk.views.wizard import (
    ChoicePage,
    InfoPage,
    Page,
    WizardScreen,
    clear_layout,
    label,
    repolish,
)


class QuestionsPage(Page):
    """Yes/no questions: the prerequisites of the chosen profile, each as two big buttons.

    At a kiosk (``one_at_a_time``) one question per screen (K-2): an answer moves on to
    the next question, the last one to the next step; Back goes to the previous
    question before it leaves the step.
    """

    def __init__(self, controller: AccountController, one_at_a_time: bool = False) -> None:
        super().__init__("prerequisites", controller)
        # Closer lines than a page's 14 px (Arabic's are 52 px apart already): the
        # question and its two answers whole in view at a 1024×768 kiosk in Arabic (D1).
        self.column.setSpacing(6)
        self.intro = label()
        self.column.addWidget(self.intro)
        self.position = label(role="muted")
        self.position.setObjectName("questionPosition")
        self.column.addWidget(self.position)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(24)  # room between two questions
        self.column.addLayout(self.rows)
        self.column.addStretch(1)
        self.questions: dict[str, YesNoQuestion] = {}
        #: The (yes, no) tiles of each question.
        self.answers: dict[str, tuple[ChoiceTile, ChoiceTile]] = {}
        self._labels: dict[str, QLabel] = {}
        self._keys: list[str] = []
        self._profile = ""
        self.presenter = OneAtATime(self.position, _question_of, self._focus_of, self)
        self.presenter.set_enabled(one_at_a_time)

    def _rebuild(self) -> None:
        profile = self.controller.data.get("profile", "")
        if profile == self._profile:
            return
        self._profile = profile
        clear_layout(self.rows)
        self.questions.clear()
        self.answers.clear()
        self._labels.clear()
        self._keys = list(PREREQUISITES.get(profile, ()))
        parts = []
        for key in self._keys:
            holder = QWidget()  # the question and its answers: one screen at a kiosk
            holder.setObjectName(f"part_{key}")
            rows = QVBoxLayout(holder)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(6)
            question = label()
            question.setObjectName(f"question_{key}")
            pair = YesNoQuestion(key)
            pair.sig_answered.connect(lambda value, k=key: self.controller.update(**{k: value}))
            pair.sig_chosen.connect(lambda _value: self._chosen())
            rows.addWidget(question)
            rows.addWidget(pair)
            self.rows.addWidget(holder)
            parts.append([holder])
            self.questions[key] = pair
            self.answers[key] = (pair.yes, pair.no)
            self._labels[key] = question
        self.presenter.set_parts(parts)

    def _chosen(self) -> None:
        """A kiosk moves on with the answer (a workstation waits for Continue)."""
        if self.presenter.enabled:
            self.sig_continue.emit()

    def load(self) -> None:
        self._rebuild()
        for key, pair in self.questions.items():
            pair.set_answer(self.controller.data.get(key))
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        profile = self.controller.data.get("profile", "")
        name = t(T.PROFILE_TEXTS[profile][0]) if profile in T.PROFILE_TEXTS else ""
        self.intro.setText(name)
        for key, pair in self.questions.items():
            question = t(T.QUESTIONS[key])
            self._labels[key].setText(question)
            pair.set_texts(question, t(T.YES), t(T.NO))
        self.presenter.retranslate()

    def retranslate(self) -> None:
        self.load()

    def _focus_of(self, index: int) -> QWidget | None:
        if not 0 <= index < len(self._keys):
            return None
        pair = self.questions[self._keys[index]]
        return pair.no if pair.answer() is False else pair.yes

    def focus_widget(self) -> QWidget | None:
        return self._focus_of(self.presenter.index if self.presenter.enabled else 0)

    def start(self, at_end: bool) -> None:
        self.presenter.go_to(self.presenter.count() - 1 if at_end else 0, focus=False)

    def next_within(self) -> bool:
        if self.presenter.is_last():
            return False
        if self.controller.data.get(self._keys[self.presenter.index]) is None:
            return False  # the step's guard asks for an answer, as on a workstation
        return self.presenter.next()

    def back_within(self) -> bool:
        return self.presenter.back()

    def has_previous_part(self) -> bool:
        return not self.presenter.is_first()

    def clear(self) -> None:
        self.presenter.go_to(0, focus=False, speak=False)

    def answer(self, key: str, value: bool) -> None:
        """Click the answer, as a person would (tours and tests); at a kiosk, on the
        question's own screen."""
        if self.presenter.enabled and self.presenter.index != self._keys.index(key):
            self.presenter.go_to(self._keys.index(key), focus=False, speak=False)
        (self.questions[key].yes if value else self.questions[key].no).click()


def _question_of(number: int, count: int) -> str:
    return t(T.QUESTION_OF).replace("%1", str(number)).replace("%2", str(count))


#: E-4: fields whose width hints the length expected (characters shown), by kind.
EXPECTED_CHARS: dict[str, int] = {
    "siret": 17,
    "department": 3,
    "insee_code": 5,
    "phone": 14,
    "approval": 20,
    "prefecture_authorisation": 20,
    "number": 4,
}


#: What the form page needs of a field: a line edit, or a widget that acts as one.
FormField = QLineEdit | DateParts | LongTextField | CountField


def make_field(field: Field) -> FormField:
    """The widget for ``field``: three boxes for a date (E-4), a multi-line box for a
    message, − / + for a count; otherwise one line."""
    widget: FormField
    if field.kind == "date":
        widget = DateParts()
    elif field.kind == "long_text":
        widget = LongTextField(field.max_length)
    elif field.kind == "number":
        widget = CountField(*NUMBER_RANGE)
    else:
        widget = QLineEdit()
        widget.setMaxLength(field.max_length)
        widget.setInputMethodHints(hints_for(field.kind))  # the on-screen keyboard's keys
        if field.kind in ("password", "password_confirm"):
            widget.setEchoMode(QLineEdit.EchoMode.Password)
        if field.kind in ("email", "siret"):
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    widget.setObjectName(f"field_{field.name}")
    return widget


class FormPage(Page):
    """The profile's form, checked as the person types; portal refusals on the right field.

    At a kiosk (``one_at_a_time``) one field per screen (K-2), the password with its
    copy and criteria together: Continue checks the field shown before moving on, its
    error under it; Back goes to the previous field before it leaves the step.

    Signals:
        sig_edited(): a field changed (the error summary above is refreshed, E-1).
        sig_sign_in_instead(str, bool): the address has an account already (E-5): sign
            in with it (the address; True: the password is forgotten).
    """

    sig_edited = Signal()
    sig_sign_in_instead = Signal(str, bool)

    def __init__(
        self, step_id: str, controller: AccountController, one_at_a_time: bool = False
    ) -> None:
        super().__init__(step_id, controller)
        self.position = label(role="muted")
        self.position.setObjectName("questionPosition")
        self.column.addWidget(self.position)
        #: One box a field (its label, rule, field, error, what to do), one under another.
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.column.addLayout(self.rows)
        # E-3/E-4: the password's rule under its label, "Show" beside it, and the rule's
        # criteria ticked live under it; kept across rebuilds (placed in the grid).
        self.hint = label(role="muted")
        self.hint.setObjectName("passwordHint")
        # Read with each password field, as its description (M4): not a third time (m3).
        hide_from_screen_readers(self.hint)
        self.show_password = WrapButton()
        self.show_password.setObjectName("showPasswordButton")
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._show_passwords)
        self.criteria = PasswordCriteria()
        for widget in (self.hint, self.show_password, self.criteria):
            widget.setParent(self)
            widget.hide()
        self.column.addStretch(1)
        self.edits: dict[str, FormField] = {}
        self.errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._codes: dict[str, str | None] = {}
        self._fields: tuple[Field, ...] = ()
        self._grids: dict[str, QGridLayout] = {}
        #: The fields of each screen at a kiosk (a field, or the password and its copy).
        self._part_fields: list[list[str]] = []
        #: A refused field to focus when the portal call ends (the page is disabled).
        self._focus_when_enabled: QWidget | None = None
        self._profile = ""
        self.presenter = OneAtATime(self.position, _question_of, self._focus_of, self)
        self.presenter.set_enabled(one_at_a_time)
        controller.sig_field_errors.connect(self.show_portal_errors)

    def _rebuild(self) -> None:
        profile = self.controller.data.get("profile", "")
        if profile == self._profile:
            return
        self._profile = profile
        for kept in (self.hint, self.show_password, self.criteria):
            kept.setParent(self)  # out of its field's box: not deleted with the old rows
            kept.hide()
        clear_layout(self.rows)
        self.edits.clear()
        self.errors.clear()
        self._labels.clear()
        self._codes.clear()
        self._grids.clear()
        self._fields = FORM_FIELDS.get(profile, ())
        parts: list[list[QWidget]] = []
        self._part_fields = []
        for field in self._fields:
            holder = QWidget()  # the field's box: one screen at a kiosk
            holder.setObjectName(f"part_{field.name}")
            self.rows.addWidget(holder)
            self._add_field(field, holder)
            if field.kind == "password_confirm" and self._part_fields[-1:] == [["password"]]:
                parts[-1].append(holder)  # with its password and the criteria (K-2)
                self._part_fields[-1].append(field.name)
            else:
                parts.append([holder])
                self._part_fields.append([field.name])
        self.presenter.set_parts(parts)

    def _add_field(self, field: Field, holder: QWidget) -> None:
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        name = QLabel()
        edit = make_field(field)
        name.setBuddy(edit)
        error = label(role="error")
        error.setObjectName(f"error_{field.name}")
        error.hide()
        hide_from_screen_readers(error)  # read as the field's description (m3)
        edit.textEdited.connect(lambda _text, f=field: self._edited(f, live=True))
        edit.editingFinished.connect(lambda f=field: self._edited(f, live=False))
        # Five rows: label, its rule, the field, its error, what to do; added in that
        # order, which is the order a screen reader reads them (M4).
        password = field.kind == "password"
        grid.addWidget(name, 0, 0, 1, 2)
        if password:
            grid.addWidget(self.hint, 1, 0, 1, 2)
        grid.addWidget(edit, 2, 0, 1, 1 if password else 2)
        if password:
            grid.addWidget(self.show_password, 2, 1)
        grid.addWidget(error, 3, 0, 1, 2)
        if field.kind == "email":
            grid.addWidget(self._taken_actions(), 4, 0, 1, 2)
        if password:
            grid.addWidget(self.criteria, 4, 0, 1, 2)
            for kept in (self.hint, self.show_password, self.criteria):
                kept.show()
        self.edits[field.name] = edit
        self.errors[field.name] = error
        self._labels[field.name] = name
        self._grids[field.name] = grid

    def _taken_actions(self) -> QWidget:
        """E-5: under "an account already uses this address", what to do instead."""
        self.taken_actions = QWidget()
        self.taken_actions.setObjectName("emailTakenActions")
        row = ReflowRow(self.taken_actions)
        row.setContentsMargins(0, 0, 0, 0)
        self.sign_in_instead = WrapButton()
        self.sign_in_instead.setObjectName("signInInsteadButton")
        self.sign_in_instead.clicked.connect(lambda: self._instead(forgot=False))
        self.forgot_instead = WrapButton()
        self.forgot_instead.setObjectName("forgotInsteadButton")
        self.forgot_instead.clicked.connect(lambda: self._instead(forgot=True))
        row.addWidget(self.sign_in_instead)
        row.addWidget(self.forgot_instead)
        row.addStretch(1)
        self.taken_actions.hide()
        return self.taken_actions

    def _instead(self, forgot: bool) -> None:
        email = next((e.text().strip() for n, e in self.edits.items() if n == "email"), "")
        self.sig_sign_in_instead.emit(email, forgot)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def _hint_widths(self) -> None:
        """A short field looks short: "75" or a date never gets a 1,200-px box (E-4)."""
        for field in self._fields:
            edit = self.edits.get(field.name)
            if isinstance(edit, DateParts):
                edit.fit_widths()  # three boxes, each as wide as its digits
            elif isinstance(edit, CountField):
                edit.fit_width()
                continue  # − field +, then room: on the reading side already
            elif isinstance(edit, QLineEdit) and field.kind in EXPECTED_CHARS:
                edit.ensurePolished()  # the style sheet's font: the kiosk's is larger
                digits = edit.fontMetrics().horizontalAdvance(
                    "0" * (EXPECTED_CHARS[field.kind] + 2)
                )
                edit.setMaximumWidth(digits + 2 * edit.fontMetrics().height())
            else:
                continue
            # On the page's reading side, also for left-to-right fields (numbers, dates)
            # in an Arabic page: absolute, as the field's own direction would flip it.
            side = (
                Qt.AlignmentFlag.AlignRight
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            self._grids[field.name].setAlignment(edit, side | Qt.AlignmentFlag.AlignAbsolute)

    def _show_passwords(self, shown: bool) -> None:
        """E-4: "Show" the password (and its copy) to check what was typed."""
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for name in ("password", "password_confirm"):
            edit = self.edits.get(name)
            if isinstance(edit, QLineEdit):
                edit.setEchoMode(mode)
        self._retranslate_show()

    def _retranslate_show(self) -> None:
        shown = self.show_password.isChecked()
        text = t(T.HIDE_PASSWORD if shown else T.SHOW_PASSWORD)
        self.show_password.setText(text)
        self.show_password.setAccessibleName(text)

    def _refresh_criteria(self) -> None:
        values = self.values()
        self.criteria.show_for(values.get("password", ""), values.get("email") or None)

    def _edited(self, field: Field, live: bool) -> None:
        values = self.values()
        self.controller.update(fields=values)
        if field.name in ("password", "email"):
            self._refresh_criteria()
        code = check_field(field, values.get(field.name, ""), values)
        if live and (code == "required" or not self._codes.get(field.name)):
            # While typing, an error only goes away or changes: a new one waits until
            # the person leaves the field (a screen reader would say it at the first
            # letter, m4).
            code = None
        self._set_error(field.name, code)
        if field.name == "password" and self.edits.get("password_confirm", QLineEdit()).text():
            confirm = next(f for f in self._fields if f.name == "password_confirm")
            self._set_error(confirm.name, check_field(confirm, values[confirm.name], values))
        self.sig_edited.emit()

    def invalid_labels(self) -> list[str]:
        """The labels of the fields still wrong: shown ones, or failing the form's checks."""
        values = self.values()
        return [
            t(T.FIELD_LABELS.get(field.name, field.name))
            for field in self._fields
            if self._codes.get(field.name)
            or check_field(field, values.get(field.name, ""), values) is not None
        ]

    def _set_error(self, name: str, code: str | None) -> None:
        self._codes[name] = code
        edit, error = self.edits[name], self.errors[name]
        text = t(T.FIELD_ERRORS.get(code, T.FIELD_ERROR_OTHER)) if code else ""
        error.setText(text)
        error.setVisible(bool(code))
        if isinstance(edit, DateParts | CountField):
            edit.set_invalid(bool(code))
        else:
            edit.setProperty("invalid", bool(code))
        if name == "email" and hasattr(self, "taken_actions"):
            self.taken_actions.setVisible(code == "email_taken")
        rules = self.hint.text() if name in ("password", "password_confirm") else ""
        # The error first, then the password rules, both read with the field (M4).
        edit.setAccessibleDescription(" ".join(part for part in (text, rules) if part))
        if isinstance(edit, QLineEdit):
            repolish(edit)

    def show_portal_errors(self, fields: Any) -> None:
        refused = dict(fields)
        for name, code in refused.items():
            if name in self.edits:
                self._set_error(name, code)
        first = next((name for name in self.edits if name in refused), None)
        if first is not None:
            self._go_to_field(first)  # at a kiosk, that field's screen (K-2)
            if self.isEnabled():
                self.edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
            else:  # the portal call still holds the page: focus it once it is free
                self._focus_when_enabled = self.edits[first]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        pending = self._focus_when_enabled
        if event.type() == QEvent.Type.EnabledChange and self.isEnabled() and pending:
            self._focus_when_enabled = None
            if Shiboken.isValid(pending) and pending.isVisible():
                pending.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_all_errors(self) -> None:
        values = self.values()
        for field in self._fields:
            self._set_error(field.name, check_field(field, values.get(field.name, ""), values))
        first = next((name for name in self.edits if self._codes.get(name)), None)
        if first is not None:
            self._go_to_field(first)

    def _go_to_field(self, name: str) -> None:
        """At a kiosk, show the screen of the field ``name`` (its focus left to the caller)."""
        for index, names in enumerate(self._part_fields):
            if name in names and self.presenter.enabled and index != self.presenter.index:
                self.presenter.go_to(index, focus=False)

    def _checked_part(self) -> str | None:
        """Check the fields shown (K-2: Continue at a kiosk); the first one still wrong."""
        values = self.values()
        names = self._part_fields[self.presenter.index]
        for field in self._fields:
            if field.name in names:
                # A refusal of the portal stays until the field is edited (E-5: taken).
                code = check_field(field, values.get(field.name, ""), values)
                self._set_error(field.name, code or self._codes.get(field.name))
        return next((name for name in names if self._codes.get(name)), None)

    def next_within(self) -> bool:
        if not self.presenter.enabled or not self._part_fields:
            return False
        wrong = self._checked_part()
        if wrong is not None:  # stay: the error under the field, the focus in it
            self.sig_edited.emit()
            self.edits[wrong].setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.errors[wrong], self.errors[wrong].text(), urgent=True)
            return True
        return self.presenter.next()

    def back_within(self) -> bool:
        return self.presenter.back()

    def has_previous_part(self) -> bool:
        return not self.presenter.is_first()

    def start(self, at_end: bool) -> None:
        self.presenter.go_to(self.presenter.count() - 1 if at_end else 0, focus=False)

    def go_to_field(self, name: str) -> None:
        """Tests and tours: the screen of the field ``name`` (at a kiosk), as if the
        person had continued to it."""
        self._go_to_field(name)

    def load(self) -> None:
        self._rebuild()
        stored = self.controller.data.get("fields", {})
        for name, edit in self.edits.items():
            if edit.text() != stored.get(name, ""):
                edit.setText(stored.get(name, ""))
        self._refresh_criteria()
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        for name, widget in self._labels.items():
            widget.setText(t(T.FIELD_LABELS.get(name, name)))
            edit = self.edits[name]
            if isinstance(edit, DateParts):  # a group: "Date of birth", then each part
                edit.set_texts(
                    widget.text(), {part: t(text) for part, text in T.DATE_PARTS.items()}
                )
            else:
                edit.setAccessibleName(widget.text())
            if isinstance(edit, LongTextField | CountField):
                edit.retranslate()
        for name, code in self._codes.items():
            if code:
                self.errors[name].setText(t(T.FIELD_ERRORS.get(code, T.FIELD_ERROR_OTHER)))
        if hasattr(self, "taken_actions"):
            for button, text in (
                (self.sign_in_instead, T.SIGN_IN_INSTEAD),
                (self.forgot_instead, S.FORGOT_PASSWORD),
            ):
                button.setText(t(text))
                button.setAccessibleName(t(text))
        self._hint_widths()
        has_password = "password" in self.edits
        self.hint.setText(t(T.PASSWORD_HINT) if has_password else "")
        self.hint.setVisible(has_password)
        self._retranslate_show()
        self.criteria.retranslate()
        for name in self.edits.keys() & {"password", "password_confirm"}:
            self._set_error(name, self._codes.get(name))  # the rules in its description
        self.presenter.retranslate()

    def retranslate(self) -> None:
        self.retranslate_texts()

    def _shown_fields(self, index: int) -> list[str]:
        if self.presenter.enabled and 0 <= index < len(self._part_fields):
            return self._part_fields[index]
        return list(self.edits)

    def _focus_of(self, index: int) -> QWidget | None:
        names = self._shown_fields(index)
        wrong = next((name for name in names if self._codes.get(name)), None)
        first = wrong or next(iter(names), None)
        return self.edits[first] if first is not None else None

    def focus_widget(self) -> QWidget | None:
        return self._focus_of(self.presenter.index)

    def clear(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        for name in self.edits:  # no error of the last person under the next one's fields
            self._set_error(name, None)
        self._codes.clear()
        self._focus_when_enabled = None
        self.presenter.go_to(0, focus=False, speak=False)  # the next person starts at the top
        self.show_password.setChecked(False)  # the next person's password is hidden
        self.criteria.show_for("", None)

    def fill(self, values: dict[str, str]) -> None:
        """Type ``values`` as a person would (tours and tests)."""
        for name, value in values.items():
            edit = self.edits[name]
            edit.setText(value)
            edit.textEdited.emit(value)
            edit.editingFinished.emit()


def terms_html(sections: list[Any]) -> str:
    parts = []
    for section in sections:
        parts.append(f"<h3>{html.escape(section.title)}</h3>")
        for paragraph in section.text.split("\n"):
            if paragraph.strip():
                parts.append(f"<p>{html.escape(paragraph)}</p>")
    return "\n".join(parts)


class TermsPage(Page):
    """Plain summary in the interface language, the French text, and the checkbox."""

    def __init__(self, step_id: str, controller: Any, terms: Any) -> None:
        super().__init__(step_id, controller)
        self._terms = terms
        self.summary_title = label(role="subtitle")
        self.summary = label()
        self.summary.setObjectName("termsSummary")
        self.prevails = label(role="muted")
        self.full_title = label(role="subtitle")
        self.browser = QTextBrowser()
        self.browser.setObjectName("termsText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMinimumHeight(200)
        self.browser.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # The title above names the text: a label of it, not a second reading (m3).
        self.full_title.setBuddy(self.browser)
        self.checkbox = BigCheckBox()
        self.checkbox.setObjectName("termsRead")
        self.checkbox.toggled.connect(lambda on: controller.update(terms_read=on))
        for widget in (
            self.summary_title,
            self.summary,
            self.prevails,
            self.full_title,
            self.browser,
            self.checkbox,
        ):
            self.column.addWidget(widget)

    def load(self) -> None:
        terms = self._terms()
        self.checkbox.blockSignals(True)
        self.checkbox.setChecked(self.controller.data.get("terms_read") is True)
        self.checkbox.blockSignals(False)
        self.checkbox.setEnabled(terms is not None)
        if terms is not None:
            self.browser.setHtml(terms_html(terms.sections["fr"]))
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        terms = self._terms()
        self.summary_title.setText(t(T.TERMS_SUMMARY_TITLE))
        self.summary.setText(t(T.TERMS_SUMMARY))
        self.prevails.setText(t(T.FRENCH_PREVAILS))
        version = terms.id if terms is not None else "…"
        self.full_title.setText(t(T.TERMS_FULL_TITLE).replace("%1", version))
        self.browser.setAccessibleName(self.full_title.text())
        self.checkbox.setText(t(T.TERMS_READ))
        self.checkbox.setAccessibleName(t(T.TERMS_READ))

    def retranslate(self) -> None:
        self.retranslate_texts()

    def focus_widget(self) -> QWidget | None:
        return self.browser

    def clear(self) -> None:
        self.checkbox.setChecked(False)
        self.browser.clear()


class AccountScreen(WizardScreen):
    """Create an account, for any of the six profiles."""

    screen_id = "account"
    flow_title = T.ACCOUNT_TITLE

    def __init__(
        self,
        controller: AccountController,
        training: bool = False,
        kiosk: bool = False,
        site_name: str | Callable[[], str] = "",
        printer_name: str | None = None,
    ) -> None:
        """``site_name``: the help point's name on the memo, or what gives it in the
        language of the moment (AR-5)."""
        super().__init__(controller)
        self.kiosk = kiosk
        self.site_name = site_name
        self.printer_name = printer_name
        self.account_controller = controller
        if kiosk:
            # K-2: a tap on Continue or Back leaves the focus in the field, so that the
            # on-screen keys stay up from one field's screen to the next (a button
            # taking the focus would hide them at every field). Tab still reaches both.
            for button in (self.next_button, self.back_button):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.training = training
        self.show_step_overview(training and not kiosk)  # M-2: for trainers
        # Each page is built when its step is first shown (WizardScreen.add_page).
        self.add_page("profile", self._profile_page)
        self.add_page("prerequisites", lambda: QuestionsPage(controller, one_at_a_time=kiosk))
        self.add_page("email_guide", self._email_guide_page)
        # F-3: no help page is a dead end: found it → back to the questions, or finish.
        for stop, answer in (
            ("siv_authorisation_help", None),
            ("siret_help", "has_siret"),
            ("approval_help", "has_approval"),
        ):
            self.add_page(stop, partial(self._help_page, stop, answer))
        self.add_page("method", self._method_page)
        self.add_page(
            "franceconnect", lambda: InfoPage("franceconnect", controller, self._franceconnect_text)
        )
        for form_step in ("form", "town_hall_request"):
            self.add_page(form_step, partial(self._form_page, form_step))
        self.add_page("terms", lambda: TermsPage("terms", controller, lambda: controller.terms))
        self.add_page("declaration", self._declaration_page)
        self.add_page("check_email", self._check_email_page)
        self.add_page("prefecture_pending", self._pending_page)
        self.add_page("account_ready", self._ready_page)
        self.add_page("request_sent", self._sent_page)
        if kiosk:
            controller.sig_open_url.connect(self._continue_on_phone)
            # The round trip ended: the account exists (next step), or it failed.
            controller.sig_step_changed.connect(lambda _step: self._clear_phone())
            controller.sig_error.connect(lambda _kind, _detail: self._clear_phone())
        controller.sig_terms_loaded.connect(lambda _terms: self._reload_page("terms"))
        controller.sig_resent.connect(self._say_resent)
        controller.sig_refused.connect(self._on_refused)
        self.retranslate_ui()
        self._show_step(controller.current)

    # -- the pages, built when first shown ------------------------------------------------

    @property
    def form(self) -> FormPage:
        return self.page_as("form", FormPage)

    @property
    def town_hall_form(self) -> FormPage:
        return self.page_as("town_hall_request", FormPage)

    @property
    def terms_page(self) -> TermsPage:
        return self.page_as("terms", TermsPage)

    @property
    def phone(self) -> PhoneContinuePanel:
        """Kiosk: FranceConnect continues on the citizen's phone (on the declaration step)."""
        return self.page_as("declaration", DeclarationPage).phone

    @property
    def memo_panel(self) -> KioskPrintPanel:
        """F-2: the prefecture's wait: copies and "Print" for the memo (kiosk: no dialog)."""
        return self.page_as("prefecture_pending", PendingPage).memo_panel

    @property
    def status_label(self) -> QLabel:
        return self.page_as("check_email", CheckEmailPage).status_label

    def _profile_page(self) -> Page:
        return ChoicePage(
            "profile",
            self.account_controller,
            "profile",
            self._profiles,
            pictogram=lambda profile: PROFILE_PICTOGRAMS.get(profile, ""),
            prominent="individual",
            heading_before=(PROFILES[1], T.PROFILE_GROUP_PRO),
        )

    def _email_guide_page(self) -> Page:
        guide = InfoPage("email_guide", self.account_controller, self._email_guide_text)
        guide.add_action("comeBackButton", T.COME_BACK, self._come_back, primary=True)
        self._add_help_extras(guide)
        return guide

    def _help_page(self, stop: str, answer: str | None) -> Page:
        help_page = InfoPage(stop, self.account_controller, self._body(stop))
        if answer is not None:
            help_page.add_action(
                f"{stop}_found",
                T.FOUND_IT,
                partial(self._found, answer),
                primary=True,
            )
        help_page.add_action(f"{stop}_finish", T.FINISH, self._finish)
        self._add_help_extras(help_page)
        return help_page

    def _method_page(self) -> Page:
        return ChoicePage(
            "method",
            self.account_controller,
            "method",
            lambda: [
                (m, t(T.OPTIONS[f"method.{m}"]), t(T.OPTIONS[f"method.{m}.more"]))
                for m in ("franceconnect", "ants_account")
            ],
        )

    def _form_page(self, step_id: str) -> Page:
        form = FormPage(step_id, self.account_controller, one_at_a_time=self.kiosk)
        form.sig_edited.connect(lambda: self._refresh_error_summary(form))
        form.sig_sign_in_instead.connect(self._sign_in_instead)
        return form

    def _declaration_page(self) -> Page:
        return DeclarationPage(self.account_controller)

    def _email(self) -> str:
        return isolate(str(self.controller.data.get("fields", {}).get("email", "")))

    def _check_email_page(self) -> Page:
        controller = self.account_controller
        return CheckEmailPage(
            controller, lambda: t(T.BODIES["check_email"]).replace("%1", self._email())
        )

    def _pending_page(self) -> Page:
        pending = PendingPage(
            self.account_controller,
            lambda: t(T.BODIES["prefecture_pending"]).replace("%1", self._email()),
            KioskPrintPanel(lambda: memo_document(self._site_name()), self.printer_name),
        )
        if not self.kiosk:  # at a kiosk the wizard's "Finish and erase my information" ends it
            pending.add_action("pendingFinishButton", T.FINISH, self._finish, primary=True)
        # F-2: a memo to take home (what was done, what next, where to go), no dialog.
        pending.add_action("printMemoButton", T.PRINT_MEMO, self._print_memo)
        return pending

    def _ready_page(self) -> Page:
        ready = InfoPage(
            "account_ready", self.account_controller, lambda: t(T.BODIES["account_ready"])
        )
        # F-4: a success alert with what to remember (the login, the site, the password).
        ready.set_alert(
            "success",
            T.ACCOUNT_ACTIVE,
            lambda: t(T.ACCOUNT_RECAP).replace("%1", self._email()),
        )
        ready.add_action("toNewRequestButton", T.TO_NEW_REQUEST, self._to_new_request, primary=True)
        return ready

    def _sent_page(self) -> Page:
        sent = InfoPage(
            "request_sent",
            self.account_controller,
            lambda: t(T.BODIES["request_sent"]).replace("%1", self._email()),
        )
        # The flow's last step: its way out is the wizard's own (Home, filled, or at a
        # kiosk "Finish and erase my information").
        sent.set_alert("success", T.REQUEST_REGISTERED, lambda: t(T.SENT_RECAP))
        return sent

    def _reload_page(self, step_id: str) -> None:
        page = self.built_page(step_id)
        if page is not None:  # one built later reads the controller's data then
            page.load()

    def _say_resent(self) -> None:
        page = self.built_page("check_email")
        if isinstance(page, CheckEmailPage):
            page.status_label.setText(t(T.RESENT))

    def _continue_on_phone(self, url: str) -> None:
        self.phone.show_url(url)

    def _clear_phone(self) -> None:
        page = self.built_page("declaration")
        if isinstance(page, DeclarationPage):
            page.phone.clear()

    def _add_help_extras(self, page: InfoPage) -> None:
        """F-3: the pictured example (and QR code) under the help page's text; at a
        kiosk, "Ask a mediator" among its actions."""
        extras = HelpExtras(HELP_EXAMPLES[page.step_id], self.kiosk)
        page.column.insertWidget(page.column.indexOf(page.text) + 1, extras)
        if self.kiosk:
            page.add_action(
                f"{page.step_id}_askMediator",
                ASK_MEDIATOR,
                lambda: self.sig_navigate.emit("ask_mediator"),
            )

    @staticmethod
    def _body(step_id: str) -> Callable[[], str]:
        return lambda: t(T.BODIES[step_id])

    def _profiles(self) -> list[tuple[str, str, str]]:
        """F-5: "For me" first and large; the five professional profiles after a heading."""
        return [
            (
                profile,
                t(T.PROFILE_FOR_ME if profile == "individual" else T.PROFILE_TEXTS[profile][0]),
                t(T.PROFILE_TEXTS[profile][1]),
            )
            for profile in PROFILES
        ]

    def _franceconnect_text(self) -> str:
        text = t(T.BODIES["franceconnect"])
        if self.training:
            text += "\n\n" + t(T.BODIES["franceconnect_training"])
        return text

    def _on_refused(self, reason: str) -> None:
        if reason == "invalid_fields":
            page = self.current_page()
            if isinstance(page, FormPage):
                page.show_all_errors()
                focus = page.focus_widget()
                if focus is not None:
                    focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_error_summary(self, page: FormPage) -> None:
        """E-1: the alert about the fields follows them: it names those still wrong, and
        goes away once none is left (never pointing at messages that are gone)."""
        about_fields = self.shown_refusal == "invalid_fields" or (
            self.controller.last_error is not None and self.controller.last_error[0] == "validation"
        )
        if not about_fields or not self.error_frame.isVisibleTo(self):
            return
        remaining = page.invalid_labels()
        if not remaining:
            self.controller.clear_error()
            self._hide_error()
            return
        text = (
            t(T.REFUSALS["invalid_fields"])
            + "\n"
            + t(T.FIELDS_TO_CHECK).replace("%1", ", ".join(remaining))
        )
        self.error_frame.show_message("error", t(T.ALERT_CHECK), text)
        self.error_label.setAccessibleName(text)

    def _found(self, answer: str) -> None:
        """Back to the questions with the answer now "yes" (what was typed is kept)."""
        self.controller.update(**{answer: True})
        self.controller.go_back()

    def _finish(self) -> None:
        self.sig_navigate.emit("home")

    def _print_memo(self) -> None:
        """Kiosk: copies and "Print" to the site's printer; a workstation: the preview."""
        if self.kiosk:
            self.memo_panel.open()
        else:
            open_preview(self, memo_document(self._site_name()), self.printer_name)

    @staticmethod
    def _email_guide_text() -> str:
        """The guide names its own button (%1): the way on, whatever the mode."""
        return t(T.BODIES["email_guide"]).replace("%1", t(T.COME_BACK))

    def _site_name(self) -> str:
        return self.site_name() if callable(self.site_name) else self.site_name

    def _come_back(self) -> None:
        self.controller.update(has_email=True)
        self.controller.go_back()

    def _sign_in_instead(self, email: str, forgot: bool) -> None:
        """E-5: the address has an account: to the sign-in, the address already typed."""
        self.account_controller.session.sign_in_instead = (email, forgot)
        self.sig_navigate.emit("new_request")

    def _to_new_request(self) -> None:
        self.sig_navigate.emit("new_request")

    waiting_steps = frozenset({"check_email", "prefecture_pending"})

    def final_actions(self, step_id: str) -> bool:
        # At a kiosk the citizen's part ends at the prefecture's wait (days): "Finish and
        # erase my information" there, or the screen was a dead end (no action at all).
        pending_here = self.kiosk and step_id == "prefecture_pending"
        return super().final_actions(step_id) or pending_here

    def can_go_back(self) -> bool:
        # Once the portal has the account, going back to the form would only confuse.
        return not self.controller.data.get("account_id")

    def next_text(self, step_id: str) -> str:
        if step_id == "declaration":
            return (
                T.SEND_REQUEST
                if self.controller.data.get("profile") == "town_hall_dr"
                else T.CREATE
            )
        return T.NEXT

    def _refresh_chrome(self) -> None:
        super()._refresh_chrome()
        if self.controller.current == "check_email":
            self.status_label.setText(t(T.STATUS_WAITING))
