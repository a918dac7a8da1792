"""K-2: the terms' check box is an 80-px target at a kiosk, all of it (tour finding
``small-choice``: 49 px), and a tap on its empty part ticks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from assist_desk import theme
from assist_desk.devtools import design_check
from assist_desk.views.widgets.big_check_box import BigCheckBox


def test_at_a_kiosk_the_whole_80_px_box_is_the_target(qtbot: Any, qapp: Any) -> None:
    theme.apply(qapp, "default", 1.0, kiosk=True)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        box = BigCheckBox("I have read the Terms of Use")
        QVBoxLayout(holder).addWidget(box)
        holder.resize(900, 200)
        holder.show()
        qtbot.waitExposed(holder)
        assert box.height() >= theme.KIOSK_CHOICE_PX
        assert design_check.check_kiosk_choices(holder) == []
        # The far end of the box, beyond the label, and its top edge.
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 5, 4))
        assert box.isChecked()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() // 2, 3))
        assert not box.isChecked()
    finally:
        theme.remove(qapp)
