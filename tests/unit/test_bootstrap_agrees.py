"""The quick start-up read (bootstrap.peek) and the validated Settings agree.

peek builds the first frame before pydantic loads. If it accepted a site file
that Settings refuses, the window would show values the application then
rejects; if it read a value differently, the first frame would show a wrong
site name, language or theme. Both take their bounds from assist_desk.modes.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest

from assist_desk import bootstrap
from assist_desk.modes import ENV_PREFIX, SITE_NAME_MAX_LENGTH, THEMES
from assist_desk.settings import SettingsError, load_settings

_TOO_LONG = "x" * (SITE_NAME_MAX_LENGTH + 1)
_LONGEST = "y" * SITE_NAME_MAX_LENGTH

#: Site files on both sides of every bound peek checks.
SAMPLES: dict[str, str] = {
    "empty": "",
    "mediator": 'mode = "mediator"\nsite_name = "Mairie de Test"\n',
    "arabic only": 'languages = ["ar"]\nlanguage = "ar"\n',
    "english first": 'languages = ["en", "fr"]\nlanguage = "en"\n',
    "language not offered": 'languages = ["fr", "en"]\nlanguage = "ar"\n',
    "unknown language": 'languages = ["fr", "de"]\n',
    "no language": "languages = []\n",
    "languages not a list": 'languages = "fr"\n',
    **{f"theme {theme}": f'theme = "{theme}"\n' for theme in THEMES},
    "unknown theme": 'theme = "dark"\n',
    "font scale lowest": "font_scale = 1.0\n",
    "font scale highest": "font_scale = 2.0\n",
    "font scale too small": "font_scale = 0.99\n",
    "font scale too large": "font_scale = 2.01\n",
    "font scale not a number": 'font_scale = "big"\n',
    "site name longest": f'site_name = "{_LONGEST}"\n',
    "site name too long": f'site_name = "{_TOO_LONG}"\n',
    "site name empty": 'site_name = ""\n',
    "site name in arabic": 'site_name_translations = { ar = "نقطة رقمية" }\n',
    "site name in every language": (
        'site_name_translations = { ar = "نقطة", en = "Point", fr = "P" }\n'
    ),
    "site name in an unknown language": 'site_name_translations = { de = "Hilfe" }\n',
    "site name translation empty": 'site_name_translations = { ar = "" }\n',
    "site name translation too long": f'site_name_translations = {{ ar = "{_TOO_LONG}" }}\n',
    "site name translations not a table": 'site_name_translations = "ar"\n',
    "training kiosk": 'mode = "kiosk"\ntraining_kiosk = true\n',
    "kiosk with a portal": 'mode = "kiosk"\nportal_url = "https://portal.example.fr"\n',
    "kiosk without a portal": 'mode = "kiosk"\n',
    "unknown mode": 'mode = "museum"\n',
    "not TOML": "site_name = \n",
}


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in [k for k in os.environ if k.startswith(ENV_PREFIX)]:
        monkeypatch.delenv(key)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_peek_and_settings_agree(tmp_path: Path, name: str) -> None:
    site = tmp_path / "site.toml"
    site.write_text(SAMPLES[name], encoding="utf-8")
    first = bootstrap.peek(Namespace(config=site, mode=None, lang=None, portal_url=None))
    try:
        settings = load_settings(site)
    except SettingsError:
        assert first is None, f"peek accepts a site file Settings refuses ({name})"
        return
    # A valid file: the first frame is built from it, with the values Settings reads.
    assert first is not None, f"peek refuses a valid site file ({name}): a slower start"
    assert first.site_name == settings.site_name
    assert first.mode is settings.mode
    assert first.language == settings.language
    assert first.languages == tuple(settings.languages)
    assert first.theme == settings.theme
    assert first.font_scale == settings.font_scale
    assert first.site_names == settings.site_name_translations


def test_the_samples_reach_both_sides(tmp_path: Path) -> None:
    """Settings accepts some samples and refuses others: the agreement is tested both ways."""
    accepted = 0
    for number, text in enumerate(SAMPLES.values()):
        site = tmp_path / f"site{number}.toml"
        site.write_text(text, encoding="utf-8")
        try:
            load_settings(site)
            accepted += 1
        except SettingsError:
            pass
    assert 10 <= accepted <= len(SAMPLES) - 10
