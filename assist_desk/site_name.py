"""The help point's name in the interface language (AR-5), Qt-free.

The site file's ``site_name`` is the name everywhere; ``site_name_translations``
may give it in other interface languages ({"ar": "…"}), so an Arabic page does not
carry a French name it could translate. The default name (no ``site_name`` in the
site file) is the application's own text: the Qt layer gives it translated
(:mod:`assist_desk.views.site_name`).
"""

from __future__ import annotations

from collections.abc import Mapping

from assist_desk.modes import DEFAULT_SITE_NAME


def site_name_in(
    name: str, translations: Mapping[str, str], language: str, default_name: str = ""
) -> str:
    """``name`` as ``language`` writes it: its translation, else the name itself;
    ``default_name``: the default name in ``language``, shown for the default name."""
    own = translations.get(language)
    if own:
        return own
    if default_name and name == DEFAULT_SITE_NAME:
        return default_name
    return name
