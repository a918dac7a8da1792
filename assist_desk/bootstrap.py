"""The few settings the first screen needs, read without pydantic.

Start-up time matters at a kiosk: pydantic and the settings model cost about
450 M instructions to import (bench/RESULTS.md), most of a bare Qt window's
start. So the first screen is built from a quick, stdlib-only read of the same
sources in the same precedence (command line, ``ASSIST_DESK_*`` environment,
site file); the full, validated
:class:`assist_desk.settings.Settings` loads right after the first frame.
When any value read here looks wrong, :func:`peek` returns None and the caller
validates everything before showing a window, so a bad value never starts a
half-configured window. A kiosk with no portal URL that the site does not
declare a training kiosk is one of those: it is refused before any window.
"""

from __future__ import annotations

import os
from argparse import Namespace
from dataclasses import dataclass, field
from pathlib import Path

from assist_desk.modes import (
    DEFAULT_FONT_SCALE,
    DEFAULT_LANGUAGE,
    DEFAULT_SITE_NAME,
    DEFAULT_THEME,
    ENV_PREFIX,
    FONT_SCALE_MAX,
    FONT_SCALE_MIN,
    LANGUAGES,
    SITE_NAME_MAX_LENGTH,
    SITE_NAME_MIN_LENGTH,
    THEMES,
    Mode,
)

_KEYS = (
    "mode",
    "language",
    "languages",
    "site_name",
    "site_name_translations",
    "theme",
    "font_scale",
)
#: Read only to decide whether a kiosk may start from the quick read.
_PORTAL_KEYS = ("portal_url", "training_kiosk")
_TRUE_WORDS = ("1", "true", "yes", "on")
#: Keys whose environment variable holds JSON.
_JSON_KEYS = ("languages", "font_scale", "site_name_translations")


@dataclass(frozen=True)
class FirstScreen:
    site_name: str
    mode: Mode
    language: str
    languages: tuple[str, ...]
    theme: str
    font_scale: float
    #: The help point's name per interface language (AR-5); others show ``site_name``.
    site_names: dict[str, str] = field(default_factory=dict)


def _read_site_file(path: Path) -> dict[str, object] | None:
    if not path.is_file():
        return {}
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None


def peek(args: Namespace) -> FirstScreen | None:
    """First-screen values, or None when the full validation must run first."""
    from assist_desk.paths import default_config_file

    site = _read_site_file(args.config if args.config is not None else default_config_file())
    if site is None or (args.config is not None and not args.config.is_file()):
        return None
    values: dict[str, object] = {k: site[k] for k in (*_KEYS, *_PORTAL_KEYS) if k in site}
    for key in (*_KEYS, *_PORTAL_KEYS):
        raw = os.environ.get(ENV_PREFIX + key.upper())
        if raw is not None:
            import json

            try:
                values[key] = json.loads(raw) if key in _JSON_KEYS else raw
            except ValueError:
                return None
    for key, value in (
        ("mode", args.mode),
        ("language", args.lang),
        ("portal_url", getattr(args, "portal_url", None)),
    ):
        if value is not None:
            values[key] = value
    try:
        mode = Mode(str(values.get("mode", Mode.TRAINING)))
        raw_languages = values.get("languages", LANGUAGES)
        if not isinstance(raw_languages, list | tuple):
            return None
        languages = tuple(str(code) for code in raw_languages)
        language = str(values.get("language", DEFAULT_LANGUAGE))
        theme = str(values.get("theme", DEFAULT_THEME))
        font_scale = float(values.get("font_scale", DEFAULT_FONT_SCALE))  # type: ignore[arg-type]
        site_name = str(values.get("site_name", DEFAULT_SITE_NAME))
        site_names = values.get("site_name_translations", {})
        if not isinstance(site_names, dict):
            return None
        site_names = {str(code): str(name) for code, name in site_names.items()}
    except (TypeError, ValueError):
        return None
    if mode is Mode.KIOSK and not _kiosk_has_a_portal(values):
        return None
    if (
        not languages
        or any(code not in LANGUAGES for code in languages)
        or language not in languages
        or theme not in THEMES
        or not FONT_SCALE_MIN <= font_scale <= FONT_SCALE_MAX
        or not SITE_NAME_MIN_LENGTH <= len(site_name) <= SITE_NAME_MAX_LENGTH
        or any(code not in LANGUAGES for code in site_names)
        or any(
            not SITE_NAME_MIN_LENGTH <= len(name) <= SITE_NAME_MAX_LENGTH
            for name in site_names.values()
        )
    ):
        return None
    return FirstScreen(site_name, mode, language, languages, theme, font_scale, site_names)


def _kiosk_has_a_portal(values: dict[str, object]) -> bool:
    """A portal URL, or a training kiosk asked for in so many words; when in doubt,
    False: the full validation decides (and refuses a kiosk with no portal)."""
    if values.get("portal_url"):
        return True
    flag = values.get("training_kiosk")
    return flag is True or (isinstance(flag, str) and flag.strip().lower() in _TRUE_WORDS)
