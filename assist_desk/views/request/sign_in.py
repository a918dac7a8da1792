"""A new request's sign-in step: signed in already, or the e-mail, the password, or
FranceConnect.

On a workstation it is one short form. At a kiosk it asks one question per screen
(K-2, with the account form's :class:`OneAtATime`): the e-mail first, with the other
ways in (FranceConnect, "I have no account yet"); then the password with "Show", where
it goes (T-1) and "Forgot your password?". The action bar's button (always in view,
even on a short screen) is Continue, then "Sign in". Continue checks the e-mail, Back
returns to it, an error stays under its field, and a refused sign-in stays on the
password screen with the address it was tried with in view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from assist_desk.controllers.account import PasswordResetController
from assist_desk.controllers.requests import RequestController
from assist_desk.flows.fields import Field, check_field
from assist_desk.i18n import isolate
from assist_desk.views import flow_texts as T
from assist_desk.views.a11y import announce, hide_from_screen_readers
from assist_desk.views.flow_texts import t
from assist_desk.views.keyboard.fields import hints_for
from assist_desk.views.password_reset import ForgotPasswordPanel
from assist_desk.views.widgets.one_at_a_time import OneAtATime
from assist_desk.views.widgets.phone_continue import PhoneContinuePanel
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton
from assist_desk.views.wizard import Page, label, repolish

#: The e-mail as the account form checks it; the password only for being there (an
#: account's password may predate today's rules: the portal judges it).
EMAIL_FIELD = Field("email", "email", max_length=254)
PASSWORD_FIELD = Field("password", "text", max_length=128)
#: The kiosk's two screens.
EMAIL_PART, PASSWORD_PART = 0, 1


def _question_of(number: int, count: int) -> str:
    return t(T.QUESTION_OF).replace("%1", str(number)).replace("%2", str(count))


class SignInPage(Page):
    """Signed in already (continue), or sign in: e-mail and password, or FranceConnect.

    At a kiosk, FranceConnect continues on the citizen's phone (a QR code), never in
    a browser of the kiosk, and the e-mail and the password are two screens (K-2).

    Signals:
        sig_moved(): the page went to its other screen by itself (a refusal, an
            address typed on the account form): the wizard's buttons follow.
    """

    sig_moved = Signal()

    def __init__(self, controller: RequestController, kiosk: bool = False) -> None:
        super().__init__("sign_in", controller)
        self.request_controller = controller
        self.kiosk = kiosk
        self.phone = PhoneContinuePanel()
        if kiosk:
            controller.sig_open_url.connect(self._continue_on_phone)
            # The round trip ended: signed in, or refused, timed out, failed.
            controller.sig_account_changed.connect(lambda _account: self._phone_done())
            controller.sig_error.connect(lambda _kind, _detail: self._phone_done())
        controller.sig_error.connect(self._refused)
        self.signed_in = label(role="subtitle")
        self.signed_in.setObjectName("signedInText")
        self.intro = label()
        # T-1 on a kiosk's password screen (the intro, which says it too, is on the first).
        self.where = label(role="muted")
        self.where.setObjectName("signInPasswordWhere")
        self.position = label(role="muted")
        self.position.setObjectName("questionPosition")
        self.email_label = QLabel()
        self.email = QLineEdit()
        self.email.setObjectName("signInEmail")
        self.email.setMaxLength(EMAIL_FIELD.max_length)
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email.setInputMethodHints(hints_for("email"))
        self.email_label.setBuddy(self.email)
        self.email_error = self._error_label("signInEmailError")
        self.password_label = QLabel()
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setMaxLength(PASSWORD_FIELD.max_length)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setBuddy(self.password)
        self.show_password = WrapButton()  # E-4: check what was typed
        self.show_password.setObjectName("signInShowPassword")
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._show_password)
        # A kiosk's password screen: the address it is for (a refusal names both).
        self.email_recap = label(role="muted")
        self.email_recap.setObjectName("signInEmailRecap")
        # T-1: where the password goes, said right under where it is typed.
        self.secure = label(role="secure")
        self.secure.setObjectName("signInSecure")
        hide_from_screen_readers(self.secure)  # read as the password's description (m3)
        self.password_error = self._error_label("signInPasswordError")
        self.sign_in_button = WrapButton()
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setProperty("role", "primary")
        self.sign_in_button.clicked.connect(self._sign_in)
        self.password.returnPressed.connect(self._sign_in)
        self.fc_button = WrapButton()
        self.fc_button.setObjectName("signInFranceConnect")
        self.fc_button.clicked.connect(controller.sign_in_franceconnect)
        self.no_account = WrapButton()
        self.no_account.setObjectName("noAccountButton")
        self.no_account.clicked.connect(self._no_account)
        # "Forgot your password?": a small panel of its own, folded until asked for.
        self.reset = ForgotPasswordPanel(
            PasswordResetController(controller.portal, controller.scope)
        )
        self.reset.controller.setParent(self.reset)
        self.reset.toggle.toggled.connect(self._prefill_reset)
        self.form = QWidget()
        self.email_part = QWidget()
        self.email_part.setObjectName("part_email")
        self.password_part = QWidget()
        self.password_part.setObjectName("part_password")
        self._lay_out_form()
        self.column.addWidget(self.signed_in)
        self.column.addWidget(self.form)
        self.column.addWidget(self.phone)
        self.column.addStretch(1)
        self.navigate: Any = None
        #: A refused sign-in's password to focus when the portal call ends.
        self._focus_when_enabled = False
        #: E-5: the account form gave the address: a kiosk starts at the password.
        self._address_given = False
        self.presenter = OneAtATime(self.position, _question_of, self._focus_of, self)
        self.presenter.set_parts([[self.email_part], [self.password_part]])
        self.presenter.set_enabled(kiosk)

    @staticmethod
    def _error_label(name: str) -> QLabel:
        error = label(role="error")
        error.setObjectName(name)
        error.hide()
        hide_from_screen_readers(error)  # read as the field's description (m3)
        return error

    def _lay_out_form(self) -> None:
        """One form (a workstation), or two screens' worth of parts (a kiosk): the
        buttons go with the question they answer."""
        column = QVBoxLayout(self.form)
        column.setContentsMargins(0, 0, 0, 0)
        email_column = QVBoxLayout(self.email_part)
        email_column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.email_label, self.email, self.email_error):
            email_column.addWidget(widget)
        password_grid = QGridLayout(self.password_part)
        password_grid.setContentsMargins(0, 0, 0, 0)
        password_grid.setColumnStretch(0, 1)
        password_grid.addWidget(self.email_recap, 0, 0, 1, 2)
        password_grid.addWidget(self.password_label, 1, 0, 1, 2)
        password_grid.addWidget(self.where, 2, 0, 1, 2)
        password_grid.addWidget(self.password, 3, 0)
        password_grid.addWidget(self.show_password, 3, 1)
        password_grid.addWidget(self.secure, 4, 0, 1, 2)
        password_grid.addWidget(self.password_error, 5, 0, 1, 2)
        column.addWidget(self.position)
        if self.kiosk:
            email_column.insertWidget(0, self.intro)  # the first screen says what follows
            others = ReflowRow()  # the other ways in, beside the e-mail question
            others.setContentsMargins(0, 0, 0, 0)
            others.addWidget(self.fc_button)
            others.addStretch(1)
            others.addWidget(self.no_account)
            email_column.addLayout(others)
            password_grid.addWidget(self.reset, 6, 0, 1, 2)
            password_grid.addWidget(self.sign_in_button, 7, 0)
            self.sign_in_button.hide()  # the action bar's button signs in (in view)
            column.addWidget(self.email_part)
            column.addWidget(self.password_part)
            return
        self.email_recap.hide()
        self.where.hide()  # the intro above says it
        column.insertWidget(0, self.intro)
        column.addWidget(self.email_part)
        column.addWidget(self.password_part)
        row = ReflowRow()  # a column when the three buttons do not fit side by side
        row.addWidget(self.sign_in_button)
        row.addWidget(self.fc_button)
        row.addStretch(1)
        row.addWidget(self.no_account)
        column.addLayout(row)
        column.addWidget(self.reset)

    # -- moves inside the page (a kiosk) ----------------------------------------------

    def _focus_of(self, index: int) -> QWidget | None:
        if self.request_controller.session.account is not None:
            return None
        if index == PASSWORD_PART:  # "Forgot your password?" open (E-5): its address
            return self.reset.email if self.reset.body.isVisibleTo(self) else self.password
        if self.request_controller.data.get("franceconnect_answer") == "yes":
            return self.fc_button  # the way they said they would sign in
        return self.email

    def on_email_screen(self) -> bool:
        """Whether a kiosk shows the e-mail question (its Continue is the wizard's)."""
        return self.presenter.enabled and self.presenter.index == EMAIL_PART

    def start(self, at_end: bool) -> None:
        """The e-mail's screen; a kiosk's password screen for an address given by the
        account form (E-5), once."""
        given, self._address_given = self._address_given, False
        part = PASSWORD_PART if given and self.email.text() else EMAIL_PART
        if part == PASSWORD_PART:
            self._show_recap()
        self.presenter.go_to(part, focus=False, speak=False)

    def next_within(self) -> bool:
        """A kiosk's Continue on the e-mail screen: checked, then the password's; on the
        password screen the same button signs in."""
        if not self.presenter.enabled or self.request_controller.session.account is not None:
            return False
        if not self.on_email_screen():
            self._sign_in()
            return True
        if not self._check_email():
            self.email.setFocus(Qt.FocusReason.OtherFocusReason)
            announce(self.email_error, self.email_error.text(), urgent=True)
            return True  # stay: the error under the field, the focus in it
        self._show_recap()
        return self.presenter.next()

    def back_within(self) -> bool:
        if self.request_controller.session.account is not None:
            return False
        return self.presenter.back()

    def has_previous_part(self) -> bool:
        return self.request_controller.session.account is None and not self.presenter.is_first()

    def _check_email(self) -> bool:
        code = check_field(EMAIL_FIELD, self.email.text().strip())
        self._set_error(self.email, self.email_error, code)
        return code is None

    def _set_error(self, field: QLineEdit, error: QLabel, code: str | None) -> None:
        text = t(T.FIELD_ERRORS.get(code, T.FIELD_ERROR_OTHER)) if code else ""
        error.setText(text)
        error.setProperty("code", code or "")  # said again in another language
        error.setVisible(bool(code))
        field.setProperty("invalid", bool(code))
        repolish(field)
        secure = t(T.SECURE_CONNECTION) if field is self.password else ""
        # The error first, then (the password) where it goes, read with the field (M4).
        field.setAccessibleDescription(" ".join(part for part in (text, secure) if part))

    def _show_recap(self) -> None:
        address = self.email.text().strip()
        self.email_recap.setText(
            t(T.SIGN_IN_EMAIL_RECAP).replace("%1", isolate(address)) if address else ""
        )
        self.email_recap.setAccessibleName(self.email_recap.text())

    # -- signing in ---------------------------------------------------------------------

    def _sign_in(self) -> None:
        email, password = self.email.text().strip(), self.password.text()
        if self.presenter.enabled:
            if not self._check_email():  # typed on the first screen, changed since?
                self.presenter.go_to(EMAIL_PART)
                self.sig_moved.emit()
                return
            code = check_field(PASSWORD_FIELD, password)
            self._set_error(self.password, self.password_error, code)
            if code is not None:
                self.password.setFocus(Qt.FocusReason.OtherFocusReason)
                announce(self.password_error, self.password_error.text(), urgent=True)
                return
        if email and password:
            self.request_controller.sign_in(email, password)

    def _refused(self, kind: str, _detail: str) -> None:
        """A refused sign-in (wrong address or password): a kiosk stays on the password
        screen, the address in view, the password selected to type it again."""
        if kind != "auth" or not self.presenter.enabled:
            return
        if self.request_controller.current != "sign_in":
            return
        if self.presenter.index != PASSWORD_PART:
            self.presenter.go_to(PASSWORD_PART, focus=False, speak=False)
            self.sig_moved.emit()
        self.password.selectAll()
        if self.isEnabled():
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # the portal call still holds the page: focus it once it is free
            self._focus_when_enabled = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and self.isEnabled():
            if self._focus_when_enabled and self.password.isVisible():
                self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            self._focus_when_enabled = False

    def _show_password(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.password.setEchoMode(mode)
        self._retranslate_show()

    def _retranslate_show(self) -> None:
        text = t(T.HIDE_PASSWORD if self.show_password.isChecked() else T.SHOW_PASSWORD)
        self.show_password.setText(text)
        self.show_password.setAccessibleName(text)

    def _continue_on_phone(self, url: str) -> None:
        self.form.hide()  # the code takes the form's place, in view without scrolling
        self.phone.show_url(url)

    def _phone_done(self) -> None:
        self.phone.clear()
        self.form.setVisible(self.request_controller.session.account is None)

    def _prefill_reset(self, shown: bool) -> None:
        if shown:
            self.reset.open_with(self.email.text().strip())

    def take_sign_in_instead(self) -> None:
        """E-5: the account form found the address taken: it is typed here already (a
        kiosk: on the password screen), the "Forgot your password?" panel open when
        that was the choice."""
        hint = self.request_controller.session.sign_in_instead
        if hint is None or self.request_controller.session.account is not None:
            return
        self.request_controller.session.sign_in_instead = None
        email, forgot = hint
        self.email.setText(email)
        self._address_given = self.presenter.enabled
        if forgot:
            self.reset.email.setText(email)
            self.reset.toggle.setChecked(True)
        if self.request_controller.current == "sign_in":
            self.start(at_end=False)
            self.sig_moved.emit()
        # C-4: the sign-in may come after "what is it about?": the page is not shown
        # yet, and Qt would still give a field of a hidden page the focus (and the
        # on-screen keys their kind). Showing the step focuses it then.
        target = self.reset.email if forgot else self.password
        if target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _no_account(self) -> None:
        if self.navigate is not None:
            self.navigate("account")

    def load(self) -> None:
        account = self.request_controller.session.account
        self.signed_in.setVisible(account is not None)
        self.form.setVisible(account is None)
        # C-4: "Yes, I have FranceConnect" was answered before: its button leads.
        fc_first = self.franceconnect_first()
        for button, primary in ((self.fc_button, fc_first), (self.sign_in_button, not fc_first)):
            role = "primary" if primary else None
            if button.property("role") != role:
                button.setProperty("role", role)
                repolish(button)
        if account is not None:
            self.password.clear()
        self.retranslate()

    def franceconnect_first(self) -> bool:
        """C-4: "Yes, I have FranceConnect" was answered before the sign-in."""
        return self.request_controller.data.get("franceconnect_answer") == "yes"

    def retranslate(self) -> None:
        account = self.request_controller.session.account
        if account is not None:
            self.signed_in.setText(t(T.SIGNED_IN_AS).replace("%1", isolate(account.display_name)))
        else:  # nobody signed in (any more): no name kept, even hidden
            self.signed_in.clear()
        self.phone.retranslate()
        self.intro.setText(t(T.SIGN_IN_INTRO))
        self.where.setText(t(T.SIGN_IN_PASSWORD_WHERE))
        self.email_label.setText(t(T.FIELD_LABELS["email"]))
        self.email.setAccessibleName(t(T.FIELD_LABELS["email"]))
        self.password_label.setText(t(T.FIELD_LABELS["password"]))
        self.password.setAccessibleName(t(T.FIELD_LABELS["password"]))
        self.secure.setText(t(T.SECURE_CONNECTION))
        self.secure.setAccessibleName(t(T.SECURE_CONNECTION))
        for field, error in ((self.email, self.email_error), (self.password, self.password_error)):
            self._set_error(field, error, self._code_shown(error))
        for button, text in (
            (self.sign_in_button, T.SIGN_IN),
            (self.fc_button, T.SIGN_IN_FC),
            (self.no_account, T.NO_ACCOUNT),
        ):
            button.setText(t(text))
            button.setAccessibleName(t(text))
        self._retranslate_show()
        if self.presenter.enabled:
            self._show_recap()
        self.reset.retranslate()
        self.presenter.retranslate()

    def _code_shown(self, error: QLabel) -> str | None:
        return error.property("code") or None

    def focus_widget(self) -> QWidget | None:
        return self._focus_of(self.presenter.index if self.presenter.enabled else EMAIL_PART)

    def clear(self) -> None:
        self.email.clear()
        self.password.clear()
        for field, error in ((self.email, self.email_error), (self.password, self.password_error)):
            self._set_error(field, error, None)
        self.email_recap.clear()
        self._focus_when_enabled = False
        self._address_given = False
        self.show_password.setChecked(False)  # the next person's password is hidden
        self.presenter.go_to(EMAIL_PART, focus=False, speak=False)  # the next person: the e-mail
        self.reset.clear()
        self.signed_in.clear()
        self.phone.clear()
