"""Staff screens: the mediator sign-in (and the first PIN), status and tools."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assist_desk.controllers.mediator import (
    CHECKING,
    NO_SECRET,
    NO_STORAGE,
    MediatorController,
)
from assist_desk.i18n import isolate
from assist_desk.modes import Mode
from assist_desk.views.keyboard.fields import hints_for
from assist_desk.views.screen import Screen
from assist_desk.views.setup_guide import CONTENT, NO_KIOSK_PIN, PORTAL
from assist_desk.views.setup_guide import NO_STORAGE as NO_STORAGE_SECTION
from assist_desk.views.widgets.alert import Alert
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton

if TYPE_CHECKING:
    from assist_desk.content.freshness import Fact


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setMaxLength(64)
    field.setInputMethodHints(hints_for("pin"))  # the on-screen keyboard: digits first
    return field


class MediatorSignInScreen(Screen):
    """The PIN or password; at a workstation without one yet, choosing it.

    Signals:
        sig_setup_guide(str): open "How to set it up" at this section (M-1).
    """

    screen_id = "mediator_signin"
    sig_setup_guide = Signal(str)

    def __init__(
        self,
        controller: MediatorController,
        is_kiosk: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._is_kiosk = is_kiosk
        self._heading = QLabel()
        self._heading.setProperty("role", "title")
        self._heading.setWordWrap(True)
        self._explain = QLabel()
        self._explain.setWordWrap(True)
        self._explain.setObjectName("signInExplain")
        self.pin_label = QLabel()
        self.pin = _secret_field("mediatorPin")
        self.pin_label.setBuddy(self.pin)
        self.repeat_label = QLabel()
        self.repeat = _secret_field("mediatorPinRepeat")
        self.repeat_label.setBuddy(self.repeat)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.submit = QPushButton()
        self.submit.setObjectName("signInSubmit")
        self.submit.setProperty("role", "primary")
        self.submit.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        self.repeat.returnPressed.connect(self._submit)
        form = QFormLayout()
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        # M-1: where no PIN can be typed (no secure storage; a kiosk without a PIN) the
        # screen says what to do and leads back, instead of ending there.
        self.home = WrapButton()
        self.home.setObjectName("signInHome")
        self.home.setProperty("role", "primary")
        self.home.clicked.connect(self._leave)
        self.guide = WrapButton()
        self.guide.setObjectName("signInSetupGuide")
        self.guide.clicked.connect(self._open_guide)
        buttons = ReflowRow()  # a column when it does not fit (200 % text on 800 px)
        buttons.addWidget(self.submit)
        buttons.addWidget(self.home)
        buttons.addWidget(self.guide)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addWidget(self._explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._reason = ""
        controller.sig_state_changed.connect(self._on_state)
        controller.sig_sign_in_failed.connect(self._on_failed)
        controller.sig_secret_set_failed.connect(self._on_set_failed)
        # A method, not a lambda: Qt disconnects it when the screen goes (a storage probe
        # that ends after the window was deleted reached a deleted button).
        controller.sig_busy_changed.connect(self._on_busy)
        self.retranslate_ui()

    @property
    def choosing(self) -> bool:
        """True when no secret exists yet and this workstation may choose one."""
        return self.controller.state == NO_SECRET and not self._is_kiosk()

    def _submit(self) -> None:
        pin, repeated = self.pin.text(), self.repeat.text()
        self.pin.setText("")
        self.repeat.setText("")
        if self.controller.busy:  # Return while a PIN is checked: one attempt at a time
            return
        self.error.hide()
        if self.choosing:
            self.controller.set_secret(pin, repeated)
        elif self.controller.state not in (NO_STORAGE, NO_SECRET, CHECKING):
            self.controller.sign_in(pin)

    def _on_busy(self, busy: bool) -> None:
        self.submit.setEnabled(not busy)

    def _open_guide(self) -> None:
        missing = NO_STORAGE_SECTION if self.controller.state == NO_STORAGE else NO_KIOSK_PIN
        self.sig_setup_guide.emit(missing)

    def _leave(self) -> None:
        """Back where the staff button was: a kiosk's welcome screen, else the home."""
        self.sig_navigate.emit("attract" if self._is_kiosk() else "home")

    def _on_state(self, _state: str) -> None:
        self.error.hide()
        self.retranslate_ui()

    def _on_failed(self, reason: str) -> None:
        self._reason = reason
        self._show_error()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_set_failed(self, reason: str) -> None:
        self._reason = "set-" + reason
        self._show_error()

    def _show_error(self) -> None:
        messages = {
            "wrong": self.tr("This PIN is not the right one. Try again."),
            "paused": self.tr(
                "Too many attempts: sign-in is paused for a few minutes (15 at most)."
                " Try again later."
            ),
            "storage": self.tr("The secure storage does not answer: sign-in is not possible."),
            "set-short": self.tr(
                "Choose a PIN of at least 6 digits, not one digit repeated nor a run"
                " like 123456 (or a password of at least 10 characters)."
            ),
            "set-different": self.tr("The two entries are different. Type the same PIN twice."),
            "set-storage": self.tr("The PIN could not be saved: no secure storage."),
        }
        self.error.setText(messages.get(self._reason, ""))
        self.error.setAccessibleName(self.error.text())
        self.error.setVisible(bool(self.error.text()))

    def clear_citizen_data(self) -> None:
        self.pin.setText("")
        self.repeat.setText("")
        self.error.hide()

    def window_title(self) -> str:
        return self.tr("Mediator sign-in")

    def retranslate_ui(self) -> None:
        state = self.controller.state
        self._heading.setText(self.tr("Mediator sign-in"))
        if state == NO_STORAGE:
            explain = self.tr(
                "This computer has no safe place to keep the mediator PIN, so the "
                "mediator tools stay locked. Citizens can keep using the help point. "
                "What to do: ask the person who installed the help point to follow "
                "“The mediator PIN” in the operator's guide."
            )
        elif state == NO_SECRET and self._is_kiosk():
            explain = self.tr(
                "No mediator PIN is set on this computer. "
                "An administrator sets it with the command: assist-desk pin set"
            )
        elif state == NO_SECRET:
            explain = self.tr(
                "Choose the mediator PIN (at least 6 digits) or password (at least 10 "
                "characters) for this computer. It is kept only in the system's secure storage."
            )
        elif state == CHECKING:
            explain = self.tr("Checking the secure storage…")
        else:
            explain = self.tr("Type the mediator PIN or password.")
        self._explain.setText(explain)
        self._explain.setAccessibleName(explain)
        usable = state not in (NO_STORAGE, CHECKING) and not (
            state == NO_SECRET and self._is_kiosk()
        )
        self.pin_label.setText(self.tr("&New PIN") if self.choosing else self.tr("&PIN"))
        self.pin.setAccessibleName(self.tr("New PIN") if self.choosing else self.tr("PIN"))
        self.repeat_label.setText(self.tr("&Repeat the PIN"))
        self.repeat.setAccessibleName(self.tr("Repeat the PIN"))
        for widget in (self.pin_label, self.pin):
            widget.setVisible(usable)
        for widget in (self.repeat_label, self.repeat):
            widget.setVisible(self.choosing)
        self.submit.setVisible(usable)
        self.submit.setText(self.tr("Save the PIN") if self.choosing else self.tr("Sign in"))
        self.submit.setAccessibleName(self.submit.text())
        self.home.setVisible(not usable and state != CHECKING)
        self.home.setText(self.tr("Back"))
        self.home.setAccessibleName(self.home.text())
        self.guide.setVisible(self.home.isVisibleTo(self))
        self.guide.setText(self.tr("How to set it up"))
        self.guide.setAccessibleName(self.guide.text())
        if self._reason:
            self._show_error()

    def initial_focus(self) -> QWidget | None:
        if self.pin.isVisibleTo(self):
            return self.pin
        # No PIN to type (storage checking or missing): the focus goes to the
        # explanation, so that a screen reader reads why.
        self._explain.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return self._explain


class MediatorToolsScreen(Screen):
    """Status (portal, content age), mode switching, the training reset, and the offline
    content's facts to recheck (past their review date, or not confirmed by the pack).

    Signals:
        sig_switch_mode(str): switch the desk to this mode ("" leaves kiosk mode).
        sig_lock(): sign out of the staff tools.
        sig_setup_guide(str): open "How to set it up" at this section (M-1).
    """

    screen_id = "mediator_tools"
    sig_switch_mode = Signal(str)
    sig_lock = Signal()
    sig_setup_guide = Signal(str)

    def __init__(
        self,
        controller: MediatorController,
        mode: Callable[[], Mode],
        parent: QWidget | None = None,
        recheck: Callable[[], list[Fact]] | None = None,
        content_max_age_days: int = 180,
        content_pack: Callable[[], tuple[str, dt.date] | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._mode = mode
        self._recheck = recheck
        #: The loaded pack's (version, date): known from the start, unlike the status
        #: the controller reads on "Check again" (the card said "date unknown" until then).
        self._content_pack = content_pack
        self._max_age = content_max_age_days
        self._heading = QLabel()
        self._heading.setProperty("role", "title")
        self._heading.setWordWrap(True)
        # M-1: each status a card that says OK or "to check", and what to do.
        self.portal_status = Alert("info")
        self.portal_status.setObjectName("statusPortal")
        self.content_status = Alert("info")
        self.content_status.setObjectName("statusContent")
        # M-1: a card that is not OK leads to what to do, step by step, offline.
        self.portal_guide = self._guide_button(self.portal_status, PORTAL)
        self.portal_guide.setObjectName("statusPortalGuide")
        self.content_guide = self._guide_button(self.content_status, CONTENT)
        self.content_guide.setObjectName("statusContentGuide")
        self.recheck_status = QLabel()
        self.recheck_status.setObjectName("statusRecheck")
        self.recheck_status.setWordWrap(True)
        self.recheck_list = QTextBrowser()
        self.recheck_list.setObjectName("recheckList")
        self.recheck_list.setOpenLinks(False)
        self.recheck_list.setMaximumHeight(180)
        self.recheck_status.setBuddy(self.recheck_list)
        self.refresh_button = WrapButton()
        self.refresh_button.setObjectName("statusRefresh")
        self.refresh_button.clicked.connect(controller.refresh_status)
        self.kiosk_button = WrapButton()
        self.kiosk_button.setObjectName("switchToKiosk")
        self.kiosk_button.clicked.connect(lambda: self.sig_switch_mode.emit(Mode.KIOSK.value))
        self.leave_button = WrapButton()
        self.leave_button.setObjectName("leaveKiosk")
        self.leave_button.clicked.connect(self._leave_kiosk)
        self.reset_button = WrapButton()
        self.reset_button.setObjectName("resetTraining")
        self.reset_button.clicked.connect(controller.reset_training)
        # Sources, licences and pack details live here, not on the citizens' About (O-3).
        self.sources_button = WrapButton()
        self.sources_button.setObjectName("mediatorSources")
        self.sources_button.clicked.connect(lambda: self.sig_navigate.emit("about_sources"))
        self.reset_result = QLabel()
        self.reset_result.setObjectName("resetTrainingResult")
        self.reset_result.setWordWrap(True)
        self.lock_button = WrapButton()
        self.lock_button.setObjectName("mediatorLock")
        self.lock_button.clicked.connect(self.sig_lock)
        self._reset_ok: bool | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addWidget(self.portal_status)
        layout.addWidget(self.content_status)
        layout.addWidget(self.recheck_status)
        layout.addWidget(self.recheck_list)
        for button in (
            self.refresh_button,
            self.kiosk_button,
            self.leave_button,
            self.reset_button,
            self.sources_button,
        ):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.reset_result)
        layout.addStretch(1)
        layout.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignLeft)
        controller.sig_status_changed.connect(self.retranslate_ui)
        controller.sig_training_reset.connect(self._on_reset)
        controller.sig_busy_changed.connect(self._on_busy)  # a method: see the sign-in
        self.retranslate_ui()

    def _on_busy(self, busy: bool) -> None:
        self.reset_button.setEnabled(not busy)

    def _guide_button(self, card: Alert, section: str) -> WrapButton:
        button = WrapButton()
        button.clicked.connect(lambda: self.sig_setup_guide.emit(section))
        card.action_row.addWidget(button)
        return button

    def _leave_kiosk(self) -> None:
        self.sig_switch_mode.emit("")  # "": back to the staff mode the desk came from

    def _on_reset(self, ok: bool) -> None:
        self._reset_ok = ok
        self.retranslate_ui()

    def showEvent(self, event: object) -> None:
        self.retranslate_ui()
        super().showEvent(event)  # type: ignore[arg-type]

    def window_title(self) -> str:
        return self.tr("Mediator tools")

    def retranslate_ui(self) -> None:
        status = self.controller.status
        mode = self._mode()
        self._heading.setText(self.tr("Mediator tools"))
        self._show_status_cards(status.get("portal"), status.get("content_age_days"))
        self._show_recheck()
        self.refresh_button.setText(self.tr("Check again"))
        self.refresh_button.setAccessibleName(self.tr("Check the status again"))
        self.kiosk_button.setText(self.tr("Switch to kiosk mode"))
        self.kiosk_button.setAccessibleName(self.kiosk_button.text())
        self.kiosk_button.setAccessibleDescription(
            self.tr("Full screen for a citizen alone; leaving it needs the PIN")
        )
        self.kiosk_button.setVisible(mode is not Mode.KIOSK)
        self.leave_button.setText(self.tr("Leave kiosk mode"))
        self.leave_button.setAccessibleName(self.leave_button.text())
        self.leave_button.setVisible(mode is Mode.KIOSK)
        self.reset_button.setText(self.tr("Reset the training data"))
        self.reset_button.setAccessibleName(self.reset_button.text())
        self.reset_button.setAccessibleDescription(
            self.tr("Puts the training portal's fictitious accounts back as they were")
        )
        self.reset_button.setVisible(mode is Mode.TRAINING)
        if self._reset_ok is None:
            self.reset_result.setText("")
        elif self._reset_ok:
            self.reset_result.setText(self.tr("The training data is ready for the next session."))
        else:
            self.reset_result.setText(self.tr("The training data could not be reset."))
        self.reset_result.setAccessibleName(self.reset_result.text())
        self.sources_button.setText(self.tr("Sources and licences"))
        self.sources_button.setAccessibleName(self.sources_button.text())
        self.sources_button.setAccessibleDescription(
            self.tr("Version, content pack, and where each set of shipped data comes from")
        )
        self.lock_button.setText(self.tr("Lock the mediator tools"))
        self.lock_button.setAccessibleName(self.lock_button.text())
        for button, card, name in (
            (self.portal_guide, self.portal_status, self.tr("How to set up the portal")),
            (self.content_guide, self.content_status, self.tr("How to update the content")),
        ):
            button.setText(self.tr("How to set it up"))
            button.setAccessibleName(name)
            button.setVisible(card.kind != "success")

    def _show_status_cards(self, portal: bool | None, age: int | None) -> None:
        """M-1: OK (success) or to check (warning), each with what to do, in plain words."""
        if portal is None:
            self.portal_status.show_message(
                "info",
                self.tr("ANTS portal: not checked yet"),
                self.tr("Press “Check again” to test the connection."),
            )
        elif portal:
            self.portal_status.show_message(
                "success",
                self.tr("ANTS portal: OK"),
                self.tr("Citizens can create accounts and start procedures."),
            )
        else:
            self.portal_status.show_message(
                "warning",
                self.tr("ANTS portal: to check"),
                self.tr(
                    "This help point cannot reach the portal. Check that this computer "
                    "is connected to the Internet, then press “Check again”. If it "
                    "lasts, call the person who installed the help point. Meanwhile, "
                    "the questions and answers and the lists of documents still work."
                ),
            )
        pack = self._content_pack() if self._content_pack is not None else None
        if age is None and pack is not None:
            age = (dt.date.today() - pack[1]).days
        if age is None:
            self.content_status.show_message(
                "warning",
                self.tr("Offline content: to check"),
                self.tr(
                    "Its date is unknown. Ask the person who installed the help point "
                    "to update the application."
                ),
            )
        elif int(age) <= self._max_age:
            self.content_status.show_message(
                "success",
                self.tr("Offline content: OK"),
                self._pack_line(pack) + self._updated_when(int(age)),
            )
        else:
            self.content_status.show_message(
                "warning",
                self.tr("Offline content: to update"),
                self._pack_line(pack)
                + self.tr(
                    "Updated %n day(s) ago: fees and documents may have changed. Ask the "
                    "person who installed the help point to update the application; "
                    "meanwhile, check the amounts on service-public.fr.",
                    "",
                    int(age),
                ),
            )

    def _updated_when(self, age_days: int) -> str:
        """ "Updated today." rather than "0 day(s) ago", "yesterday" rather than "1 day(s)"."""
        if age_days <= 0:
            return self.tr("Updated today.")
        if age_days == 1:
            return self.tr("Updated yesterday.")
        return self.tr("Updated %n day(s) ago.", "", age_days)

    def _pack_line(self, pack: tuple[str, dt.date] | None) -> str:
        """ "Version 1.4.3 of 6 December 2026. " (what to tell support), or ''."""
        if pack is None:
            return ""
        version, day = pack
        # Day, month name, year: the long format adds the weekday, which says nothing here.
        written = QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
        text = self.tr("Version %1 of %2.").replace("%1", isolate(version))
        return text.replace("%2", written) + " "

    def _show_recheck(self) -> None:
        """The facts a mediator should check again, each with its date and sources."""
        facts = self._recheck() if self._recheck is not None else []
        self.recheck_status.setVisible(self._recheck is not None)
        self.recheck_list.setVisible(bool(facts))
        self.recheck_status.setText(
            self.tr("Offline content to recheck: %n fact(s)", "", len(facts))
        )
        self.recheck_list.setAccessibleName(self.recheck_status.text())
        today = QDate.currentDate()
        rows = []
        for fact in facts:
            review = QDate(fact.review_by.year, fact.review_by.month, fact.review_by.day)
            day = QLocale().toString(review, QLocale.FormatType.ShortFormat)
            if review < today:
                why = self.tr("past its review date (%1)").replace("%1", day)
            else:
                why = self.tr("not confirmed by a precise page")
            # Identifiers and links are Latin: isolated inside an Arabic line.
            where = html.escape(isolate(fact.where))
            sources = html.escape(isolate(", ".join(fact.sources)))
            why = html.escape(why)
            rows.append(f"<li>{where} — <b>{why}</b><br/><small>{sources}</small></li>")
        # The list follows the interface's direction, though each line starts with a
        # Latin identifier (isolated, so it does not turn an Arabic line around).
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.recheck_list.setHtml(f"<ul dir='{'rtl' if rtl else 'ltr'}'>{''.join(rows)}</ul>")

    def initial_focus(self) -> QWidget | None:
        return self.refresh_button
