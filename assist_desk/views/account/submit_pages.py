"""The account wizard's pages around the request to the portal that hold widgets of
their own: the declaration (where FranceConnect starts, and continues on a phone at a
kiosk), the wait for the e-mail check, and the prefecture's wait (with its memo).

Each page owns its widgets, so a page never built (its step never shown) has nothing
to make, translate or wipe.
"""

from __future__ import annotations

from collections.abc import Callable

from assist_desk.controllers.account import AccountController
from assist_desk.views import flow_texts as T
from assist_desk.views.flow_texts import t
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.widgets.phone_continue import PhoneContinuePanel
from assist_desk.views.wizard import InfoPage, label


class DeclarationPage(InfoPage):
    """The sworn statement before the request is sent; at a kiosk, FranceConnect's code
    for the citizen's phone (:attr:`phone`) appears here."""

    def __init__(self, controller: AccountController) -> None:
        super().__init__("declaration", controller, lambda: "")
        # V-5: the legal warning is a warning, with its icon and title.
        self.set_alert("warning", T.DECLARATION_TITLE, lambda: t(T.BODIES["declaration"]))
        self.phone = PhoneContinuePanel()
        self.column.addWidget(self.phone)  # FranceConnect starts from this step

    def retranslate(self) -> None:
        super().retranslate()
        self.phone.retranslate()

    def clear(self) -> None:
        self.phone.clear()


class CheckEmailPage(InfoPage):
    """Waiting for the person to click the link of the portal's e-mail: check now, or
    send the e-mail again; :attr:`status_label` says where the wait stands."""

    def __init__(self, controller: AccountController, body: Callable[[], str]) -> None:
        super().__init__("check_email", controller, body)
        self.add_action("checkNowButton", T.CHECK_NOW, controller.poll_now, primary=True)
        self.add_action("resendButton", T.RESEND, controller.resend)
        self.status_label = label(role="muted")
        self.status_label.setObjectName("statusText")
        self.column.insertWidget(1, self.status_label)


class PendingPage(InfoPage):
    """F-2: the request is registered and waits for the prefecture (days): said as a
    success, with a memo to print (:attr:`memo_panel`, under the page's actions)."""

    def __init__(
        self, controller: AccountController, body: Callable[[], str], memo_panel: KioskPrintPanel
    ) -> None:
        super().__init__("prefecture_pending", controller, body)
        self.set_alert("success", T.REQUEST_REGISTERED, lambda: t(T.PENDING_RECAP))
        self.memo_panel = memo_panel
        self.memo_panel.setObjectName("memoPrintPanel")
        # Under the actions (the screen adds them to the action row), above the stretch.
        self.column.insertWidget(self.column.count() - 1, self.memo_panel)

    def clear(self) -> None:
        self.memo_panel.reset()
