"""Settings: defaults, precedence (CLI > environment > site file > defaults), clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from assist_desk.modes import Mode
from assist_desk.settings import SettingsError, load_settings


def test_defaults_are_training_mode_on_the_training_portal() -> None:
    settings = load_settings()
    assert settings.mode is Mode.TRAINING
    assert settings.portal_url is None
    assert settings.uses_training_portal
    assert settings.language == "fr"


def test_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site.toml"
    site.write_text('site_name = "Mairie de Test"\nmode = "kiosk"\nidle_timeout_s = 300\n')
    assert load_settings(site).mode is Mode.KIOSK
    monkeypatch.setenv("ASSIST_DESK_MODE", "mediator")
    monkeypatch.setenv("ASSIST_DESK_IDLE_TIMEOUT_S", "120")
    settings = load_settings(site)
    assert settings.mode is Mode.MEDIATOR  # environment beats the file
    assert settings.idle_timeout_s == 120
    assert settings.site_name == "Mairie de Test"  # the file beats defaults
    assert load_settings(site, {"mode": "training"}).mode is Mode.TRAINING  # CLI beats all


def test_default_site_file_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "elsewhere.toml"
    site.write_text('site_name = "France Services de Test"\n')
    monkeypatch.setenv("ASSIST_DESK_CONFIG", str(site))
    assert load_settings().site_name == "France Services de Test"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('mode = "nonsense"', "setting 'mode': input should be 'kiosk', 'mediator' or 'training'"),
        (
            "idle_warning_s = 5",
            "setting 'idle_warning_s': input should be greater than or equal to 20",
        ),
        ('portal_url = "ftp://x"', "setting 'portal_url': expected an http:// or https:// URL"),
        ("colour = 3", "setting 'colour': extra inputs are not permitted"),
        (
            'language = "ar"\nlanguages = ["fr"]',
            "language 'ar' must be one of the languages offered",
        ),
        ("mode = ", "not valid TOML"),
    ],
)
def test_bad_values_name_the_key(tmp_path: Path, content: str, expected: str) -> None:
    site = tmp_path / "site.toml"
    site.write_text(content + "\n")
    with pytest.raises(SettingsError) as caught:
        load_settings(site)
    assert expected in str(caught.value)
    assert len(caught.value.lines) == 1


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        load_settings(tmp_path / "missing.toml")
