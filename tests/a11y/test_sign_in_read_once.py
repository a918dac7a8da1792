"""m3 of issue 19 on a new request's sign-in step (a screen the bus walks do not reach):
the secure-connection line under the password is read once, as the field's description,
not a second time as a label (found on the AT-SPI bus by the issue's verification)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from assist_desk.controllers.account import FlowSession
from assist_desk.controllers.requests import RequestController
from assist_desk.views import flow_texts as T
from assist_desk.views.a11y import HIDDEN_PROPERTY
from assist_desk.views.request.screen import SignInPage

HOLDERS: list[QWidget] = []


def test_the_secure_connection_line_is_read_once(qtbot: Any) -> None:
    holder = QWidget()
    HOLDERS.append(holder)  # qtbot keeps only a weak reference
    qtbot.addWidget(holder)
    controller = RequestController(
        lambda: None,
        FlowSession(holder),
        content=lambda: None,
        language=lambda: "en",
        parent=holder,
    )
    page = SignInPage(controller)
    page.setParent(holder)
    page.retranslate()
    holder.show()
    secure = T.t(T.SECURE_CONNECTION)
    assert page.password.accessibleDescription() == secure
    assert page.secure.property(HIDDEN_PROPERTY)
    interface = QAccessible.queryAccessibleInterface(page.secure)
    assert interface is not None
    assert interface.state().invisible
    HOLDERS.clear()
