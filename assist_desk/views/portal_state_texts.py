"""Texts explaining the portal's own states to the citizen: an account not active yet,
waiting for a decision, refused or suspended; the portal in maintenance; "Forgot
password". Context "Flows", like :mod:`assist_desk.views.flow_texts`.
"""

from __future__ import annotations

from assist_desk.i18n import QT_TRANSLATE_NOOP

#: One plain explanation per state the portal reports (``flow_base.ERROR_KINDS``).
STATE_ERRORS: dict[str, str] = {
    "account_not_active": QT_TRANSLATE_NOOP(
        "Flows",
        "This account is not active yet. Open the e-mail from the portal and follow its "
        "link first, then sign in.",
    ),
    "account_awaiting_validation": QT_TRANSLATE_NOOP(
        "Flows",
        "This account is waiting for a decision (the prefecture or the agency). An e-mail "
        "will say when it can be used.",
    ),
    "account_refused": QT_TRANSLATE_NOOP(
        "Flows",
        "The request for this account was refused. The e-mail received says why; the "
        "prefecture can explain.",
    ),
    "account_suspended": QT_TRANSLATE_NOOP(
        "Flows",
        "This account is suspended for a while. The agency sent an e-mail with the reason "
        "and the end date. If the reason is wrong, the account will be restored.",
    ),
    "maintenance": QT_TRANSLATE_NOOP(
        "Flows",
        "The ANTS service is closed for maintenance for a short while. What you typed is "
        "kept until you finish or leave. Try again in a moment.",
    ),
}
#: Kinds shown with the portal's own words (the reason and the end, the message).
DETAIL_KINDS = frozenset({"account_suspended", "maintenance"})
#: The account's own state: trying again now would not change it (no "Try again").
ACCOUNT_STATE_KINDS = frozenset(kind for kind in STATE_ERRORS if kind.startswith("account_"))
#: Kinds shown as a calm notice, not as an error.
CALM_KINDS = frozenset({"maintenance"})

FORGOT_PASSWORD = QT_TRANSLATE_NOOP("Flows", "Forgot your password?")
#: Not "E-mail address" alone: the sign-in form's field of that name is on screen too.
RESET_EMAIL = QT_TRANSLATE_NOOP("Flows", "E-mail address to send the link to")
RESET_INTRO = QT_TRANSLATE_NOOP(
    "Flows",
    "Type the e-mail address of the account. The portal sends a link to choose a new "
    "password; it works once, for one hour.",
)
RESET_SEND = QT_TRANSLATE_NOOP("Flows", "Send the link")
RESET_SENT = QT_TRANSLATE_NOOP(
    "Flows",
    "If an account uses this address, an e-mail is on its way. Open it, follow the link "
    "within the hour and choose a new password. Then sign in here.",
)
RESET_TOO_SOON = QT_TRANSLATE_NOOP(
    "Flows", "A link was sent less than a minute ago. Check the mailbox, or wait a minute."
)
