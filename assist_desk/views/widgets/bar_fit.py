"""A bar that takes the fewest rows it can: the help point's name gives way, then words.

A kiosk's top bar holds the help point's name, then the language, Home, "Need help?"
and End session (issue 14, K-2). At 1280 px the controls fit one line but not with the
name: the bar took two rows, and that height came out of the screen. With text at 200 %
on a kiosk of 1280 × 800 the controls took three rows and the training banner two: the
question's answers went below the fold. So the bar has a few ways of being shown, from
the fullest to the most compact (:class:`BarVariant`): without the name, then with
shorter words ("Need help?" for "Need help? Ask a mediator"). The first one that takes
the fewest rows is shown. A shortened control keeps its whole text as its accessible
name, which holds its shown words (WCAG 2.5.3, label in name).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from assist_desk.views.widgets.flow_row import FlowRow, natural_width_of
from assist_desk.views.widgets.wrap_button import WrapButton


@dataclass(frozen=True)
class BarVariant:
    """One way of showing the bar: widgets shown or hidden, and texts of buttons and labels
    (a text for a widget outside the row, such as the banner above it, is applied too)."""

    shown: Mapping[QWidget, bool] = field(default_factory=dict)
    texts: Mapping[QWidget, str] = field(default_factory=dict)


def button_width_for(button: QPushButton, text: str) -> int:
    """The width ``button`` asks for with ``text`` (as its size hint computes it)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = text
    metrics = button.fontMetrics()
    content = metrics.size(int(Qt.TextFlag.TextShowMnemonic), text)
    option.rect = QRect(0, 0, content.width(), content.height())
    contents_type = QStyle.ContentsType.CT_PushButton
    width = button.style().sizeFromContents(contents_type, option, content, button).width()
    if isinstance(button, WrapButton):
        width = max(width, button.one_line_width(text))
    return max(width, button.minimumWidth())


class BarFit(QObject):
    """Shows the first of ``variants`` that gives ``row`` (the layout of ``holder``,
    which owns this object) its fewest rows, once the row's layout pass is over."""

    def __init__(self, holder: QWidget, row: FlowRow, banner: QLabel | None = None) -> None:
        """``banner``: the wrapped label above the bar whose text the variants set: the
        bar is fitted again when it is shown or hidden."""
        super().__init__(holder)
        self._holder = holder
        self._row = row
        self._banner = banner
        if banner is not None:
            banner.installEventFilter(self)  # shown or hidden (training or not)
        self._variants: list[BarVariant] = []
        self.shown_variant = -1
        self._check = QTimer(self)
        self._check.setSingleShot(True)
        self._check.setInterval(0)
        self._check.timeout.connect(self.apply)
        holder.installEventFilter(self)  # a new width, or a control's new text or font
        self._outer = holder.parentWidget()
        if self._outer is not None:
            # While the bar is hidden (a kiosk's welcome screen) it keeps the width it was
            # made with; the banner's words follow the width the bar will have.
            self._outer.installEventFilter(self)

    def set_variants(self, variants: Sequence[BarVariant]) -> None:
        """From the fullest to the most compact (texts change with the language)."""
        self._variants = list(variants)
        self.shown_variant = -1
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._holder:
            wanted = kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)
        elif watched is self._banner:
            wanted = kind in (QEvent.Type.Show, QEvent.Type.Hide)
        else:
            wanted = kind == QEvent.Type.Resize
        if wanted:
            self._check.start()
        return False

    def _room(self) -> int:
        """The bar's width, or while it is hidden, the width it will have (its parent's)."""
        if self._holder.isHidden() and self._outer is not None:
            return self._outer.width()
        return self._holder.width()

    def rows_of(self, variant: BarVariant, width: int) -> int:
        """How many rows the bar takes at ``width`` shown as ``variant``, with the lines
        of the wrapped labels outside it whose text the variant sets (the banner)."""
        widths: dict[QWidget, int | None] = {}
        outside = 0
        for widget, shown in variant.shown.items():
            widths[widget] = self._width_of(widget, variant) if shown else None
        for widget, text in variant.texts.items():
            if self._row.indexOf(widget) < 0:
                # Above the row, not in it: without its lines the fullest variant won
                # whenever the controls fit one row, and the training banner's whole
                # sentence took two lines at 200 % (a hand-off screen has no End session).
                outside += self._lines_of(widget, text, width)
            elif widget not in widths and not widget.isHidden():
                widths[widget] = self._width_of(widget, variant)
        return self._row.row_count_with(width, widths) + outside

    def best_variant(self, width: int) -> int:
        """The index of the first variant with the fewest rows (the banner's lines
        included) at ``width``."""
        counts = [self.rows_of(variant, width) for variant in self._variants]
        return counts.index(min(counts))

    @Slot()
    def apply(self) -> None:
        room = self._room()
        if room <= 0 or not self._variants:
            return
        best = self.best_variant(room)
        if best == self.shown_variant:
            return
        self.shown_variant = best
        variant = self._variants[best]
        for widget, text in variant.texts.items():
            if isinstance(widget, (QAbstractButton, QLabel)) and widget.text() != text:
                widget.setText(text)
        for widget, shown in variant.shown.items():
            if widget.isHidden() == shown:
                widget.setVisible(shown)

    @staticmethod
    def _lines_of(widget: QWidget, text: str, width: int) -> int:
        """The lines a wrapped label outside the row takes with ``text`` (0 if hidden)."""
        if not isinstance(widget, QLabel) or not widget.wordWrap() or widget.isHidden():
            return 0
        margins = widget.contentsMargins()
        shown = widget.width() if widget.width() > 0 else width
        room = max(1, shown - margins.left() - margins.right() - 2 * widget.margin())
        metrics = widget.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, room, 1 << 20), flags, text).height()
        return max(1, -(-height // max(1, metrics.lineSpacing())))

    @staticmethod
    def _width_of(widget: QWidget, variant: BarVariant) -> int:
        text = variant.texts.get(widget)
        if isinstance(widget, QPushButton):
            return button_width_for(widget, widget.text() if text is None else text)
        # Labels of the row keep their text (only shown or hidden).
        return natural_width_of(widget)
