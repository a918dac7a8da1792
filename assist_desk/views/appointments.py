"""The pre-application number and appointments widget (for the identity card and passport flow).

After the hand-off to the pre-application site, the person has a 10-character
number. This widget explains it, checks it offline as it is typed, and, where
the help point has the ANTS services configured, shows its status and its
appointments, or free slots near the help point. Without the services (the
default), or when they fail, it explains the statuses and points to the
official appointment site. :class:`PreApplicationWidget` is meant to be
embedded in the guided flow; :class:`AppointmentsScreen` shows it alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from assist_desk.appointments.numbers import NumberState, check_number, grouped
from assist_desk.controllers.appointments import AppointmentsController
from assist_desk.i18n import isolate
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.address_label import AddressLabel
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton

MAX_SLOTS_SHOWN = 4


class PreApplicationWidget(QWidget):
    """Number field with as-you-type feedback, status, appointments and slots."""

    def __init__(self, controller: AppointmentsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preApplication")
        self.controller = controller
        self._outcome: Any = None
        self._slots: Any = None

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.number_label = QLabel()
        self.number_label.setWordWrap(True)  # the kiosk's type at 200 % on 800 px
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("preApplicationNumber")
        self.number_edit.setMaxLength(20)
        self.number_label.setBuddy(self.number_edit)
        self.number_edit.textChanged.connect(self._on_typed)
        self.number_edit.returnPressed.connect(self._check)
        self.feedback = QLabel()
        self.feedback.setObjectName("preApplicationFeedback")
        self.feedback.setWordWrap(True)
        self.check_button = WrapButton()
        self.check_button.setProperty("role", "primary")
        self.check_button.clicked.connect(self._check)
        self.slots_button = WrapButton()
        self.slots_button.clicked.connect(controller.find_slots)
        self.result = QLabel()
        self.result.setObjectName("preApplicationResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.slots = QListWidget()
        self.slots.setObjectName("appointmentSlots")
        self.slots.setVisible(False)
        self.handoff = AddressLabel()
        self.handoff.setWordWrap(True)
        self.handoff.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Rows that fold into columns and buttons that wrap: nothing is cut at 200 %
        # text on an 800-px kiosk (WCAG 1.4.10).
        row = ReflowRow()
        row.addWidget(self.number_label)
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.check_button)
        slots_row = ReflowRow()
        slots_row.addWidget(self.slots_button)
        slots_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        layout.addWidget(self.result)
        layout.addLayout(slots_row)
        layout.addWidget(self.slots)
        layout.addWidget(self.handoff)

        controller.sig_number_checked.connect(self._on_checked)
        controller.sig_slots_found.connect(self._on_slots)
        controller.sig_busy_changed.connect(self._on_busy)
        controller.sig_configuration_changed.connect(self._on_configuration_changed)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- texts ---------------------------------------------------------------------------

    def status_texts(self) -> dict[str, str]:
        """What each status of the coordination API means, for the person."""
        return {
            "validated": self.tr(
                "Valid: this number can be used to make an appointment in any town hall "
                "that takes passport and identity-card applications."
            ),
            "consumed": self.tr(
                "Already used: an application was made with this number. It cannot be "
                "used again; make a new pre-application if needed."
            ),
            "declared": self.tr(
                "Not recognised by ANTS yet: check the number on the pre-application "
                "summary, or wait a little and try again."
            ),
            "unknown": self.tr(
                "Unknown: ANTS does not know this number. Check each character on the "
                "pre-application summary."
            ),
            "expired": self.tr(
                "Expired: this pre-application is too old. Make a new pre-application."
            ),
        }

    def fallback_texts(self) -> dict[str, str]:
        return {
            "not-configured": self.tr(
                "The status cannot be checked from here. Make the appointment on the "
                "official site with this number."
            ),
            "invalid-number": self.tr("The number must have 10 letters or digits."),
            "unauthorized": self.tr(
                "The appointment service refused this help point's access. Please tell a "
                "mediator; meanwhile use the official site."
            ),
            "rate-limited": self.tr("The appointment service is busy. Try again in a minute."),
        }

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "At the end of the online pre-application you receive a pre-application "
                "number: 10 letters or digits. Write it down or print the summary: the town "
                "hall asks for it at the appointment, where fingerprints are taken."
            )
        )
        self.number_label.setText(self.tr("Pre-application &number:"))
        self.number_edit.setAccessibleName(self.tr("Pre-application number"))
        self.number_edit.setAccessibleDescription(
            self.tr("10 letters or digits; spaces and small letters are accepted")
        )
        self.number_edit.setPlaceholderText(self.tr("e.g. AB12 CD34 EF"))
        self.result.setAccessibleName(self.tr("Result of the check"))
        self.check_button.setText(self.tr("Check the number"))
        self.check_button.setAccessibleName(self.tr("Check the pre-application number"))
        self.slots_button.setText(self.tr("Free appointments near this help point"))
        self.slots_button.setAccessibleName(self.slots_button.text())
        self.slots.setAccessibleName(self.tr("Free appointments, nearest town halls first"))
        self.handoff.set_address_text(
            self.tr("Appointments in town halls: %1"), self.controller.handoff_url
        )
        self._on_typed(self.number_edit.text())
        self._show_outcome()
        self._show_slots()

    # -- interaction -----------------------------------------------------------------------

    def _on_typed(self, typed: str) -> None:
        checked = check_number(typed)
        messages = {
            NumberState.EMPTY: "",
            NumberState.INCOMPLETE: self.tr("%1 of 10 characters").replace(
                "%1", str(checked.length)
            ),
            NumberState.TOO_LONG: self.tr("Too long: %1 characters instead of 10").replace(
                "%1", str(checked.length)
            ),
            NumberState.INVALID_CHARACTER: self.tr(
                "Only letters A to Z and digits: “%1” is not accepted"
            ).replace("%1", checked.bad_character),
            NumberState.VALID: self.tr("Complete number: %1").replace(
                "%1", isolate(grouped(checked.normalised))
            ),
        }
        self.feedback.setText(messages[checked.state])
        invalid = checked.state in (NumberState.TOO_LONG, NumberState.INVALID_CHARACTER)
        self.number_edit.setProperty("invalid", "true" if invalid else "false")
        self.number_edit.style().unpolish(self.number_edit)
        self.number_edit.style().polish(self.number_edit)
        self.check_button.setEnabled(checked.valid and not self.controller.busy)
        self.slots_button.setVisible(self.controller.can_find_slots)

    def _on_configuration_changed(self) -> None:
        """The help point's tokens arrived: the slots button and the hint may change."""
        self._on_typed(self.number_edit.text())
        self._show_outcome()

    def _check(self) -> None:
        if check_number(self.number_edit.text()).valid and not self.controller.busy:
            self.controller.check_number(self.number_edit.text())

    def _on_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy and check_number(self.number_edit.text()).valid)
        self.slots_button.setEnabled(not busy)
        if busy:
            self.result.setText(self.tr("Asking the appointment service…"))

    def _on_checked(self, outcome: Any) -> None:
        self._outcome = outcome
        self._show_outcome()

    def _show_outcome(self) -> None:
        outcome = self._outcome
        if outcome is None:
            self.result.setText(
                ""
                if self.controller.can_check_numbers
                else self.tr(
                    "Without a connection to ANTS, only the form of the number is checked."
                )
            )
            return
        if outcome.fallback is not None:
            text = self.fallback_texts().get(
                outcome.fallback.reason,
                self.tr(
                    "The appointment service does not answer. Make the appointment on the "
                    "official site with this number."
                ),
            )
            self.result.setText(text)
            return
        lines = [self.status_texts()[outcome.status.status]]
        for appointment in outcome.appointments:
            lines.append(
                self.tr("Appointment: %1 at %2")
                .replace("%1", isolate(appointment.appointment_date))
                .replace("%2", isolate(appointment.meeting_point))
            )
        self.result.setText("\n".join(lines))

    def _on_slots(self, outcome: Any) -> None:
        self._slots = outcome
        self._show_slots()

    def _show_slots(self) -> None:
        self.slots.clear()
        outcome = self._slots
        if outcome is None:
            self.slots.setVisible(False)
            return
        self.slots.setVisible(True)
        if outcome.fallback is not None or not outcome.points:
            self.slots.addItem(
                self.tr("No free appointment found from here: use the official site.")
            )
            return
        for point in outcome.points:
            times = ", ".join(
                slot.datetime.replace("T", " ").rstrip("Z")
                for slot in point.available_slots[:MAX_SLOTS_SHOWN]
            )
            distance = "" if point.distance_km is None else f" — {point.distance_km:.1f} km"
            self.slots.addItem(f"{point.name}{distance}\n{point.public_entry_address}\n{times}")

    def clear(self) -> None:
        """Forget the number and every answer (session wipe)."""
        self.number_edit.clear()
        self._outcome = None
        self._slots = None
        self._show_outcome()
        self._show_slots()


class AppointmentsScreen(Screen):
    """The widget on a screen of its own (reachable without a home tile)."""

    screen_id = "appointments"

    def __init__(self, controller: AppointmentsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.widget = PreApplicationWidget(controller)
        layout = QVBoxLayout(self)
        # 24 px, not 32: room for the ANTS address on an 800-px kiosk at 200 % text (it
        # breaks only when wider than a line: widgets.address_label).
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.widget)
        layout.addStretch(1)
        self.retranslate_ui()

    def window_title(self) -> str:
        return self.tr("Pre-application number and appointment")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Pre-application number and appointment"))

    def initial_focus(self) -> QWidget | None:
        return self.widget.number_edit

    def clear_citizen_data(self) -> None:
        self.widget.clear()
