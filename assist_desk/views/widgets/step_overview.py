"""M-2: in training mode, the whole path of a guided flow, folded until asked for.

A trainer shows "where we are": every step on the path as the answers stand (those
done, this one marked, those ahead), and the branches still open named ("After
"Who is the account for?": Before we start, or …"). Text only, read from the flow's
own navigation map: nothing here decides where the flow goes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from assist_desk.flows.wizard import Wizard
from assist_desk.views.widgets.wrap_button import WrapButton

#: Unfolded, the list takes at most this many lines and scrolls past them, so that the
#: flow's action bar stays in view under it (M-2: in Arabic, whose lines are taller,
#: the whole list pushed the bar below the window on 5 of 16 request screens).
VISIBLE_LINES = 5


class StepOverview(QWidget):
    """A "Show all the steps" button and, unfolded, the step list (scrolling in its room)."""

    def __init__(self, title_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepOverview")
        self._title_of = title_of
        self._wizard: Wizard | None = None
        self._here = 0.0  # where the current step is in the list, 0 (top) to 1
        self.toggle = WrapButton()
        self.toggle.setObjectName("stepOverviewToggle")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._unfold)
        self.steps = QLabel()
        self.steps.setObjectName("stepOverviewList")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.list_area = QScrollArea()
        self.list_area.setObjectName("stepOverviewArea")
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_area.setWidget(self.steps)
        self.list_area.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.list_area)
        self.retranslate()

    def show_for(self, wizard: Wizard) -> None:
        self._wizard = wizard
        if self.toggle.isChecked():
            self._fill()

    def _unfold(self, shown: bool) -> None:
        self.list_area.setVisible(shown)
        self.retranslate()

    def _fit(self) -> None:
        """As tall as the list, up to VISIBLE_LINES lines; the rest scrolls, with the
        current step in view."""
        width = self.list_area.viewport().width() or self.width()
        scrollbar = self.list_area.verticalScrollBar().sizeHint().width()
        width = max(1, width - scrollbar)
        needed = self.steps.heightForWidth(width)
        room = self.steps.fontMetrics().lineSpacing() * VISIBLE_LINES
        self.list_area.setFixedHeight(max(1, min(needed, room)))
        if needed > room:
            self.steps.resize(width, needed)  # now, so that the scroll range is known
            # Rows are about one line each: the current one's share of the height.
            middle = int(needed * self._here)
            self.list_area.ensureVisible(0, middle, 0, room // 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.list_area.isVisible():
            self._fit()

    def _fill(self) -> None:
        wizard = self._wizard
        if wizard is None:
            return
        path = wizard.planned_path()
        current = wizard.current
        done = set(wizard.history[:-1])
        rows = []
        for step_id in path:
            title = html.escape(self._title_of(step_id))
            if step_id == current:
                here = html.escape(self.tr("you are here"))
                rows.append(f"<li><b>▶ {title} ({here})</b></li>")
            elif step_id in done:
                rows.append(f"<li>✓ {title}</li>")
            else:
                rows.append(f"<li>{title}</li>")
        branches = []
        for step_id in path[path.index(current) :] if current in path else []:
            step = wizard.navmap.steps[step_id]
            if step.possible is None:
                continue
            targets = [t for t in step.possible(wizard.data) if t in wizard.navmap.steps]
            if len(targets) > 1:
                names = ", ".join(html.escape(self._title_of(t)) for t in targets)
                text = self.tr("After “%1”, depending on the answer: %2")
                text = text.replace("%1", html.escape(self._title_of(step_id)))
                branches.append(f"<li>{text.replace('%2', names)}</li>")
        heading = html.escape(self.tr("Branches still open"))
        extra = f"<p><b>{heading}</b></p><ul>{''.join(branches)}</ul>" if branches else ""
        self.steps.setText(f"<ol>{''.join(rows)}</ol>{extra}")
        lines = len(rows) + (len(branches) + 2 if branches else 0)  # heading and gap
        row = path.index(current) if current in path else 0
        self._here = (row + 0.5) / max(1, lines)
        name = self.tr("All the steps of this procedure")
        self.steps.setAccessibleName(name)
        # The scrolling room takes the focus (arrow keys scroll it): it says what it holds.
        self.list_area.setAccessibleName(name)
        self._fit()

    def retranslate(self) -> None:
        shown = self.toggle.isChecked()
        text = self.tr("Hide the steps") if shown else self.tr("Show all the steps")
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)
        if shown:
            self._fill()
