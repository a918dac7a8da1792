"""A screen's body that scrolls above an action row that stays whole in view.

Issue 14: at 200 % text on a small kiosk a screen taller than the window scrolled as a
whole, its actions below the fold; a scroll area for part of it (the triage's answers)
put a second scroll bar inside the screen's. The wizard's answer (``flowBody``), for any
screen: everything above the actions goes in one body that takes the room left and
scrolls; the actions sit under it.

The body asks for no height (the screen's scroll area would give it all and scroll
again) and is no taller than its content at its width, so the actions sit right under
the content (V-4) and the room left goes below them. Measured one event-loop turn after
the content changes or its width does, outside Qt's layout pass (a maximum set inside
it resized the body at once and the pass kept a gap, see ``WizardScreen._fit_body``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from assist_desk.views.a11y import steady_scroll_children
from assist_desk.views.widgets.fit_scroll import keep_text_off_scroll_bar


def scroll_body(name: str, least_height: int) -> tuple[QScrollArea, QVBoxLayout]:
    """A plain scroll area named ``name`` (see fit_scroll: no Python subclass) and the
    column of its content; it never gets less than ``least_height``."""
    area = QScrollArea()
    steady_scroll_children(area)  # no crash when the bus reads a screen being left
    keep_text_off_scroll_bar(area)  # AR-2: long lines kept off its scroll bar
    area.setObjectName(name)
    area.setProperty("role", "screenBody")  # on the screen's background (base.qss)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(least_height)
    policy = area.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)  # it takes the room left
    area.setSizePolicy(policy)
    content = QWidget()
    content.setObjectName(f"{name}Content")
    content.setProperty("role", "screenBodyContent")
    area.setWidget(content)
    column = QVBoxLayout(content)
    BodyFitter(area, least_height)
    return area, column


class BodyFitter(QObject):
    """Keeps the body ``area`` (its owner) no taller than its content needs, and the
    content as tall as it needs at its real width (beside a scroll bar it wraps into
    more lines, which a resizable area does not measure again)."""

    def __init__(self, area: QScrollArea, least_height: int) -> None:
        super().__init__(area)
        self._area = area
        self._least = least_height
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self.fit)
        area.installEventFilter(self)
        content = area.widget()
        if content is not None:
            content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's kind first: the area is not asked anything while it is being
        # destroyed (its filters still see events then).
        kind = event.type()
        # The content changed; or another width: wrapped text, another height.
        changed = kind == QEvent.Type.LayoutRequest and watched is not self._area
        rewrapped = isinstance(event, QResizeEvent) and (
            event.size().width() != event.oldSize().width()
        )
        if changed or rewrapped:
            self._fit_later.start()
        return False

    @Slot()
    def fit(self) -> None:
        content = self._area.widget()
        layout = content.layout() if content is not None else None
        if content is None or layout is None:
            return
        self._area.setMaximumHeight(max(self._least, content_height(layout, self._area.width())))
        content.setMinimumHeight(content_height(layout, content.width()))


def content_height(layout: QLayout, width: int) -> int:
    """The column's height at ``width``: each shown item at its height for that width."""
    margins = layout.contentsMargins()
    inner = max(1, width - margins.left() - margins.right())
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        if item.hasHeightForWidth():
            heights.append(item.heightForWidth(inner))
        else:
            heights.append(item.sizeHint().height())
    spacing = max(0, layout.spacing()) * max(0, len(heights) - 1)
    return margins.top() + margins.bottom() + sum(heights) + spacing
