"""Plain-language hints for the technical words a screen uses (issue 14, C-5).

A person who rarely deals with administrations does not know what SIV, SIRET, Kbis,
INSEE, ASSR, JDC or a cerfa are, nor which "agency" is meant. :class:`TermHints` sits
at the end of a page and explains, in one line each, the words that page shows, in
the interface language. The words are searched in the text actually shown, so a term
that comes from the offline content (ASSR, JDC, cerfa…) is explained as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from assist_desk.i18n import QT_TRANSLATE_NOOP

CONTEXT = "TermHints"

#: (word as shown, plain explanation). The word is translated too when a language
#: writes it differently ("the agency" is "l'agence"); acronyms stay as they are.
TERMS: tuple[tuple[str, str], ...] = (
    (
        "ANTS",
        QT_TRANSLATE_NOOP(
            "TermHints",
            "Agence nationale des titres sécurisés: the State agency for ID cards, "
            "passports, driving licences and registration certificates.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TermHints", "the agency"),
        QT_TRANSLATE_NOOP(
            "TermHints", "The ANTS (Agence nationale des titres sécurisés), which runs the portal."
        ),
    ),
    (
        "SIV",
        QT_TRANSLATE_NOOP(
            "TermHints",
            "The national vehicle registration system; a garage needs its prefecture's "
            "authorisation to use it.",
        ),
    ),
    (
        "SIRET",
        QT_TRANSLATE_NOOP(
            "TermHints", "The 14-digit number of a business or association (one per address)."
        ),
    ),
    (
        "Kbis",
        QT_TRANSLATE_NOOP(
            "TermHints", "The official identity paper of a company, from the trade register."
        ),
    ),
    (
        "INSEE",
        QT_TRANSLATE_NOOP(
            "TermHints", "The official 5-character number of a town (it is not the postcode)."
        ),
    ),
    (
        "ASSR",
        QT_TRANSLATE_NOOP(
            "TermHints", "The road-safety certificate taken at secondary school (collège)."
        ),
    ),
    (
        "JDC",
        QT_TRANSLATE_NOOP(
            "TermHints", "The Defence and Citizenship Day that young French people attend."
        ),
    ),
    (
        "cerfa",
        QT_TRANSLATE_NOOP("TermHints", "An official form, known by its number (e.g. cerfa 15776)."),
    ),
    (
        QT_TRANSLATE_NOOP("TermHints", "holder"),
        QT_TRANSLATE_NOOP(
            "TermHints", "The person in whose name the registration certificate is issued."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TermHints", "usage name"),
        QT_TRANSLATE_NOOP(
            "TermHints",
            "The name you use every day when it is not your birth name, for example your "
            "spouse's name.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TermHints", "fingerprint station"),
        QT_TRANSLATE_NOOP(
            "TermHints",
            "The town hall's equipment where your fingerprints are taken and your identity "
            "card or passport application is recorded.",
        ),
    ),
    (
        "e-photo",
        QT_TRANSLATE_NOOP(
            "TermHints",
            "A digital ID photo from an approved photographer or photo booth, with a code "
            "to give in your application.",
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _pattern(word: str) -> re.Pattern[str]:
    # Whole words only: "SIV" must not match inside "SIVU", "JDC" inside a longer code.
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)


def found_terms(text: str) -> list[tuple[str, str]]:
    """(word, explanation) for each term in ``text``, in the interface language."""
    plain = re.sub(r"<[^>]+>", " ", text)
    found = []
    for word, hint in TERMS:
        kept = word.isupper() or word in ("cerfa", "e-photo")  # written so in every language
        shown = word if kept else _tr(word)
        if shown and _pattern(shown).search(plain):
            found.append((shown, _tr(hint)))
    return found


def shown_text(widgets: Iterable[QWidget]) -> str:
    """The text of the labels and buttons among ``widgets`` (what a reader sees)."""
    parts = []
    for widget in widgets:
        own = widget.objectName() == "termHints"
        if (isinstance(widget, QLabel) and not own) or isinstance(widget, QAbstractButton):
            parts.append(widget.text())
    return "\n".join(parts)


class TermHints(QLabel):
    """ "What these words mean": one line per technical word of the page; hidden if none.

    One label (title line, then a line per word), not a frame of labels: the wrapped
    height of a single label is what the page's layout gets right at every text size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("termHints")
        self.setProperty("role", "hintBox")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.terms: list[tuple[str, str]] = []
        self.hide()

    def show_for(self, text: str) -> None:
        """Explain the terms found in ``text`` (the page's own text)."""
        terms = found_terms(text)
        title = QCoreApplication.translate("TermHints", "What these words mean")
        lines = [title] + [f"{word} : {hint}" for word, hint in terms]
        shown = "\n".join(lines) if terms else ""
        self.terms = terms
        if self.text() != shown:
            self.setText(shown)
            self.setAccessibleName(shown)
        self.setVisible(bool(terms))
