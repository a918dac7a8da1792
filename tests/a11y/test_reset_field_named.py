"""The reset panel's e-mail field is not a second "E-mail address" (issue 19 reviewer):
its own name, and what the portal will do read with it, once."""

from __future__ import annotations

from typing import Any

from assist_desk.controllers.account import FlowSession, PasswordResetController
from assist_desk.views import flow_texts as T
from assist_desk.views import portal_state_texts as S
from assist_desk.views.flow_texts import t
from assist_desk.views.password_reset import ForgotPasswordPanel


def test_the_reset_field_has_its_own_name_and_says_what_happens(qtbot: Any) -> None:
    controller = PasswordResetController(lambda: None, FlowSession())  # type: ignore[arg-type,return-value]
    panel = ForgotPasswordPanel(controller)
    qtbot.addWidget(panel)
    panel.open_with("camille@example.org")
    name = panel.email.accessibleName()
    assert name == t(S.RESET_EMAIL)
    assert name != t(T.FIELD_LABELS["email"])  # the sign-in field's name
    assert panel.email_label.text() == name  # the visible label is the name (label in name)
    assert panel.email.accessibleDescription() == t(S.RESET_INTRO)
