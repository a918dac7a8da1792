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

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QWidget

from assist_desk import theme
from assist_desk.views.a11y import steady_scroll_children
from assist_desk.views.widgets.fit_scroll import keep_text_off_scroll_bar

#: Qt's "no maximum" (QWIDGETSIZE_MAX).
_NO_MAXIMUM = 16_777_215


class ColumnLabel(QLabel):
    """A wrapped text of the screen's whole width, kept to one column when the
    screen is wider (its maximum width).

    Its height for a wider width is its height at the column's width: Qt's layouts
    ask for the width they offer, and would cut a text taller than said."""

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))


class TwoPaneWidth(QObject):
    """Marks ``screen`` ``wide`` at a workstation (the style sheet then lets it be two
    columns wide) and keeps each pane of ``splitter`` and each of ``texts`` to one
    column. ``scrolled``, a pane of the splitter taller than a window can hold (a
    place's details and QR code), then scrolls on its own: it goes into a scroll area
    in the splitter, and back into the splitter at a kiosk (its own page there).

    Call :meth:`update` when the mode may have changed (the screen's ``showEvent``);
    text size and style changes are followed on their own."""

    def __init__(
        self,
        screen: QWidget,
        kiosk: Callable[[], bool],
        splitter: QSplitter,
        texts: Sequence[QWidget] = (),
        scrolled: QWidget | None = None,
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._kiosk = kiosk
        self._splitter = splitter
        self._texts = list(texts)
        self._scrolled = scrolled
        self._scroll: QScrollArea | None = None
        self._sized_for = 0  # the column width the panes were last sized to
        if scrolled is not None:
            # Made now, a child of the screen: the main window names its parts for
            # screen readers when the screen is added (hide_nameless_parts).
            scroll = QScrollArea(screen)
            steady_scroll_children(scroll)
            keep_text_off_scroll_bar(scroll)
            scroll.setObjectName(f"{scrolled.objectName() or 'pane'}Scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.viewport().setAutoFillBackground(False)  # the page's colour shows
            scroll.hide()
            self._scroll = scroll
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
        if self._scroll_pane(wide):
            self._sized_for = 0
        self._keep_to_the_column()

    def _scroll_pane(self, wide: bool) -> bool:
        """Puts the pane in its scroll area (``wide``) or back; True when it moved."""
        pane, scroll = self._scrolled, self._scroll
        if pane is None or scroll is None:
            return False
        index = self._splitter.indexOf(scroll if wide else pane)
        if index >= 0:
            return False  # already where it belongs
        if wide:
            index = self._splitter.indexOf(pane)
            self._splitter.replaceWidget(index, scroll)  # the pane's parent is now none
            scroll.setWidget(pane)
            scroll.show()
        else:
            index = self._splitter.indexOf(scroll)
            scroll.takeWidget()
            self._splitter.replaceWidget(index, pane)
            scroll.setParent(self._screen)  # the splitter let it go: the screen keeps it
            scroll.hide()
            pane.show()
        return True

    def _keep_to_the_column(self) -> None:
        font_px = self._screen.font().pixelSize()
        if font_px <= 0:  # before the style sheet gives the screen its size
            font_px = theme.BASE_FONT_PX
        column = round(font_px * theme.COLUMN_EMS) if self.wide() else _NO_MAXIMUM
        panes = [self._splitter.widget(i) for i in range(self._splitter.count())]
        for widget in [*panes, *self._texts]:
            if widget is not None and widget.maximumWidth() != column:
                widget.setMaximumWidth(column)
        if self.wide() and column != self._sized_for:
            # Each pane one column wide: a splitter keeps the sizes it had (a narrow
            # column's, or those of a pane just swapped for its scroll area).
            self._sized_for = column
            self._splitter.setSizes([column] * len(panes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
        ):
            self._keep_to_the_column()
        return False
