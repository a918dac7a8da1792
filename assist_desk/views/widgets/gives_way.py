"""A label that gives way to the controls of its row when only it makes the row wrap.

A kiosk's top bar holds the help point's name, then the language, Home, "Need help?"
and End session. At 1280 px the controls fit one line but not with the name: the bar
took two rows (about 75 px more), and on a short kiosk that height came out of the
screen, whose answers went below the fold (issue 14, D1). The name is on the attract
screen and on every printout; the controls are what a citizen needs in the middle of a
procedure. Where the name costs no row (a wide screen, or large text whose controls
fold into rows with room left beside them), it stays.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.views.widgets.flow_row import FlowRow


class GivesWay(QObject):
    """Shows or hides ``label`` (an item of ``row``, the layout of ``holder``, which owns
    this object) from the widths of their texts, once the row's layout pass is over."""

    def __init__(self, holder: QWidget, row: FlowRow, label: QLabel) -> None:
        super().__init__(holder)
        self._holder = holder
        self._row = row
        self._label = label
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self.apply)
        holder.installEventFilter(self)  # a new width, or a control's new text or font

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._check.start()
        return False

    @Slot()
    def apply(self) -> None:
        room = self._holder.width()
        if room <= 0:
            return
        with_label = self._row.row_count(room, self._label, shown=True)
        show = with_label <= self._row.row_count(room, self._label, shown=False)
        if self._label.isHidden() == show:
            self._label.setVisible(show)
