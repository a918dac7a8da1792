"""One question per screen at a kiosk (K-2): a page's parts shown one at a time.

A page of several questions (the prerequisites' yes/no questions, the account form's
fields) hands its parts to a :class:`OneAtATime`. A part is the widgets shown
together: a question and its two answers, a field with its label and error, or a
tightly bound group (the password with its copy and live criteria). At a kiosk only
the current part is shown, under a plain "Question 2 of 4" line that a screen reader
also hears when the part changes; on a workstation (``enabled`` False) every part is
shown and the line hidden, the denser page a mediator works with.

The page decides when to move (an answer given, a field checked); this class only
shows, hides, focuses and says where the person is. The new part is shown and
focused before the old one is hidden: hiding the focused widget first would make Qt
lend the focus to the next widget of the window, which a screen reader would say (m1).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.views.a11y import announce

#: What a part's focus is: its first field or answer (None: nothing to focus).
FocusOf = Callable[[int], QWidget | None]


class OneAtATime(QObject):
    """Shows one part of a page at a time, with its position in words above it."""

    def __init__(
        self,
        position: QLabel,
        position_text: Callable[[int, int], str],
        focus_of: FocusOf,
        parent: QObject | None = None,
    ) -> None:
        """``position``: the page's "Question 2 of 4" label; ``position_text(number,
        count)`` its text in the interface language; ``focus_of(index)`` the widget that
        takes the focus when part ``index`` is shown."""
        super().__init__(parent)
        self.position = position
        self._position_text = position_text
        self._focus_of = focus_of
        self._parts: list[tuple[QWidget, ...]] = []
        self.index = 0
        self.enabled = False

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self._apply()

    def set_parts(self, parts: Sequence[Sequence[QWidget]]) -> None:
        """New parts (a page rebuilt for another profile): the first one is current."""
        self._parts = [tuple(part) for part in parts]
        self.index = 0
        self._apply()

    def count(self) -> int:
        return len(self._parts)

    def part_of(self, widget: QWidget) -> int | None:
        """The index of the part holding ``widget``, or None."""
        for index, part in enumerate(self._parts):
            if any(holder is widget or holder.isAncestorOf(widget) for holder in part):
                return index
        return None

    def is_first(self) -> bool:
        return not self.enabled or self.index == 0

    def is_last(self) -> bool:
        return not self.enabled or self.index >= len(self._parts) - 1

    def go_to(self, index: int, focus: bool = True, speak: bool = True) -> None:
        """Show part ``index`` (kept in range); ``focus``: its field or answer takes the
        focus; ``speak``: a screen reader hears the new position."""
        if not self._parts:
            return
        self.index = max(0, min(index, len(self._parts) - 1))
        target = self._focus_of(self.index) if focus else None
        if target is not None and self.enabled:
            for widget in self._parts[self.index]:
                widget.show()  # before the focus moves there, before the old part goes
            if target.isVisible():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._apply()
        if speak and self.enabled and len(self._parts) > 1:
            announce(self.position, self.position.text())

    def next(self) -> bool:
        """To the next part; False on the last one (the page's step may end)."""
        if self.is_last():
            return False
        self.go_to(self.index + 1)
        return True

    def back(self) -> bool:
        """To the previous part; False on the first one (Back leaves the step)."""
        if self.is_first():
            return False
        self.go_to(self.index - 1)
        return True

    def retranslate(self) -> None:
        self._apply()

    def _apply(self) -> None:
        for index, part in enumerate(self._parts):
            for widget in part:
                widget.setVisible(not self.enabled or index == self.index)
        several = self.enabled and len(self._parts) > 1
        text = self._position_text(self.index + 1, len(self._parts)) if several else ""
        self.position.setText(text)
        self.position.setAccessibleName(text)
        self.position.setVisible(several)
