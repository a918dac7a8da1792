"""The on-screen keyboard feature: docked in the main window, following the focus.

The site's ``onscreen_keyboard`` setting decides when it serves: "on", "off", or
"auto" (kiosk mode only, asked at each focus change: a mediator may switch modes).
Its keys are made when it is first shown. The session wipe hides it and resets its
layout; it keeps no typed text to forget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist_desk.context import FeatureContext
from assist_desk.modes import Mode

if TYPE_CHECKING:
    from assist_desk.views.keyboard.controller import KeyboardController
    from assist_desk.views.keyboard.widget import OnScreenKeyboard


def keyboard_serves(setting: str, mode: Mode) -> bool:
    """True when the keyboard shows for text fields with this setting in this mode."""
    return setting == "on" or (setting == "auto" and mode is Mode.KIOSK)


class KeyboardFeature:
    """The keyboard (``keyboard``: its public API for the controlled browser) and the
    controller that shows it for the app's own fields."""

    def __init__(self, keyboard: OnScreenKeyboard, controller: KeyboardController) -> None:
        self.keyboard = keyboard
        self.controller = controller


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
    controller = KeyboardController(
        keyboard, lambda: keyboard_serves(setting, context.mode()), window.reveal, context
    )
    context.wipe_hooks.append(keyboard.reset)
    context.shutdown_hooks.append(controller.dispose)
    return KeyboardFeature(keyboard, controller)
