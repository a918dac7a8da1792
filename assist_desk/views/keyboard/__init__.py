"""The on-screen keyboard of a touch kiosk, docked at the bottom of the main window.

- :mod:`~assist_desk.views.keyboard.layouts`: the keys of each layout and page (plain data);
- :mod:`~assist_desk.views.keyboard.fields`: which keyboard a focused widget needs;
- :mod:`~assist_desk.views.keyboard.delivery`: key events to the focused widget;
- :mod:`~assist_desk.views.keyboard.widget`: :class:`OnScreenKeyboard`, the keys;
- :mod:`~assist_desk.views.keyboard.controller`: shows it when a text field has the focus.

Why our own widget and not Qt Virtual Keyboard: docs/keyboard/README.md.
"""
