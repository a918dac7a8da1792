"""A check box whose whole area is the target (K-2: 80 px at a kiosk).

Qt's check box answers a tap only on its small square and the bounding box of its
label; with the kiosk's 80-px height a finger on the box's empty top or end did
nothing. The style sheet sets the height; this widget makes all of it count.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QCheckBox


class BigCheckBox(QCheckBox):
    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)
