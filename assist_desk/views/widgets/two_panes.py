"""A workstation's two-pane tool (FAQ, checklists, places) as wide as two reading
columns (issue 14): its list and what is chosen in it side by side at 1024×768 and
wider, each pane at most one column (about 75 characters a line), so the screen
fits the window's height and each pane scrolls on its own. Capped to one column, as
every screen was, the panes stacked and the page outgrew a 1280×800 window: three
nested scroll areas and the footer cut.

A kiosk keeps its centred column and its full-screen detail pages (K-4).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from assist_desk import theme

#: Qt's "no maximum" (QWIDGETSIZE_MAX).
_NO_MAXIMUM = 16_777_215


class ColumnLabel(QLabel):
    """A wrapped text of the screen's whole width, kept to one column when the
    screen is wider (its maximum width).

    Its height for a wider width is its height at the column's width: Qt's layouts
    ask for the width they offer, and would cut a text taller than said."""

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))


class ColumnFrame(QFrame):
    """A frame of the screen's whole width kept to one column, as :class:`ColumnLabel`."""

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))


class TwoPaneWidth(QObject):
    """Marks ``screen`` ``wide`` at a workstation (the style sheet then lets it be two
    columns wide) and keeps each of ``panes`` and ``texts`` to one column.

    Call :meth:`update` when the mode may have changed (the screen's ``showEvent``);
    text size and style changes are followed on their own."""

    def __init__(
        self,
        screen: QWidget,
        kiosk: Callable[[], bool],
        panes: Sequence[QWidget],
        texts: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._kiosk = kiosk
        self._capped = [*panes, *texts]
        screen.installEventFilter(self)

    def wide(self) -> bool:
        return bool(self._screen.property("wide"))

    def update(self) -> None:
        wide = not self._kiosk()
        if self.wide() != wide:
            self._screen.setProperty("wide", wide)
            style = self._screen.style()
            style.unpolish(self._screen)
            style.polish(self._screen)
        self._keep_to_the_column()

    def _keep_to_the_column(self) -> None:
        font_px = self._screen.font().pixelSize()
        if font_px <= 0:  # before the style sheet gives the screen its size
            font_px = theme.BASE_FONT_PX
        column = round(font_px * theme.COLUMN_EMS) if self.wide() else _NO_MAXIMUM
        for widget in self._capped:
            if widget.maximumWidth() != column:
                widget.setMaximumWidth(column)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
        ):
            self._keep_to_the_column()
        return False
