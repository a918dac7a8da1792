"""Questions & answers: instant search over the FAQ and checklists, offline."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assist_desk.content import SearchHit, render_marks
from assist_desk.views.content_common import (
    ContentEnv,
    checked_on_html,
    esc,
    fallback_text,
    french_attributes,
    mark_french,
    outdated_text,
    style_notice,
)
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.reflow import ReflowRow, StackingSplitter
from assist_desk.views.widgets.wrap_button import WrapButton

#: Milliseconds of quiet typing before the search runs (results feel instant).
SEARCH_DEBOUNCE_MS = 120
RESULT_LIMIT = 12


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
        self.outdated = QLabel()
        style_notice(self.outdated)
        self.search_label = QLabel()
        self.search_box = QLineEdit()
        self.search_box.setObjectName("faqSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_box)
        self.topic_label = QLabel()
        self.topic_box = QComboBox()
        self.topic_box.setObjectName("faqTopic")
        self.topic_label.setBuddy(self.topic_box)
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self.status.setObjectName("faqStatus")

        # Above the list: says that questions not yet translated are in French.
        self.list_fallback = QLabel()
        self.list_fallback.setObjectName("faqListFallback")
        style_notice(self.list_fallback)
        self.list_fallback.hide()
        self.results = QTextBrowser()
        self.results.setObjectName("faqResults")
        self.results.setOpenLinks(False)
        self.results.anchorClicked.connect(self._on_link)
        self.answer = QTextBrowser()
        self.answer.setObjectName("faqAnswer")
        self.answer.setOpenLinks(False)
        self.answer.anchorClicked.connect(self._on_link)
        self.fallback = QLabel()
        style_notice(self.fallback)
        self.fallback.hide()

        self.triage_button = WrapButton()
        self.triage_button.setObjectName("faqTriageButton")
        self.triage_button.clicked.connect(lambda: self.sig_navigate.emit("triage"))
        self.checklists_button = WrapButton()
        self.checklists_button.setObjectName("faqChecklistsButton")
        self.checklists_button.clicked.connect(lambda: self.sig_navigate.emit("checklists"))

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.returnPressed.connect(self._open_first)
        self.topic_box.activated.connect(lambda _index: self.run_search())

        search_row = ReflowRow()  # one under the other when they do not fit (200 %)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_box, 3)
        search_row.addWidget(self.topic_label)
        search_row.addWidget(self.topic_box, 1)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list_fallback)
        left_column.addWidget(self.results, 1)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.fallback)
        right_column.addWidget(self.answer, 1)
        splitter = StackingSplitter()  # the list above the answer on a narrow screen
        splitter.setObjectName("faqSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        buttons = ReflowRow()  # folds into a column when the buttons do not fit
        buttons.addWidget(self.triage_button)
        buttons.addWidget(self.checklists_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.outdated)
        layout.addLayout(search_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

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
        self.run_search()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Questions & answers"))
        self.search_label.setText(self.tr("&Search"))
        self.search_box.setPlaceholderText(self.tr("For example: lost passport, carte grise…"))
        self.search_box.setAccessibleName(self.tr("Search the questions and checklists"))
        self.search_box.setAccessibleDescription(
            self.tr("Results appear as you type. Spelling mistakes are tolerated.")
        )
        self.topic_label.setText(self.tr("&Topic"))
        self.topic_box.setAccessibleName(self.tr("Topic"))
        self.results.setAccessibleName(self.tr("Results"))
        self.answer.setAccessibleName(self.tr("Answer"))
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
        QTimer.singleShot(0, self._refresh_content)

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
            checklist_word = esc(self.tr("checklist"))
            french = [self._hit_in_french(hit, lang) for hit in self._hits]
            rows = [
                f"<p{french_attributes(in_french)}>"
                f"<a href='{hit.kind}:{hit.ref}'>{self._marked(hit.title)}</a>"
                f"{' — ' + checklist_word if hit.kind == 'checklist' else ''}"
                f"<br/><small>{self._marked(hit.snippet)}</small></p>"
                for hit, in_french in zip(self._hits, french, strict=True)
            ]
        else:
            self._hits = []
            topic = self.topic_box.currentData()
            entries = pack.faq_entries(lang, topic)
            self.status.setText(self.tr("%n question(s)", "", len(entries)))
            french = [e.question_fell_back for e in entries]
            rows = [
                f"<p{french_attributes(e.question_fell_back)}>"
                f"<a href='faq:{e.id}'>{esc(e.question)}</a></p>"
                for e in entries
            ]
        # French questions in an Arabic or English interface: say so above the list,
        # and mark the list French and left to right when every question is French.
        self.list_fallback.setVisible(any(french))
        mark_french(self.results, bool(french) and all(french))
        self.results.setHtml("".join(rows))
        self.status.setAccessibleName(self.status.text())

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

    @staticmethod
    def _marked(text: str) -> str:
        return render_marks(text, "<b><u>", "</u></b>", escape=True)

    def _open_first(self) -> None:
        self._debounce.stop()
        self.run_search()
        if self._hits:
            self.show_item(self._hits[0].kind, self._hits[0].ref)

    def _on_link(self, url: QUrl) -> None:
        kind, _, ref = url.toString().partition(":")
        if kind == "checklist" and self.env.open_checklist is not None:
            self.env.open_checklist(ref)
        elif kind == "french":
            self.show_item("faq", ref, french=not self._french_shown)
        else:
            self.show_item(kind, ref)

    def show_item(self, kind: str, ref: str, french: bool = False) -> None:
        """Show an answer (or a checklist summary) in the answer pane.

        ``french``: under a translated answer, also show the French reference text.
        """
        lang = self.env.language()
        pack = self.env.pack
        self._french_shown = False
        if kind == "faq":
            entry = pack.faq(ref, lang)
            if entry is None:
                return
            related = [pack.faq(other, lang) for other in entry.see_also]
            links = "".join(
                f"<li><a href='faq:{r.id}'>{esc(r.question)}</a></li>" for r in related if r
            )
            procedures = [pack.checklist(pid, lang) for pid in entry.procedures]
            checklists = "".join(
                f"<li><a href='checklist:{c.procedure_id}'>{esc(c.title)}</a></li>"
                for c in procedures
                if c
            )
            see_also = esc(self.tr("See also"))
            to_bring = esc(self.tr("Documents to bring"))
            source = esc(self.tr("Source: %1")).replace("%1", esc(entry.source))
            html = (
                f"<h2>{esc(entry.question)}</h2><p>{esc(entry.answer)}</p>"
                f"<p><small>{checked_on_html(entry.checked_on, entry.to_recheck)}</small></p>"
                + self._french_html(entry.id, lang, entry.fell_back, french)
                + (f"<h3>{see_also}</h3><ul>{links}</ul>" if links else "")
                + (f"<h3>{to_bring}</h3><ul>{checklists}</ul>" if checklists else "")
                + f"<p><small>{source}</small></p>"
            )
            fell_back = entry.fell_back
        elif kind == "advice":
            advice = pack.advice(ref, lang)
            if advice is None:
                return
            related = [pack.faq(other, lang) for other in advice.faq]
            links = "".join(
                f"<li><a href='faq:{r.id}'>{esc(r.question)}</a></li>" for r in related if r
            )
            source = esc(self.tr("Source: %1")).replace("%1", esc(advice.source))
            html = (
                f"<h2>{esc(advice.title)}</h2><p>{esc(advice.text)}</p>"
                f"<p><small>{checked_on_html(advice.checked_on, advice.to_recheck)}</small></p>"
                + (f"<h3>{esc(self.tr('See also'))}</h3><ul>{links}</ul>" if links else "")
                + f"<p><small>{source}</small></p>"
            )
            fell_back = advice.fell_back
        else:
            checklist = pack.checklist(ref, lang)
            if checklist is None:
                return
            open_text = esc(self.tr("Open the checklist"))
            html = (
                f"<h2>{esc(checklist.title)}</h2><p>{esc(checklist.summary)}</p>"
                f"<p><a href='checklist:{ref}'>{open_text}</a></p>"
            )
            fell_back = checklist.fell_back
        self._current = (kind, ref)
        mark_french(self.answer, fell_back)
        self.answer.setHtml(html)
        self.fallback.setVisible(fell_back)

    def _french_html(self, entry_id: str, lang: str, fell_back: bool, shown: bool) -> str:
        """Under a translated answer: it says so, and shows the French reference on demand."""
        if lang == "fr" or fell_back:
            return ""
        french = self.env.pack.faq(entry_id, "fr")
        assert french is not None
        self._french_shown = shown
        link = esc(self.tr("Hide the French text") if shown else self.tr("Show the French text"))
        note = esc(self.tr("Translated from French, which is the reference text."))
        html = f"<p><small>{note} <a href='french:{entry_id}'>{link}</a></small></p>"
        if shown:
            html += (
                f"<div dir='ltr' lang='fr'><p><b>{esc(french.question)}</b></p>"
                f"<p>{esc(french.answer)}</p></div>"
            )
        return html
