"""An alert: icon, title and message, in one of four kinds (DSFR pattern, our own code).

``info``, ``success``, ``warning`` and ``error`` differ by colour (``ui/qss``, selector
``QFrame[alert="…"]``) *and* by their icon's shape, so that colour is never the only cue
(WCAG 1.4.1): a circle with "i", a circle with a tick, a triangle with "!", an octagon
with "×". The icon is decoration; the title and text carry the meaning and are what a
screen reader reads.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from assist_desk.views.a11y import hide_from_screen_readers

KINDS = ("info", "success", "warning", "error")


class AlertIcon(QWidget):
    """The kind's shape, painted in the text colour of the alert (follows the theme)."""

    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFixedSize(QSize(32, 32))

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(self.foregroundRole())
        painter.setPen(QPen(colour, 2.5))
        box = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        centre = box.center()
        if self.kind == "warning":
            painter.drawPolygon(
                QPolygonF([QPointF(centre.x(), box.top()), box.bottomRight(), box.bottomLeft()])
            )
            mark = "!"
        elif self.kind == "error":
            radius = box.width() / 2
            points = [
                QPointF(
                    centre.x() + radius * math.cos(math.pi / 8 + i * math.pi / 4),
                    centre.y() + radius * math.sin(math.pi / 8 + i * math.pi / 4),
                )
                for i in range(8)
            ]
            painter.drawPolygon(QPolygonF(points))
            mark = "×"
        else:
            painter.drawEllipse(box)
            mark = "✓" if self.kind == "success" else "i"
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(18)
        painter.setFont(font)
        text_box = box.adjusted(0, 4, 0, 0) if self.kind == "warning" else box
        painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()


class Alert(QFrame):
    """Icon + bold title + message, plus room for one action (``action_row`` layout)."""

    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = AlertIcon(kind)
        hide_from_screen_readers(self.icon)  # drawn; the title says what kind of message
        self.title = QLabel()
        self.title.setObjectName("alertTitle")
        self.title.setWordWrap(True)
        self.title.setProperty("role", "subtitle")
        self.text = QLabel()
        self.text.setObjectName("alertText")
        self.text.setWordWrap(True)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title)
        texts.addWidget(self.text)
        # The action goes under the text, where it keeps its width at 200 % text on a
        # narrow screen (beside the text, its longest word was cut).
        self.action_row = QHBoxLayout()
        self.action_row.addStretch(1)
        texts.addLayout(self.action_row)
        row = QHBoxLayout(self)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown alert kind {kind!r}")
        self.kind = kind
        self.setProperty("alert", kind)
        self.icon.set_kind(kind)
        for widget in (self, self.title, self.text, self.icon):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show_message(self, kind: str, title: str, text: str) -> None:
        self.set_kind(kind)
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        # Named by its title; its text is read from its own label, not twice (m3).
        self.setAccessibleName(title or text)
        self.show()
