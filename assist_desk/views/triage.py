""" "Which procedure do I need?": one question at a time, ending on a checklist and fee."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assist_desk.content import TriageSession, pick
from assist_desk.views import printing
from assist_desk.views.content_common import (
    ContentEnv,
    esc,
    fallback_text,
    fee_html,
    outdated_text,
    set_text_direction,
    style_notice,
)
from assist_desk.views.kiosk_print import KioskPrintPanel
from assist_desk.views.reading import mark_content, spoken
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.scroll_body import scroll_body
from assist_desk.views.widgets.wrap_button import WrapButton


class FittedTextBrowser(QTextBrowser):
    """A result no taller than its text (it scrolls when the screen is shorter), so the
    actions under it stay close to what a person reads (V-4)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self.updateGeometry()
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        frame = 2 * self.frameWidth()
        height = math.ceil(self.document().size().height()) + frame
        return QSize(hint.width(), max(height, self.minimumSizeHint().height()))


class TriageScreen(Screen):
    """Walks :class:`assist_desk.content.TriageSession`; the tree lives in triage.toml."""

    screen_id = "triage"
    #: The least height of the body above the actions: one answer at 200 % text.
    BODY_MIN_HEIGHT = 72
    #: The screen's margin on each side (of the body's content and of the actions).
    SIDE_MARGIN = 32

    def __init__(self, env: ContentEnv, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.env = env
        self.session: TriageSession = env.pack.new_triage()
        self.preview: QWidget | None = None
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.outdated = QLabel()
        style_notice(self.outdated)
        self.outdated.hide()
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        self.question = QLabel()
        self.question.setObjectName("triageQuestion")
        self.question.setWordWrap(True)
        self.fallback = QLabel()
        style_notice(self.fallback)
        self.fallback.hide()
        self.options_box = QWidget()
        self.options_box.setObjectName("triageAnswers")
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.option_buttons: list[QPushButton] = []
        self.result = FittedTextBrowser()
        self.result.setObjectName("triageResult")
        self.result.hide()
        self.back_button = WrapButton()
        self.back_button.setObjectName("triageBack")
        self.back_button.clicked.connect(self.go_back)
        self.restart_button = WrapButton()
        self.restart_button.setObjectName("triageRestart")
        self.restart_button.clicked.connect(self.restart)
        self.checklist_button = WrapButton()
        self.checklist_button.setObjectName("triageChecklist")
        self.checklist_button.setProperty("role", "primary")
        self.checklist_button.clicked.connect(self._open_checklist)
        self.print_button = WrapButton()
        self.print_button.setObjectName("triagePrint")
        self.print_button.clicked.connect(self.print_preview)
        # At a kiosk: copies and "Print" to the site's printer, no dialog (made on first use).
        self._kiosk_print: KioskPrintPanel | None = None
        for button in (
            self.back_button,
            self.restart_button,
            self.print_button,
            self.checklist_button,
        ):
            button.setProperty("actionBar", True)  # right under the answers (design check)
        # Two pairs in a row: Back and Start again leading, Print and the checklist
        # trailing. Each pair folds into a column only when it does not fit on its own
        # (at 200 % on a 1024-px kiosk the four in a column took 462 px; pairs, 228).
        walking = self._button_pair(self.back_button, self.restart_button, leading=True)
        #: Print and the checklist: shown with a result that has a procedure.
        self.result_actions = self._button_pair(self.print_button, self.checklist_button)
        buttons = ReflowRow()  # the pairs in a column when they do not fit side by side
        buttons.addWidget(walking)
        buttons.addStretch(1)
        buttons.addWidget(self.result_actions)
        buttons.setContentsMargins(self.SIDE_MARGIN, 0, self.SIDE_MARGIN, 0)
        # Issue 14: the question, the answers and the result scroll in one body, Back
        # and Start again stay whole in view under it (a small kiosk at 200 % text
        # scrolled the whole screen and hid them; the answers' own scroll area put a
        # second bar inside the screen's).
        self.body, column = scroll_body("triageBody", self.BODY_MIN_HEIGHT)
        column.setContentsMargins(self.SIDE_MARGIN, 16, self.SIDE_MARGIN, 0)
        column.addWidget(self.heading)
        column.addWidget(self.outdated)
        column.addWidget(self.progress)
        column.addWidget(self.question)
        column.addWidget(self.fallback)
        column.addWidget(self.options_box)
        column.addWidget(self.result)
        self._column = column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addWidget(self.body, 100)  # up to its content's height (BodyFitter)
        # V-4: the actions sit right under the answers or the result, as in the
        # wizard; the spare room of a tall kiosk screen goes under them.
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._layout = layout
        self._buttons = buttons
        self.retranslate_ui()

    @staticmethod
    def _button_pair(first: QWidget, second: QWidget, leading: bool = False) -> QWidget:
        """Two buttons side by side, at the leading edge or the trailing one."""
        pair = QWidget()
        # The design gate measures an action bar against its parent's content: the
        # pair, a child of the screen, is the bar there (its buttons are in it).
        pair.setProperty("actionBar", True)
        row = ReflowRow(pair)
        row.setContentsMargins(0, 0, 0, 0)
        if not leading:
            row.addStretch(1)
        row.addWidget(first)
        row.addWidget(second)
        if leading:
            row.addStretch(1)
        return pair

    def heightForWidth(self, width: int) -> int:
        """The screen's scroll area asks this: the body asks for no height (it takes the
        room left) but needs its least height, above the actions (wrapped at 200 %)."""
        return super().heightForWidth(width) + self.body.minimumHeight()

    # -- Screen ---------------------------------------------------------------------

    def window_title(self) -> str:
        if self.session.outcome is not None:
            return self.tr("Which procedure do I need? — Result")
        return self.tr("Which procedure do I need? — Question %1").replace(
            "%1", str(self.session.step + 1)
        )

    def initial_focus(self) -> QWidget | None:
        if self.session.outcome is not None:
            return self.result
        return self.option_buttons[0] if self.option_buttons else None

    def clear_citizen_data(self) -> None:
        self.session.reset()
        if self._kiosk_print is not None:
            self._kiosk_print.reset()
        self._render()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Which procedure do I need?"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous question"))
        self.restart_button.setText(self.tr("Start &again"))
        self.restart_button.setAccessibleName(self.tr("Start the questions again"))
        self.checklist_button.setText(self.tr("See the &checklist"))
        self.checklist_button.setAccessibleName(self.tr("See the full checklist"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the checklist"))
        self.result.setAccessibleName(self.tr("Result"))
        self.fallback.setText(fallback_text())
        QTimer.singleShot(0, self, self._render)  # dropped if the screen is gone

    # -- walking ----------------------------------------------------------------------

    def choose(self, option_id: str) -> None:
        self.session.answer(option_id)
        self._render()
        self._focus_after_change()

    def go_back(self) -> None:
        self.session.back()
        self._render()
        self._focus_after_change()

    def restart(self) -> None:
        self.session.reset()
        self._render()
        self._focus_after_change()

    def _focus_after_change(self) -> None:
        focus = self.initial_focus()
        if focus is not None:
            focus.setFocus()
        window = self.window()
        if hasattr(window, "update_title") and window.isAncestorOf(self):
            window.update_title()

    def _render(self) -> None:
        lang = self.env.language()
        if self._kiosk_print is not None and self.session.outcome is None:
            self._kiosk_print.reset()  # nothing to print before a result
        notice = outdated_text(self.env)
        self.outdated.setText(notice)
        self.outdated.setVisible(bool(notice))
        for button in self.option_buttons:
            self.options_layout.removeWidget(button)
            button.deleteLater()
        self.option_buttons = []
        question = self.session.current
        fell_back = False
        self.back_button.setEnabled(self.session.step > 0)
        if question is not None:
            text, fb = pick(question.text, lang)
            fell_back = fell_back or fb
            self.question.setText(text)
            self.question.setAccessibleName(spoken(text))
            mark_content(self.question)  # the pack's question, in the pack's language
            self.progress.setText(self.tr("Question %1").replace("%1", str(self.session.step + 1)))
            for option in question.options:
                label, fb = pick(option.label, lang)
                fell_back = fell_back or fb
                button = WrapButton(label)
                button.setObjectName(f"triageOption_{option.id}")
                mark_content(button)
                # An answer is a choice: 80 px at a kiosk (K-2), checked by the design gate.
                button.setProperty("role", "choice")
                button.setAccessibleName(spoken(label))
                button.setAccessibleDescription(spoken(text))
                button.clicked.connect(lambda _=False, oid=option.id: self.choose(oid))
                self.options_layout.addWidget(button)
                self.option_buttons.append(button)
            self.options_box.show()
            self.result.hide()
            self.result_actions.hide()
        else:
            self.options_box.hide()
            self.result.show()
            self.progress.setText(self.tr("Result"))
            html, fell_back = self._outcome_html(lang)
            set_text_direction(self.result, fell_back)
            self.question.setText(self.tr("Here is what you need:"))
            mark_content(self.question, False)
            self.result.setHtml(html)
            has_procedure = self._procedure() is not None
            self.result_actions.setVisible(has_procedure)
        self.fallback.setVisible(fell_back)

    def _procedure(self) -> str | None:
        outcome = self.session.outcome
        return outcome.procedure if outcome is not None else None

    def _outcome_html(self, lang: str) -> tuple[str, bool]:
        outcome = self.session.outcome
        assert outcome is not None
        pack = self.env.pack
        if outcome.procedure is not None:
            view = pack.checklist(outcome.procedure, lang)
            assert view is not None
            names = "".join(f"<li>{esc(item.document.name)}</li>" for item in view.items)
            fee = fee_html(view.fee) if view.fee is not None else ""
            documents = esc(self.tr("Documents"))
            html = (
                f"<h2>{esc(view.title)}</h2><p>{esc(view.summary)}</p>"
                f"<h3>{documents}</h3><ul>{names}</ul>{fee}"
            )
            return html, view.fell_back
        assert outcome.advice is not None
        advice = pack.triage_tree.advice[outcome.advice]
        title, fb1 = pick(advice.title, lang)
        text, fb2 = pick(advice.text, lang)
        related = [pack.faq(ref, lang) for ref in advice.faq]
        links = "".join(f"<li>{esc(r.question)}: {esc(r.answer)}</li>" for r in related if r)
        return f"<h2>{esc(title)}</h2><p>{esc(text)}</p><ul>{links}</ul>", fb1 or fb2

    def _open_checklist(self) -> None:
        procedure = self._procedure()
        if procedure is not None and self.env.open_checklist is not None:
            self.env.open_checklist(procedure)

    def _document(self) -> QTextDocument | None:
        procedure = self._procedure()
        if procedure is None:
            return None
        view = self.env.pack.checklist(procedure, self.env.language())
        assert view is not None
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
            self._column.addWidget(self._kiosk_print)  # under the result, in the body
        return self._kiosk_print

    def _show_print_panel(self) -> None:
        if self._kiosk_print is not None and self._kiosk_print.isVisible():
            self.body.ensureWidgetVisible(self._kiosk_print)

    def print_preview(self) -> None:
        procedure = self._procedure()
        if procedure is None:
            return
        if self.env.kiosk():
            # No system dialog at a kiosk: the print dialog browses and writes files.
            self.kiosk_print.open()
            # Once laid out in the body: scrolled into view under a long result.
            QTimer.singleShot(0, self, self._show_print_panel)
            return
        if not printing.has_printer() and not self.env.allow_pdf_save:
            self.progress.setText(
                self.tr("No printer is available here. Ask a mediator, or note the list.")
            )
            return
        document = self._document()
        if document is not None:
            self.preview = printing.open_preview(self, document, self.env.printer_name)
