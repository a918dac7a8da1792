""" "Forgot your password?" under the sign-in form: ask the portal for a reset link.

A small panel, folded until asked for: the e-mail address (taken from the sign-in
form), "Send the link", then what to do next. The link opens the portal's own page,
where the citizen chooses the new password: the app never sees it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from assist_desk.controllers.account import PasswordResetController
from assist_desk.views import flow_texts as T
from assist_desk.views import portal_state_texts as S
from assist_desk.views.a11y import hide_from_screen_readers
from assist_desk.views.flow_texts import t
from assist_desk.views.widgets.wrap_button import WrapButton
from assist_desk.views.wizard import label


class ForgotPasswordPanel(QWidget):
    """The "Forgot your password?" button and, once pressed, its small form."""

    def __init__(self, controller: PasswordResetController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.toggle = WrapButton()
        self.toggle.setObjectName("forgotPasswordButton")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._unfold)
        self.body = QWidget()
        self.intro = label()
        # Read with the field, as its description (a screen reader lands on the field):
        # not a second time as a text of its own.
        hide_from_screen_readers(self.intro)
        self.email_label = QLabel()
        self.email = QLineEdit()
        self.email.setObjectName("resetEmail")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email_label.setBuddy(self.email)
        self.send_button = WrapButton()
        self.send_button.setObjectName("resetSendButton")
        self.send_button.clicked.connect(self._send)
        self.email.returnPressed.connect(self._send)
        self.status = label(role="notice")
        self.status.setObjectName("resetStatus")
        self.status.hide()
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.email_label, self.email):
            column.addWidget(widget)
        column.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.status)
        self.body.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.body)
        # Bound methods, not lambdas: Qt drops them with this widget, and a controller
        # that outlives it never calls into a deleted button.
        controller.sig_sent.connect(self._sent)
        controller.sig_failed.connect(self._failed)
        controller.sig_busy_changed.connect(self._show_busy)
        self._said = ""
        self.retranslate()

    def open_with(self, email: str) -> None:
        """Unfold, with the address typed in the sign-in form."""
        if email and not self.email.text():
            self.email.setText(email)
        self.toggle.setChecked(True)

    def _unfold(self, shown: bool) -> None:
        self.body.setVisible(shown)
        if shown and self.email.isVisible():  # Qt would focus it on a hidden page too
            self.email.setFocus(Qt.FocusReason.OtherFocusReason)

    def _send(self) -> None:
        self.status.hide()
        self.controller.send(self.email.text())

    def _sent(self) -> None:
        self._tell(S.RESET_SENT)

    def _show_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)

    def _failed(self, kind: str) -> None:
        text = S.RESET_TOO_SOON if kind == "rate_limited" else None
        self._tell(text or T.ERRORS.get(kind) or S.STATE_ERRORS.get(kind) or T.ERRORS["unexpected"])

    def _tell(self, text: str) -> None:
        self._said = text
        self.status.setText(t(text))
        self.status.setAccessibleName(t(text))
        self.status.show()

    def retranslate(self) -> None:
        self.toggle.setText(t(S.FORGOT_PASSWORD))
        self.toggle.setAccessibleName(t(S.FORGOT_PASSWORD))
        self.intro.setText(t(S.RESET_INTRO))
        self.email_label.setText(t(S.RESET_EMAIL))
        self.email.setAccessibleName(t(S.RESET_EMAIL))
        self.email.setAccessibleDescription(t(S.RESET_INTRO))
        self.send_button.setText(t(S.RESET_SEND))
        self.send_button.setAccessibleName(t(S.RESET_SEND))
        if self._said:
            self._tell(self._said)

    def clear(self) -> None:
        """Forget the address and fold (the session wipe)."""
        self.email.clear()
        self.status.clear()
        self.status.hide()
        self._said = ""
        self.toggle.setChecked(False)
