"""Settings: defaults, precedence (CLI > environment > site file > defaults), clear errors."""

from __future__ import annotations

import subprocess
import sys
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


def test_environment_lists_are_json_and_names_ignore_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("assist_desk_languages", '["fr", "ar"]')
    monkeypatch.setenv("ASSIST_DESK_CONTROLLED_BROWSER", "true")
    settings = load_settings()
    assert settings.languages == ["fr", "ar"]
    assert settings.controlled_browser is True


def test_environment_json_error_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSIST_DESK_LANGUAGES", "fr,ar")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == [
        "setting 'languages': ASSIST_DESK_LANGUAGES must hold JSON (got 'fr,ar')"
    ]


def test_site_name_translations_merge_environment_over_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site.toml"
    site.write_text('[site_name_translations]\nen = "Town hall"\nar = "البلدية"\n')
    monkeypatch.setenv("ASSIST_DESK_SITE_NAME_TRANSLATIONS", '{"en": "City hall"}')
    settings = load_settings(site)
    assert settings.site_name_translations == {"en": "City hall", "ar": "البلدية"}


def test_loading_settings_leaves_pydantic_settings_out() -> None:
    # Its import alone costs 239 M instructions after pydantic's (bench/RESULTS.md).
    code = (
        "import sys; from assist_desk.settings import load_settings; load_settings(); "
        "print('pydantic_settings' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr
