"""Kiosk: continue a sign-in on one's own phone, through a QR code (issue 17, H4).

At a kiosk no address is ever handed to the operating system (no browser opens:
it would be a way out of the kiosk, and its FranceConnect session would outlive
the wipe). The FranceConnect round trip is shown as a QR code instead; the
person signs in on their phone, and the flow, which keeps asking the portal,
goes on by itself when that is done.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_desk.i18n import QT_TRANSLATE_NOOP
from assist_desk.views.flow_texts import t
from assist_desk.views.widgets.qr import qr_pixmap

TITLE = QT_TRANSLATE_NOOP("Flows", "Continue on your phone")
EXPLANATION = QT_TRANSLATE_NOOP(
    "Flows",
    "Scan this code with your phone's camera and sign in with FranceConnect there. "
    "This screen goes on by itself once you have signed in.",
)
QR_NAME = QT_TRANSLATE_NOOP("Flows", "Code to scan with a phone to sign in with FranceConnect")


def _wrapped_label(role: str | None = None) -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


class PhoneContinuePanel(QWidget):
    """A title, what to do, and the QR code of the sign-in address; hidden until shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneContinuePanel")
        self.title = _wrapped_label(role="subtitle")
        self.title.setObjectName("phoneContinueTitle")
        self.explanation = _wrapped_label()
        self.explanation.setObjectName("phoneContinueText")
        self.qr = QLabel()
        self.qr.setObjectName("phoneContinueQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.explanation, self.qr):
            column.addWidget(widget)
        self.retranslate()
        self.hide()

    def show_url(self, url: str) -> None:
        pixmap = qr_pixmap(url)
        self.qr.setPixmap(pixmap)
        self.qr.setFixedSize(pixmap.width() + 16, pixmap.height() + 16)
        self.show()
        # Once laid out, scroll the page so that the code is in view.
        QTimer.singleShot(0, self, self._scroll_into_view)

    def _scroll_into_view(self) -> None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.isVisible():
            parent.ensureWidgetVisible(self.qr)

    def clear(self) -> None:
        """The round trip ended (or the session did): forget the address."""
        self.qr.setPixmap(QPixmap())
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(t(TITLE))
        self.explanation.setText(t(EXPLANATION))
        self.qr.setAccessibleName(t(QR_NAME))
