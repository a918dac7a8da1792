"""A flow's action bar asks for one row of its buttons' height, not a wrapping button's
height at its narrowest (issue 14, E-2).

Qt grows a widget item's preferred size to the widget's least-size hint; for a wrapping
button that is its height at its longest word's width, a word a line. The Arabic
declaration step at 200 % on a 1024 x 768 kiosk asked for 459 px of bar (a 111-px row),
the window's column scrolled, and Back and "I understand, go to the official site" were
cut by 26 px at its bottom edge (tour: request-09-declaration, 2 clipped controls).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from assist_desk.views.widgets.action_row import ActionRow
from assist_desk.views.widgets.wrap_button import WrapButton


def test_least_and_preferred_height_are_one_row_of_buttons(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = ActionRow(host)
    row.setContentsMargins(0, 0, 0, 0)
    back = WrapButton("Back")
    primary = WrapButton("I understand, go to the official site of the agency now")
    row.addWidget(back)
    row.addWidget(primary)
    wide = row.sizeHint().width()
    one_row = row.heightForWidth(wide)  # both buttons on one row, each on one line
    assert one_row == max(primary.heightForWidth(primary.sizeHint().width()), 1)
    # The wrapped primary at its narrowest is taller: what the bar asked for before.
    assert primary.minimumSizeHint().height() > one_row
    assert row.minimumSize().height() == one_row
    assert row.sizeHint().height() == one_row
