"""Documents to bring: a checklist per procedure, its fee, a cost calculator, printing.

At a kiosk (K-4) the procedures take the whole screen, and a checklist is a page of
its own with a big "Back" on top (Back returns the focus to the procedure). At a
workstation the procedures and the checklist stay side by side, the checklist's
pane saying what to do before a procedure is chosen (O-4).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from assist_desk.content import ChecklistView
from assist_desk.i18n import euros
from assist_desk.theme import KIOSK_CHOICE_PX
from assist_desk.views import printing
from assist_desk.views.a11y import StatusLabel, announce, drop_focus_inside
from assist_desk.views.content_common import (
    ContentEnv,
    checklist_html,
    esc,
    fallback_text,
    local_date,
    mark_french,
    outdated_text,
    style_notice,
)
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.links import follow_links, linkify
from assist_desk.views.reading import ReadingBrowser, mark_content, reading_html, spoken
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.cards import (
    CARD_SPACING_PX,
    big_back,
    escape_goes_back,
    show_as_cards,
)
from assist_desk.views.widgets.count_field import CountField
from assist_desk.views.widgets.reflow import ReflowRow, StackingSplitter
from assist_desk.views.widgets.two_panes import ColumnLabel, TwoPaneWidth
from assist_desk.views.widgets.wrap_button import WrapButton

PROCEDURE_ROLE = Qt.ItemDataRole.UserRole
#: A touch target's least height at a kiosk (the review's 80 px for choices).
KIOSK_TARGET_PX = 80
#: Between a calculator's label and its field: nearer than to the field above.
LABEL_TO_FIELD_PX = 4
#: Lines of a checklist always in view, whatever sits under it.
VIEW_MIN_LINES = 12


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the width the tree gives them."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self._tree.rootIsDecorated():
            depth += 1
        width = self._tree.columnWidth(0) - depth * self._tree.indentation()
        wrapped = QStyleOptionViewItem(option)
        self.initStyleOption(wrapped, index)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        wrapped.rect.setWidth(max(1, width))
        wrapped.rect.setHeight(1)
        style = self._tree.style()
        size = style.sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, wrapped, QSize(), self._tree
        )
        lines = size.height() + 8  # a little air between wrapped names
        height = max(lines, super().sizeHint(option, index).height())
        if self._tree.property("cards") and not index.model().hasChildren(index):
            # A kiosk's card: 80 px drawn inside the margins that keep cards apart (K-4).
            height = max(height, KIOSK_CHOICE_PX + CARD_SPACING_PX)
        return QSize(width, height)


class ProcedureTree(QTreeWidget):
    """The procedures: long names wrap onto several lines, never end in "…".

    A citizen who cannot hover (touch screen, keyboard) must read the whole name
    (RGAA 10.4/WCAG 1.4.4): no eliding, no sideways scrolling, and rows as tall
    as their wrapped text, recomputed when the tree's width changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappingDelegate(self))
        # Row heights follow the column's width (the tree resized, the splitter moved).
        self.header().sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def minimumSizeHint(self) -> QSize:
        """Wide enough for the longest word of any name: narrower, it would be cut."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        widest = 0
        iterator = QTreeWidgetItemIterator(self)
        while (item := iterator.value()) is not None:
            depth = 1 if self.rootIsDecorated() else 0
            parent = item.parent()
            while parent is not None:
                depth += 1
                parent = parent.parent()
            words = item.text(0).split()
            longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            widest = max(widest, longest + depth * self.indentation())
            iterator += 1
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        width = widest + margin + scroll_bar + 2 * self.frameWidth() + 4
        return QSize(max(hint.width(), width), hint.height())


class CostCalculator(QGroupBox):
    """Vehicle registration cost: the regional tax on the day (halved at 10 years or more,
    or the region's rule for the energy) + fixed tax + delivery; the malus is explained."""

    #: (energy id, label); labels are translated in retranslate_ui.
    ENERGIES = ("standard", "electric", "hybrid", "e85")

    def __init__(self, env: ContentEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.setObjectName("costCalculator")
        self.region_label = QLabel()
        self.region_box = QComboBox()
        self.region_box.setObjectName("costRegion")
        for region_id, name in env.pack.regions():
            self.region_box.addItem(name, region_id)
        self.region_label.setBuddy(self.region_box)
        self.power_label = QLabel()
        self.power_box = CountField(1, 99)
        self.power_box.setObjectName("costHorsepower")
        self.power_box.setValue(5)
        self.power_box.fit_width()
        self.power_label.setBuddy(self.power_box)
        self.year_label = QLabel()
        today = env.today()
        # A year is what people know (1 July is assumed); typed, or stepped with − / +.
        self.year_box = CountField(1900, today.year)
        self.year_box.setObjectName("costFirstRegistration")
        self.year_box.setValue(today.year)
        self.year_box.fit_width()
        self.year_label.setBuddy(self.year_box)
        self.energy_label = QLabel()
        self.energy_box = QComboBox()
        self.energy_box.setObjectName("costEnergy")
        for energy in self.ENERGIES:
            self.energy_box.addItem("", energy)
        self.energy_label.setBuddy(self.energy_box)
        self.result = QLabel()
        self.result.setObjectName("costResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setProperty("role", "muted")
        # Each label above its field, in a column: a wrapped label gets the height of
        # its lines. Side by side (QFormLayout), a two-line label got the height of the
        # box beside it, a few pixels short (pseudo-translated: 46 px of 50, 61 of 72
        # at a kiosk), and its wrapped rows gave labels only their narrow size hint.
        column = QVBoxLayout(self)
        for label, field in (
            (self.region_label, self.region_box),
            (self.power_label, self.power_box),
            (self.year_label, self.year_box),
            (self.energy_label, self.energy_box),
        ):
            label.setWordWrap(True)
            pair = QVBoxLayout()  # a label close to its own field, apart from the next
            pair.setSpacing(LABEL_TO_FIELD_PX)
            pair.addWidget(label)
            pair.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)  # mirrored right to left
            column.addLayout(pair)
        column.addWidget(self.result)
        column.addWidget(self.explanation)
        self.region_box.currentIndexChanged.connect(lambda _i: self.update_result())
        for box in (self.power_box, self.year_box):
            box.valueChanged.connect(lambda _v: self.update_result())  # set, stepped
            box.textEdited.connect(lambda _t: self.update_result())  # typed, even half a year
        self.energy_box.currentIndexChanged.connect(lambda _i: self.update_result())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Cost calculator"))
        self.region_label.setText(self.tr("&Region of your home"))
        self.region_box.setAccessibleName(self.tr("Region of your home"))
        self.power_label.setText(self.tr("&Fiscal horsepower (box P.6)"))
        self.power_box.setAccessibleName(self.tr("Fiscal horsepower"))
        self.power_box.setAccessibleDescription(
            self.tr("Written in box P.6 of the registration certificate")
        )
        self.year_label.setText(self.tr("&Year of first registration (box B)"))
        self.year_box.setAccessibleName(self.tr("Year of first registration"))
        self.year_box.setAccessibleDescription(
            self.tr("Written in box B of the registration certificate")
        )
        self.energy_label.setText(self.tr("&Energy"))
        self.energy_box.setAccessibleName(self.tr("Energy"))
        labels = {
            "standard": self.tr("Petrol, diesel or other"),
            "electric": self.tr("Electric or hydrogen"),
            "hybrid": self.tr("Hybrid"),
            "e85": self.tr("Superethanol E85"),
        }
        for index in range(self.energy_box.count()):
            self.energy_box.setItemText(index, labels[self.energy_box.itemData(index)])
        lang = self.env.language()
        mark_content(self.explanation)  # the pack's words
        self.explanation.setText(
            self.env.pack.vehicle_cost_explanation(lang)
            + "\n"
            + self.env.pack.vehicle_cost_malus(lang)
        )
        self.update_result()

    def update_result(self) -> None:
        region_id = self.region_box.currentData()
        if region_id is None:
            return
        power, year = self.power_box.value(), self.year_box.value()
        if power is None or year is None:
            self.result.setText("")  # a number being typed: no figure for half of it
            return
        today = self.env.today()
        try:
            cost = self.env.pack.vehicle_cost(
                region_id,
                power,
                min(dt.date(year, 7, 1), today),  # mid-year: box B's full date decides
                today,
                self.energy_box.currentData() or "standard",
            )
        except ValueError:
            self.result.setText(self.tr("No rate is known for this region on this date."))
            return
        lang = self.env.language()
        if cost.rate_start_known:
            since = local_date(cost.rate_valid_from, lang, long=False)
            rate_line = self.tr("Regional tax %1 (%2 per horsepower, rate valid since %3)")
        else:  # an unchecked start date is never shown as a fact
            since = local_date(today, lang, long=False)
            rate_line = self.tr(
                "Regional tax %1 (%2 per horsepower, rate in force on %3; start date to recheck)"
            )
        lines = [
            self.tr("Estimated total: %1").replace("%1", euros(cost.total)),
            rate_line.replace("%1", euros(cost.regional_tax))
            .replace("%2", euros(cost.eur_per_cv))
            .replace("%3", since),
        ]
        if cost.energy_rule is not None and cost.energy_rule.factor == 0:
            lines.append(self.tr("This region does not charge the regional tax for this energy."))
        elif cost.energy_rule is not None and cost.energy_rule.factor == 0.5:
            lines.append(self.tr("This region halves the regional tax for this energy."))
        elif cost.halved_for_age:
            lines.append(self.tr("Halved: the vehicle was first registered 10 years ago or more."))
        if abs(today.year - year) in (9, 10, 11):
            lines.append(
                self.tr("Near 10 years, the exact date in box B decides whether it is halved.")
            )
        lines.append(
            self.tr("Fixed tax %1, delivery %2")
            .replace("%1", euros(cost.fixed_tax))
            .replace("%2", euros(cost.delivery))
        )
        lines.append(
            self.tr("Rate checked on %1").replace(
                "%1", local_date(cost.rate.checked_on, lang, long=False)
            )
        )
        if cost.to_recheck:
            lines.append(self.tr("To recheck: a figure used could not be confirmed."))
        text = "\n".join(lines)
        self.result.setText(text)
        self.result.setAccessibleName(spoken(text))  # without the amounts' bidi isolates

    def reset(self) -> None:
        self.region_box.setCurrentIndex(0)
        self.power_box.setValue(5)
        self.year_box.setValue(self.env.today().year)
        self.energy_box.setCurrentIndex(0)


class ChecklistsScreen(Screen):
    """Procedures by category and the chosen checklist: side by side, or stacked if narrow."""

    screen_id = "checklists"

    def __init__(self, env: ContentEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.procedure_id: str | None = None
        self.last_pdf: Path | None = None
        self.preview: QWidget | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.outdated = ColumnLabel()
        style_notice(self.outdated)
        self.tree = ProcedureTree()
        self.tree.setObjectName("checklistTree")
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda _item, _column: self._read_checklist())
        # A tap opens at a kiosk (activation needs a double click on most styles).
        self.tree.itemClicked.connect(lambda _item, _column: self._tapped())
        self.fallback = QLabel()
        style_notice(self.fallback)
        self.fallback.hide()
        # Under a translated checklist, the French reference text in one tap (issue 16 §4).
        self._french = False
        self.french_button = WrapButton()
        self.french_button.setObjectName("checklistFrench")
        self.french_button.clicked.connect(self._toggle_french)
        self.french_button.hide()
        self.view = ReadingBrowser()  # lines of at most about 75 characters
        self.view.setObjectName("checklistView")
        # A caret the arrows move: a screen reader reads the list line by line (B1).
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        follow_links(self.view)  # its official addresses open (views/links.py)
        self.calculator = CostCalculator(env)
        self.calculator.hide()
        self.print_button = WrapButton()
        self.print_button.setObjectName("printChecklist")
        self.print_button.setProperty("role", "primary")
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button = WrapButton()
        self.pdf_button.setObjectName("saveChecklistPdf")
        self.pdf_button.clicked.connect(self.save_pdf_clicked)
        if not env.allow_pdf_save:
            # hide() only: setVisible(True) on a widget without a parent yet would flash
            # it as a window of its own and take the focus away from the main window.
            self.pdf_button.hide()
        self.triage_button = WrapButton()
        self.triage_button.setObjectName("checklistTriageButton")
        self.triage_button.clicked.connect(lambda: self.sig_navigate.emit("triage"))
        # Why "Print" is greyed before a procedure is chosen (O-4).
        self.print_hint = QLabel()
        self.print_hint.setObjectName("checklistPrintHint")
        self.print_hint.setProperty("role", "muted")
        self.print_hint.setWordWrap(True)
        # At a kiosk, on the checklist's own page: back to the procedures (K-4).
        self.back_button = WrapButton()
        self.back_button.setObjectName("checklistBack")
        big_back(self.back_button)
        self.back_button.clicked.connect(self.back_to_list)
        self.back_button.hide()
        self._escape = escape_goes_back(self, self.back_to_list)
        self.detail_page = False
        self.message = StatusLabel()  # hidden while empty, spoken when set
        self.message.setWordWrap(True)
        self.message.setObjectName("checklistMessage")
        # At a kiosk: copies and "Print" to the site's printer, no dialog (made on first use).
        self._kiosk_print: KioskPrintPanel | None = None

        right = QWidget()
        right.setObjectName("checklistPane")
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.fallback)
        column.addWidget(self.french_button, 0, Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.view, 1)
        splitter = StackingSplitter()  # the list above the checklist on a narrow screen
        splitter.setObjectName("checklistSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        self.checklist_pane = right
        buttons = ReflowRow()  # folds into a column when the buttons do not fit
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_hint, 1)
        buttons.addWidget(self.triage_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.outdated)
        layout.addWidget(splitter, 1)
        # Under the splitter, not in its pane: a box layout gives the calculator's
        # wrapped text its height (a splitter's pane would cut it at 200 %).
        layout.addWidget(self.calculator)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._layout = layout
        # At a workstation: the procedures and the checklist side by side, one column each.
        self._width = TwoPaneWidth(self, env.kiosk, splitter, [self.outdated], scrolled=right)
        self.retranslate_ui()
        self._show_page(detail=False)

    # -- Screen ---------------------------------------------------------------------

    def window_title(self) -> str:
        return self.tr("Documents to bring")

    def initial_focus(self) -> QWidget | None:
        return self.view if self.detail_page else self.tree

    def clear_citizen_data(self) -> None:
        self._show_page(detail=False)
        self.procedure_id = None
        self._french = False
        self.tree.setCurrentItem(None)  # type: ignore[call-overload]
        self.tree.collapseAll()
        self.calculator.reset()
        self.message.clear()
        if self._kiosk_print is not None:
            self._kiosk_print.reset()
        self._render()

    def showEvent(self, event: QShowEvent) -> None:
        # The desk may have switched between kiosk and workstation since last shown.
        # The checklist keeps lines enough to read; the page scrolls rather than the
        # calculator squeezing it to a slit (in the theme's font, known once shown).
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * VIEW_MIN_LINES)
        self._show_page(detail=self.detail_page and self.env.kiosk())
        super().showEvent(event)

    # -- kiosk pages (K-4) ------------------------------------------------------------

    def _show_page(self, detail: bool) -> None:
        """At a kiosk: the procedures alone, or the checklist alone under a big Back
        (with printing). At a workstation: both side by side, always."""
        kiosk = self.env.kiosk()
        self._width.update()
        self._place_calculator(beside_the_list=not kiosk)
        self.detail_page = detail and kiosk
        list_shown = not self.detail_page
        checklist_shown = self.detail_page or not kiosk
        if not list_shown:
            drop_focus_inside(self.tree)
        if not checklist_shown:
            drop_focus_inside(self.checklist_pane)
        self.tree.setVisible(list_shown)
        self.checklist_pane.setVisible(checklist_shown)
        self.back_button.setVisible(self.detail_page)
        self._escape.setEnabled(self.detail_page)
        show_as_cards(self.tree, kiosk)
        self.triage_button.setVisible(list_shown)
        # Printing goes with the checklist: on its page at a kiosk.
        self.print_button.setVisible(checklist_shown)
        self.print_hint.setVisible(checklist_shown and self.current_view() is None)
        self.calculator.setVisible(checklist_shown and self._has_calculator())
        # On its own kiosk page the checklist is as tall as its text: the page scrolls
        # once, the calculator whole below it (K-4). Beside the list, at a workstation,
        # the same in its pane: the pane scrolls on its own, the page does not.
        self.view.fit_document(self.detail_page or not kiosk)

    def _place_calculator(self, beside_the_list: bool) -> None:
        """At a workstation the calculator goes under the checklist, in its pane (the
        pane scrolls: a 1280×800 window had no room for it under both panes); at a
        kiosk under the checklist's page, in the page's own layout."""
        column = self.checklist_pane.layout()
        assert column is not None
        if (column.indexOf(self.calculator) >= 0) == beside_the_list:
            return
        if beside_the_list:
            self._layout.removeWidget(self.calculator)
            column.addWidget(self.calculator)
        else:
            column.removeWidget(self.calculator)
            self._layout.insertWidget(self._layout.indexOf(self.splitter) + 1, self.calculator)

    def _has_calculator(self) -> bool:
        view = self.current_view()
        return bool(view is not None and view.fee and view.fee.calculator)

    def _tapped(self) -> None:
        if self.env.kiosk():
            self._read_checklist()

    def back_to_list(self) -> None:
        """Back from a checklist's page: the procedures, the focus on the one read.

        The list is shown and given the focus before the page goes (one focus move)."""
        self.tree.show()
        self.triage_button.show()
        if self._kiosk_print is not None:
            self._kiosk_print.reset()  # the copies asked for belong to that checklist
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            if self.procedure_id and item.data(0, PROCEDURE_ROLE) == self.procedure_id:
                # Current again while the tree has the focus: screen readers are told
                # the focus is on it (an unchanged current item is not announced).
                self.tree.setCurrentItem(None)  # type: ignore[call-overload]
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
            iterator += 1
        self._show_page(detail=False)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Documents to bring"))
        self.back_button.setText(self.tr("‹ Back to the procedures"))
        self.back_button.setAccessibleName(self.tr("Back to the procedures"))
        self.print_hint.setText(self.tr("Choose a procedure first: then you can print its list."))
        self.tree.setAccessibleName(self.tr("Procedures"))
        self.view.setAccessibleName(self.tr("Checklist"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print this checklist"))
        self.pdf_button.setText(self.tr("Save as &PDF"))
        # Its name starts with the words shown (WCAG 2.5.3); the rest says what is saved.
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.pdf_button.setAccessibleDescription(self.tr("Save this checklist as a PDF file"))
        self.triage_button.setText(self.tr("Which procedure do I need?"))
        self.triage_button.setAccessibleName(self.triage_button.text())
        self.fallback.setText(fallback_text())
        self._french = False  # a new interface language: its own text first
        self.calculator.retranslate_ui()
        QTimer.singleShot(0, self, self._refresh_content)  # dropped if the screen is gone

    def _refresh_content(self) -> None:
        lang = self.env.language()
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for _category, name, ids in self.env.pack.categories(lang):
            parent = QTreeWidgetItem([name])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for pid in ids:
                view = self.env.pack.checklist(pid, lang)
                assert view is not None
                child = QTreeWidgetItem([view.title])
                child.setData(0, PROCEDURE_ROLE, pid)
                parent.addChild(child)
                if pid == self.procedure_id:
                    chosen = child
        for index in range(self.tree.topLevelItemCount()):
            # Categories only: expandAll() also marks the leaves "expanded" for screen
            # readers, which then say "expanded" on every procedure (m7).
            category = self.tree.topLevelItem(index)
            if category is not None:
                category.setExpanded(True)
        self.tree.updateGeometry()  # its minimum width follows the longest word
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        notice = outdated_text(self.env)
        self.outdated.setText(notice)
        self.outdated.setVisible(bool(notice))
        self._render()

    # -- choosing and showing -------------------------------------------------------------

    def show_procedure(self, procedure_id: str) -> None:
        """Select and show the checklist of ``procedure_id``."""
        self.procedure_id = procedure_id
        self._french = False
        iterator = QTreeWidgetItemIterator(self.tree)
        while (item := iterator.value()) is not None:
            if item.data(0, PROCEDURE_ROLE) == procedure_id:
                self.tree.setCurrentItem(item)
            iterator += 1
        self._render()
        self._show_page(detail=True)  # at a kiosk: straight to the checklist's page

    def _on_current(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        pid = item.data(0, PROCEDURE_ROLE) if item is not None else None
        if pid:
            if pid != self.procedure_id:
                self._french = False
            self.procedure_id = pid
            self.message.clear()
            if self._kiosk_print is not None:
                self._kiosk_print.reset()
            self._render()

    def _read_checklist(self) -> None:
        """Enter on a procedure: the focus goes to its checklist; its title and summary
        are spoken, the rest is read with the arrows (B1)."""
        view = self.current_view()
        if view is None:
            return
        if self.env.kiosk():
            self.checklist_pane.show()  # before the list goes: the focus moves in one step
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_page(detail=True)
        announce(self.view, spoken(f"{view.title}. {view.summary}"))  # no bidi marks read out

    def current_view(self) -> ChecklistView | None:
        """The checklist shown: in the interface's language, or its French reference."""
        if self.procedure_id is None:
            return None
        lang = "fr" if self._french else self.env.language()
        return self.env.pack.checklist(self.procedure_id, lang)

    def _offers_french(self) -> bool:
        """A checklist translated into the interface's language has its French a tap away."""
        if self.procedure_id is None or self.env.language() == "fr":
            return False
        translated = self.env.pack.checklist(self.procedure_id, self.env.language())
        return translated is not None and not translated.fell_back

    def _toggle_french(self) -> None:
        self._french = not self._french
        self._render()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        view = self.current_view()
        if view is not None:
            announce(self.view, spoken(f"{view.title}. {view.summary}"))

    def _render(self) -> None:
        view = self.current_view()
        has_view = view is not None
        self.print_button.setEnabled(has_view)
        self.pdf_button.setEnabled(has_view)
        if self.env.kiosk() or not self.env.allow_pdf_save:
            self.pdf_button.hide()  # a kiosk writes no file (the desk may switch modes)
        elif self.pdf_button.parentWidget() is not None:
            self.pdf_button.show()
        self.print_hint.setVisible(view is None and self.checklist_pane.isVisibleTo(self))
        if view is None:
            # The opening state (O-4): what to do here, and where to go when unsure.
            mark_french(self.view, False)
            opening = (
                "<h2>"
                + esc(self.tr("Choose a procedure"))
                + "</h2><p>"
                + esc(self.tr("Choose a procedure in the list to see the documents to bring."))
                + "</p><p>"
                + esc(
                    self.tr(
                        "Not sure which one? The button “Which procedure do I need?”"
                        " asks you a few simple questions."
                    )
                )
                + "</p><p>"
                + esc(
                    self.tr(
                        "For a vehicle registration certificate, the list also estimates its cost."
                    )
                )
                + "</p>"
            )
            self.view.setHtml(reading_html(self.view, opening))
            self.fallback.hide()
            self.french_button.hide()
            self.calculator.hide()
            return
        self.french_button.setVisible(self._offers_french())
        self.french_button.setText(
            self.tr("Back to the translation") if self._french else self.tr("Show the French text")
        )
        self.french_button.setAccessibleName(self.french_button.text())
        # In an Arabic page the French parts get boxes of their own (AR-2); elsewhere
        # French shown in another language reads left to right as a whole.
        arabic_page = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mark_french(self.view, self._french or (view.fell_back and not arabic_page))
        stamp = self.env.pack.stamp_info(self.env.language())
        body = linkify(checklist_html(view, stamp, page=self.view))
        self.view.setHtml(reading_html(self.view, body))
        # A new checklist is read from its title: at the top now, and again once the
        # pane is first laid out (its first showing scrolled it down by a line).
        self.view.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self.view, lambda: self.view.verticalScrollBar().setValue(0))
        self.fallback.setVisible(view.fell_back)
        self.calculator.setVisible(self._has_calculator() and self.checklist_pane.isVisibleTo(self))
        self.calculator.update_result()

    # -- printing -------------------------------------------------------------------------

    def _document(self) -> QTextDocument | None:
        view = self.current_view()
        if view is None:
            return None
        note = fallback_text() if view.fell_back else ""
        return printing.build_document(
            view,
            self.env.shown_site_name(),
            self.env.today(),
            note,
            self.env.language(),
            self.env.pack.stamp_info(self.env.language()),
        )

    @property
    def kiosk_print(self) -> KioskPrintPanel:
        if self._kiosk_print is None:
            self._kiosk_print = KioskPrintPanel(self._document, self.env.printer_name)
            self._layout.insertWidget(self._layout.indexOf(self.message), self._kiosk_print)
        return self._kiosk_print

    def print_preview(self) -> None:
        if self.env.kiosk():
            # No system dialog at a kiosk: the print dialog browses and writes files.
            if self.current_view() is not None:
                self.message.clear()
                self.kiosk_print.open()
            return
        if not printing.has_printer() and not self.env.allow_pdf_save:
            # Printing to a file would open a file dialog: not at a kiosk.
            self.message.setProperty("role", "error")
            self.message.setText(
                self.tr("No printer is available here. Ask a mediator, or note the list.")
            )
            return
        document = self._document()
        if document is None:
            return
        self.message.clear()
        self.preview = printing.open_preview(self, document, self.env.printer_name)

    def save_pdf(self, folder: Path | None = None) -> Path | None:
        """Write the checklist as a PDF (no personal data) and say where it is.

        Workstations only: a kiosk writes nothing outside the session's temporary folder.
        """
        if self.env.kiosk():
            return None
        document = self._document()
        if document is None or self.procedure_id is None:
            return None
        target = folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        )
        try:
            target.mkdir(parents=True, exist_ok=True)
            path = printing.print_to_pdf(
                document, target / f"checklist-{self.procedure_id}-{self.env.today()}.pdf"
            )
        except OSError:
            self.message.setProperty("role", "error")
            self.message.setText(self.tr("The PDF file could not be written. Try printing."))
            return None
        self.message.setProperty("role", "muted")
        self.message.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.last_pdf = path
        return path

    def save_pdf_clicked(self) -> None:
        self.save_pdf()
