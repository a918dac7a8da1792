"""Questions & answers: instant search over the FAQ and checklists, offline.

The questions are a real list (one list item each, B1 of issue 19): a screen
reader says each question as the arrows move, where links inside one block of
rich text were silent. Opening one moves the focus to the answer, which is also
announced. The related questions and checklists are a second list under it.

At a kiosk (K-4) the list takes the whole screen, and opening a question shows its
answer as a page of its own with a big "Back" on top; Back returns the focus to
the question. At a workstation the list and the answer stay side by side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assist_desk.content import FaqView, SearchHit, render_marks
from assist_desk.i18n import isolate, strip_isolates
from assist_desk.views.a11y import announce, drop_focus_inside, name_clear_button
from assist_desk.views.content_common import (
    ContentEnv,
    checked_on_html,
    esc,
    fallback_text,
    mark_french,
    outdated_text,
    style_notice,
)
from assist_desk.views.links import follow_links, linkify
from assist_desk.views.reading import ReadingBrowser, latin_box, paragraph, reading_html, spoken
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.cards import (
    CARD_SPACING_PX,
    big_back,
    escape_goes_back,
    show_as_cards,
)
from assist_desk.views.widgets.clear_search import ClearSearchButton
from assist_desk.views.widgets.reflow import ReflowRow, StackingSplitter
from assist_desk.views.widgets.two_panes import ColumnLabel, TwoPaneWidth
from assist_desk.views.widgets.whole_placeholder import WholePlaceholderEdit
from assist_desk.views.widgets.wrap_button import WrapButton

#: Milliseconds of quiet typing before the search runs (results feel instant).
SEARCH_DEBOUNCE_MS = 120
RESULT_LIMIT = 12
#: A touch target's least height at a kiosk (the review's 80 px for choices).
KIOSK_TARGET_PX = 80
#: What a list item opens: ("faq" or "checklist", id).
TARGET_ROLE = Qt.ItemDataRole.UserRole


class ItemList(QListWidget):
    """A list of questions or checklists: whole texts wrap, theme rows are not stops."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap with the width
        self.setUniformItemSizes(False)
        self.setSpacing(3)

    def add_theme(self, name: str) -> None:
        """A theme's name above its questions: seen and read, never chosen."""
        item = QListWidgetItem(name)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.addItem(item)

    def add_target(
        self,
        text: str,
        kind: str,
        ref: str,
        description: str = "",
        shown: bool = False,
        french: bool = False,
    ) -> None:
        """An item named ``text``; ``description`` is read after it (and shown under
        it when ``shown``: a search hit's snippet). A ``french`` text in another
        interface language is aligned as French reads, on the left."""
        item = QListWidgetItem(f"{text}\n{description}" if shown and description else text)
        # The name a screen reader says: without the invisible bidi isolates.
        item.setData(Qt.ItemDataRole.AccessibleTextRole, strip_isolates(text))
        if french:
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            item.setData(Qt.ItemDataRole.TextAlignmentRole, left | Qt.AlignmentFlag.AlignVCenter)
        item.setData(TARGET_ROLE, (kind, ref))
        if description:
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, strip_isolates(description))
        self.addItem(item)


def _target(item: QListWidgetItem | None) -> tuple[str, str] | None:
    target = item.data(TARGET_ROLE) if item is not None else None
    return (str(target[0]), str(target[1])) if target else None


class FaqScreen(Screen):
    """Search box, ranked and highlighted results, and the chosen answer.

    With an empty search box the list shows every question of the chosen topic.
    """

    screen_id = "faq"

    def __init__(self, env: ContentEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self._hits: list[SearchHit] = []
        self._current: tuple[str, str] | None = None  # (kind, id) shown in the answer pane
        self._french_shown = False  # the reference French text under a translated answer

        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.outdated = ColumnLabel()
        style_notice(self.outdated)
        self.search_label = QLabel()
        self.search_box = WholePlaceholderEdit()  # its example never cut (issue 14)
        self.search_box.setObjectName("faqSearch")
        self.search_label.setBuddy(self.search_box)
        self.clear_search = ClearSearchButton(self.search_box)  # the kiosk's big ✕
        self.topic_label = QLabel()
        self.topic_box = QComboBox()
        self.topic_box.setObjectName("faqTopic")
        # As wide as its longest theme: "Tous les t…" told nothing (the row folds into a
        # column when the search box and the themes do not fit side by side).
        self.topic_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.topic_label.setBuddy(self.topic_box)
        self.status = ColumnLabel()
        self.status.setProperty("role", "muted")
        self.status.setObjectName("faqStatus")

        # Above the list: says that questions not yet translated are in French.
        self.list_fallback = QLabel()
        self.list_fallback.setObjectName("faqListFallback")
        style_notice(self.list_fallback)
        self.list_fallback.hide()
        self.results = ItemList()
        self.results.setObjectName("faqResults")
        # The arrows show each answer beside the list; Enter or a click opens it.
        self.results.currentItemChanged.connect(lambda item, _old: self._preview(item))
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        self.answer = ReadingBrowser()  # lines of at most about 75 characters
        self.answer.setObjectName("faqAnswer")
        # A caret the arrows move: a screen reader reads the answer line by line.
        self.answer.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        follow_links(self.answer)  # its official addresses open (views/links.py)
        self.related_label = QLabel()
        self.related_label.setProperty("role", "subtitle")
        self.related = ItemList()
        self.related.setObjectName("faqRelated")
        self.related_label.setBuddy(self.related)
        self.related.itemActivated.connect(self._open)
        self.related.itemClicked.connect(self._open)
        self.related_label.hide()
        self.related.hide()
        # The answer pane before anything is opened: what to do, not a blank (O-1).
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("faqEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setProperty("role", "muted")
        # Its one long line must not widen the pane (it wraps to the width it is given),
        # but the pane keeps the width the empty answer box gave it.
        self.empty_hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.empty_hint.setMinimumWidth(self.answer.sizeHint().width())
        self.fallback = QLabel()
        style_notice(self.fallback)
        self.fallback.hide()
        # At a kiosk, on the answer's own page: back to the questions (K-4).
        self.back_button = WrapButton()
        self.back_button.setObjectName("faqBack")
        big_back(self.back_button)
        self.back_button.clicked.connect(self.back_to_list)
        self.back_button.hide()
        self._escape = escape_goes_back(self, self.back_to_list)
        self._opened_row = -1  # the question whose answer page is shown (kiosk)
        self.detail_page = False

        self.triage_button = WrapButton()
        self.triage_button.setObjectName("faqTriageButton")
        self.triage_button.clicked.connect(lambda: self.sig_navigate.emit("triage"))
        self.checklists_button = WrapButton()
        self.checklists_button.setObjectName("faqChecklistsButton")
        self.checklists_button.clicked.connect(lambda: self.sig_navigate.emit("checklists"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_typed)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self._open_first)
        self.topic_box.activated.connect(lambda _index: self.run_search())

        self.search_bar = QWidget()
        search_row = ReflowRow(self.search_bar)  # one under the other when they do not fit
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_box, 3)
        search_row.addWidget(self.clear_search)
        search_row.addWidget(self.topic_label)
        search_row.addWidget(self.topic_box)  # its longest theme whole; the rest to the search
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list_fallback)
        left_column.addWidget(self.results, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeading)
        right_column.addWidget(self.empty_hint)
        right_column.addWidget(self.fallback)
        right_column.addWidget(self.answer, 2)
        right_column.addWidget(self.related_label)
        right_column.addWidget(self.related, 1)
        right_column.addStretch(0)  # the hint at the top while nothing else is shown
        splitter = StackingSplitter()  # the list above the answer on a narrow screen
        splitter.setObjectName("faqSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        self.list_pane = left
        self.answer_pane = right
        self.footer = QWidget()
        buttons = ReflowRow(self.footer)  # folds into a column when the buttons do not fit
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.triage_button)
        buttons.addWidget(self.checklists_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.outdated)
        layout.addWidget(self.search_bar)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.footer)
        # At a workstation: the list and the answer side by side, one column each.
        self._width = TwoPaneWidth(
            self, env.kiosk, splitter, [self.outdated, self.status], fitted=[self.answer]
        )
        self.retranslate_ui()
        self._show_answer_or_hint()
        self._show_page(detail=False)

    # -- Screen ---------------------------------------------------------------------

    def window_title(self) -> str:
        return self.tr("Questions & answers")

    def initial_focus(self) -> QWidget | None:
        return self.search_box

    def clear_citizen_data(self) -> None:
        self._debounce.stop()
        self.search_box.clear()
        self.topic_box.setCurrentIndex(0)
        self._current = None
        self._french_shown = False
        self.answer.clear()  # the question a citizen read is theirs too
        self.related.clear()
        self.related_label.hide()
        self.related.hide()
        self._opened_row = -1
        self._show_answer_or_hint()
        self._show_page(detail=False)
        self.run_search()

    def showEvent(self, event: QShowEvent) -> None:
        # The desk may have switched between kiosk and workstation since last shown.
        self._show_page(detail=self.detail_page and self.env.kiosk())
        super().showEvent(event)

    # -- kiosk pages (K-4) ------------------------------------------------------------

    def _show_page(self, detail: bool) -> None:
        """At a kiosk: the list alone, or the answer alone under a big Back. At a
        workstation: both side by side, always."""
        kiosk = self.env.kiosk()
        self._width.update()
        self.clear_search.use_at_kiosk(kiosk)
        self.detail_page = detail and kiosk
        list_shown = not self.detail_page
        answer_shown = self.detail_page or not kiosk
        if not list_shown or not answer_shown:
            drop_focus_inside(self.list_pane if not list_shown else self.answer_pane)
        for widget in (self.search_bar, self.status, self.list_pane, self.footer):
            widget.setVisible(list_shown)
        self.answer_pane.setVisible(answer_shown)
        self.back_button.setVisible(self.detail_page)
        self._escape.setEnabled(self.detail_page)
        show_as_cards(self.results, kiosk)
        show_as_cards(self.related, kiosk)
        spacing = CARD_SPACING_PX if kiosk else 3  # cards apart, easy to touch
        self.results.setSpacing(spacing)
        self.related.setSpacing(spacing)

    def _show_answer_or_hint(self) -> None:
        """The answer once one is chosen; before that, a line saying what to do
        (an empty box said nothing)."""
        self.empty_hint.setVisible(self._current is None)
        self.answer.setVisible(self._current is not None)

    def back_to_list(self) -> None:
        """Back from an answer's page: the list again, the focus on that question.

        The list is shown and given the focus before the answer's page goes, so that
        the focus moves in one step (a screen reader says only the question)."""
        for widget in (self.search_bar, self.status, self.list_pane, self.footer):
            widget.show()
        row = self._opened_row if 0 <= self._opened_row < self.results.count() else -1
        item = self.results.item(row) if row >= 0 else None
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        if item is not None:
            # The question becomes current again while the list has the focus: Qt then
            # tells screen readers the focus is on it (an unchanged current item is not
            # announced, only the list would be).
            self.results.setCurrentRow(-1)
            self.results.setCurrentItem(item)
            self.results.scrollToItem(item)
        self._show_page(detail=False)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Questions & answers"))
        self.search_label.setText(self.tr("&Search"))
        self.search_box.setPlaceholderText(self.tr("For example: lost passport, carte grise…"))
        self.search_box.setAccessibleName(self.tr("Search the questions and checklists"))
        name_clear_button(self.search_box, self.tr("Clear the search"))
        self.clear_search.setText(self.tr("Clear the search"))
        self.search_box.setAccessibleDescription(
            self.tr("Results appear as you type. Spelling mistakes are tolerated.")
        )
        self.topic_label.setText(self.tr("&Topic"))
        self.topic_box.setAccessibleName(self.tr("Topic"))
        self.results.setAccessibleName(self.tr("Results"))
        self.answer.setAccessibleName(self.tr("Answer"))
        self.empty_hint.setText(
            self.tr("Choose a question in the list, or type a few words in the search box.")
        )
        # "‹" is mirrored in a right-to-left line: it points right, the way back there.
        self.back_button.setText(self.tr("‹ Back to the questions"))
        self.back_button.setAccessibleName(self.tr("Back to the questions"))
        self.related_label.setText(self.tr("See also"))
        self.related.setAccessibleName(self.tr("See also"))
        self.triage_button.setText(self.tr("Which procedure do I need?"))
        self.triage_button.setAccessibleName(self.triage_button.text())
        self.checklists_button.setText(self.tr("Documents to bring"))
        self.checklists_button.setAccessibleName(self.checklists_button.text())
        self.fallback.setText(fallback_text())
        self.list_fallback.setText(
            self.tr("Questions not yet translated are shown in French, the reference text.")
        )
        self.list_fallback.setAccessibleName(self.list_fallback.text())
        # Content follows the language once the new locale is in place.
        QTimer.singleShot(0, self, self._refresh_content)  # dropped if the screen is gone

    def _refresh_content(self) -> None:
        lang = self.env.language()
        selected = self.topic_box.currentData()
        self.topic_box.clear()
        self.topic_box.addItem(self.tr("All topics"), None)
        for key, name in self.env.pack.faq_topics(lang):
            self.topic_box.addItem(name, key)
        self.topic_box.setCurrentIndex(max(0, self.topic_box.findData(selected)))
        notice = outdated_text(self.env)
        self.outdated.setText(notice)
        self.outdated.setVisible(bool(notice))
        self.run_search()
        if self._current is not None:
            self.show_item(*self._current)

    # -- search ---------------------------------------------------------------------

    def run_search(self) -> None:
        """Search now (the debounce timer calls this while the person types)."""
        lang = self.env.language()
        query = self.search_box.text().strip()
        pack = self.env.pack
        self.results.clear()
        if query:
            self._hits = pack.search(query, lang, RESULT_LIMIT)
            if self._hits and not any(hit.complete for hit in self._hits):
                # Only partial matches: say so rather than present them as the answer.
                self.status.setText(
                    self.tr(
                        "No good answer found. The closest ones are below; a mediator can help you."
                    )
                )
            elif self._hits:
                self.status.setText(self.tr("%n result(s)", "", len(self._hits)))
            else:
                self.status.setText(self.tr("No result. Try another word, or choose a topic."))
            french = [self._hit_in_french(hit, lang) for hit in self._hits]
            for hit, in_french in zip(self._hits, french, strict=True):
                title = render_marks(hit.title, "", "")
                if hit.kind != "faq":
                    title += " — " + self.tr("checklist")
                snippet = render_marks(hit.snippet, "", "")
                self.results.add_target(
                    title, hit.kind, hit.ref, snippet, shown=True, french=in_french
                )
        else:
            self._hits = []
            entries = pack.faq_entries(lang, self.topic_box.currentData())
            self.status.setText(self.tr("%n question(s)", "", len(entries)))
            french = [e.question_fell_back for e in entries]
            self._list_by_theme(entries, grouped=self.topic_box.currentData() is None)
        # French questions in an Arabic or English interface: say so above the list,
        # and mark the list French and left to right when every question is French.
        self.list_fallback.setVisible(any(french))
        mark_french(self.results, bool(french) and all(french))
        self.status.setAccessibleName(self.status.text())

    def _list_by_theme(self, entries: list[FaqView], grouped: bool) -> None:
        """Every question; under its theme's name when all themes are shown (O-1),
        after the pack's few frequent questions.

        The help point keeps no usage figures: the frequent questions are the pack's
        curated list (``top_questions.toml``), titled "Frequent questions", never
        "most asked". They stay under their themes too, where a person browsing a
        theme looks for them. Each question's description names its group, for a
        screen reader that does not read the theme rows.
        """
        frequent = self.env.pack.top_questions(self.env.language()) if grouped else []
        if frequent:
            title = self.tr("Frequent questions")
            self.results.add_theme(title)
            for entry in frequent:
                self.results.add_target(
                    entry.question, "faq", entry.id, title, french=entry.question_fell_back
                )
        if grouped:  # by theme, in the pack's order of themes; stable inside a theme
            rank = {key: i for i, (key, _name) in enumerate(self.env.pack.faq_topics("fr"))}
            entries = sorted(entries, key=lambda entry: rank.get(entry.topic, len(rank)))
        theme = None
        for entry in entries:
            if grouped and entry.topic != theme:
                theme = entry.topic
                self.results.add_theme(entry.topic_name)
            self.results.add_target(
                entry.question, "faq", entry.id, entry.topic_name, french=entry.question_fell_back
            )

    def _search_typed(self) -> None:
        """The search after a pause in typing; the count is spoken (M2)."""
        self.run_search()
        if self.search_box.text().strip():
            announce(self.status, self.status.text())

    def _hit_in_french(self, hit: SearchHit, lang: str) -> bool:
        """Is the title of this hit (a question, a procedure name) the French text?"""
        if not hit.fell_back:
            return False
        if hit.kind == "faq":
            entry = self.env.pack.faq(hit.ref, lang)
            return entry is None or entry.question_fell_back
        if hit.kind == "advice":
            advice = self.env.pack.advice(hit.ref, lang)
            return advice is None or advice.fell_back
        return True

    def _open_first(self) -> None:
        self._debounce.stop()
        self.run_search()
        if self._hits:
            self._open(self.results.item(0))

    def _preview(self, item: QListWidgetItem | None) -> None:
        """The arrows moved to a question: its answer shows beside the list (not at a
        kiosk, where the answer is a page of its own, opened on purpose)."""
        if self.env.kiosk():
            return
        target = _target(item)
        if target is not None:
            self.show_item(*target)

    def _open(self, item: QListWidgetItem | None) -> None:
        """Enter or a click: open the checklist, or read the answer (focus and speech)."""
        target = _target(item)
        if target is None:
            return
        kind, ref = target
        if item is not None and item.listWidget() is self.results:
            # Noted now: showing an answer refills the "See also" list (its items go).
            self._opened_row = self.results.row(item)
        if kind == "checklist" and self.env.open_checklist is not None:
            self.env.open_checklist(ref)
            return
        if kind == "french":  # the French reference under a translated answer, or not
            self.show_item("faq", ref, french=not self._french_shown)
        else:
            self.show_item(kind, ref)
        if self.env.kiosk():
            self.answer_pane.show()  # before the list goes: the focus moves in one step
        self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_page(detail=True)
        # Spoken without the invisible bidi isolates (they are read out as marks).
        announce(self.answer, spoken(self.answer.toPlainText()))

    def show_item(self, kind: str, ref: str, french: bool = False) -> None:
        """Show an answer (or a checklist summary) in the answer pane.

        ``french``: under a translated answer, also show the French reference text.
        """
        lang = self.env.language()
        pack = self.env.pack
        self._french_shown = False
        self.related.clear()
        if kind == "faq":
            entry = pack.faq(ref, lang)
            if entry is None:
                return
            mark_french(self.answer, entry.fell_back)  # before its HTML, made for the direction
            for other in entry.see_also:
                related = pack.faq(other, lang)
                if related is not None:
                    self.related.add_target(
                        related.question, "faq", related.id, french=related.question_fell_back
                    )
            for procedure_id in entry.procedures:
                checklist = pack.checklist(procedure_id, lang)
                if checklist is not None:
                    title = isolate(checklist.title)  # French inside Arabic keeps its order
                    text = self.tr("Documents to bring: %1").replace("%1", title)
                    self.related.add_target(text, "checklist", procedure_id)
            source = esc(self.tr("Source: %1")).replace("%1", esc(entry.source))
            html = (
                f"<h2>{esc(entry.question)}</h2>"
                + paragraph(self.answer, esc(entry.answer))
                + f"<p><small>{checked_on_html(entry.checked_on, entry.to_recheck)}</small></p>"
                + self._french_html(entry.id, lang, entry.fell_back, french)
                + f"<p><small>{source}</small></p>"
            )
            fell_back = entry.fell_back
        elif kind == "advice":
            advice = pack.advice(ref, lang)
            if advice is None:
                return
            mark_french(self.answer, advice.fell_back)  # before its HTML, made for the direction
            for other in advice.faq:
                related = pack.faq(other, lang)
                if related is not None:
                    self.related.add_target(
                        related.question, "faq", related.id, french=related.question_fell_back
                    )
            source = esc(self.tr("Source: %1")).replace("%1", esc(advice.source))
            html = (
                f"<h2>{esc(advice.title)}</h2>"
                + paragraph(self.answer, esc(advice.text))
                + f"<p><small>{checked_on_html(advice.checked_on, advice.to_recheck)}</small></p>"
                + f"<p><small>{source}</small></p>"
            )
            fell_back = advice.fell_back
        else:
            checklist = pack.checklist(ref, lang)
            if checklist is None:
                return
            mark_french(self.answer, checklist.fell_back)  # before its HTML, made for the direction
            html = f"<h2>{esc(checklist.title)}</h2>" + paragraph(
                self.answer, esc(checklist.summary)
            )
            text = self.tr("Documents to bring: %1").replace("%1", isolate(checklist.title))
            self.related.add_target(text, "checklist", ref)
            fell_back = checklist.fell_back
        self._current = (kind, ref)
        self._show_answer_or_hint()
        self.answer.setHtml(reading_html(self.answer, linkify(html)))
        self.fallback.setVisible(fell_back)
        has_related = self.related.count() > 0
        self.related_label.setVisible(has_related)
        self.related.setVisible(has_related)

    def _french_html(self, entry_id: str, lang: str, fell_back: bool, shown: bool) -> str:
        """Under a translated answer: it says so, and shows the French reference on demand
        (the "Show the French text" entry of the See also list, a real list item for a
        screen reader rather than a link inside the text)."""
        if lang == "fr" or fell_back:
            return ""
        french = self.env.pack.faq(entry_id, "fr")
        assert french is not None
        self._french_shown = shown
        toggle = self.tr("Hide the French text") if shown else self.tr("Show the French text")
        self.related.add_target(toggle, "french", entry_id)
        note = esc(self.tr("Translated from French, which is the reference text."))
        html = f"<p><small>{note}</small></p>"
        if shown:
            # Its own left-to-right box, apart from the Arabic around it (AR-2).
            reference = f"<b>{esc(french.question)}</b><br/>{esc(french.answer)}"
            html += latin_box(self.answer, reference)
        return html
