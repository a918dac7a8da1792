"""The help point's name as a screen or a printout shows it (AR-5).

An operator's ``site_name`` stays as configured, in each language its
``site_name_translations`` gives. The default name (the site file named no help point)
is the application's own words: it is translated like any other text, so an Arabic or
English screen does not carry "Point numérique (formation)".
"""

from __future__ import annotations

from collections.abc import Mapping

from assist_desk.i18n import QT_TRANSLATE_NOOP, translated
from assist_desk.site_name import site_name_in

#: The default name, in English; its French is ``modes.DEFAULT_SITE_NAME``.
DEFAULT_NAME = QT_TRANSLATE_NOOP("Site", "Digital help point (training)")


def shown_site_name(name: str, translations: Mapping[str, str], language: str) -> str:
    """``name`` as ``language`` shows it (the interface's catalogue is ``language``'s)."""
    return site_name_in(name, translations, language, translated("Site", DEFAULT_NAME))
