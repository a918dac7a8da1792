"""A yes/no question as two big buttons (K-2, O-5), not two small radio buttons.

The two answers are checkable :class:`ChoiceTile` s, the pattern of every other choice
in the wizards: the whole tile is the target (at least 80 px tall: the QSS gives
tiles ``tile_px``), the chosen one shows a filled ring with a tick and a second
border (not colour alone), and a screen reader meets two radio buttons, the chosen
one checked, in a group named by the question. Arrow keys move between them (the
exclusive button group), Space and Enter choose.

"Yes" comes first in reading order: on the left in French, on the right in Arabic
(the row follows the layout direction). The two tiles share one row, equal, when each
keeps a readable line there (at 1024 px and wider at 100 % text); otherwise they fold
into a column (200 % text on an 800-px kiosk). In a column at a 1024×768 kiosk "No"
was below the fold: a citizen could answer without seeing it (D1).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QWidget

from assist_desk.views.widgets.choice_tile import ChoiceTile
from assist_desk.views.widgets.folding_grid import FoldingGrid

_ARROWS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down})

#: A tile beside the other holds at least this many average characters of its title a
#: line: narrower, its hint would wrap a word or two a line.
SIDE_BY_SIDE_CHARS = 12
#: Room between the two tiles.
PAIR_GAP = 16


class AnswerTile(ChoiceTile):
    """One answer of a yes/no question: a checkable tile a step smaller than a wizard's
    choice (D1: two of them and their question fit a 1024×768 kiosk unscrolled). Its
    title is at the subtitle size and it is at least 80 px tall at a kiosk (the style
    sheet's ``density="answer"``); its hint a step smaller than its title."""

    #: As a home tile's (a wizard's choice: 14).
    PADDING = 10
    #: The title's size over the hint's: at a kiosk 30 px over 25 px (24 px is the
    #: kiosk's least text size), 35 over 29 in Arabic.
    HINT_RATIO = 1.2

    def __init__(self, pictogram: str = "", parent: QWidget | None = None) -> None:
        super().__init__(pictogram, checkable=True, parent=parent)
        self.setProperty("density", "answer")

    def _make_fonts(self) -> tuple[QFont, QFont]:
        title, hint = super()._make_fonts()
        if self.font().pixelSize() > 0:  # the style sheet's size
            hint.setPixelSize(round(self.font().pixelSize() / self.HINT_RATIO))
        else:
            hint.setPointSizeF(self.font().pointSizeF() / self.HINT_RATIO)
        return title, hint


def least_share(tile: QWidget) -> int:
    """The least width a tile takes beside another: its words whole at full size, its
    ring beside its texts, and a readable line."""
    if isinstance(tile, ChoiceTile):
        return tile.unstacked_width(SIDE_BY_SIDE_CHARS)
    return tile.minimumSizeHint().width()


def answer_pairs(parent: QWidget) -> FoldingGrid:
    """The layout of a question's answers: two equal tiles a row when they fit (a third
    answer under the pair, as wide), else one column."""
    pairs = FoldingGrid(parent, least_share=least_share, most_columns=2)
    pairs.setContentsMargins(0, 0, 0, 0)
    pairs.setSpacing(PAIR_GAP)
    return pairs


class YesNoQuestion(QFrame):
    """Two tiles, "yes" and "no", for one question.

    Signals:
        sig_answered(bool): the answer changed (True: yes), also by an arrow key.
        sig_chosen(bool): the person tapped (or pressed Space on) an answer, the same
            one again too; not an arrow key's move, which only walks the answers (a
            kiosk moves on to the next question on this one, K-2).
    """

    sig_answered = Signal(bool)
    sig_chosen = Signal(bool)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"group_{key}")
        row = answer_pairs(self)
        self.group = QButtonGroup(self)
        self.yes = AnswerTile()
        self.no = AnswerTile()
        for tile, value, name in ((self.yes, True, "yes"), (self.no, False, "no")):
            tile.setObjectName(f"{key}_{name}")
            self.group.addButton(tile)
            row.addWidget(tile)
            tile.toggled.connect(lambda on, v=value: self._toggled(on, v))
            tile.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
            tile.installEventFilter(self)
        self._walking = False  # an arrow key is moving between the answers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An arrow key on a chosen answer clicks its neighbour (Qt's exclusive group):
        # handled here, in one go, to tell that click from a person's choice.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ARROWS
            and isinstance(watched, QWidget)
        ):
            self._walking = True
            try:
                watched.event(event)
            finally:
                self._walking = False
            return True
        return super().eventFilter(watched, event)

    def _clicked(self, value: bool) -> None:
        if not self._walking:
            self.sig_chosen.emit(value)

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
