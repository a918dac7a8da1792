"""M6 of issue 19: after a language switch, the windows already made say the new
language on the accessibility bus (Qt exports each widget's locale as the language its
text is spoken in; a widget keeps the locale it was made with). Found by the issue's
verification: after French to Arabic, the home screen's Arabic buttons were "fr_FR".
The parts marked in a language of their own keep it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from assist_desk.i18n import LanguageSwitcher

pytestmark = pytest.mark.usefixtures("neutral_application")


@pytest.fixture
def switcher(qapp: Any) -> Iterator[LanguageSwitcher]:
    made = LanguageSwitcher(qapp)
    yield made
    made.uninstall()


def test_a_switch_gives_the_windows_the_new_language(
    qtbot: Any, switcher: LanguageSwitcher
) -> None:
    switcher.switch("fr")
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Nouvelle demande", window)
    french = QLabel("Texte de référence", window)
    french.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert button.locale().language() == QLocale.Language.French
    switcher.switch("ar")
    assert window.locale().language() == QLocale.Language.Arabic
    assert button.locale().language() == QLocale.Language.Arabic
    assert french.locale().language() == QLocale.Language.French
