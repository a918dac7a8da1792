"""A workstation's two-pane tool (FAQ, checklists, places) as wide as two reading
columns (issue 14): its list and what is chosen in it side by side at 1024×768 and
wider, each pane at most one column (about 75 characters a line), so the screen
fits the window's height and each pane scrolls on its own. Capped to one column, as
every screen was, the panes stacked and the page outgrew a 1280×800 window: three
nested scroll areas and the footer cut.

A window too short for two panes at large text (200 % on 1280×800: fewer than
:data:`ROOMY_LINES` lines) stacks them, list above: the chosen pane is then as tall as
its text and only the page scrolls to read it; the list keeps its box of a few lines
(a list to pick from, the chosen text right under it).

A kiosk keeps its centred column and its full-screen detail pages (K-4).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from assist_desk import theme
from assist_desk.views.a11y import steady_scroll_children
from assist_desk.views.reading import ReadingBrowser
from assist_desk.views.widgets.fit_scroll import keep_text_off_scroll_bar
from assist_desk.views.widgets.reflow import StackingSplitter

#: Qt's "no maximum" (QWIDGETSIZE_MAX).
_NO_MAXIMUM = 16_777_215
#: Side by side only in a window at least this many lines of text tall: two panes of
#: StackingSplitter.STACKED_LINES, and the screen's title, search and buttons.
ROOMY_LINES = 26


class ColumnLabel(QLabel):
    """A wrapped text of the screen's whole width, kept to one column when the
    screen is wider (its maximum width).

    Its height for a wider width is its height at the column's width: Qt's layouts
    ask for the width they offer, and would cut a text taller than said."""

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(min(width, self.maximumWidth()))


class _PaneScroll(QScrollArea):
    """A pane's scroll area that asks for a few lines' height, not its whole content's:
    the screen's layout adds up its items' preferred heights, and the screen would be
    taller than the window (the page scrolling as well as the pane)."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = StackingSplitter.STACKED_LINES * self.fontMetrics().lineSpacing()
        return QSize(hint.width(), min(hint.height(), lines))


class TwoPaneWidth(QObject):
    """Marks ``screen`` ``wide`` at a workstation (the style sheet then lets it be two
    columns wide) and keeps each pane of ``splitter`` and each of ``texts`` to one
    column. ``scrolled``, a pane of the splitter taller than a window can hold (a
    place's details and QR code), then scrolls on its own: it goes into a scroll area
    in the splitter, and back into the splitter at a kiosk (its own page there).

    ``fitted``: text views as tall as their text when the panes are stacked at a
    workstation (the page scrolls; one scroll bar to read, not two).

    Call :meth:`update` when the mode may have changed (the screen's ``showEvent``);
    text size, style and window size changes are followed on their own."""

    def __init__(
        self,
        screen: QWidget,
        kiosk: Callable[[], bool],
        splitter: StackingSplitter,
        texts: Sequence[QWidget] = (),
        scrolled: QWidget | None = None,
        fitted: Sequence[ReadingBrowser] = (),
    ) -> None:
        super().__init__(screen)
        self._screen = screen
        self._kiosk = kiosk
        self._splitter = splitter
        self._texts = list(texts)
        self._scrolled = scrolled
        self._fitted = list(fitted)
        self._scroll: QScrollArea | None = None
        self._sized_for = 0  # the column width the panes were last sized to
        self._stacked = False  # stacked by _arrange (a short window)
        self._viewport: QWidget | None = None
        if scrolled is not None:
            # Made now, a child of the screen: the main window names its parts for
            # screen readers when the screen is added (hide_nameless_parts).
            scroll = _PaneScroll(screen)
            steady_scroll_children(scroll)
            keep_text_off_scroll_bar(scroll)
            scroll.setObjectName(f"{scrolled.objectName() or 'pane'}Scroll")
            scroll.setProperty("role", "paneScroll")  # no border: the style sheet
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
        self._keep_to_the_column()
        self._arrange()

    def _roomy(self) -> bool:
        """Is the window tall enough for the panes side by side? (The screen's parent
        is its scroll area's viewport: the window's height, not the page's.)"""
        viewport = self._screen.parentWidget()
        if viewport is None:
            return True
        if viewport is not self._viewport:  # its resizes, once the screen is in place
            viewport.installEventFilter(self)
            self._viewport = viewport
        return viewport.height() >= ROOMY_LINES * self._screen.fontMetrics().lineSpacing()

    def _arrange(self) -> None:
        """Side by side, the chosen pane scrolling on its own; or stacked (a short
        window at a workstation), the chosen pane as tall as its text."""
        wide = self.wide()
        stacked = wide and not self._roomy()
        if stacked != self._stacked:
            self._stacked = stacked
            self._sized_for = 0  # side by side again: each pane one column wide
        self._splitter.stack(stacked)
        for view in self._fitted:
            view.fit_document(stacked)
        self._scroll_pane(wide and not stacked)
        self._keep_to_the_column()

    def _scroll_pane(self, scrolls: bool) -> None:
        """Puts the pane in its scroll area (``scrolls``) or back in the splitter."""
        pane, scroll = self._scrolled, self._scroll
        if pane is None or scroll is None:
            return
        if self._splitter.indexOf(scroll if scrolls else pane) >= 0:
            return  # already where it belongs
        self._sized_for = 0  # a pane swapped: each pane one column wide again
        if scrolls:
            index = self._splitter.indexOf(pane)
            self._splitter.replaceWidget(index, scroll)  # the pane's parent is now none
            scroll.setWidget(pane)
            pane.setAutoFillBackground(False)  # setWidget made it paint the palette's grey
            scroll.show()
        else:
            index = self._splitter.indexOf(scroll)
            scroll.takeWidget()
            pane.setAutoFillBackground(False)
            self._splitter.replaceWidget(index, pane)
            scroll.setParent(self._screen)  # the splitter let it go: the screen keeps it
            scroll.hide()
            pane.show()

    def _keep_to_the_column(self) -> None:
        font_px = self._screen.font().pixelSize()
        if font_px <= 0:  # before the style sheet gives the screen its size
            font_px = theme.BASE_FONT_PX
        column = round(font_px * theme.COLUMN_EMS) if self.wide() else _NO_MAXIMUM
        panes = [self._splitter.widget(i) for i in range(self._splitter.count())]
        for widget in [*panes, *self._texts]:
            if widget is not None and widget.maximumWidth() != column:
                widget.setMaximumWidth(column)
        if self.wide() and not self._splitter.stacked() and column != self._sized_for:
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
        if watched in (self._viewport, self._screen) and event.type() == QEvent.Type.Resize:
            self._arrange()
        return False
