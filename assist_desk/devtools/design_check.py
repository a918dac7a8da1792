"""Design checks the accessibility checker did not make (issue 14, §4).

The tour's checker found 0 problems on screens with buttons cut at the bottom edge, an
error banner about fields that had been fixed, and English shown for French. These
checks look for what a screen review found by eye:

- ``clipped-control``: a control partly hidden by an edge that does not scroll (a
  person sees half a button and nothing says there is more), and a control of an
  action bar (dynamic property ``actionBar=True``) hidden at all, even in an area
  that scrolls;
- ``cut-sideways``: a widget partly outside its window or an ancestor, left or right,
  where nothing scrolls sideways (issue 14: right to left, the FAQ and checklist panes
  lost their right border);
- ``stale-error-summary``: an error summary about fields (a widget with the dynamic
  property ``errorSummary=True``) while no field shows an error;
- ``untranslated``: with ``ASSIST_DESK_PSEUDO_L10N`` on, a text shown without the
  pseudo-translation brackets did not go through a translator (a widget whose text is
  data, not interface, carries ``userText=True``: ``views.reading.mark_content``);
- ``long-lines``: a wrapped paragraph whose lines hold more than ``MAX_LINE_CHARS``
  characters;
- ``small-text``: text under the mode's minimum size;
- ``small-choice``: in kiosk mode, a choice (radio, check box, a choice tile: a
  widget with ``role="tile"`` or ``role="choice"``) less than ``KIOSK_CHOICE_PX`` high;
- ``needless-scroll``: a wizard page (a scroll area with ``role="flowScroll"``) that
  scrolls, its end hidden behind a scroll bar, while the window has room enough under
  its action bar to show it whole;
- ``far-actions``: an action bar (controls with ``actionBar=True``) more than
  ``MAX_ACTION_GAP_PX`` below the last content shown above it (V-4: "Continue" pinned
  to the bottom corner, two thirds of the screen empty between);
- ``ink-at-scroll-bar``: ink (text, a frame) of a scrolled page or text box (not a
  list or tree) in the two pixel columns beside its shown vertical scroll bar:
  touching the bar, or cut under it (AR-2: right to left, the ends of wrapped lines
  reached the bar on the left); only the rows where the area is on top (under the idle
  warning, the page's strip shows the warning's panel: not the page's ink);
- ``cut-combo-text``: a drop-down whose current text is wider than its text room, so
  Qt cuts it with "…" (the French kiosk's cost calculator showed "Choisissez votre ré…");
- ``keys-for-another-field``: the on-screen keyboard is up while the focus is in no
  field shown, or its keys are for another kind of field than the focused one (the
  tour showed a kiosk's e-mail question with the SIRET's digit pad: the focus had gone
  to a field of another screen);
- ``primary-count``: a flow screen (a shown scroll area with ``role="flowScroll"``)
  with no filled button (``role="primary"``) or more than one (V-2: the next step was
  an outlined button, and nothing said what to do next).
- ``window-larger-than-asked``: the window (or its frame) is wider or taller than the
  size asked for (the tour's ``--size``; in the application, the screen's available
  geometry): its bottom or side is off the screen (the keys up at 200 % grew an 800 px
  kiosk window to 836 px);
- ``chrome-takes-the-screen``: at a kiosk, what is above the screens (the training
  banner, the top bar: the shell's children above ``screenStack``) takes more than
  ``KIOSK_CHROME_SHARE`` of the window's height;
- ``flow-page-too-short``: at a kiosk, a flow screen's step (the wizard's body, role
  ``flowBody``: its title is the question, K-2; else the page's own scroll area with
  ``role="flowScroll"``), partly out of view, shows less than
  ``KIOSK_FLOW_PAGE_SHARE`` of the window's height (of the room above the on-screen
  keys when they are up): the question's answers reached only by scrolling.

Each returns :class:`assist_desk.devtools.a11y_check.Finding` values, like the other checks.
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from assist_desk.devtools.a11y_check import Finding, widget_path
from assist_desk.theme import KIOSK_CHOICE_PX  # one figure for the style and the check
from assist_desk.views.keyboard.fields import kind_for_widget
from assist_desk.views.keyboard.widget import OnScreenKeyboard
from assist_desk.views.widgets.whole_combo import combo_text_room
from assist_desk.views.widgets.whole_placeholder import placeholder_room

MAX_LINE_CHARS = 75
#: Smallest text by mode, in pixels (kiosk: read standing, at arm's length).
MIN_TEXT_PX = {"kiosk": 24, "other": 13}
#: The most empty room between a screen's content and its action bar (V-4).
MAX_ACTION_GAP_PX = 120
#: Ink this near a vertical scroll bar touches it (AR-2), in pixels.
BAR_CLEARANCE_PX = 2
#: How far a pixel's colour (largest channel difference, of 255) is from the page's
#: to count as ink: anti-aliased fringes of text lie under it.
INK_CONTRAST = 48
#: Room under a screen's actions that is its margin, not room for content (about 20 px).
SCREEN_MARGIN_PX = 24
#: The most of a kiosk window's height the banner and top bar may take. At 1024 × 768
#: that leaves 537 px of 768 to the screen: its title and step line (about 150 px at
#: the kiosk's 40/26 px type), a question, two 80 px answer tiles with their gaps (about
#: 220 px) and the action bar (about 110 px) are seen without scrolling. At 200 % text
#: the top bar alone takes 127 px in one row (17 %) and a training kiosk's one-line
#: banner 71–89 px more (26–28 % together); the three-row bar took 63 %.
KIOSK_CHROME_SHARE = 0.30
#: The least part of a kiosk window's height a flow screen's page shows: under it (240
#: px at 800 px high) the page shows a title at 200 % text and not one answer.
KIOSK_FLOW_PAGE_SHARE = 0.30

_CONTROLS = (QAbstractButton, QLineEdit, QComboBox)
#: What a person reads or uses on a page (a text browser or a list too; not the
#: scroll area of a whole page).
_CONTENT = (QLabel, QTextEdit, QPlainTextEdit, QAbstractItemView, *_CONTROLS)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def visible_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` not hidden by an ancestor's edge (window coordinates)."""
    window = widget.window()
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not window:
        shown = shown.intersected(QRect(ancestor.mapTo(window, QPoint(0, 0)), ancestor.size()))
        ancestor = ancestor.parentWidget()
    return shown.intersected(window.rect())


def _in_scrolling_area(widget: QWidget) -> bool:
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QAbstractScrollArea):
            bars = (ancestor.verticalScrollBar(), ancestor.horizontalScrollBar())
            if any(bar.isVisible() and bar.maximum() > 0 for bar in bars):
                return True
        ancestor = ancestor.parentWidget()
    return False


def check_clipped_controls(root: QWidget) -> list[Finding]:
    """Controls cut by an edge: partly shown (wholly scrolled away is fine)."""
    findings: list[Finding] = []
    for control in root.findChildren(QWidget):
        if not isinstance(control, _CONTROLS) or not _shown(control):
            continue
        if isinstance(control.parentWidget(), QAbstractScrollArea):
            continue  # a scroll area's own bars
        shown = visible_rect(control)
        if shown.size() == control.size():
            continue
        if not control.property("actionBar") and _in_scrolling_area(control):
            continue  # content of an area that scrolls: its scroll bar says there is more
        hidden_w = control.width() - max(0, shown.width())
        hidden_h = control.height() - max(0, shown.height())
        if hidden_w > 2 or hidden_h > 2:
            findings.append(
                Finding(
                    "clipped-control",
                    widget_path(control),
                    f"{hidden_w}×{hidden_h} px of {control.width()}×{control.height()} hidden",
                )
            )
    return findings


def _outer_area(widget: QWidget) -> QAbstractScrollArea | None:
    ancestor = widget.parentWidget()
    while ancestor is not None and not isinstance(ancestor, QAbstractScrollArea):
        ancestor = ancestor.parentWidget()
    return ancestor


def check_needless_scroll(root: QWidget) -> list[Finding]:
    """Wizard pages that scroll although the room they need is empty under the actions."""
    findings: list[Finding] = []
    for area in root.findChildren(QAbstractScrollArea):
        if area.property("role") != "flowScroll" or not _shown(area):
            continue
        bar = area.verticalScrollBar()
        if not bar.isVisible() or bar.maximum() <= 0 or _in_scrolling_area(area):
            continue  # (a whole screen that scrolls, at 200 % text: judged elsewhere)
        # The room of the screen: the window's screen area (not an on-screen keyboard's).
        outer = _outer_area(area)
        screen = outer.viewport() if outer is not None else area.window()
        bottoms = [visible_rect(area).bottom()] + [
            visible_rect(w).bottom()
            for w in screen.findChildren(QWidget)
            if w.property("actionBar") and _shown(w)
        ]
        room = visible_rect(screen).bottom() - max(bottoms)
        if room > bar.maximum() + SCREEN_MARGIN_PX:
            findings.append(
                Finding(
                    "needless-scroll",
                    widget_path(area),
                    f"{bar.maximum()} px hidden, {room} px empty under the actions",
                )
            )
    return findings


def _scrolls_sideways(widget: QWidget) -> bool:
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QAbstractScrollArea):
            bar = ancestor.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                return True
        ancestor = ancestor.parentWidget()
    return False


def check_cut_sideways(root: QWidget) -> list[Finding]:
    """Widgets whose left or right part is outside the window or an ancestor: nothing
    scrolls sideways, so that part is never seen (not even one pixel of a frame)."""
    findings: list[Finding] = []
    for widget in root.findChildren(QWidget):
        if widget.isWindow() or not _shown(widget):
            continue
        shown = visible_rect(widget)
        if shown.height() <= 0 or shown.width() >= widget.width():
            continue  # scrolled away upwards or downwards, or whole
        if _scrolls_sideways(widget):
            continue
        hidden = widget.width() - max(0, shown.width())
        findings.append(
            Finding(
                "cut-sideways", widget_path(widget), f"{hidden} px of {widget.width()} px hidden"
            )
        )
    return findings


def check_stale_error_summary(root: QWidget) -> list[Finding]:
    summaries = [w for w in root.findChildren(QWidget) if w.property("errorSummary") and _shown(w)]
    if not summaries:
        return []
    field_errors = [
        label
        for label in root.findChildren(QLabel)
        if label.property("role") == "error" and _shown(label) and label.text()
    ]
    if field_errors:
        return []
    return [
        Finding("stale-error-summary", widget_path(w), "no field shows an error any more")
        for w in summaries
    ]


_LETTERS = re.compile(r"[^\W\d_]{2,}")


def check_untranslated(root: QWidget) -> list[Finding]:
    """Only meaningful under pseudo-translation: every translated text is bracketed."""
    findings: list[Finding] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not _shown(widget):
            continue
        if widget.property("userText"):
            continue
        text = widget.text().strip()
        if _LETTERS.search(text) and "[" not in text:
            findings.append(Finding("untranslated", widget_path(widget), repr(text[:50])))
    return findings


def chars_per_line(label: QLabel) -> int:
    metrics = QFontMetrics(label.font())
    return label.contentsRect().width() // max(1, metrics.averageCharWidth())


def check_long_lines(root: QWidget, limit: int = MAX_LINE_CHARS) -> list[Finding]:
    findings: list[Finding] = []
    for label in root.findChildren(QLabel):
        if not _shown(label) or not label.wordWrap() or len(label.text()) <= limit:
            continue
        per_line = chars_per_line(label)
        if per_line > limit:
            findings.append(
                Finding("long-lines", widget_path(label), f"about {per_line} characters a line")
            )
    return findings


def check_small_text(root: QWidget, kiosk: bool) -> list[Finding]:
    minimum = MIN_TEXT_PX["kiosk" if kiosk else "other"]
    findings: list[Finding] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not _shown(widget):
            continue
        if not widget.text().strip():
            continue
        size = QFontMetrics(widget.font()).height()  # what the eye sees, any unit
        pixel = widget.font().pixelSize()
        shown = pixel if pixel > 0 else round(size * 0.8)
        if shown < minimum:
            findings.append(
                Finding("small-text", widget_path(widget), f"{shown} px < {minimum} px")
            )
    return findings


#: Dynamic ``role`` properties of the widgets a citizen chooses with (choice tiles).
_CHOICE_ROLES = ("choice", "tile")


def check_kiosk_choices(root: QWidget, limit: int = KIOSK_CHOICE_PX) -> list[Finding]:
    findings: list[Finding] = []
    for widget in root.findChildren(QWidget):
        choice = isinstance(widget, (QRadioButton, QCheckBox)) or (
            widget.property("role") in _CHOICE_ROLES
        )
        if choice and _shown(widget) and widget.height() < limit:
            findings.append(
                Finding("small-choice", widget_path(widget), f"{widget.height()} px < {limit} px")
            )
    return findings


def _content_bottom(scope: QWidget, bar_top: int) -> int | None:
    """The lowest shown edge of text or controls of ``scope`` above ``bar_top`` (window
    coordinates), the parts hidden by a scrolling edge left out."""
    bottom: int | None = None
    for widget in scope.findChildren(QWidget):
        if not isinstance(widget, _CONTENT) or not _shown(widget):
            continue
        if widget.property("actionBar") or (
            isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull()
        ):
            continue  # an empty label is room; a picture (a QR code) is content
        shown = visible_rect(widget)
        below = shown.y() + shown.height()  # the first row under it
        if shown.isEmpty() or below > bar_top:
            continue
        bottom = below if bottom is None else max(bottom, below)
    return bottom


def check_action_bar_gap(root: QWidget, limit: int = MAX_ACTION_GAP_PX) -> list[Finding]:
    """Action bars far below their screen's content (the bar's parent is the screen)."""
    findings: list[Finding] = []
    seen: set[int] = set()
    for control in root.findChildren(QWidget):
        if not control.property("actionBar") or not _shown(control):
            continue
        scope = control.parentWidget()
        if scope is None or id(scope) in seen:
            continue
        seen.add(id(scope))
        bars = [
            w
            for w in scope.findChildren(QWidget)
            if w.property("actionBar") and _shown(w) and w.parentWidget() is scope
        ]
        bar_top = min(visible_rect(w).top() for w in bars)
        bottom = _content_bottom(scope, bar_top)
        if bottom is not None and bar_top - bottom > limit:
            findings.append(
                Finding(
                    "far-actions",
                    widget_path(control),
                    f"{bar_top - bottom} px of empty room above the actions (> {limit} px)",
                )
            )
    return findings


def _inside_print_panel(widget: QWidget) -> bool:
    """The kiosk's print panel is a small step of its own, opened on demand: its
    "Print" is that step's one filled button, the screen's stays beside it."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if ancestor.objectName() == "kioskPrintPanel":
            return True
        ancestor = ancestor.parentWidget()
    return False


def check_primary_count(root: QWidget) -> list[Finding]:
    """V-2: every flow screen shows exactly one filled primary button."""
    flows = [
        area
        for area in root.findChildren(QAbstractScrollArea)
        if area.property("role") == "flowScroll" and _shown(area)
    ]
    if not flows:
        return []
    primaries = [
        button
        for button in root.findChildren(QAbstractButton)
        if button.property("role") == "primary"
        and _shown(button)
        and not _inside_print_panel(button)
    ]
    if len(primaries) == 1:
        return []
    names = ", ".join(repr(button.text()[:30]) for button in primaries) or "none"
    return [
        Finding(
            "primary-count",
            widget_path(flows[0]),
            f"{len(primaries)} filled primary buttons, one expected ({names})",
        )
    ]


def check_cut_placeholders(root: QWidget) -> list[Finding]:
    """An empty field whose example text (placeholder) Qt cuts with "…": the FAQ's
    search at an Arabic kiosk showed half its example (issue 14)."""
    findings: list[Finding] = []
    for edit in [root, *root.findChildren(QLineEdit)]:
        if not isinstance(edit, QLineEdit):
            continue
        placeholder = edit.placeholderText()
        if not placeholder or edit.text() or not _shown(edit):
            continue
        needed = QFontMetrics(edit.font()).horizontalAdvance(placeholder)
        room = placeholder_room(edit)
        if needed > room:
            findings.append(
                Finding(
                    "cut-placeholder",
                    widget_path(edit),
                    f"placeholder needs {needed} px, has {room} px",
                )
            )
    return findings


def check_cut_combo_texts(root: QWidget) -> list[Finding]:
    """A shown drop-down whose current text does not fit its text room: Qt elides it."""
    findings: list[Finding] = []
    for combo in [root, *root.findChildren(QComboBox)]:
        if not isinstance(combo, QComboBox) or combo.isEditable() or not _shown(combo):
            continue
        text = combo.currentText()
        if not text:
            continue
        metrics = QFontMetrics(combo.font())
        # The ink's width: the advance less the blank after the last letter (its right
        # bearing, about 2 px of an "s" at 200 %), which the edge may cut unseen; and
        # one pixel over is the anti-aliased fringe of that letter, not its shape (two
        # are seen: the "s" of "Français" sliced at 200 % text).
        needed = metrics.horizontalAdvance(text) - max(0, metrics.rightBearing(text[-1])) - 1
        if not combo.itemIcon(combo.currentIndex()).isNull():
            needed += combo.iconSize().width() + 4  # Qt's gap after an icon
        room = combo_text_room(combo)
        if needed > room:
            findings.append(
                Finding(
                    "cut-combo-text",
                    widget_path(combo),
                    f"current text {text!r} needs {needed} px, has {room} px",
                )
            )
    return findings


def _ink_pixels(image: QImage) -> int:
    """Pixels of ``image`` far from its most common colour (the page's background)."""
    colours = Counter(
        image.pixel(x, y) for y in range(image.height()) for x in range(image.width())
    )
    if not colours:
        return 0
    page = QColor(colours.most_common(1)[0][0])
    ink = 0
    for rgb, count in colours.items():
        colour = QColor(rgb)
        contrast = max(
            abs(colour.red() - page.red()),
            abs(colour.green() - page.green()),
            abs(colour.blue() - page.blue()),
        )
        if contrast > INK_CONTRAST:
            ink += count
    return ink


def _own_rows(area: QWidget, image: QImage, strip: QRect) -> QImage:
    """The rows of ``image`` (the window's pixels in ``strip``) where ``area`` is on top.

    Another widget over the area (the idle warning's overlay and its panel over the
    page) draws the other rows: their pixels are not the area's page and say nothing of
    its bar. The overlay is checked on its own."""
    window = area.window()
    own = [
        row
        for row in range(image.height())
        if (top := window.childAt(QPoint(strip.left(), strip.top() + row))) is not None
        and (top is area or area.isAncestorOf(top))
    ]
    kept = QImage(image.width(), len(own), image.format())
    for index, row in enumerate(own):
        for x in range(image.width()):
            kept.setPixel(x, index, image.pixel(x, row))
    return kept


def check_ink_at_scroll_bar(root: QWidget, clearance: int = BAR_CLEARANCE_PX) -> list[Finding]:
    """AR-2: nothing of a scrolled page touches its vertical scroll bar or slips under
    it. Looks at the pixels of the ``clearance`` columns beside a shown bar, on the
    page's side (the left bar of a right-to-left page, the right one otherwise)."""
    findings: list[Finding] = []
    window = root.window()
    for area in [root, *root.findChildren(QAbstractScrollArea)]:
        if not isinstance(area, QAbstractScrollArea) or isinstance(area, QAbstractItemView):
            continue  # a list or tree draws its rows in boxes of its own, not a page
        bar = area.verticalScrollBar()
        container = bar.parentWidget()
        if not _shown(area) or container is None or not _shown(container):
            continue
        if bar.maximum() <= 0:
            continue
        viewport = visible_rect(area.viewport())
        bar_rect = visible_rect(container)
        if viewport.isEmpty() or bar_rect.isEmpty():
            continue
        bar_on_left = bar_rect.center().x() < viewport.center().x()
        left = bar_rect.right() + 1 if bar_on_left else bar_rect.left() - clearance
        strip = QRect(left, viewport.top(), clearance, viewport.height())
        ink = _ink_pixels(_own_rows(area, window.grab(strip).toImage(), strip))
        if ink:
            side = "left" if bar_on_left else "right"
            findings.append(
                Finding(
                    "ink-at-scroll-bar",
                    widget_path(area),
                    f"{ink} px of ink within {clearance} px of the scroll bar ({side})",
                )
            )
    return findings


def check_keys_match_focus(root: QWidget) -> list[Finding]:
    keyboard = root.findChild(OnScreenKeyboard)
    if keyboard is None or not keyboard.isVisible():
        return []
    focus = QApplication.focusWidget()
    if focus is None or not focus.isVisible():
        where = widget_path(focus) if focus is not None else "nothing"
        return [Finding("keys-for-another-field", where, "the keys are up, no field shown")]
    kind = kind_for_widget(focus)  # None: not a field of the app (a web page's, or a key)
    if kind is None or kind == keyboard.kind:
        return []
    detail = f"{keyboard.kind.name} keys for a {kind.name} field"
    return [Finding("keys-for-another-field", widget_path(focus), detail)]


def check_window_size(window: QWidget, asked: QSize | None = None) -> list[Finding]:
    """The window and its frame keep to the size asked for (default: the available
    geometry of its screen). A window grows past it when its content's minimum size is
    larger; at a kiosk in full screen its bottom or side is then off the glass."""
    if asked is None:
        screen = window.screen()
        if screen is None:
            return []
        asked = screen.availableGeometry().size()
    findings: list[Finding] = []
    for what, size in (("window", window.size()), ("frame", window.frameGeometry().size())):
        wider = size.width() - asked.width()
        taller = size.height() - asked.height()
        if wider > 0 or taller > 0:
            detail = (
                f"{what} {size.width()}×{size.height()} px, "
                f"asked {asked.width()}×{asked.height()} px"
            )
            findings.append(Finding("window-larger-than-asked", widget_path(window), detail))
            break  # the frame holds the window: one finding says it
    return findings


def _visible_height(widget: QWidget) -> int:
    return max(0, visible_rect(widget).height()) if _shown(widget) else 0


def check_kiosk_chrome(root: QWidget, share: float = KIOSK_CHROME_SHARE) -> list[Finding]:
    """What sits above the screens (the training banner, the top bar) takes no more than
    ``share`` of the window's height, as far as it is in view."""
    window = root.window()
    stack = window.findChild(QWidget, "screenStack")
    shell = stack.parentWidget() if stack is not None else None
    if stack is None or shell is None or window.height() <= 0:
        return []
    stack_top = stack.mapTo(window, QPoint(0, 0)).y()
    above = [
        child
        for child in shell.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child is not stack and child.mapTo(window, QPoint(0, 0)).y() < stack_top
    ]
    taken = sum(_visible_height(child) for child in above)
    if taken <= share * window.height():
        return []
    names = ", ".join(
        child.objectName() or type(child).__name__ for child in above if _shown(child)
    )
    detail = (
        f"{taken} px of {window.height()} px ({round(100 * taken / window.height())} %"
        f" > {round(100 * share)} %): {names}"
    )
    return [Finding("chrome-takes-the-screen", widget_path(shell), detail)]


def _flow_body_of(area: QScrollArea) -> QScrollArea:
    """The wizard's body around a step's page (its title, progress and alert scroll with
    it: at a kiosk the title is the question, K-2), else the page's own area."""
    parent = area.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.property("role") == "flowBody":
            return parent
        parent = parent.parentWidget()
    return area


def check_kiosk_flow_page(root: QWidget, share: float = KIOSK_FLOW_PAGE_SHARE) -> list[Finding]:
    """A kiosk flow screen whose step (its title, the question, and its page) is partly
    out of view shows at least ``share`` of the window's height. A short step shown
    whole (one field and its label) is not squeezed: it passes."""
    findings: list[Finding] = []
    window = root.window()
    # With the on-screen keys up the page shares the room above them, by design: the
    # focused field and its label are revealed there (the keys are the citizen's tool,
    # not chrome). The page is judged against that room.
    keyboard = window.findChild(OnScreenKeyboard)
    keys = _visible_height(keyboard) if keyboard is not None else 0
    room = window.height() - keys
    judged: list[QScrollArea] = []
    for area in root.findChildren(QScrollArea):
        if area.property("role") != "flowScroll" or not _shown(area) or area.widget() is None:
            continue
        step = _flow_body_of(area)
        if any(step is seen for seen in judged):
            continue
        judged.append(step)
        hidden = max(_out_of_view(step), _out_of_view(area))
        page = _visible_height(step.viewport())
        # (2 px out of view, as for a clipped control, is a rounding, not a page cut)
        if hidden > 2 and page < share * room:
            above_keys = f" ({keys} px of keys up)" if keys else ""
            detail = (
                f"page {page} px of {room} px{above_keys} "
                f"({round(100 * page / max(1, room))} % < {round(100 * share)} %),"
                f" {hidden} px of it out of view"
            )
            findings.append(Finding("flow-page-too-short", widget_path(step), detail))
    return findings


def _out_of_view(area: QScrollArea) -> int:
    content = area.widget()
    return 0 if content is None else content.height() - _visible_height(content)


def check_design(
    root: QWidget, *, kiosk: bool = False, pseudo: bool = False, asked: QSize | None = None
) -> list[Finding]:
    """The checks that hold on every screen today (the tour's gate), at every text size.
    ``asked``: the window's size asked for (default: its screen's available geometry)."""
    findings = check_clipped_controls(root) + check_stale_error_summary(root)
    findings += check_cut_sideways(root) + check_needless_scroll(root)
    findings += check_action_bar_gap(root) + check_long_lines(root)
    findings += check_primary_count(root) + check_ink_at_scroll_bar(root)
    findings += check_cut_combo_texts(root) + check_keys_match_focus(root)
    if root.isWindow():
        findings += check_window_size(root, asked)
    if kiosk:  # K-2: every choice at a kiosk is a target of 80 px, its text 24 px or more
        findings += check_kiosk_choices(root) + check_small_text(root, kiosk=True)
        findings += check_kiosk_chrome(root) + check_kiosk_flow_page(root)
    if pseudo:
        findings += check_untranslated(root)
    return findings
