"""Every technical word a citizen meets is explained in plain language (issue 14, C-5)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from assist_desk.i18n import LanguageSwitcher
from assist_desk.views.widgets.term_hints import TermHints, found_terms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Le numéro SIRET compte 14 chiffres.", "SIRET"),
        ("Il figure sur l'extrait Kbis.", "Kbis"),
        ("Code INSEE de la commune", "INSEE"),
        ("Attestation ASSR 2", "ASSR"),
        ("Certificat de participation à la JDC", "JDC"),
        ("Certificat de cession (cerfa 15776)", "cerfa"),
        ("Un professionnel de l'automobile (SIV)", "SIV"),
        ("Votre compte ANTS", "ANTS"),
    ],
)
def test_each_term_is_found(text: str, word: str) -> None:
    assert [w for w, _ in found_terms(text)] == [word]


def test_whole_words_only() -> None:
    assert found_terms("SIVU, JDCX, assurance") == []


@pytest.fixture
def french(qtbot: Any) -> Any:
    switcher = LanguageSwitcher(QApplication.instance())  # type: ignore[arg-type]
    assert switcher.switch("fr")
    yield
    switcher.uninstall()


def test_the_agency_is_named_in_the_interface_language(qtbot: Any, french: Any) -> None:
    words = [w for w, _ in found_terms("L'agence vous écrit par e-mail.")]
    assert words == ["l'agence"]
    hint = dict(found_terms("L'agence vous écrit"))["l'agence"]
    assert "Agence nationale des titres sécurisés" in hint


def test_hint_box_hidden_without_terms(qtbot: Any) -> None:
    box = TermHints()
    qtbot.addWidget(box)
    box.show_for("Rien de technique ici.")
    assert box.isHidden()
    box.show_for("Le numéro SIRET")
    assert not box.isHidden()
    assert "SIRET" in box.text()
