"""A "Clear the search" button for touch screens, beside a search field.

At a workstation a field's own clear button (the ✕ Qt draws inside it) is enough and
stays small (24 px, WCAG 2.5.8). At a kiosk that ✕ is a target of about 20 px that a
finger misses, and a ``QLineEdit`` sizes it from the style's small-icon metric, which a
style sheet cannot raise. So at a kiosk the field's own ✕ goes, and this button, as
big as any other, shows while the field holds text. The screen that owns both says
which mode it is in (:meth:`use_at_kiosk`), each time it is shown: the desk may switch.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from assist_desk.views.widgets.wrap_button import WrapButton


class ClearSearchButton(WrapButton):
    """Empties ``field`` and gives it the focus back; shown at a kiosk only, with text."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._field = field
        self._kiosk = False
        self.setObjectName(f"{field.objectName()}Clear")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(self._clear)
        field.textChanged.connect(self._follow_text)
        self.use_at_kiosk(False)

    def use_at_kiosk(self, kiosk: bool) -> None:
        self._kiosk = kiosk
        self._field.setClearButtonEnabled(not kiosk)
        self._follow_text(self._field.text())

    def _follow_text(self, text: str) -> None:
        self.setVisible(self._kiosk and bool(text))

    def _clear(self) -> None:
        self._field.setFocus(Qt.FocusReason.OtherFocusReason)
        self._field.clear()
        # clear() does not emit textEdited: the screens that search as one types hear
        # textChanged (the FAQ) or are asked again here (places' suggestions).
        self._field.textEdited.emit("")
