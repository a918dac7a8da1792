"""Arabic set larger, and mnemonics hidden on citizen screens (issue 14: V-6, AR-3, AR-4)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QStyle

from assist_desk import theme


@pytest.fixture
def restore(qapp: Any) -> Any:
    # Before as after: an earlier test in this process may have left Arabic on (a shuffled
    # order caught "mediator keeps underlines" failing after one).
    names = ("assist_desk_citizen", "assist_desk_arabic", "assist_desk_style_args")
    for name in names:
        qapp.setProperty(name, None)
    yield
    qapp.setStyleSheet("")
    for name in names:
        qapp.setProperty(name, None)


def underline(qapp: Any) -> int:
    return qapp.style().styleHint(QStyle.StyleHint.SH_UnderlineShortcut)


def test_mnemonics_hidden_for_citizens_and_in_arabic(qapp: Any, restore: Any) -> None:
    theme.apply(qapp, "default", 1.0, mode="mediator")
    assert underline(qapp) != 0  # a mediator's workstation keeps them
    theme.language_changed(qapp, "ar")
    assert underline(qapp) == 0  # never on the dots of Arabic letters
    theme.language_changed(qapp, "fr")
    theme.apply(qapp, "default", 1.0, mode="kiosk")
    assert underline(qapp) == 0
    theme.apply(qapp, "default", 1.0, mode="training")
    assert underline(qapp) == 0


def test_arabic_is_set_larger_up_to_200_percent(qapp: Any, restore: Any) -> None:
    latin = int(theme.sizes(1.0, kiosk=False)["font_px"])
    arabic = int(theme.sizes(1.0, kiosk=False, arabic=True)["font_px"])
    assert arabic == round(latin * 1.15)
    assert theme.sizes(2.0, kiosk=True, arabic=True) == theme.sizes(2.0, kiosk=True)
    theme.apply(qapp, "default", 1.0, mode="training")
    theme.language_changed(qapp, "ar")
    assert f"font-size: {arabic}px" in qapp.styleSheet()
    theme.language_changed(qapp, "fr")
    assert f"font-size: {latin}px" in qapp.styleSheet()


def test_a_wrap_button_draws_no_underline_for_citizens(qapp: Any, restore: Any) -> None:
    """WrapButton paints its own text: it once always drew the underline (the triage's
    "&Back" and "Start &again" at a kiosk; in Arabic "البدء" read "اليدء")."""
    from assist_desk.views.widgets.wrap_button import WrapButton

    def looks(text: str) -> Any:
        button = WrapButton(text)
        button.resize(240, 60)
        image = button.grab().toImage()
        button.deleteLater()
        return image

    theme.apply(qapp, "default", 1.0, mode="kiosk")
    assert looks("Start &again") == looks("Start again")
    theme.apply(qapp, "default", 1.0, mode="mediator")
    assert looks("Start &again") != looks("Start again")  # a mediator keeps them
