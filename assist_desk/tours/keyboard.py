"""Tour scenes of the on-screen keyboard (kiosk mode): an e-mail field and a SIRET field,
each typed key by key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from assist_desk.tours.scene import Scene, Tour


def _type(keyboard: Any, text: str) -> None:
    """Press the key that types ``text`` (a letter, or an e-mail part such as ".fr")."""
    from assist_desk.views.keyboard.layouts import Action

    keyboard.button_for(Action.CHAR, text).click()


async def _focus(tour: Tour, keyboard: Any, field: QWidget) -> None:
    """Give ``field`` the focus as a tap does (the window activated first: keys type into
    the application's focused widget); if the platform refuses, the keyboard is asked
    directly (its public API)."""
    from assist_desk.views.keyboard.fields import kind_for_widget

    if not field.isVisible():  # Qt would still focus it: keys for a field nobody sees
        raise RuntimeError(f"{field.objectName()} is not on the screen")
    if not tour.window.isActiveWindow():
        # The tour's window is never shown on a screen, so no platform activates it.
        QApplication.setActiveWindow(tour.window)
        await tour.settle()
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    kind = kind_for_widget(field)
    # No finger touched it (the keys open for a tap only): the tour shows what a tap does.
    if kind is not None and not keyboard.isVisible():
        keyboard.show_for(kind)
    tour.window.reveal(field)


def scene_names() -> frozenset[str]:
    return frozenset({"keyboard-01-email", "keyboard-02-siret"})


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    feature = tour.context.features.keyboard
    flows = tour.context.features.flows
    if feature is None or flows is None or tour.mode != "kiosk":
        return  # the keyboard serves kiosks (site setting "auto")
    from assist_desk.flows.catalogue import PREREQUISITES

    keyboard = feature.keyboard
    account = flows.service.get().account

    def open_form(profile: str) -> Any:
        account.restart()
        screen = tour.show("account")
        screen.page("profile").choose(profile)
        account.go_next()
        for question in PREREQUISITES[profile]:
            screen.page("prerequisites").answer(question, True)
        if account.current == "prerequisites":  # a kiosk moved on with the answer (K-2)
            account.go_next()
        if profile == "individual":
            screen.page("method").choose("ants_account")
            account.go_next()
        return screen.page("form")

    try:
        form = open_form("individual")
        await _focus(tour, keyboard, form.edits["email"])
        for char in "camille.martin":
            _type(keyboard, char)
        _type(keyboard, "@")
        for char in "exemple":
            _type(keyboard, char)
        _type(keyboard, ".fr")
        yield tour.scene(
            "keyboard-01-email", "On-screen keyboard on an e-mail field: @, .fr, .com, .gouv.fr"
        )
        form = open_form("legal_entity")
        form.go_to_field("siret")  # its own screen at a kiosk (K-2), as Continue leads
        await _focus(tour, keyboard, form.edits["siret"])
        for char in "73282932000074":
            _type(keyboard, char)
        yield tour.scene("keyboard-02-siret", "On-screen keyboard on a SIRET field: the digit pad")
    finally:
        account.restart()
        keyboard.reset()
