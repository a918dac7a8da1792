"""The generic wizard screen and its page kinds (thin: render a step, forward input).

A :class:`WizardScreen` shows one page per step of a controller's navmap, a
visible progress indicator ("Step 2 of 6" and a bar), an error area with a
retry button, a busy line, and Back / Continue. Pages read the controller's
data when shown, so Back never loses what was typed. Each page is built when its
step is first shown (:meth:`WizardScreen.add_page`), then kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assist_desk.bidi import keep_addresses_whole, unbreakable_latin_hyphens
from assist_desk.controllers.flow_base import FlowController
from assist_desk.i18n import isolate
from assist_desk.views import flow_texts as T
from assist_desk.views.a11y import (
    announce,
    drop_focus_inside,
    hide_from_screen_readers,
    hide_nameless_parts,
    show_page,
    steady_scroll_children,
)
from assist_desk.views.flow_texts import t
from assist_desk.views.portal_state_texts import (
    ACCOUNT_STATE_KINDS,
    CALM_KINDS,
    DETAIL_KINDS,
    STATE_ERRORS,
)
from assist_desk.views.reading import mark_content
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.action_row import ActionRow
from assist_desk.views.widgets.alert import Alert
from assist_desk.views.widgets.choice_tile import ChoiceTile
from assist_desk.views.widgets.fit_scroll import (
    fit_scroll_area,
    keep_text_off_scroll_bar,
    scroll_bar_room,
)
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.step_overview import StepOverview
from assist_desk.views.widgets.term_hints import TermHints, shown_text
from assist_desk.views.widgets.wrap_button import WrapButton
from assist_desk.views.widgets.yes_no import AnswerTile, answer_pairs

#: Qt's largest widget size (QWIDGETSIZE_MAX): a maximum not set.
QWIDGETSIZE_MAX = 16777215


def label(text: str = "", role: str | None = None, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def clear_layout(layout: Any) -> None:
    """Remove and delete every widget of ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            # Hide now: deleteLater() acts only at the next event loop turn, and the new
            # widgets would otherwise be drawn over the old ones until then.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class StepBar(QWidget):
    """A thin progress bar for the wizard steps.

    Unlike ``QProgressBar.setValue``, which repaints at once (several milliseconds
    with style sheets, at every step), this only schedules a paint.
    """

    def __init__(self) -> None:
        super().__init__()
        self._position, self._total = 0, 1
        self.setFixedHeight(12)
        # The step's text above says "Step 2 of 8": the bar would say it again (m3).
        hide_from_screen_readers(self)

    def set_progress(self, position: int, total: int) -> None:
        if (position, total) != (self._position, self._total):
            self._position, self._total = position, max(1, total)
            self.update()

    def value(self) -> int:
        return self._position

    def maximum(self) -> int:
        return self._total

    def paintEvent(self, event: Any) -> None:
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self)
        palette = self.palette()
        rect = self.rect().adjusted(0, 0, -1, -1)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRect(rect)
        done = round(rect.width() * self._position / self._total)
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            filled = rect.adjusted(rect.width() - done, 0, 0, 0)
        else:
            filled = rect.adjusted(0, 0, done - rect.width(), 0)
        painter.fillRect(filled, palette.color(QPalette.ColorRole.Highlight))
        painter.end()


class PageStack(QStackedWidget):
    """The wizard's pages: they take the room left, never ask for more (E-2), and no
    more than the current page needs, so the action bar sits right under the content
    (V-4).

    A stacked widget prefers the height of its tallest page; that made the screen
    taller than the window, and the action bar went under the bottom edge when an
    alert appeared. Every page scrolls on its own, so a modest preferred height is
    enough, and the screen keeps its own height for the title, alerts and actions.
    The maximum height is the current page's height at the stack's width: the room
    beyond it goes under the actions (a stretch after them).
    """

    MIN_HEIGHT = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.currentChanged.connect(lambda _index: self.fit_to_page())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.MIN_HEIGHT)

    def watch_page(self, page: QWidget) -> None:
        """Measure again when ``page`` changes (an alert, an error under a field)."""
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self._current_page():
            self.fit_to_page()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_to_page()  # wrapped text needs another height at another width

    def _current_page(self) -> QWidget | None:
        scroll = self.currentWidget()
        return scroll.widget() if isinstance(scroll, QScrollArea) else None

    def fit_to_page(self) -> None:
        page = self._current_page()
        layout = page.layout() if page is not None else None
        if layout is None:
            return
        if layout.hasHeightForWidth():
            # Measured at the width left beside a scroll bar: measured without it, a page
            # that once showed its bar needed a line more than it got and kept the bar,
            # its end cut, with the window's room empty below the actions.
            scroll = self.currentWidget()
            bar = 0
            if isinstance(scroll, QScrollArea):
                bar = scroll_bar_room(scroll)  # the bar and its gutter
            needed = layout.totalHeightForWidth(max(1, self.width() - bar))
        else:
            needed = layout.totalSizeHint().height()
        # As tall as its page: the body above the action bar scrolls, with one scroll
        # bar, not a page inside it with another (WizardScreen.body).
        self.setFixedHeight(max(self.MIN_HEIGHT, needed))


class Page(QWidget):
    """One step's page. ``load`` fills it from the data; ``retranslate`` sets texts.

    A page of several questions may show them one at a time (K-2, a kiosk): Continue
    and Back then move inside the page first (``next_within``, ``back_within``).

    Signals:
        sig_continue(): the page moves on by itself (a kiosk's answer given): the
            wizard does what its Continue does.
    """

    sig_continue = Signal()

    def __init__(self, step_id: str, controller: FlowController) -> None:
        super().__init__()
        self.term_hints: QWidget | None = None  # set by the wizard screen
        self.step_id = step_id
        self.controller = controller
        self.setObjectName(f"page_{step_id}")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(14)

    def load(self) -> None:
        """Show the controller's current data (called each time the page appears)."""

    def retranslate(self) -> None:
        """Set every text in the interface language."""

    def focus_widget(self) -> QWidget | None:
        return None

    def clear(self) -> None:
        """Forget typed values held by widgets (session wipe)."""

    def start(self, at_end: bool) -> None:
        """The page is shown: at its first question, or at its last one (``at_end``:
        the person came back from a later step)."""

    def next_within(self) -> bool:
        """Continue inside the page (the next question); False: the step may end."""
        return False

    def back_within(self) -> bool:
        """Back inside the page (the previous question); False: Back leaves the step."""
        return False

    def has_previous_part(self) -> bool:
        """Whether Back has a previous question to go to inside the page."""
        return False


class InfoPage(Page):
    """A page of text, with optional action buttons."""

    def __init__(
        self,
        step_id: str,
        controller: FlowController,
        body: Callable[[], str],
        role: str | None = None,
    ) -> None:
        super().__init__(step_id, controller)
        self._body = body
        self.text = label(role=role)
        self.text.setObjectName(f"{step_id}_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.text)
        # Side by side when they fit; a column of wrapping buttons at 200 % on a small screen.
        self.action_row = ReflowRow()
        self.action_row.addStretch(1)  # buttons keep their width (V-2), not the page's
        self.column.addLayout(self.action_row)
        self.column.addStretch(1)
        self.buttons: list[tuple[QPushButton, str]] = []

    def set_alert(self, kind: str, title: str, text: Callable[[], str]) -> Alert:
        """An alert above the text (F-4: a success is said as one, with a recap)."""
        self._alert = (Alert(kind), title, text)
        self.column.insertWidget(0, self._alert[0])
        return self._alert[0]

    def add_action(
        self, name: str, text: str, slot: Callable[[], Any], primary: bool = False
    ) -> QPushButton:
        """A page action; ``primary`` where it is the next step and the wizard's own
        Continue is not shown (one filled button per screen, V-2)."""
        button = WrapButton()
        button.setObjectName(name)
        button.setProperty("pagePrimary", primary)  # may give way to the kiosk's Finish (K-3)
        # A page's own "Finish" (to the home screen): on a last step the wizard's Home (at
        # a kiosk "Finish and erase my information") replaces it, one end per screen.
        button.setProperty("endsFlow", text == T.FINISH)
        if primary:
            button.setProperty("role", "primary")
        button.clicked.connect(lambda _=False: slot())
        self.action_row.insertWidget(self.action_row.count() - 1, button)
        self.buttons.append((button, text))
        button.setText(t(text))
        return button

    def load(self) -> None:
        body = self._body()
        # Latin words in Arabic do not break at their hyphens, nor addresses anywhere
        # (AR-5); the name read aloud keeps the plain text.
        self.text.setText(keep_addresses_whole(unbreakable_latin_hyphens(body)))
        self.text.setAccessibleName(body)
        self.text.setVisible(bool(self.text.text()))  # the alert may say it all
        alert = getattr(self, "_alert", None)
        if alert is not None:
            widget, title, text = alert
            widget.show_message(widget.kind, t(title), text())

    def retranslate(self) -> None:
        self.load()
        for button, text in self.buttons:
            button.setText(t(text))
            button.setAccessibleName(t(text))

    def focus_widget(self) -> QWidget | None:
        return self.buttons[0][0] if self.buttons else None


class ChoicePage(Page):
    """One choice among options: a column of tiles (V-1, K-2), the whole tile the target.

    Each option is a checkable :class:`ChoiceTile` with its title, the plain sentence
    under it and, when ``pictogram`` names one for it, a pictogram. The tiles form an
    exclusive group, like radio buttons: the arrow keys move between them.
    """

    def __init__(
        self,
        step_id: str,
        controller: FlowController,
        key: str,
        options: Callable[[], list[tuple[str, str, str]]],
        on_choose: Callable[[str], None] | None = None,
        pictogram: Callable[[str], str] | None = None,
        prominent: str = "",
        heading_before: tuple[str, str] = ("", ""),
        side_by_side: bool = False,
        content: bool = False,
    ) -> None:
        """``prominent``: the option shown larger, first (F-5: the common case);
        ``heading_before``: (option, text) a sub-heading that groups the options
        from that one on (F-5: "You represent a company…?"); ``side_by_side``: the
        options two equal tiles a row, as the two big buttons of a yes/no question
        (K-2, D1: a third answer under them), a column where two do not fit;
        ``content``: the titles are data (the portal's catalogue), not interface."""
        super().__init__(step_id, controller)
        self.key = key
        self._prominent = prominent
        self._heading_before = heading_before
        self._side_by_side = side_by_side
        self._content = content
        self.group_heading: QLabel | None = None
        self._options = options
        self._pictogram = pictogram or (lambda value: "")
        self._on_choose = on_choose or (lambda value: controller.update(**{key: value}))
        self.intro = label()
        self.column.addWidget(self.intro)
        self.intro.hide()
        # The options in a group named by the question: a screen reader says it on
        # entering the group (M3).
        self.choices = QFrame()
        self.choices.setObjectName(f"{step_id}_choices")
        # A yes/no question: the two answers side by side when they fit (D1), a third
        # under them; any other choice: a column.
        self.box: QLayout
        if side_by_side:
            if heading_before[0]:
                raise ValueError("a sub-heading groups a column of options, not a pair")
            self.box = answer_pairs(self.choices)
        else:
            self.box = QVBoxLayout(self.choices)
            self.box.setContentsMargins(0, 0, 0, 0)
            self.box.setSpacing(10)
        self.column.addWidget(self.choices)
        self.column.addStretch(1)
        self.group = QButtonGroup(self)
        #: The option tiles by value (named ``radios``: they answer like radio buttons).
        self.radios: dict[str, ChoiceTile] = {}
        self._built: list[str] = []

    def _rebuild(self) -> None:
        options = self._options()
        values = [value for value, _, _ in options]
        if values != self._built:
            clear_layout(self.box)
            for radio in self.radios.values():
                self.group.removeButton(radio)
            self.radios.clear()
            self.group_heading = None
            for value in values:
                if value == self._heading_before[0] and isinstance(self.box, QVBoxLayout):
                    self.group_heading = label(role="subtitle")
                    self.group_heading.setObjectName(f"{self.step_id}_group_heading")
                    self.box.addSpacing(12)
                    self.box.addWidget(self.group_heading)
                radio = (
                    AnswerTile(self._pictogram(value))
                    if self._side_by_side
                    else ChoiceTile(self._pictogram(value), checkable=True)
                )
                radio.set_prominent(value == self._prominent)
                radio.setObjectName(f"{self.step_id}_{value}")
                mark_content(radio, self._content)
                radio.toggled.connect(lambda on, v=value: on and self._on_choose(v))
                self.group.addButton(radio)
                self.box.addWidget(radio)
                self.radios[value] = radio
            self._built = values
        for value, title, more_text in options:
            self.radios[value].set_texts(title, more_text)
        if self.group_heading is not None:
            self.group_heading.setText(t(self._heading_before[1]))
        question = self.intro.text() if self.intro.isVisibleTo(self) else ""
        self.choices.setAccessibleName(question or t(T.STEP_TITLES.get(self.step_id, "")))

    def load(self) -> None:
        self._rebuild()
        chosen = self.controller.data.get(self.key)
        self.group.setExclusive(False)
        for value, radio in self.radios.items():
            radio.blockSignals(True)
            radio.setChecked(value == chosen)
            radio.blockSignals(False)
            radio.update()  # its check ring (signals were blocked)
        self.group.setExclusive(True)

    def retranslate(self) -> None:
        self.load()

    def focus_widget(self) -> QWidget | None:
        chosen = self.controller.data.get(self.key)
        if chosen in self.radios:
            return self.radios[chosen]
        return next(iter(self.radios.values()), None)

    def choose(self, value: str) -> None:
        """Choose ``value`` as a click would (tours and tests)."""
        self.radios[value].setChecked(True)


PageT = TypeVar("PageT", bound=Page)


class WizardScreen(Screen):
    """Progress, error area, one page per step, and navigation."""

    screen_id = "wizard"
    flow_title = T.ACCOUNT_TITLE
    #: The least height of the body above the action bar: a kiosk's text field whole
    #: (65 px in Arabic), the one a citizen types in with the on-screen keys up.
    BODY_MIN_HEIGHT = 72
    #: At larger text, the least height in lines of the body's text: a field whole (107 px
    #: at 200 %, 71-px lines).
    BODY_MIN_LINES = 1.6
    keeps_actions_in_view = True
    #: The screen's margin on each side (of the body's content and of the action bar).
    SIDE_MARGIN = 32
    #: At a kiosk the last step ends the session (K-3): subclasses set it from the mode.
    kiosk = False

    def __init__(self, controller: FlowController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._page_builders: dict[str, Callable[[], Page]] = {}  # see add_page
        #: The pages built so far, by step (a step's page is built when first needed).
        self.built_pages: dict[str, Page] = {}
        self._scrolls: dict[str, QScrollArea] = {}
        self._shown_step: str | None = None  # the step shown last (Back or forward?)
        self.heading = label(role="title")
        self.heading.setObjectName("stepTitle")
        self.progress_label = label(role="muted")
        self.progress_label.setObjectName("stepProgressText")
        self.progress_bar = StepBar()
        self.progress_bar.setObjectName("stepProgress")
        # An alert with an icon and a title (E-2: a portal that is down is a calm
        # warning, not red error text), and the single retry action inside it.
        self.error_frame = Alert("error")
        self.error_frame.setObjectName("flowError")
        self.error_label = self.error_frame.text
        self.error_label.setObjectName("flowErrorText")
        self.retry_button = WrapButton()
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.controller.retry)
        self.error_frame.action_row.insertWidget(0, self.retry_button)
        self.error_frame.hide()
        #: The refusal the alert shows (E-1: refreshed as the fields are fixed), or None.
        self.shown_refusal: str | None = None
        #: What had the focus when a wait began (disabling the page drops it).
        self._focus_before_busy: QWidget | None = None
        self.busy_frame = QWidget()
        busy_row = QHBoxLayout(self.busy_frame)
        busy_row.setContentsMargins(0, 0, 0, 0)
        self.busy_label = label(role="muted")
        self.busy_label.setObjectName("busyText")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        busy_row.addWidget(self.busy_label, 1)
        busy_row.addWidget(self.busy_bar)
        self.busy_frame.hide()

        self.stack = PageStack()
        # Wrapping buttons in a row that folds into a column: nothing cut at 200 % on
        # an 800-px kiosk (WCAG 1.4.4, 1.4.10).
        self.back_button = WrapButton()
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = WrapButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.setProperty("role", "primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.home_button = WrapButton()
        self.home_button.setObjectName("flowHomeButton")
        self.home_button.clicked.connect(lambda: self.sig_navigate.emit("home"))
        # K-3: at a kiosk, the last step's primary action ends the session; a short
        # reminder screen ("farewell") follows, then the one End-session wipe.
        self.finish_button = WrapButton()
        self.finish_button.setObjectName("finishEraseButton")
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(lambda: self.sig_navigate.emit("farewell"))
        self.finish_button.hide()

        for button in (self.back_button, self.next_button, self.home_button, self.finish_button):
            button.setProperty("actionBar", True)  # must always be in view (design check)
        nav = ActionRow()  # folds like words, not into a column of three (200 % text)
        nav.setObjectName("flowNavigation")
        nav.setSpacing(10)
        nav.addWidget(self.back_button)
        nav.addWidget(self.home_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.finish_button)
        nav.setContentsMargins(self.SIDE_MARGIN, 0, self.SIDE_MARGIN, 0)
        # E-2, K-2: everything above the action bar scrolls in a body of its own, the
        # bar stays whole in view (the on-screen keyboard or an error banner, with
        # Arabic's taller top bar, left the screen too little height, and the whole
        # screen scrolled with its buttons). The alert heads the body: seen first.
        # A plain area (see fit_scroll): _fit_body measures its content, as its
        # PageFitter would, and also when the content changes without a resize.
        self.body = QScrollArea()
        steady_scroll_children(self.body)  # no crash when the bus reads a step being left
        keep_text_off_scroll_bar(self.body)  # AR-2: long lines kept off its scroll bar
        self.body.setObjectName("flowBody")
        self.body.setProperty("role", "flowBody")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setMinimumHeight(self.BODY_MIN_HEIGHT)
        # Its preferred height (its content's) would make the screen ask its scroll area
        # for that much, and the screen scroll again: it takes the room left instead.
        policy = self.body.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.body.setSizePolicy(policy)
        body = QWidget()
        body.setObjectName("flowBodyContent")
        body.setProperty("role", "flowBodyContent")
        self.body.setWidget(body)
        self.body_column = QVBoxLayout(body)
        self.body_column.setContentsMargins(self.SIDE_MARGIN, 16, self.SIDE_MARGIN, 0)
        self.body_column.setSpacing(10)
        self.body_column.addWidget(self.heading)
        self.body_column.addWidget(self.progress_label)
        self.body_column.addWidget(self.progress_bar)
        # M-2: trainers unfold the whole path (shown by show_step_overview in training).
        self.step_overview = StepOverview(lambda step_id: t(T.STEP_TITLES.get(step_id, step_id)))
        self.step_overview.hide()
        self.body_column.addWidget(self.step_overview)
        self.body_column.addWidget(self.error_frame)
        self.body_column.addWidget(self.stack, 100)  # up to its page's height (PageStack)
        self.body_column.addWidget(self.busy_frame)
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._fit_body)
        body.installEventFilter(self)  # its content changed or its width: fit again
        self.body.installEventFilter(self)  # another width: wrapped text, another height
        # Qt shows and hides the bar's container, not the bar (see fit_scroll).
        bar_box = self.body.verticalScrollBar().parentWidget()
        if bar_box is not None:
            bar_box.installEventFilter(self)  # the bar came or went: the side margin
        layout = QVBoxLayout(self)
        # A narrow bottom margin: at 1024 × 768 in Arabic with the keys up, every pixel
        # of the screen's height goes to the body and the bar.
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(10)
        layout.addWidget(self.body, 100)  # up to its content's height (_fit_body)
        layout.addLayout(nav)
        # V-4: the room left goes under the actions, not between them and the content.
        layout.addStretch(1)

        controller.sig_step_changed.connect(self._show_step)
        controller.sig_busy_changed.connect(self._set_busy)
        controller.sig_error.connect(self._show_error)
        controller.sig_error_cleared.connect(self._hide_error)
        controller.sig_refused.connect(self._show_refusal)

    # -- the body above the action bar -----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        content = self.body.widget()
        bar_moved = event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent)
        if bar_moved and watched is self.body.verticalScrollBar().parentWidget():
            self._fit_side_margins()
        changed = watched is content and event.type() == QEvent.Type.LayoutRequest
        rewrapped = (
            watched in (self.body, content)
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        )
        if changed or rewrapped:
            # Once the layout pass is over: a maximum set inside it resized the body at
            # once, and the pass then kept that height below a gap (121 px on a
            # pseudo-translated kiosk help page).
            self._fit_later.start()
        return super().eventFilter(watched, event)

    def _fit_side_margins(self) -> None:
        """The body's scroll bar takes the margin on its side (text at 200 % on an
        800-px kiosk: the body's bar with a full margin beside it left its content a
        few pixels too narrow for its longest word)."""
        bar_box = self.body.verticalScrollBar().parentWidget()
        shown = bar_box is not None and bar_box.isVisibleTo(self.body)
        bar_side = (
            max(0, self.SIDE_MARGIN - scroll_bar_room(self.body)) if shown else self.SIDE_MARGIN
        )
        # The bar is on the right, on the left right to left (Qt mirrors its place).
        left, right = (
            (bar_side, self.SIDE_MARGIN) if self.isRightToLeft() else (self.SIDE_MARGIN, bar_side)
        )
        margins = self.body_column.contentsMargins()
        if (margins.left(), margins.right()) != (left, right):
            self.body_column.setContentsMargins(left, margins.top(), right, margins.bottom())

    def heightForWidth(self, width: int) -> int:
        """A scroll area asks this: the body asks for no height (it takes the room left)
        but needs its least height, under the action bar's (wrapped at 200 %)."""
        return super().heightForWidth(width) + self.body.minimumHeight()

    def _body_least(self) -> int:
        """The body's least height: a field whole (72 px at 100 %), more at larger text
        (at 200 % a field is 107 px: with 72 the keys up left half of it)."""
        lines = round(self.BODY_MIN_LINES * self.body.fontMetrics().lineSpacing())
        return max(self.BODY_MIN_HEIGHT, lines)

    @Slot()
    def _fit_body(self) -> None:
        """The body asks for no more than its content needs at its width, so the action
        bar sits right under the content (V-4) and the room left goes below it; with
        less room the body gets what is left beside the bar, and scrolls. Its content
        is as tall as it needs at its real width (beside a scroll bar it wraps into more
        lines, which a resizable area does not measure again) and no taller: a taller
        one spread its labels apart."""
        least = self._body_least()
        if self.body.minimumHeight() != least:
            self.body.setMinimumHeight(least)
        self.body.setMaximumHeight(max(least, self._body_height(self.body.width())))
        content = self.body.widget()
        if content is not None:
            content.setMinimumHeight(self._body_height(content.width()))

    def _body_height(self, width: int) -> int:
        """The body content's height at ``width``, its pages at their full height."""
        column = self.body_column
        margins = column.contentsMargins()
        inner = max(1, width - margins.left() - margins.right())
        heights = []
        for index in range(column.count()):
            item = column.itemAt(index)
            if item is None or item.isEmpty():
                continue
            if item.widget() is self.stack:
                # Its page's height once measured (PageStack); until then its wish.
                fitted = self.stack.maximumHeight() < QWIDGETSIZE_MAX
                heights.append(self.stack.maximumHeight() if fitted else item.sizeHint().height())
            elif item.hasHeightForWidth():
                heights.append(item.heightForWidth(inner))
            else:
                heights.append(item.sizeHint().height())
        spacing = max(0, column.spacing()) * max(0, len(heights) - 1)
        return min(QWIDGETSIZE_MAX, margins.top() + margins.bottom() + sum(heights) + spacing)

    # -- pages -------------------------------------------------------------------------

    def add_page(self, step_id: str, build: Callable[[], Page]) -> None:
        """The page of ``step_id``, made by ``build`` when first needed: when its step is
        first shown, or asked for by :meth:`page`. Built all at once, the account
        wizard's 16 pages (their scroll areas, style polish, help pictures and QR codes)
        made its first opening twice the ~100 ms a tap may take; most are never shown."""
        self._page_builders[step_id] = build

    def step_ids(self) -> tuple[str, ...]:
        """Every step with a page, built or not, in the order they were added."""
        return tuple(self._page_builders)

    def page(self, step_id: str) -> Page:
        """The page of ``step_id``, built now if it was not yet."""
        built = self.built_pages.get(step_id)
        return built if built is not None else self._build_page(step_id)

    def page_as(self, step_id: str, kind: type[PageT]) -> PageT:
        """:meth:`page`, for a caller that needs the page's own kind."""
        page = self.page(step_id)
        if not isinstance(page, kind):
            raise TypeError(f"the page of {step_id!r} is a {type(page).__name__}")
        return page

    def built_page(self, step_id: str) -> Page | None:
        """The page of ``step_id`` if it was built; None: nothing to update (a page
        reads the controller's data when it is built and shown)."""
        return self.built_pages.get(step_id)

    def _build_page(self, step_id: str) -> Page:
        page = self._page_builders[step_id]()
        scroll = fit_scroll_area()
        scroll.setObjectName(f"scroll_{step_id}")
        scroll.setProperty("role", "flowScroll")
        page.setProperty("role", "flowPage")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (it has no name to announce): Tab goes to the page's
        # controls and the area scrolls to show the focused one.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # C-5: the technical words of the page explained at its end: before its stretch,
        # which may not be last (the declaration's phone code comes after it).
        hints = TermHints()
        column = page.column
        items = [column.itemAt(index) for index in range(column.count())]
        spacers = [
            i for i, item in enumerate(items) if item is not None and item.spacerItem() is not None
        ]
        column.insertWidget(spacers[-1] if spacers else column.count(), hints)
        page.term_hints = hints
        scroll.setWidget(page)
        # The main window hid the nameless parts of the screen when it was added; a page
        # built later hides its own (the terms' text view: a nameless scroll bar, m5).
        hide_nameless_parts(page)
        # Owned by the stack from here on (hidden until its step is shown), so it takes
        # the screen's language direction and style now.
        self.stack.addWidget(scroll)
        self.stack.watch_page(page)
        self._scrolls[step_id] = scroll
        self.built_pages[step_id] = page
        page.sig_continue.connect(self.go_next)
        page.retranslate()  # in the interface's language of the moment
        return page

    def current_page(self) -> Page:
        return self.page(self.controller.current)

    def go_next(self) -> None:
        """Continue: the page's next question first (K-2, a kiosk), else the next step."""
        if self.controller.busy:
            return
        if self.current_page().next_within():
            self._moved_within()
            return
        self.controller.go_next()

    def go_back(self) -> None:
        """Back: the page's previous question first (K-2, a kiosk), else the previous step."""
        if self.controller.busy:
            return
        if self.current_page().back_within():
            self._moved_within()
            return
        self.controller.go_back()

    def _moved_within(self) -> None:
        # A refusal about the question left ("answer it first") is stale on the next
        # one; the fields' summary (E-1) stays: it names fields of other screens too.
        if self.shown_refusal is not None and self.shown_refusal != "invalid_fields":
            self._hide_error()
        else:
            self._refresh_chrome()

    def _show_step(self, step_id: str) -> None:
        page = self.page(step_id)  # built now when its step is first shown
        page.load()
        # Back from a later step (it left the history): its last question (K-2).
        previous, self._shown_step = self._shown_step, step_id
        history = self.controller.wizard.history
        came_back = previous is not None and previous != step_id and previous not in history
        page.start(at_end=came_back)
        if self.controller.last_error is None:
            self.shown_refusal = None
            self.error_frame.hide()
        show_page(self.stack, self._scrolls[step_id], self.initial_focus())
        self._refresh_chrome()
        focus = self.initial_focus()
        if focus is not None and self.isVisible():
            # Not while hidden (a wipe restarts the flow behind another screen): Qt
            # would still move the focus there, and a screen reader say an option of
            # a screen nobody sees. Showing the screen focuses its first control.
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        window = self.window()
        if hasattr(window, "update_title") and self.isVisible():
            window.update_title()

    #: Steps that move on by themselves (no "Continue" button).
    waiting_steps: frozenset[str] = frozenset()
    # Side pages where the path ends (nothing waits there): "Help page" only.
    stop_steps: frozenset[str] = frozenset()

    def can_go_back(self) -> bool:
        """Whether Back is offered on the current step."""
        return True

    def next_text(self, step_id: str) -> str:
        return T.NEXT

    def final_actions(self, step_id: str) -> bool:
        """True on final steps (only 'home' and page actions remain)."""
        return self.controller.wizard.is_last()

    def _refresh_chrome(self) -> None:
        step_id = self.controller.current
        self.heading.setText(t(T.STEP_TITLES.get(step_id, step_id)))
        position, total = self.controller.wizard.progress()
        last = self.final_actions(step_id)
        text = t(T.STEP_OF).replace("%1", str(position)).replace("%2", str(total))
        counts = self.controller.wizard.step.counts
        # F-1: a help page says it is one (the flow's steps wait for the person);
        # a stop page too, without promising steps that do not wait there.
        side_page = T.STOP_PAGE if step_id in self.stop_steps else T.HELP_PAGE
        shown = text if counts else t(side_page)
        following = self.next_step_title()
        if following and counts and not last:
            shown += "  ·  " + t(T.NEXT_STEP).replace("%1", following)
        self.progress_label.setText(shown)
        self.progress_label.setAccessibleName(shown)
        self.progress_bar.set_progress(position, total)
        self.progress_bar.setVisible(counts)  # side pages (help, stops) are off the path
        self.step_overview.show_for(self.controller.wizard)
        self.next_button.setVisible(not last and step_id not in self.waiting_steps)
        self.next_button.setText(t(self.next_text(step_id)))
        self.next_button.setAccessibleName(self.next_button.text())
        self.back_button.setVisible(
            (self.controller.wizard.can_back() or self.current_page().has_previous_part())
            and self.can_go_back()
        )
        self.home_button.setVisible(last)
        self._refresh_terminal_actions(last)
        self._refresh_hints()
        self._set_busy(self.controller.busy)

    def show_step_overview(self, shown: bool) -> None:
        """M-2: offer trainers the whole path (training mode only)."""
        self.step_overview.setVisible(shown)

    def _refresh_terminal_actions(self, last: bool) -> None:
        """K-3: at a kiosk, the last step's one filled button is "Finish and erase my
        information"; Home becomes "Do something else", and the page's own actions
        (a new request…) are offered as secondary ones beside it."""
        ending = self.kiosk and last
        self.finish_button.setVisible(ending)
        self.finish_button.setText(t(T.FINISH_AND_ERASE))
        self.finish_button.setAccessibleName(self.finish_button.text())
        self.home_button.setText(t(T.SOMETHING_ELSE if ending else T.HOME))
        self.home_button.setAccessibleName(self.home_button.text())
        page_buttons = getattr(self.current_page(), "buttons", [])
        for button, _text in page_buttons:
            # A last step shows the wizard's own way out (Home, or the kiosk's Finish and
            # erase): the page's "Finish" would be a second button doing the same.
            button.setVisible(not (last and button.property("endsFlow")))
            role = "primary" if button.property("pagePrimary") and not ending else None
            self._set_role(button, role)
        # V-2: a last step with no next step of its own: the way on is Home, filled.
        page = self.current_page()
        page_primary = any(
            button.property("role") == "primary" and button.isVisibleTo(page)
            for button in page.findChildren(QAbstractButton)
        )
        self._set_role(
            self.home_button, "primary" if last and not ending and not page_primary else None
        )
        window = self.window()
        if hasattr(window, "refresh_end_button"):  # the top bar's End session gives way
            window.refresh_end_button()

    @staticmethod
    def _set_role(button: QWidget, role: str | None) -> None:
        if button.property("role") != role:
            button.setProperty("role", role)
            repolish(button)

    def ends_session_itself(self) -> bool:
        return self.finish_button.isVisibleTo(self)

    def _refresh_hints(self) -> None:
        page = self.current_page()
        hints = getattr(page, "term_hints", None)
        if hints is not None:
            shown = [w for w in page.findChildren(QWidget) if w.isVisibleTo(page)]
            hints.show_for(shown_text(shown) + "\n" + t(T.STEP_TITLES.get(page.step_id, "")))

    def next_step_title(self) -> str:
        """The name of the next counted step as the answers stand ("" if unknown)."""
        wizard = self.controller.wizard
        path = wizard.planned_path()
        ahead = path[path.index(wizard.current) + 1 :] if wizard.current in path else []
        following = next((s for s in ahead if wizard.navmap.steps[s].counts), None)
        return t(T.STEP_TITLES[following]) if following in T.STEP_TITLES else ""

    def _set_busy(self, busy: bool) -> None:
        # Disabling the page drops the keyboard focus: give it back when the wait ends.
        focus = QApplication.focusWidget()
        if busy and focus is not None and self.isAncestorOf(focus):
            self._focus_before_busy = focus
            drop_focus_inside(self)
        self.busy_frame.setVisible(busy)
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.retry_button.setEnabled(not busy)
        self.stack.setEnabled(not busy)
        previous = self._focus_before_busy
        if not busy and previous is not None:
            self._focus_before_busy = None
            if QApplication.focusWidget() is None:
                # Back where it was; or, when the wait moved to another step (the
                # control is gone), to that step's initial focus.
                usable = previous.isVisible() and previous.isEnabled()
                target = previous if usable else self.initial_focus()
                if target is not None:
                    target.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_page_if_lost(self) -> None:
        """The page's own focus (its first choice) when the focus is nowhere or on
        Continue, as on a step just shown: for content that arrives after its step was
        shown. During a wait the page is disabled and Qt silently refuses the focus to a
        disabled widget, so the focus the wait's end gives back becomes the page's."""
        if not self.isVisible():
            return
        target = self.current_page().focus_widget()
        if not self.stack.isEnabled():
            if self._focus_before_busy in (None, self.next_button):
                self._focus_before_busy = target
            return
        focused = QApplication.focusWidget()
        if target is not None and focused in (None, self.next_button):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_error(self, kind: str, detail: str, speak: bool = True) -> None:
        explained = T.ERRORS.get(kind) or STATE_ERRORS.get(kind) or T.ERRORS["unexpected"]
        text = t(explained)
        if detail and kind in ("conflict", "unexpected"):
            text += "\n" + t(T.PORTAL_SAYS).replace("%1", detail)
        elif detail and kind in DETAIL_KINDS:  # the portal's French words, isolated
            text += "\n" + t(T.PORTAL_SAYS).replace("%1", isolate(detail))
        # The service, not the person (down, busy, maintenance): a calm warning.
        calm = kind in T.CALM_ERRORS or kind in CALM_KINDS
        self.error_frame.setProperty("errorSummary", kind == "validation")
        title = t(T.ALERT_UNAVAILABLE if calm else T.ALERT_CHECK)
        self.shown_refusal = None
        self.error_frame.show_message("warning" if calm else "error", title, text)
        self.error_label.setAccessibleName(text)
        retry = kind not in ("validation", "auth") and kind not in ACCOUNT_STATE_KINDS
        self.retry_button.setVisible(retry)
        # One action to try again: the step's own button would do the same. Taking its
        # place, it is the screen's one filled button (V-2).
        replaces_next = retry and self.next_button.isVisibleTo(self)
        self._set_role(self.retry_button, "primary" if replaces_next else None)
        self.next_button.setVisible(self.next_button.isVisibleTo(self) and not retry)
        if speak:  # the focus may stay where it was: say it (M2)
            announce(self.error_label, text, urgent=True)

    def _show_refusal(self, reason: str) -> None:
        text = t(T.REFUSALS.get(reason, T.REFUSALS["no_choice"]))
        self.shown_refusal = reason
        # An error summary about fields: the design check finds it when it outlives them.
        self.error_frame.setProperty("errorSummary", reason == "invalid_fields")
        self.error_frame.show_message("error", t(T.ALERT_CHECK), text)
        self.error_label.setAccessibleName(text)
        self.retry_button.hide()
        announce(self.error_label, text, urgent=True)

    def _hide_error(self) -> None:
        self.shown_refusal = None
        self.error_frame.hide()
        self._refresh_chrome()

    # -- Screen --------------------------------------------------------------------------

    def window_title(self) -> str:
        step = t(T.STEP_TITLES.get(self.controller.current, ""))
        return f"{step} — {t(self.flow_title)}" if step else t(self.flow_title)

    def retranslate_ui(self) -> None:
        self.back_button.setText(t(T.BACK))
        self.back_button.setAccessibleName(t(T.BACK))
        self.retry_button.setText(t(T.RETRY))
        self.retry_button.setAccessibleName(t(T.RETRY))
        self.busy_label.setText(t(T.BUSY))
        self.step_overview.retranslate()
        for page in self.built_pages.values():  # the others are built in the new language
            page.retranslate()
        if self.built_pages:
            self._refresh_chrome()
        if self.controller.last_error is not None:
            self._show_error(*self.controller.last_error, speak=False)

    def initial_focus(self) -> QWidget | None:
        if not self.built_pages:  # not shown yet (the screen is being made)
            return None
        found = self.current_page().focus_widget()
        if found is not None:
            return found
        if not self.controller.wizard.is_last():
            return self.next_button
        return self.finish_button if self.kiosk else self.home_button

    def clear_citizen_data(self) -> None:
        for page in self.built_pages.values():  # a page never built holds nothing
            page.clear()
        self.controller.restart()
