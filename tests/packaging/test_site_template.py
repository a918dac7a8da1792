"""packaging/site.toml documents every setting, and the template as shipped is valid."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from assist_desk.settings import Settings, load_settings

TEMPLATE = Path(__file__).resolve().parents[2] / "packaging" / "site.toml"
COMMENTED_KEY = re.compile(r"^# ([a-z_]+) = (.+)$")


def _lines() -> list[str]:
    return TEMPLATE.read_text(encoding="utf-8").splitlines()


def _commented_keys() -> dict[str, str]:
    """``# key = value`` lines whose key is a setting: documented, left at the default."""
    found = {}
    for line in _lines():
        match = COMMENTED_KEY.match(line)
        if match and match[1] in Settings.model_fields:
            found[match[1]] = match[2]
    return found


def test_template_keys_are_exactly_the_settings() -> None:
    active = set(tomllib.loads(TEMPLATE.read_text(encoding="utf-8")))
    commented = set(_commented_keys())
    assert not active & commented, f"both set and commented out: {active & commented}"
    assert active | commented == set(Settings.model_fields), (
        f"missing from the template: {set(Settings.model_fields) - active - commented}; "
        f"unknown to Settings: {(active | commented) - set(Settings.model_fields)}"
    )


def test_template_validates_as_shipped() -> None:
    settings = load_settings(TEMPLATE)
    assert settings.portal_url is None  # empty: the embedded training portal
    assert settings.uses_training_portal


def test_template_validates_with_every_example_uncommented(tmp_path: Path) -> None:
    text = "\n".join(
        line[2:] if (m := COMMENTED_KEY.match(line)) and m[1] in Settings.model_fields else line
        for line in _lines()
    )
    site = tmp_path / "site.toml"
    site.write_text(text, encoding="utf-8")
    settings = load_settings(site)
    for key, raw in _commented_keys().items():
        expected = tomllib.loads(f"v = {raw}")["v"]
        value = getattr(settings, key)
        assert str(value) == str(expected), key


def test_every_setting_has_a_comment_above_it() -> None:
    lines = _lines()
    keys = set(Settings.model_fields)
    for number, line in enumerate(lines):
        key = line.removeprefix("# ").split(" = ", 1)[0]
        if " = " not in line or key not in keys:
            continue
        above = lines[number - 1]
        # The line above is its explanation (or a sibling example of the same block).
        assert above.startswith("#"), f"{key} has no explanation above it"
        assert len(above) > 2, f"{key} has no explanation above it"


def test_the_active_values_are_the_defaults_except_the_help_point_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ASSIST_DESK_TRAINING_KIOSK")  # the tests' own environment
    shipped = tomllib.loads(TEMPLATE.read_text(encoding="utf-8"))
    defaults = Settings()
    for key, value in shipped.items():
        default = getattr(defaults, key)
        if default is None:  # an optional URL: empty in the template means "not set"
            assert value == "", key
            continue
        assert value == (default.value if hasattr(default, "value") else default), key
