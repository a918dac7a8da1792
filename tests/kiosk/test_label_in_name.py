"""Each button's accessible name holds the words it shows (WCAG 2.5.3, label in name).

A person who speaks to the screen says what they see: "Touch to start" was named
"Start", the setup guide's "رجوع" (Back) "العودة إلى شاشات الوسيط", its cards' "كيفية
الإعداد" (How to set it up) "كيفية إعداد البوابة", the triage's "Retour" "Revenir à la
question précédente". Walked here: the welcome screen, the top bar, the mediator tools,
the setup guide and the triage, in French and Arabic.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton

from assist_desk.bidi import strip_isolates
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


def _words(text: str) -> str:
    """The words a person would say: no mnemonic marks, isolates, arrows or punctuation."""
    text = strip_isolates(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"[\u00a0\u202f\u2060\u200e\u200f]", " ", text)
    text = re.sub(r"[^\w\s'-]", " ", text)
    return " ".join(text.split()).casefold()


def _mismatches(window: Any) -> list[str]:
    found = []
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text().strip() or not button.accessibleName():
            continue
        if "\n" in button.text():  # a tile: its title is its name, its hint its description
            continue
        if _words(button.text()) not in _words(button.accessibleName()):
            found.append(f"{button.objectName()}: {button.text()!r} in {button.accessibleName()!r}")
    return found


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_staff_and_welcome_buttons_say_their_words(
    qtbot: Any, app_context: StartApplication, language: str
) -> None:
    context = app_context("--mode", "kiosk", "--lang", language)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    assert window.current_screen().screen_id == "attract"
    found = _mismatches(window)
    window.show_screen("home")
    found += _mismatches(window)
    window.show_screen("mediator_tools")
    found += _mismatches(window)
    kiosk.open_setup_guide("portal")
    found += _mismatches(window)
    qtbot.waitUntil(lambda: window.has_feature("faq"), timeout=20000)  # the content
    window.show_screen("faq")  # builds the triage, reached from it
    window.show_screen("triage")
    found += _mismatches(window)
    assert found == [], "\n".join(found)
