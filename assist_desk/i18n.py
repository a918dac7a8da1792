"""Interface language: loads Qt Linguist catalogues and switches them live.

Catalogues are ``i18n/assist_desk_<lang>.qm`` (compiled from the ``.ts``
sources by ``scripts/build_i18n.py``), plus Qt's own ``qtbase_<lang>.qm`` so
that standard buttons ("OK", "Cancel", context menus of text fields) are
translated too. PySide6-Essentials ships ``qtbase_fr.qm`` and ``qtbase_ar.qm``
(checked by ``tests/i18n/test_qt_catalogues.py``); English needs none.
Installing a translator sends ``QEvent.LanguageChange`` to every widget; views
re-translate themselves in ``changeEvent`` and keep their state, so switching
never loses the current step.

Right to left: Arabic sets the application's layout direction, so every layout
mirrors. Numbers keep Western digits (``ar_MA`` locale, as in the Maghreb and
on French documents), and Latin text placed inside a translated sentence (a
help-point name, a URL, a file number) goes through :func:`isolate` so that
the bidirectional algorithm cannot reorder it or its punctuation.

``ASSIST_DESK_PSEUDO_L10N=1`` lengthens every string by 40 % and brackets it,
for layout review: clipped text shows as a missing ``]`` and a string that
does not go through a translator shows without brackets.
``ASSIST_DESK_PSEUDO_L10N=rtl`` does the same and mirrors the layout whatever
the language, to review right-to-left layouts with readable (Latin) text.
"""

from __future__ import annotations

import logging
import math
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from assist_desk.bidi import FSI as FSI
from assist_desk.bidi import PDI as PDI
from assist_desk.bidi import isolate as isolate
from assist_desk.bidi import isolate_ltr as isolate_ltr
from assist_desk.bidi import strip_isolates as strip_isolates
from assist_desk.modes import RIGHT_TO_LEFT
from assist_desk.paths import i18n_dir

if TYPE_CHECKING:
    from decimal import Decimal

log = logging.getLogger(__name__)

PSEUDO_ENV = "ASSIST_DESK_PSEUDO_L10N"

#: The QLocale used for numbers and dates in each interface language. A help
#: point is in France: English gets French number and date formats (en_FR),
#: Arabic gets Western digits (ar_MA) so that fees and file numbers read the
#: same as on French documents. Amounts in euros: use :func:`euros`.
LOCALES: dict[str, str] = {"fr": "fr_FR", "en": "en_FR", "ar": "ar_MA"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` (pyside6-lupdate reads the call);
    returns it unchanged: it is translated where it is shown, with :func:`translated`."""
    return text


def translated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (``QCoreApplication.translate``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


#: French typography's narrow no-break space: between thousands, and before the € sign.
NARROW_NBSP = "\u202f"


def euros(amount: float | Decimal) -> str:
    """An amount in euros as French documents write it, in every interface language.

    ``86 €`` for a whole amount, ``2,76 €`` otherwise, ``1 234,50 €`` (narrow
    no-break spaces, so the sign never starts a line). The same fee reads the same
    on every screen and on paper, whatever the language: it is a French fee, paid
    in France, and the citizen compares it with French forms. Every screen writes
    amounts with this function, never with its own format.

    The amount is an :func:`isolate`: inside an Arabic sentence it still reads
    ``496,41 €``, the sign after the number, instead of being reordered around it.
    """
    # Imported here: decimal is on no first frame's path (bench/RESULTS.md, session 9).
    from decimal import ROUND_HALF_UP, Decimal

    cents = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    whole, _, fraction = f"{abs(cents):.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", NARROW_NBSP)
    number = grouped if fraction == "00" else f"{grouped},{fraction}"
    return isolate(f"{sign}{number}{NARROW_NBSP}€")


#: A space in each block: real translations break into lines at spaces, and an
#: unbreakable filler would make every wrapped label as wide as the whole string.
_PSEUDO_FILLER = " ãéîõüç"


def pseudo_stretch(text: str) -> str:
    """Lengthen a string by about 40 %, keeping placeholders and markup intact."""
    if not text:
        return text
    extra = max(2, math.ceil(len(text) * 0.4))
    # Letters of ordinary width, so that the text is really about 40 % wider.
    filler = (_PSEUDO_FILLER * (extra // len(_PSEUDO_FILLER) + 1))[: extra - 2]
    return f"[{text}{filler}]"


def is_pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


def is_pseudo_rtl() -> bool:
    return os.environ.get(PSEUDO_ENV, "").lower() == "rtl"


class PseudoTranslator(QTranslator):
    """Wraps the real catalogue and stretches everything it returns.

    Qt asks translators for a few internal keys (``QT_LAYOUT_DIRECTION``);
    those are passed through unchanged.
    """

    _INTERNAL = frozenset({"QT_LAYOUT_DIRECTION"})

    def __init__(self, inner: QTranslator | list[QTranslator] | None) -> None:
        super().__init__()
        if inner is None:
            inner = []
        self._inner = inner if isinstance(inner, list) else [inner]

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = ""
        for catalogue in self._inner:
            found = catalogue.translate(context, source, disambiguation, n) or ""
            if found:
                break
        if source in self._INTERNAL:
            return found
        return pseudo_stretch(found or source)


def qt_catalogue_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class LanguageSwitcher:
    """Owns the installed translators; ``switch(lang)`` changes language live.

    Attributes:
        language: the language in use ("" before the first switch).
        pseudo: pseudo-translation is on (``ASSIST_DESK_PSEUDO_L10N``).
        qt_catalogue_loaded: Qt's own ``qtbase_<lang>.qm`` is installed
            (always False for English, which needs none).
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""
        self.pseudo = is_pseudo_enabled()
        self.qt_catalogue_loaded = False

    def switch(self, language: str) -> bool:
        """Install the catalogues of ``language``. Returns False if ours is missing."""
        if language == self.language:
            return True
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed.clear()
        ours = QTranslator(self._app)
        found = ours.load(f"assist_desk_{language}", str(i18n_dir()))
        if not found:
            log.warning("no compiled catalogue for language %s (run `make i18n`)", language)
        qt_own = QTranslator(self._app)
        self.qt_catalogue_loaded = language != "en" and qt_own.load(
            f"qtbase_{language}", qt_catalogue_dir()
        )
        if not self.qt_catalogue_loaded and language != "en":
            log.info("Qt's own catalogue for %s is missing: standard buttons in English", language)
        catalogues = [t for t, ok in ((ours, found), (qt_own, self.qt_catalogue_loaded)) if ok]
        if self.pseudo:
            pseudo = PseudoTranslator(catalogues)
            pseudo.setParent(self._app)
            self._installed.append(pseudo)
        else:
            # Qt asks the most recently installed translator first: ours go last.
            self._installed.extend(reversed(catalogues))
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT or (self.pseudo and is_pseudo_rtl())
            else Qt.LayoutDirection.LeftToRight
        )
        app = self._app
        # The direction first, so the LanguageChange sent by installTranslator
        # re-translates widgets that are already mirrored.
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(direction)
            from assist_desk import theme  # Qt widgets: only with a QApplication

            theme.language_changed(app, language)  # Arabic is set larger (AR-3)
            # A widget keeps the locale it was made with, and Qt exports it on the
            # accessibility bus as the language its text is spoken in (M6 of issue 19):
            # each window takes the new one, but for the parts marked in a language
            # of their own (their locale set: mark_french, the language buttons).
            for window in getattr(app, "topLevelWidgets", list)():
                window.setLocale(QLocale())
        for translator in self._installed:
            self._app.installTranslator(translator)
        self.language = language
        return found

    @staticmethod
    def remove_all(app: QCoreApplication) -> None:
        """Remove every catalogue any switcher installed on ``app`` (between tests)."""
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()

    def uninstall(self) -> None:
        """Remove every catalogue and go back to left-to-right English (tests, shutdown)."""
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed.clear()
        if hasattr(self._app, "setLayoutDirection"):
            self._app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.language = ""
