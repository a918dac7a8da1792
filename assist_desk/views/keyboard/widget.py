"""The on-screen keyboard: big keys docked at the bottom of the main window.

It never takes the focus: each key sends its key events to the focused widget
(:mod:`~assist_desk.views.keyboard.delivery`), whatever it is, an app's field or a
web page's. It keeps no text: no suggestions, no dictionary, no history, no key
preview bubble; its only state is the layout, the page and Shift.

Public API (what the controlled browser needs, a few lines):

- ``show_for(kind)``: show the keys for a :class:`FieldKind` (e.g. from
  :func:`~assist_desk.views.keyboard.fields.kind_for_html_input`);
- ``hide_keyboard()``;
- ``sig_visibility_changed(bool)``; ``sig_keys_changed()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from assist_desk.i18n import isolate
from assist_desk.views.keyboard.delivery import backspace, focused_widget, type_text
from assist_desk.views.keyboard.enter import press_enter
from assist_desk.views.keyboard.fitting import FONT_STEPS, HEIGHT_STEPS, fit_keys, label_fits
from assist_desk.views.keyboard.layouts import (
    LAYOUT_NAMES,
    LAYOUT_SHORT_NAMES,
    Action,
    FieldKind,
    Key,
    Page,
    first_page,
    has_shift,
    layout_for,
    rows,
)
from assist_desk.views.reading import mark_content

#: The widest the keys spread, in pixels: on a 1920-px kiosk a key stays in reach.
MAX_WIDTH_PX = 1500
#: The digit pad is narrower (three columns).
MAX_PAD_WIDTH_PX = 640


class OnScreenKeyboard(QWidget):
    """Keys for the focused field; see the module docstring for its public API.

    Signals:
        sig_visibility_changed(bool): the keyboard was shown (True) or hidden (False).
        sig_keys_changed(): shown, it changed its keys (another page or layout), and
            maybe its height: the window has laid out the screens above them again.
    """

    sig_visibility_changed = Signal(bool)
    sig_keys_changed = Signal()

    def __init__(
        self,
        layouts: Sequence[str],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        """``layouts``: the layouts offered (the site's languages); ``language``: the
        interface's language now, which the layout follows."""
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # As tall as its keys, never more: the screens above take the rest.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._layouts = [code for code in layouts if code in LAYOUT_NAMES] or ["fr"]
        self._language = language
        self._layout = self._layout_of_language()
        self._kind = FieldKind.TEXT
        self._page = Page.LETTERS
        self._shifted = False
        self._keys: list[tuple[QPushButton, Key]] = []
        #: The panel width and window height the keys were last fitted to.
        self._fitted_to: tuple[int, int] | None = None
        self.setProperty("keyFont", FONT_STEPS[0])
        self.setProperty("keyHeight", HEIGHT_STEPS[0])

        self.panel = QWidget()
        self.panel.setObjectName("keyboardPanel")
        self.grid = QGridLayout(self.panel)
        self.grid.setContentsMargins(8, 8, 8, 8)
        self.grid.setSpacing(8)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(self.panel, 100)
        outer.addStretch(1)
        # Keys stay where the keycaps are in every interface language (not mirrored).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setVisible(False)  # its keys are made when first shown

    # -- public API ------------------------------------------------------------------

    def show_for(self, kind: FieldKind) -> None:
        """Show the keys for a field of this kind (letters, e-mail, digit pad…)."""
        self._kind = kind
        self._page = first_page(kind)
        self._layout = layout_for(kind, self._layout_of_language())
        self._shifted = False
        self._rebuild()
        if not self.isVisible():
            window = self.window()
            size = window.size()
            self.setVisible(True)
            self._keep_window_size(window, size)
            self.sig_visibility_changed.emit(True)

    def _keep_window_size(self, window: QWidget, size: QSize) -> None:
        """Made visible, the keys had their largest size for a moment: the window grew to
        hold them and kept that height once they were fitted (at 200 % text on a
        1280 × 800 or 800 × 600 kiosk: 836 px, taller than the screen, the field typed
        into under the top bar). The window goes back to its size, or to as little more
        as the fitted keys need, and lays out its screens for the fitted keys."""
        self._relayout_window()  # its least height now the fitted keys'
        if window is self or window.size() == size:
            return
        window.resize(size)  # never under the window's least size (Qt's bound)
        self._fit()  # to the window's height now (fitted to the grown one)
        self._relayout_window()

    def hide_keyboard(self) -> None:
        if self.isVisible():
            self.setVisible(False)
            self.sig_visibility_changed.emit(False)

    def reset(self) -> None:
        """The session wipe: hidden, back to the site's layout, Shift off."""
        self.hide_keyboard()
        self._kind = FieldKind.TEXT
        self._page = Page.LETTERS
        self._shifted = False
        self._layout = self._layout_of_language()
        if self._keys:
            self._rebuild()

    @property
    def kind(self) -> FieldKind:
        return self._kind

    @property
    def layout_code(self) -> str:
        """The letters layout in use: "fr", "en" or "ar"."""
        return self._layout

    @property
    def page(self) -> Page:
        return self._page

    @property
    def shifted(self) -> bool:
        return self._shifted

    def key_buttons(self) -> list[tuple[QPushButton, Key]]:
        """Every key shown, with what it does (tests, the tour)."""
        return list(self._keys)

    def button_for(self, action: Action, text: str = "") -> QPushButton:
        """The key doing ``action`` (a CHAR key: typing ``text``)."""
        for button, key in self._keys:
            if key.action is action and (
                action is not Action.CHAR or key.typed(self._shifted) == text
            ):
                return button
        raise LookupError(f"no {action.value} key {text!r} on this page")

    # -- keys --------------------------------------------------------------------------

    def _press(self, key: Key) -> None:
        target = focused_widget()
        if key.action is Action.SHIFT:
            self._shifted = not self._shifted
            self._relabel()
        elif key.action is Action.NEXT_LAYOUT:
            self._layout = self._next_layout()
            self._page = Page.LETTERS
            self._keys_changed()
        elif key.action in (Action.SYMBOLS, Action.LETTERS):
            self._page = Page.SYMBOLS if key.action is Action.SYMBOLS else Page.LETTERS
            self._keys_changed()
        elif key.action is Action.HIDE:
            self.hide_keyboard()
        elif target is None or self.isAncestorOf(target):
            return
        elif key.action in (Action.CHAR, Action.SPACE):
            type_text(target, key.typed(self._shifted))
            if self._shifted:  # Shift holds for one letter, as on a phone
                self._shifted = False
                self._relabel()
        elif key.action is Action.BACKSPACE:
            backspace(target)
        elif key.action is Action.ENTER:
            press_enter(target)

    def _next_layout(self) -> str:
        if self._layout not in self._layouts:
            return self._layouts[0]
        return self._layouts[(self._layouts.index(self._layout) + 1) % len(self._layouts)]

    def _layout_of_language(self) -> str:
        language = self._language()
        return language if language in self._layouts else self._layouts[0]

    # -- building the keys -------------------------------------------------------------

    def _rebuild(self) -> None:
        for button, _key in self._keys:
            self.grid.removeWidget(button)
            button.hide()
            button.deleteLater()  # it may be the key being pressed
        self._keys.clear()
        key_rows = rows(self._layout, self._page, self._kind)
        # Two grid columns per standard key: keys of 1.5 fit, rows centre on half keys.
        columns = max(round(sum(key.width for key in row) * 2) for row in key_rows)
        for row_index, row in enumerate(key_rows):
            column = (columns - round(sum(key.width for key in row) * 2)) // 2
            for key in row:
                span = round(key.width * 2)
                button = self._make_button(key)
                self.grid.addWidget(button, row_index, column, 1, span)
                # Styled and shown now (a layout shows a new child at the next event loop
                # turn): the window lays out the screens with the keys' real size.
                button.ensurePolished()
                button.show()
                column += span
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        pad = self._page is Page.DIGITS
        self.panel.setMaximumWidth(MAX_PAD_WIDTH_PX if pad else MAX_WIDTH_PX)
        self._relabel()
        self._fitted_to = None
        if self.isVisible():
            self._fit()

    def _fit(self) -> None:
        """Keys and labels sized to the window (small screen, big text): fitting.py."""
        self.grid.activate()  # the keys' widths now
        size = (self.panel.width(), self.window().height())
        if self._keys and size != self._fitted_to:
            self._fitted_to = size
            fit_keys(self, self.grid, [button for button, _ in self._keys])
            self._shorten_space_label()

    def _shorten_space_label(self) -> None:
        """The space bar names the layout: in short where the name does not fit."""
        for button, key in self._keys:
            if key.action is Action.SPACE and button.width() and not label_fits(button):
                button.setText(isolate(LAYOUT_SHORT_NAMES[self._layout]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # the layout has already given the keys their new widths

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _make_button(self, key: Key) -> QPushButton:
        button = QPushButton(self.panel)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setObjectName(f"key_{key.action.value}")
        # Styles: characters, glyph keys (Shift, Backspace: big symbols), worded keys.
        glyph = {Action.SHIFT, Action.BACKSPACE, Action.ENTER, Action.HIDE}
        role = (
            "char" if key.action is Action.CHAR else "glyph" if key.action in glyph else "function"
        )
        button.setProperty("keyRole", role)
        # A key's characters, and the layouts named in their own language, are not
        # interface text: nothing translates them.
        mark_content(button, key.action in (Action.CHAR, Action.SPACE, Action.NEXT_LAYOUT))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if key.action is Action.BACKSPACE:
            button.setAutoRepeat(True)  # held down, it keeps erasing
        if key.action is Action.SHIFT:
            button.setCheckable(True)
        button.clicked.connect(lambda _checked=False, key=key: self._press(key))
        self._keys.append((button, key))
        return button

    def _keys_changed(self) -> None:
        """Other keys, maybe another number of rows: the screens above get the window's
        new share now, and the controller shows the field again (at larger text on a
        short kiosk, "?123" left the field and the screen's actions under the keys)."""
        self._rebuild()
        self._relayout_window()
        self.sig_keys_changed.emit()

    def _relayout_window(self) -> None:
        """The keys' new size climbs to the window's layout through posted layout
        requests: taken now, the window lays out its screens for the keys' new height."""
        self.updateGeometry()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The interface language changed: the letters follow it.
            self._layout = layout_for(self._kind, self._layout_of_language())
            if self._page is not Page.DIGITS:
                self._page = Page.LETTERS
            if self._keys:
                self._rebuild()
        super().changeEvent(event)

    def _relabel(self) -> None:
        """Every key's text and accessible name in the current language and Shift state."""
        self.setAccessibleName(self.tr("On-screen keyboard"))
        for button, key in self._keys:
            label, name, description = self._texts(key)
            # Isolated: in an Arabic window ".fr" or "?123" keep their own direction.
            button.setText(isolate(label))
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
            if key.action is Action.SHIFT:
                button.setChecked(self._shifted)
        if self._fitted_to is not None:
            self._shorten_space_label()

    def _texts(self, key: Key) -> tuple[str, str, str]:
        """(label, accessible name, accessible description) of a key."""
        if key.action is Action.CHAR:
            typed = key.typed(self._shifted and has_shift(self._layout))
            return typed.replace("&", "&&"), typed, ""
        if key.action is Action.SHIFT:
            return "⇧", self.tr("Shift"), self.tr("The next letter is a capital")
        if key.action is Action.BACKSPACE:
            return "⌫", self.tr("Backspace"), self.tr("Erases the character before the cursor")
        if key.action is Action.SPACE:
            return LAYOUT_NAMES[self._layout], self.tr("Space"), ""
        # Enter and Hide show the symbols of physical and phone keyboards: a word would
        # not fit a key at 200 % text on a narrow screen.
        if key.action is Action.ENTER:
            return (
                "↵",
                self.tr("Enter"),
                self.tr("Goes to the next field, or confirms the last one"),
            )
        if key.action is Action.HIDE:
            return "⌨▾", self.tr("Hide the keyboard"), ""
        if key.action is Action.NEXT_LAYOUT:
            following = self._next_layout()
            return (
                LAYOUT_SHORT_NAMES[following],
                self.tr("Keyboard in %1").replace("%1", LAYOUT_NAMES[following]),
                self.tr("Switches the letters to another language"),
            )
        if key.action is Action.SYMBOLS:
            return "?123", self.tr("Digits and symbols"), ""
        return ("أبت" if self._layout == "ar" else "ABC"), self.tr("Letters"), ""
