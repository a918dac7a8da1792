"""An accessibility and layout checker for any widget tree, used by tests and the tour.

It walks the tree a screen reader sees (``QAccessible.queryAccessibleInterface``,
which works offscreen even though ``QAccessible.isActive()`` is False there) and
the widget tree, and reports what an RGAA auditor would flag:

- ``no-name``: a focusable control without an accessible name (RGAA 11.1/7.1);
- ``small-target``: an interactive control smaller than the target size,
  44×44 px in kiosk mode, 24×24 px elsewhere (WCAG 2.5.8);
- ``image-no-text``: an image without a text alternative (RGAA 1.1), unless the
  widget carries the dynamic property ``decorative=True``;
- ``clipped-text``: a label or button whose text does not fit its widget
  (text scaled to 200 %, pseudo-translation; WCAG 1.4.4), or a screen wider
  than the scroll area showing it when it does not scroll sideways (WCAG 1.4.10);
- ``overlap``: controls drawn over one another (a widget left behind);
- ``no-visible-focus``: a control that looks the same with and without the
  keyboard focus (WCAG 2.4.7; only with ``check_focus=True``, it grabs pixels).

Only widgets visible on screen are checked. Findings are plain data so that the
tour can write them next to its pictures: ``describe(findings)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QFontMetrics, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

KIOSK_TARGET_PX = 44
DEFAULT_TARGET_PX = 24

_Role = QAccessible.Role
#: Roles a person activates or types into.
INTERACTIVE_ROLES = frozenset(
    {
        _Role.PushButton,
        _Role.CheckBox,
        _Role.RadioButton,
        _Role.ComboBox,
        _Role.EditableText,
        _Role.SpinBox,
        _Role.Slider,
        _Role.Link,
        _Role.PageTab,
        _Role.ButtonMenu,
        _Role.ButtonDropDown,
    }
)
IMAGE_ROLES = frozenset({_Role.Graphic, _Role.Animation, _Role.Chart})
#: Widget classes that are interactive even when their accessible role is generic.
INTERACTIVE_WIDGETS: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QSlider,
    QTabBar,
)


@dataclass(frozen=True)
class Finding:
    """One problem: ``kind`` (see the module docstring), where, and what exactly."""

    kind: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.where}: {self.detail}"


def widget_path(widget: QObject | None) -> str:
    """A readable path such as ``mainWindow/home/tile_faq (HomeTile)``."""
    if widget is None:
        return "?"
    names: list[str] = []
    node: QObject | None = widget
    while node is not None and len(names) < 6:
        name = node.objectName()
        if name:
            names.append(name)
        node = node.parent()
    path = "/".join(reversed(names)) or "(unnamed)"
    return f"{path} ({type(widget).__name__})"


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def iter_interfaces(root: QWidget) -> Iterator[QAccessibleInterface]:
    """Every accessible node under ``root`` (depth first), ``root`` included."""
    top = QAccessible.queryAccessibleInterface(root)
    if top is None:
        return
    stack = [top]
    seen: set[tuple[int, int]] = set()
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        obj = iface.object()
        key = (id(obj) if obj is not None else 0, int(QAccessible.uniqueId(iface)))
        if key in seen:
            continue
        seen.add(key)
        yield iface
        for index in range(iface.childCount() - 1, -1, -1):
            child = iface.child(index)
            if child is not None:
                stack.append(child)


def _iface_widget(iface: QAccessibleInterface) -> QWidget | None:
    obj = iface.object()
    return obj if isinstance(obj, QWidget) else None


def _is_interactive(iface: QAccessibleInterface, widget: QWidget | None) -> bool:
    if widget is not None and isinstance(widget, INTERACTIVE_WIDGETS):
        return True
    return iface.role() in INTERACTIVE_ROLES


def check_names_and_targets(root: QWidget, min_target: int) -> list[Finding]:
    """Names of focusable nodes, text alternatives of images, target sizes."""
    findings: list[Finding] = []
    for iface in iter_interfaces(root):
        state = iface.state()
        widget = _iface_widget(iface)
        if state.invisible or (widget is not None and not _visible(widget)):
            continue
        if widget is not None and not widget.isEnabled():
            continue
        where = widget_path(widget) if widget is not None else _item_path(iface)
        name = iface.text(QAccessible.Text.Name).strip()
        role = iface.role()
        if state.focusable and not name:
            findings.append(Finding("no-name", where, f"focusable {role.name} without a name"))
        if role in IMAGE_ROLES and not name:
            decorative = widget is not None and bool(widget.property("decorative"))
            if not decorative:
                findings.append(Finding("image-no-text", where, "image without a text alternative"))
        if _is_interactive(iface, widget):
            rect = widget.rect() if widget is not None else iface.rect()
            if widget is None and role not in (_Role.PageTab, _Role.Link):
                continue  # items of a list are measured by check_item_views
            if rect.width() < min_target or rect.height() < min_target:
                findings.append(
                    Finding(
                        "small-target",
                        where,
                        f"{rect.width()}×{rect.height()} px < {min_target}×{min_target} px",
                    )
                )
    findings.extend(check_item_views(root, min_target))
    return findings


def _item_path(iface: QAccessibleInterface) -> str:
    parent = iface.parent()
    owner = _iface_widget(parent) if parent is not None else None
    return f"{widget_path(owner)} > {iface.role().name} {iface.text(QAccessible.Text.Name)!r}"


def check_item_views(root: QWidget, min_target: int) -> list[Finding]:
    """Rows of list and tree views are targets too: their height is checked."""
    findings: list[Finding] = []
    for view in root.findChildren(QAbstractItemView):
        if not _visible(view) or view.model() is None or view.model().rowCount() == 0:
            continue
        index = view.model().index(0, 0, view.rootIndex())
        height = view.visualRect(index).height()
        if 0 < height < min_target:
            findings.append(
                Finding("small-target", widget_path(view), f"rows {height} px < {min_target} px")
            )
    return findings


def _button_text_width(button: QAbstractButton) -> int:
    """Width the button needs to show its text and icon on one line."""
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        # Measured as laid out, without the (thicker) focus ring of the focused state.
        option.state &= ~QStyle.StateFlag.State_HasFocus
        metrics = QFontMetrics(button.font())
        text = _strip_mnemonic(button.text())
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        if not button.icon().isNull():
            width += button.iconSize().width() + 4
        size = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(width, metrics.height()), button
        )
        return size.width()
    return button.sizeHint().width()


def check_clipped_text(root: QWidget) -> list[Finding]:
    """Labels and buttons whose text does not fit (word-wrap taken into account)."""
    findings: list[Finding] = []
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _visible(widget):
            continue
        if isinstance(widget, QLabel):
            finding = _clipped_label(widget)
        elif isinstance(widget, QAbstractButton) and not hasattr(widget, "required_height"):
            finding = _clipped_button(widget)
        elif hasattr(widget, "required_height"):  # custom tiles report their own need
            needed = int(widget.required_height(widget.width()))
            finding = (
                f"needs {needed} px height, has {widget.height()} px"
                if needed > widget.height() + 1
                else None
            )
            wide = int(widget.required_width()) if hasattr(widget, "required_width") else 0
            if wide > widget.width() + 1:
                finding = f"its longest word needs {wide} px width, has {widget.width()} px"
        else:
            finding = None
        if finding:
            findings.append(Finding("clipped-text", widget_path(widget), finding))
    findings.extend(check_cut_off(root))
    findings.extend(check_item_texts(root))
    return findings


#: Enough rows to cover what a screen shows, not a whole database.
_MAX_ITEMS = 400


def _item_finding(view: QAbstractItemView, rect: QRect, text: str) -> str | None:
    """Why the text of one row does not fit ``rect``, or None."""
    metrics = QFontMetrics(view.font())
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    available = rect.width() - margin
    lines = text.split("\n")
    if bool(getattr(view, "wordWrap", lambda: False)()):
        widest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if widest_word > available + 1:
            return f"{text[:40]!r}: a word needs {widest_word} px width, has {available} px"
        box = QRect(0, 0, max(1, available), 100_000)
        needed = metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), text).height()
        if needed > rect.height() + 1:
            return f"{text[:40]!r}: wrapped text needs {needed} px height, row has {rect.height()}"
        return None
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if width > available + 1:
        return f"{text[:40]!r} needs {width} px width, row has {available} px (cut or elided)"
    return None


def check_item_texts(root: QWidget) -> list[Finding]:
    """Rows of list and tree views whose text is elided ("…") or cut: a person who
    cannot hover to see a tooltip never reads the end of it (RGAA 10.4)."""
    findings: list[Finding] = []
    views = [w for w in [root, *root.findChildren(QWidget)] if isinstance(w, QAbstractItemView)]
    for view in views:
        model = view.model()
        if model is None or not _visible(view):
            continue
        shown = view.viewport().rect()
        parents = [QModelIndex()]
        checked = 0
        while parents and checked < _MAX_ITEMS:
            parent = parents.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if isinstance(view, QTreeView) and view.isExpanded(index):
                    parents.append(index)
                rect = view.visualRect(index)
                text = index.data(Qt.ItemDataRole.DisplayRole)
                if not isinstance(text, str) or not text or not rect.intersects(shown):
                    continue
                checked += 1
                problem = _item_finding(view, rect, text)
                if problem:
                    findings.append(Finding("clipped-text", widget_path(view), problem))
    return findings


def check_cut_off(root: QWidget) -> list[Finding]:
    """Content wider than a scroll area that never scrolls sideways: its right part
    (left part, right to left) is out of sight, whatever each widget says of itself."""
    findings: list[Finding] = []
    areas = [root, *root.findChildren(QScrollArea)]
    for area in areas:
        if not isinstance(area, QScrollArea) or not _visible(area):
            continue
        content = area.widget()
        if content is None or not _visible(content):
            continue
        if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        shown = area.viewport().width()
        if content.width() > shown + 1:
            findings.append(
                Finding(
                    "clipped-text",
                    widget_path(content),
                    f"{content.width()} px wide in a {shown} px view that does not scroll "
                    "sideways (its minimum width is too large)",
                )
            )
    return findings


def _strip_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _clipped_label(label: QLabel) -> str | None:
    text = label.text()
    if label.buddy() is not None:
        text = _strip_mnemonic(text)
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2
    available = QRect(rect).adjusted(0, 0, -margin, -margin)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"wrapped text needs {needed} px height, has {label.height()} px"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(text):
        hint = label.minimumSizeHint()
        if hint.width() > label.width() + 1:
            return f"rich text needs {hint.width()} px width, has {label.width()} px"
        return None
    metrics = QFontMetrics(label.font())
    width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if width > available.width() + 1:
        return f"{text[:40]!r} needs {width} px width, has {available.width()} px"
    lines = len(text.split("\n"))
    if metrics.height() * lines > available.height() + 1:
        return f"{text[:40]!r} needs {metrics.height() * lines} px height, has {available.height()}"
    return None


def _clipped_button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    if isinstance(button, (QCheckBox, QRadioButton, QToolButton)):
        needed = button.sizeHint().width()
    else:
        needed = _button_text_width(button)
    if needed > button.width() + 1:
        return f"{button.text()[:40]!r} needs {needed} px width, has {button.width()} px"
    return None


_CONTROLS: tuple[type[QWidget], ...] = (QAbstractButton, QLabel, QLineEdit, QComboBox)


def check_overlaps(root: QWidget) -> list[Finding]:
    """Visible controls drawn on top of one another (e.g. a stale widget left behind)."""
    findings: list[Finding] = []
    parents = [root, *root.findChildren(QWidget)]
    for parent in parents:
        if not _visible(parent):
            continue
        children = [
            child
            for child in parent.children()
            if isinstance(child, _CONTROLS) and child.isWidgetType() and _visible(child)
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 4 and overlap.height() > 4:
                    findings.append(
                        Finding(
                            "overlap",
                            widget_path(first),
                            f"drawn over {widget_path(second)}",
                        )
                    )
    return findings


def _looks(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def check_visible_focus(root: QWidget) -> list[Finding]:
    """Each focusable control must look different once it has the keyboard focus.

    The window must be shown (offscreen is fine). Focus is moved, so call this
    last; the focus is given back to where it was.
    """
    findings: list[Finding] = []
    previous = QApplication.focusWidget()
    for widget in root.findChildren(QWidget):
        if (
            not _visible(widget)
            or not widget.isEnabled()
            or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            or widget.focusProxy() is not None
            or isinstance(widget, (QTextEdit, QPlainTextEdit))  # a caret marks the focus
        ):
            continue
        parent = widget.parentWidget()
        if parent is not None and not isinstance(widget, QLineEdit):
            # Take focus from it first, so the "before" picture is unfocused.
            root.setFocus(Qt.FocusReason.OtherFocusReason)
        widget.clearFocus()
        QApplication.processEvents()
        before = _looks(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        if not widget.hasFocus():
            continue
        after = _looks(widget)
        if before == after:
            findings.append(
                Finding("no-visible-focus", widget_path(widget), "no visible focus indicator")
            )
    if previous is not None:
        previous.setFocus(Qt.FocusReason.OtherFocusReason)
    return findings


def check_screen(
    root: QWidget, *, kiosk: bool = False, clipping: bool = True, check_focus: bool = False
) -> list[Finding]:
    """Every check on one screen (or the whole window)."""
    target = KIOSK_TARGET_PX if kiosk else DEFAULT_TARGET_PX
    findings = check_names_and_targets(root, target)
    if clipping:
        findings.extend(check_clipped_text(root))
        findings.extend(check_overlaps(root))
    if check_focus:
        findings.extend(check_visible_focus(root))
    return findings


def describe(findings: list[Finding]) -> str:
    """One line per finding, or a line saying there is none."""
    if not findings:
        return "no accessibility finding"
    return "\n".join(str(f) for f in findings)


def write_report(path: Path, results: dict[str, list[Finding]], heading: str = "") -> int:
    """A Markdown report, one section per scene with findings; returns the finding count.

    Used by the tour: ``results`` maps a scene (PNG) name to its findings.
    """
    total = sum(len(found) for found in results.values())
    lines = [f"# Accessibility check{(' — ' + heading) if heading else ''}", ""]
    lines.append(f"{len(results)} scenes checked, {total} finding(s).")
    for scene, found in results.items():
        if found:
            lines += ["", f"## {scene}", ""] + [f"- {finding}" for finding in found]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total
