"""D1: the two answers of a yes/no question side by side, two equal tiles, when the
column holds both (1024 px and wider at 100 % text), one above the other when it does
not (200 % text on an 800-px kiosk); at least 80 px tall at a kiosk, the arrow keys
moving between them either way."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from assist_desk import theme
from assist_desk.views.widgets.yes_no import YesNoQuestion

#: The reading column of a 1024-px kiosk, and of an 800-px one (its screen margins off).
COLUMN_1024 = 950
COLUMN_800 = 730
FC_ANSWERS = ("Yes, I have FranceConnect", "No, I do not have it")
FC_HINTS = (
    "You will use it to sign in on the official site.",
    "The next screen shows two other ways.",
)


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def kiosk_text(request: Any, qapp: Any) -> Any:
    theme.apply(qapp, "default", request.param, kiosk=True)
    yield request.param
    qapp.setStyleSheet("")
    qapp.setProperty("assist_desk_citizen", None)


#: The windows shown by a test, kept until its end (a window without a reference is
#: deleted with its question).
_HOLDERS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _forget_holders() -> Any:
    yield
    _HOLDERS.clear()


def shown_question(qtbot: Any, width: int, hints: bool) -> YesNoQuestion:
    holder = QWidget()
    qtbot.addWidget(holder)
    _HOLDERS.append(holder)
    question = YesNoQuestion("has_franceconnect", holder)
    question.set_texts("Do you have FranceConnect?", *FC_ANSWERS)
    if hints:
        question.yes.set_texts(FC_ANSWERS[0], FC_HINTS[0])
        question.no.set_texts(FC_ANSWERS[1], FC_HINTS[1])
    question.resize(width, question.heightForWidth(width))
    holder.resize(width, question.height())
    holder.show()
    qtbot.waitUntil(lambda: question.yes.width() > 0)
    return question


@pytest.mark.parametrize("hints", [False, True], ids=["titles", "with hints"])
def test_the_answers_share_a_row_at_1024_and_fold_at_200_percent_on_800(
    qtbot: Any, kiosk_text: float, hints: bool
) -> None:
    wide = shown_question(qtbot, COLUMN_1024, hints)
    yes, no = wide.yes, wide.no
    if kiosk_text == 1.0:  # one row, two equal tiles, "yes" first
        assert yes.y() == no.y()
        assert yes.x() < no.x()
        assert abs(yes.width() - no.width()) <= 1
        assert yes.width() + no.width() + 16 == COLUMN_1024
    narrow = shown_question(qtbot, COLUMN_800, hints)
    if kiosk_text == 2.0:  # a column: each answer the column's width, "yes" on top
        assert narrow.yes.x() == narrow.no.x() == 0
        assert narrow.yes.width() == narrow.no.width() == COLUMN_800
        assert narrow.yes.geometry().bottom() < narrow.no.y()
    for question in (wide, narrow):
        for tile in (question.yes, question.no):
            assert tile.height() >= 80
            assert tile.height() >= tile.heightForWidth(tile.width())  # nothing cut
            assert not tile.stacked(tile.width())  # the ring beside the words


def test_arabic_puts_yes_on_the_right(qtbot: Any, qapp: Any) -> None:
    theme.apply(qapp, "default", 1.0, kiosk=True)
    try:
        question = shown_question(qtbot, COLUMN_1024, hints=True)
        question.parentWidget().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.waitUntil(lambda: question.yes.x() > question.no.x())
        assert question.yes.y() == question.no.y()
    finally:
        qapp.setStyleSheet("")
        qapp.setProperty("assist_desk_citizen", None)


@pytest.mark.parametrize("width", [COLUMN_1024, COLUMN_800], ids=["row", "column"])
def test_the_arrow_keys_walk_the_answers_in_a_row_and_in_a_column(
    qtbot: Any, qapp: Any, width: int
) -> None:
    theme.apply(qapp, "default", 2.0 if width == COLUMN_800 else 1.0, kiosk=True)
    try:
        question = shown_question(qtbot, width, hints=True)
        answered: list[bool] = []
        question.sig_answered.connect(answered.append)
        holder = question.parentWidget()
        holder.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
        question.yes.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.keyClick(question.yes, Qt.Key.Key_Space)
        forward = Qt.Key.Key_Right if width == COLUMN_1024 else Qt.Key.Key_Down
        qtbot.keyClick(question.yes, forward)
        assert question.no.hasFocus()
        assert question.answer() is False
        back = Qt.Key.Key_Left if width == COLUMN_1024 else Qt.Key.Key_Up
        qtbot.keyClick(question.no, back)
        assert question.yes.hasFocus()
        assert answered == [True, False, True]
    finally:
        qapp.setStyleSheet("")
        qapp.setProperty("assist_desk_citizen", None)


def test_the_least_height_is_not_the_column_of_an_earlier_narrow_layout(
    qtbot: Any, qapp: Any
) -> None:
    """A question laid out once in a narrow space (a column) and then given a wide one
    asks for no more than its row: its page measured it as a row and scrolled inside the
    wizard's body (the second prerequisite question at a kiosk, a second scroll bar)."""
    theme.apply(qapp, "default", 2.0, kiosk=True)
    try:
        question = shown_question(qtbot, COLUMN_800, hints=True)
        column_height = question.height()
        assert question.yes.geometry().bottom() < question.no.y()  # laid out as a column
        wide = 2 * COLUMN_1024
        row_height = question.heightForWidth(wide)
        assert row_height < column_height
        assert question.layout().minimumSize().height() <= row_height
        assert question.minimumSizeHint().height() <= row_height
    finally:
        qapp.setStyleSheet("")
        qapp.setProperty("assist_desk_citizen", None)
