"""A wizard screen shown as the window shows it: in a frameless scroll area of the
workstation's screen size (1280×800 less the top bar)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def hold_in_scroll_area(qtbot: Any, screen: QWidget, holders: list[QWidget]) -> QScrollArea:
    """``holders`` keeps the area alive for the test (qtbot keeps only a weak reference)."""
    holder = QScrollArea()
    holders.append(holder)
    qtbot.addWidget(holder)
    holder.setWidgetResizable(True)
    holder.setFrameShape(QFrame.Shape.NoFrame)
    holder.setWidget(screen)
    holder.resize(1280, 708)
    holder.show()
    return holder
