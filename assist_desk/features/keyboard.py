"""The on-screen keyboard feature: docked in the main window, following the focus.

The site's ``onscreen_keyboard`` setting decides when it serves: "on", "off", or
"auto" (kiosk mode only, asked at each focus change: a mediator may switch modes).
Its keys are made when it is first shown. The session wipe hides it and resets its
layout; it keeps no typed text to forget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.views.keyboard.controller import KeyboardController
    from assist_desk.views.keyboard.layouts import FieldKind
    from assist_desk.views.keyboard.widget import OnScreenKeyboard


def keyboard_serves(setting: str, mode: Mode) -> bool:
    """True when the keyboard shows for text fields with this setting in this mode."""
    return setting == "on" or (setting == "auto" and mode is Mode.KIOSK)


class KeyboardFeature:
    """The keyboard (``keyboard``: show_for, hide_keyboard) and the controller that shows
    it for the app's own fields. The controlled browser reports its page's fields with
    :meth:`web_field_focused` and :meth:`web_field_blurred`."""

    def __init__(
        self,
        keyboard: OnScreenKeyboard,
        controller: KeyboardController,
        serves: Callable[[], bool],
    ) -> None:
        self.keyboard = keyboard
        self.controller = controller
        self.serves = serves

    def web_field_focused(self, input_type: str, input_mode: str = "") -> None:
        """A web page's field got the focus (its ``type``: "email", "password", "tel",
        "textarea"…, and ``inputmode``). Keys already up follow it; a field the page
        focused by itself gets none: only a tap shows them (:meth:`web_field_tapped`)."""
        kind = self._web_kind(input_type, input_mode)
        if kind is None:
            self.keyboard.hide_keyboard()
        elif self.keyboard.isVisible():
            self.keyboard.show_for(kind)

    def web_field_tapped(self, input_type: str, input_mode: str = "") -> None:
        """The citizen tapped a web page's field: its keys."""
        kind = self._web_kind(input_type, input_mode)
        if kind is not None:
            self.keyboard.show_for(kind)

    def _web_kind(self, input_type: str, input_mode: str) -> FieldKind | None:
        from assist_desk.views.keyboard.fields import kind_for_html_input

        return kind_for_html_input(input_type, input_mode) if self.serves() else None

    def web_field_blurred(self) -> None:
        self.keyboard.hide_keyboard()


def install(context: FeatureContext) -> KeyboardFeature | None:
    """None when the site turned the keyboard off."""
    from assist_desk.views.keyboard.controller import KeyboardController
    from assist_desk.views.keyboard.widget import OnScreenKeyboard

    setting = context.settings.onscreen_keyboard
    if setting == "off":
        return None
    window = context.window
    keyboard = OnScreenKeyboard(context.settings.languages, context.language)
    window.dock_keyboard(keyboard)

    def serves() -> bool:
        return keyboard_serves(setting, context.mode())

    controller = KeyboardController(keyboard, serves, window.reveal, context)
    context.wipe_hooks.append(keyboard.reset)
    context.shutdown_hooks.append(controller.dispose)
    return KeyboardFeature(keyboard, controller, serves)
