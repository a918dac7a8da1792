"""Interface language: loads Qt Linguist catalogues and switches them live.

Catalogues are ``i18n/assist_desk_<lang>.qm`` (compiled from the ``.ts``
sources by ``scripts/build_i18n.py``), plus Qt's own ``qtbase_<lang>.qm`` so
that standard buttons are translated too. Installing a translator sends
``QEvent.LanguageChange`` to every widget; views re-translate themselves in
``changeEvent``.

``ASSIST_DESK_PSEUDO_L10N=1`` lengthens every string by 40 % (for layout review).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from assist_desk.modes import RIGHT_TO_LEFT
from assist_desk.paths import i18n_dir

PSEUDO_ENV = "ASSIST_DESK_PSEUDO_L10N"


def translated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (``QCoreApplication.translate``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def pseudo_stretch(text: str) -> str:
    """Lengthen a string by about 40 %, keeping placeholders and markup intact."""
    if not text:
        return text
    extra = max(1, round(len(text) * 0.4))
    return f"[{text}{'~' * (extra - 2)}]" if extra > 2 else f"[{text}]"


class PseudoTranslator(QTranslator):
    """Wraps the real catalogue and stretches everything it returns."""

    def __init__(self, inner: QTranslator | None) -> None:
        super().__init__()
        self._inner = inner

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._inner.translate(context, source, disambiguation, n) if self._inner else ""
        return pseudo_stretch(found or source)


class LanguageSwitcher:
    """Owns the installed translators; ``switch(lang)`` changes language live."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ""
        self.pseudo = os.environ.get(PSEUDO_ENV, "") not in ("", "0")

    def switch(self, language: str) -> bool:
        """Install the catalogues of ``language``. Returns False if ours is missing."""
        if language == self.language:
            return True
        for old in self._installed:
            self._app.removeTranslator(old)
        self._installed.clear()
        ours = QTranslator(self._app)
        found = ours.load(f"assist_desk_{language}", str(i18n_dir()))
        qt_own = QTranslator(self._app)
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt_own)
        if self.pseudo:
            self._installed.append(PseudoTranslator(ours if found else None))
        elif found:
            self._installed.append(ours)
        for translator in self._installed:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(language))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        app = self._app
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(direction)
        self.language = language
        return found
