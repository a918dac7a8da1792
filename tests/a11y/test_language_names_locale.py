"""M6 of issue 19: the attract screen's language buttons say their names in their own
language. Qt exports a widget's locale on the AT-SPI bus (an object's "locale"), so
"English" is marked English and "العربية" Arabic whatever the interface language
(found on the bus by the issue's verification: all three were the interface's)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from assist_desk.modes import LANGUAGES
from assist_desk.views.attract import AttractScreen


def test_each_language_button_is_in_its_own_language(qtbot: Any) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("ar_MA"))
    try:
        screen = AttractScreen("Point numérique", LANGUAGES, "ar")
        qtbot.addWidget(screen)
        found = {
            code: button.locale().language() for code, button in screen.language_buttons.items()
        }
    finally:
        QLocale.setDefault(before)
    assert found == {
        "fr": QLocale.Language.French,
        "en": QLocale.Language.English,
        "ar": QLocale.Language.Arabic,
    }
