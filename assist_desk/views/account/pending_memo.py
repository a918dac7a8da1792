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

from assist_desk.views.content_common import esc, local_date
from assist_desk.views.printing import PRINT_POINT_SIZE
from assist_desk.views.widgets.qr import qr_image

#: Where the professional signs in once the prefecture agrees.
OFFICIAL_SITE = "https://ants.gouv.fr"


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
    sections = [
        (
            _tr("What was done today"),
            _tr(
                "You asked for a professional ANTS account. Your request is registered: "
                "there is nothing more to do here today."
            ),
        ),
        (
            _tr("What happens next"),
            _tr(
                "The prefecture checks your authorisation. This can take several days. "
                "Once it agrees, you receive an e-mail, at the address you gave, that "
                "explains how to sign in."
            ),
        ),
        (
            _tr("Where to go then"),
            _tr(
                "Sign in on the official site, ants.gouv.fr (the code below opens it). "
                "No e-mail after several days? Look in your spam folder, then ask your "
                "prefecture or come back to this help point."
            ),
        ),
    ]
    footer = QCoreApplication.translate(
        "Printing",
        "This sheet holds no personal information. Rules and prices can change: "
        "the official pages above prevail. assist_desk is not an ANTS product.",
    )
    parts = [f"<p>{prepared}</p>", f"<h1>{esc(_tr('Your professional account request'))}</h1>"]
    for title, text in sections:
        parts += [f"<h2>{esc(title)}</h2>", f"<p>{esc(text)}</p>"]
    parts.append(
        "<p align='center'><img src='qr://site' width='150' height='150'/><br/>"
        f"{esc(OFFICIAL_SITE)}</p>"
    )
    parts.append(f"<p><small>{esc(footer)}</small></p>")
    document.setHtml("".join(parts))
    return document
