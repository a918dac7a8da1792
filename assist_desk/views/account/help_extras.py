"""What the account wizard's help pages show beside their text (F-3).

A help page said "find the SIRET number" and nothing else: a person who has never seen
one does not know which paper to look at. Each page now shows a pictured example of
that paper (an SVG drawn for this project, ``resources/illustrations/``, with a
translated text alternative) and, for the SIRET, a QR code to the public business
directory that the citizen opens on their own phone.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from assist_desk.i18n import QT_TRANSLATE_NOOP, isolate
from assist_desk.paths import resources_dir
from assist_desk.views.flow_texts import t
from assist_desk.views.widgets.pictogram import alternative as alternative_of
from assist_desk.views.widgets.qr import qr_pixmap, qr_scale_for
from assist_desk.views.widgets.reflow import ReflowRow

log = logging.getLogger(__name__)

NON_BREAKING_HYPHEN = "\u2011"

#: "Ask a mediator" on a help page (a kiosk: nobody sits beside the citizen).
ASK_MEDIATOR = QT_TRANSLATE_NOOP("Flows", "Ask a mediator")

#: The public business directory: any SIRET from a company's name (F-3).
BUSINESS_DIRECTORY_URL = "https://annuaire-entreprises.data.gouv.fr/"


@dataclass(frozen=True)
class HelpExample:
    #: ``resources/illustrations/<picture>.svg``
    picture: str
    #: The picture's text alternative (source text, context "Flows").
    alternative: str
    #: A page the citizen may open on their phone, and what the code is for.
    qr_url: str = ""
    qr_caption: str = ""


HELP_EXAMPLES: dict[str, HelpExample] = {
    "siret_help": HelpExample(
        "siret_invoice",
        QT_TRANSLATE_NOOP(
            "Flows",
            "Example: an invoice. The SIRET number, 14 digits, is at the foot of the page, "
            "after the word SIRET.",
        ),
        BUSINESS_DIRECTORY_URL,
        QT_TRANSLATE_NOOP(
            "Flows",
            "Find it with your phone: scan this code, then type the business's name (%1).",
        ),
    ),
    "approval_help": HelpExample(
        "approval_decision",
        QT_TRANSLATE_NOOP(
            "Flows",
            "Example: the prefecture's decision (arrêté). The approval number is in its "
            "text, after the word agrément.",
        ),
    ),
    "siv_authorisation_help": HelpExample(
        "siv_authorisation",
        QT_TRANSLATE_NOOP(
            "Flows",
            "Example: the two papers you need first, the prefecture's SIV authorisation "
            "decision and the agreement signed with it.",
        ),
    ),
    "email_guide": HelpExample(
        "email_address",
        QT_TRANSLATE_NOOP(
            "Flows",
            "Example of an e-mail address: 1. a name you choose, 2. the sign @ (at), "
            "3. the provider's name.",
        ),
    ),
}


def picture_path(name: str) -> str:
    return str(resources_dir() / "illustrations" / f"{name}.svg")


def render_picture(name: str, width: int, device_ratio: float = 1.0) -> QPixmap:
    """The illustration ``name`` at ``width`` pixels, its proportions kept; an empty
    pixmap (and a log line) if the file cannot be read."""
    path = picture_path(name)
    renderer = QSvgRenderer(path) if os.path.isfile(path) else None
    if renderer is None or not renderer.isValid():
        log.warning("help picture %s: cannot read %s", name, picture_path(name))
        return QPixmap()
    size = renderer.defaultSize()
    height = round(width * size.height() / max(1, size.width()))
    pixmap = QPixmap(round(width * device_ratio), round(height * device_ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(device_ratio)
    return pixmap


class HelpExtras(QFrame):
    """The pictured example of a help page, and its QR code when it has one."""

    def __init__(self, example: HelpExample, kiosk: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.example = example
        self.setObjectName(f"helpExample_{example.picture}")
        # The picture and the code side by side (a column when they do not fit), the
        # code's caption under both, the page's width: a caption held narrow beside the
        # picture was measured at the row's width and lost its last lines at 200 % text.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = ReflowRow()
        row.setSpacing(32)
        column.addLayout(row)
        self.picture = QLabel()
        self.picture.setObjectName("helpPicture")
        width = 380 if kiosk else 300  # beside the code, under the text, on one screen
        self.picture.setPixmap(render_picture(example.picture, width, self.devicePixelRatioF()))
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.qr_caption: QLabel | None = None
        self.qr: QLabel | None = None
        if example.qr_url:
            side = 240 if kiosk else 160
            self.qr = QLabel()
            self.qr.setObjectName("helpQr")
            self.qr.setPixmap(qr_pixmap(example.qr_url, scale=qr_scale_for(example.qr_url, side)))
            row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
            self.qr_caption = QLabel()
            self.qr_caption.setObjectName("helpQrCaption")
            self.qr_caption.setWordWrap(True)
            column.addWidget(self.qr_caption)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        alternative = t(self.example.alternative)
        self.picture.setAccessibleName(alternative)
        if self.qr_caption is not None and self.qr is not None:
            host = urlsplit(self.example.qr_url).hostname or ""
            # Its own direction (AR-4), and never broken at its hyphen: a name cut in two
            # lines of an Arabic page read as two names.
            site = isolate(host.replace("-", NON_BREAKING_HYPHEN))
            self.qr_caption.setText(t(self.example.qr_caption).replace("%1", site))
            self.qr_caption.setAccessibleName(self.qr_caption.text())
            self.qr.setAccessibleName(f"{alternative_of('qr_code')}: {host}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
