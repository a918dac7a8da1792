"""A yes/no question as two big buttons (K-2, O-5), not two small radio buttons.

The two answers are checkable :class:`ChoiceTile` s, the pattern of every other choice
in the wizards: the whole tile is the target (at least 80 px tall: the QSS gives
tiles ``tile_px``), the chosen one shows a filled ring with a tick and a second
border (not colour alone), and a screen reader meets two radio buttons, the chosen
one checked, in a group named by the question. Arrow keys move between them (the
exclusive button group), Space and Enter choose.

"Yes" comes first in reading order: on the left in French, on the right in Arabic
(the row follows the layout direction).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QWidget

from assist_desk.views.widgets.choice_tile import ChoiceTile


class YesNoQuestion(QFrame):
    """Two tiles, "yes" and "no", for one question.

    Signals:
        sig_answered(bool): the person chose an answer (True: yes).
    """

    sig_answered = Signal(bool)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"group_{key}")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.group = QButtonGroup(self)
        self.yes = ChoiceTile(checkable=True)
        self.no = ChoiceTile(checkable=True)
        for tile, value, name in ((self.yes, True, "yes"), (self.no, False, "no")):
            tile.setObjectName(f"{key}_{name}")
            self.group.addButton(tile)
            row.addWidget(tile, 1)
            tile.toggled.connect(lambda on, v=value: self._toggled(on, v))

    def _toggled(self, checked: bool, value: bool) -> None:
        if checked:
            self.sig_answered.emit(value)

    def set_texts(self, question: str, yes: str, no: str) -> None:
        # A named group: a screen reader says the question on entering it (M3).
        self.setAccessibleName(question)
        self.yes.set_texts(yes, "")
        self.no.set_texts(no, "")

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_answer(self, answer: bool | None) -> None:
        """Show ``answer`` (None: neither) without emitting ``sig_answered``."""
        self.group.setExclusive(False)  # an exclusive group cannot be cleared
        for tile, value in ((self.yes, True), (self.no, False)):
            tile.blockSignals(True)
            tile.setChecked(answer is value)
            tile.blockSignals(False)
            tile.update()  # its check ring (signals were blocked)
        self.group.setExclusive(True)
