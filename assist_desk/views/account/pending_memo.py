"""F-2: the memo a professional takes home while the prefecture checks the request.

The request "can take several days": the person leaves with a page that says what was
done, what happens next and where to go then. Like every printed page it holds no
personal information (not even the e-mail address: it stays on the screen only), just
the help point, the date and a QR code to the official site.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QFont, QTextDocument

from assist_desk.i18n import QT_TRANSLATE_NOOP
from assist_desk.views.content_common import esc, local_date
from assist_desk.views.printing import PRINT_POINT_SIZE
from assist_desk.views.widgets.qr import qr_image

#: Where the professional signs in once the prefecture agrees.
OFFICIAL_SITE = "https://ants.gouv.fr"

TITLE = QT_TRANSLATE_NOOP("PendingMemo", "Your professional account request")
#: (heading, text) in the order read: what was done, what next, where to go then.
SECTIONS = (
    (
        QT_TRANSLATE_NOOP("PendingMemo", "What was done today"),
        QT_TRANSLATE_NOOP(
            "PendingMemo",
            "You asked for a professional ANTS account. Your request is registered: "
            "there is nothing more to do here today.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PendingMemo", "What happens next"),
        QT_TRANSLATE_NOOP(
            "PendingMemo",
            "The prefecture checks your authorisation. This can take several days. "
            "Once it agrees, you receive an e-mail, at the address you gave, that "
            "explains how to sign in.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PendingMemo", "Where to go then"),
        QT_TRANSLATE_NOOP(
            "PendingMemo",
            "Sign in on the official site, ants.gouv.fr (the code below opens it). "
            "No e-mail after several days? Look in your spam folder, then ask your "
            "prefecture or come back to this help point.",
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PendingMemo", text)


def memo_document(site_name: str, today: dt.date | None = None) -> QTextDocument:
    """The memo as a printable document, in the interface language."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("qr://site"),
        qr_image(OFFICIAL_SITE, border=2),
    )
    language = QLocale().name()[:2]
    day = local_date(today or dt.date.today(), language)
    prepared = QCoreApplication.translate("Printing", "Prepared at %1 on %2")
    prepared = esc(prepared).replace("%1", f"<b>{esc(site_name)}</b>").replace("%2", esc(day))
    footer = QCoreApplication.translate(
        "Printing",
        "This sheet holds no personal information. Rules and prices can change: "
        "the official pages above prevail. assist_desk is not an ANTS product.",
    )
    parts = [f"<p>{prepared}</p>", f"<h1>{esc(_tr(TITLE))}</h1>"]
    for title, text in SECTIONS:
        parts += [f"<h2>{esc(_tr(title))}</h2>", f"<p>{esc(_tr(text))}</p>"]
    parts.append(
        "<p align='center'><img src='qr://site' width='150' height='150'/><br/>"
        f"{esc(OFFICIAL_SITE)}</p>"
    )
    parts.append(f"<p><small>{esc(footer)}</small></p>")
    document.setHtml("".join(parts))
    return document
