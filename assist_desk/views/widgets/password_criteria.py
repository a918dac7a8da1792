"""The password's rules, each ticked live as the person types (E-4, DSFR password pattern).

The rules are the portal's own (:func:`assist_desk.models.checks.password_criteria`,
the function the form's check and the training portal use). Each line says its state
with a sign, not only a colour: "✓" met, "○" not yet; its accessible name says it in
words, and a screen reader hears a change as it happens (a polite announcement).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from assist_desk.models.checks import password_criteria
from assist_desk.views.a11y import announce


class PasswordCriteria(QWidget):
    """Three lines under the password field; :meth:`show_for` ticks them."""

    KEYS = ("length", "kinds", "not_email")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordCriteria")
        self.lines: dict[str, QLabel] = {}
        self._met = dict.fromkeys(self.KEYS, False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for key in self.KEYS:
            line = QLabel()
            line.setObjectName(f"passwordCriterion_{key}")
            line.setWordWrap(True)
            column.addWidget(line)
            self.lines[key] = line
        self.retranslate()

    def _rules(self) -> dict[str, str]:
        return {
            "length": self.tr("At least 12 characters"),
            "kinds": self.tr("Three of: small letters, capitals, digits, symbols"),
            "not_email": self.tr("Does not contain your e-mail address"),
        }

    def show_for(self, password: str, email: str | None) -> None:
        met = password_criteria(password, email)
        newly = [key for key in self.KEYS if met[key] and not self._met[key]]
        self._met = met
        self.retranslate()
        if newly:  # said once, when a rule becomes met; not at every letter
            announce(self.lines[newly[0]], self.lines[newly[0]].accessibleName())

    def met(self) -> dict[str, bool]:
        return dict(self._met)

    def retranslate(self) -> None:
        rules = self._rules()
        for key, line in self.lines.items():
            done = self._met[key]
            line.setText(("✓ " if done else "○ ") + rules[key])
            line.setProperty("role", "secure" if done else "muted")
            state = self.tr("done") if done else self.tr("not yet")
            line.setAccessibleName(f"{rules[key]}: {state}")
            line.style().unpolish(line)
            line.style().polish(line)
