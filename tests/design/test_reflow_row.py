"""ReflowRow's size hints tell the truth: the height of the row or column it lays out
at its width, so that no empty band sits under a row (the Arabic places notice) and a
folded column is not squeezed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.views.widgets.reflow import ReflowRow
from tests.a11y.helpers import settle, shown
from tests.app_fixtures import StartApplication

WORDS = (
    "Toutes les mairies ne prennent pas ces demandes, et cet ordinateur n'a pas de "
    "liste à jour de celles qui les prennent. Le site officiel des rendez-vous les montre."
)


def _notice(qtbot: Any) -> tuple[QWidget, ReflowRow, QLabel, QLabel]:
    """Wrapped words that take the room (stretch 1) beside a QR code of fixed size."""
    box = QWidget()
    qtbot.addWidget(box)
    row = ReflowRow(box)
    row.setContentsMargins(0, 0, 0, 0)
    words = QLabel(WORDS)
    words.setWordWrap(True)
    code = QLabel()
    code.setFixedSize(160, 160)
    row.addWidget(words, 1)
    row.addWidget(code)
    return box, row, words, code


def _show_at(box: QWidget, width: int) -> None:
    box.resize(width, box.heightForWidth(width))
    box.show()
    settle()


def _bottom(widget: QWidget, box: QWidget) -> int:
    return widget.mapTo(box, QPoint(0, widget.height())).y()


def test_a_wide_row_is_as_tall_as_its_tallest_widget_at_its_width(qtbot: Any) -> None:
    box, row, words, code = _notice(qtbot)
    _show_at(box, 900)
    assert row.direction() == ReflowRow.Direction.LeftToRight
    # The words are as wide as the row leaves them, and as tall as they are at that width.
    assert words.width() == 900 - code.width() - row.spacing()
    expected = max(words.heightForWidth(words.width()), code.height())
    assert row.heightForWidth(900) == expected
    assert box.height() == expected
    # No band: the minimum is the row's height here, not the folded column's.
    column = row.heightForWidth(row.minimumSize().width())
    assert row.minimumSize().height() == expected < column
    assert max(_bottom(words, box), _bottom(code, box)) == box.height()


def test_a_narrow_row_folds_into_a_column_that_is_not_squeezed(qtbot: Any) -> None:
    box, row, words, code = _notice(qtbot)
    _show_at(box, 260)
    assert row.direction() == ReflowRow.Direction.TopToBottom
    expected = words.heightForWidth(260) + row.spacing() + code.height()
    assert row.heightForWidth(260) == expected
    assert row.minimumSize().height() == expected
    assert box.height() == expected
    assert _bottom(words, box) <= code.y()  # one under the other, nothing drawn over
    assert words.height() >= words.heightForWidth(words.width())


def test_the_arabic_places_notice_has_no_empty_band(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", "ar", "--mode", "kiosk"))
    context.window.show_screen("places")
    context.window.resize(1920, 1080)
    settle()
    frame = context.window.findChild(QWidget, "placesNoticeFrame")
    assert frame is not None
    assert frame.isVisible()
    texts = [w for w in frame.findChildren(QLabel) if w.isVisible() and (w.text() or w.pixmap())]
    lowest = max(_bottom(label, frame) for label in texts)
    band = frame.height() - lowest
    # The frame's own padding and border, no more (it was 300+ px of empty colour).
    assert band <= 40, band
