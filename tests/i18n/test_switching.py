"""Qt's own catalogues, locales, right-to-left and pseudo-translation (LanguageSwitcher)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from assist_desk import i18n
from assist_desk.i18n import LanguageSwitcher, isolate, pseudo_stretch, strip_isolates
from assist_desk.modes import LANGUAGES

# No catalogue, style or direction left over between tests (tests/app_fixtures.py).
pytestmark = pytest.mark.usefixtures("neutral_application")


@pytest.fixture
def switcher(qapp: Any) -> Iterator[LanguageSwitcher]:
    made = LanguageSwitcher(qapp)
    yield made
    made.uninstall()


def _standard_texts() -> dict[str, str]:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    try:
        return {
            "cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text(),
            "close": box.button(QDialogButtonBox.StandardButton.Close).text(),
        }
    finally:
        box.deleteLater()


def test_qt_own_catalogues_ship_for_french_and_arabic() -> None:
    """PySide6-Essentials ships qtbase_fr.qm and qtbase_ar.qm (English needs none)."""
    folder = i18n.qt_catalogue_dir()
    from pathlib import Path

    for lang in ("fr", "ar"):
        assert (Path(folder) / f"qtbase_{lang}.qm").is_file(), f"qtbase_{lang}.qm missing"


def test_standard_buttons_are_translated(switcher: LanguageSwitcher) -> None:
    assert switcher.switch("en")
    assert _standard_texts()["cancel"] == "Cancel"
    assert switcher.switch("fr")
    assert switcher.qt_catalogue_loaded
    assert _standard_texts() == {"cancel": "Annuler", "close": "Fermer"}
    assert switcher.switch("ar")
    assert switcher.qt_catalogue_loaded
    arabic = _standard_texts()
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in text) for text in arabic.values())


def test_our_catalogue_is_used(switcher: LanguageSwitcher) -> None:
    assert switcher.switch("fr")
    assert i18n.translated("MainWindow", "End session") == "Terminer la session"
    assert switcher.switch("ar")
    assert i18n.translated("MainWindow", "End session") == "إنهاء الجلسة"
    assert switcher.switch("en")
    assert i18n.translated("MainWindow", "End session") == "End session"


def test_arabic_is_right_to_left_with_western_digits(switcher: LanguageSwitcher, qapp: Any) -> None:
    switcher.switch("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLineEdit().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    # Fees and file numbers read the same as on French documents.
    assert QLocale().toString(2025) in ("2025", "2.025", "2,025")
    switcher.switch("fr")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"


#: Amounts and how French documents write them (narrow no-break spaces, U+202F).
EUROS = {
    86: "86\u202f€",
    86.004: "86\u202f€",
    2.76: "2,76\u202f€",
    12.5: "12,50\u202f€",
    0.1 + 0.2: "0,30\u202f€",  # 0.30000000000000004: rounded to the cent
    2.675: "2,68\u202f€",  # half up, as on a bill (binary 2.67499… would give 2,67)
    1234.5: "1\u202f234,50\u202f€",
    1_000_000: "1\u202f000\u202f000\u202f€",
    0: "0\u202f€",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_euros_read_the_same_in_every_language(switcher: LanguageSwitcher, lang: str) -> None:
    """One fee, one text: the request summary, the checklists and the printout agree."""
    switcher.switch(lang)
    assert {amount: strip_isolates(i18n.euros(amount)) for amount in EUROS} == EUROS
    # Isolated, so that an Arabic sentence cannot reorder the sign and the number.
    assert all(i18n.euros(amount) == isolate(text) for amount, text in EUROS.items())


def test_isolate_keeps_latin_text_whole() -> None:
    name = "Point numérique (formation)"
    wrapped = isolate(name)
    assert wrapped[0] == "\u2068"
    assert wrapped[-1] == "\u2069"
    assert strip_isolates(f"نقطة المساعدة: {wrapped}") == f"نقطة المساعدة: {name}"
    assert isolate("") == ""


def test_pseudo_stretch_adds_forty_percent_and_keeps_placeholders() -> None:
    text = "Help point: %1 ({name}) — %n item"
    stretched = pseudo_stretch(text)
    assert stretched.startswith("[")
    assert stretched.endswith("]")
    assert len(stretched) >= len(text) * 1.4
    assert text in stretched
    assert pseudo_stretch("") == ""
    assert pseudo_stretch("OK") == "[OK]"


def test_pseudo_mode_stretches_every_string(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    switcher = LanguageSwitcher(qapp)
    try:
        assert switcher.pseudo
        switcher.switch("fr")
        # Ours, translated then stretched.
        shown = i18n.translated("MainWindow", "End session")
        assert shown.startswith("[Terminer la session")
        # Strings without a translation are stretched too (nothing escapes review).
        assert i18n.translated("Nowhere", "Untranslated words").startswith("[Untranslated")
        # Qt's own strings are translated by qtbase, then stretched.
        assert _standard_texts()["cancel"].startswith("[Annuler")
        # %n still works through QCoreApplication.translate.
        counted = QCoreApplication.translate("Nowhere", "%n file(s)", None, 3)
        assert "3" in counted
        assert counted.startswith("[")
        # Qt's internal layout-direction key is left alone.
        switcher.switch("ar")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        switcher.uninstall()


def test_uninstall_restores_a_neutral_application(qapp: Any) -> None:
    switcher = LanguageSwitcher(qapp)
    switcher.switch("ar")
    switcher.uninstall()
    assert i18n.translated("MainWindow", "End session") == "End session"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert switcher.language == ""


def test_pseudo_rtl_mirrors_any_language(monkeypatch: pytest.MonkeyPatch, qapp: Any) -> None:
    monkeypatch.setenv(i18n.PSEUDO_ENV, "rtl")
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("en")
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert i18n.translated("MainWindow", "End session").startswith("[End session")
    finally:
        switcher.uninstall()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_content_dates_keep_western_digits(lang: str) -> None:
    """Dates of the content screens (rate valid since, checked on) read as on French forms."""
    from assist_desk.views.content_common import local_date

    for long in (True, False):
        text = local_date(dt.date(2026, 3, 1), lang, long=long)
        assert "2026" in text, text
        assert not any("\u0660" <= ch <= "\u0669" for ch in text), text  # Arabic-Indic
