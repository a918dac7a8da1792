"""The help point's name in the interface language (AR-5), Qt-free.

The site file's ``site_name`` is the name everywhere; ``site_name_translations``
may give it in other interface languages ({"ar": "…"}), so an Arabic page does not
carry a French name it could translate.
"""

from __future__ import annotations

from collections.abc import Mapping


def site_name_in(name: str, translations: Mapping[str, str], language: str) -> str:
    """``name`` as ``language`` writes it: its translation, else the name itself."""
    return translations.get(language) or name
