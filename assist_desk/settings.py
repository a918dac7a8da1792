"""The help point's settings, validated by pydantic (a model; the sources are read here).

Precedence, highest first:

1. command-line options (``--mode``, ``--lang``, ``--portal-url``);
2. environment variables prefixed ``ASSIST_DESK_`` (``ASSIST_DESK_MODE=kiosk``;
   lists as JSON: ``ASSIST_DESK_LANGUAGES='["fr","ar"]'``);
3. the site configuration file (TOML): ``--config FILE``, else
   ``$ASSIST_DESK_CONFIG``, else ``site.toml`` in the platform config directory;
4. the defaults below (training mode on the embedded training portal).

A bad value raises :class:`SettingsError` whose lines each name the key and
what is expected; the command line prints them and exits with status 2.

The sources are merged by :mod:`assist_desk.settings_sources` (standard library),
not by pydantic-settings, whose import alone costs 239 M instructions after
pydantic's (the GUI thread reaches "ready" with 63-79 M fewer, bench/RESULTS.md),
for three sources read in a few lines.
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

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
    Language,
    Mode,
    Theme,
)
from assist_desk.settings_sources import BadEnvironmentValue, environment_values, merge_sources

SCHEMA_VERSION = 1


def _all_languages() -> list[Language]:
    return list(LANGUAGES)


class SettingsError(Exception):
    """Settings that cannot be used. ``lines`` are ready to print, one per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class Settings(BaseModel):
    """Everything a help point configures. Every field is documented for operators.

    ``Settings(...)`` validates the values given and nothing else; :func:`load_settings`
    reads the environment and the site file."""

    model_config = ConfigDict(
        extra="forbid",
        validate_default=True,
        frozen=True,
    )

    schema_version: int = Field(
        SCHEMA_VERSION, title="Schema version", description="Version of this file's layout."
    )
    site_name: str = Field(
        DEFAULT_SITE_NAME,
        title="Help point name",
        description="Shown on every screen and on printed checklists.",
        min_length=SITE_NAME_MIN_LENGTH,
        max_length=SITE_NAME_MAX_LENGTH,
    )
    site_name_translations: dict[str, str] = Field(
        {},
        title="Help point name in other languages",
        description=(
            'The help point\'s name per interface language, e.g. {ar = "…"}; a'
            " language left out shows site_name."
        ),
    )
    site_logo: Path | None = Field(
        None,
        title="Help point logo",
        description=(
            "An image file (PNG, JPEG or SVG) shown on the kiosk's welcome screen above"
            " the help point's name. A file that cannot be read is logged and left out."
        ),
    )
    accessibility_contact: str = Field(
        "",
        title="Accessibility contact",
        description=(
            "Who to contact about an accessibility problem (e-mail, phone or address),"
            " shown in the accessibility statement of the About screen (mediator mode)."
        ),
        max_length=200,
    )
    site_id: str = Field(
        "training-site",
        title="Help point id",
        description="Sent with Terms of Use acceptances (channel help_point).",
        pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
    )
    mode: Mode = Field(
        Mode.TRAINING,
        title="Mode",
        description="kiosk (citizen alone), mediator (workstation) or training (trainer).",
    )
    # Declared before portal_url: that field's check reads it.
    training_kiosk: bool = Field(
        False,
        title="Training kiosk",
        description=(
            "true: a kiosk with no portal URL runs the embedded training portal, for"
            " exercises with fictitious data only: training banner, its database on a"
            " temporary file system, erased at every session wipe. Ignored when portal_url"
            " is set. false: kiosk mode needs portal_url."
        ),
    )
    language: Language = Field(
        DEFAULT_LANGUAGE,
        title="Default language",
        description="Interface language at start and after each session wipe.",
    )
    languages: list[Language] = Field(
        default_factory=_all_languages,
        title="Languages offered",
        description="Languages a citizen can choose, in order.",
        min_length=1,
    )
    portal_url: str | None = Field(
        None,
        title="Portal URL",
        description=(
            "Base URL of the portal API. Empty: the embedded training portal; a kiosk"
            " then refuses to start unless training_kiosk is true."
        ),
    )
    idle_timeout_s: int = Field(
        180,
        title="Idle time (seconds)",
        description="Inactivity after which the kiosk warns, then wipes the session.",
        ge=30,
        le=3600,
    )
    idle_warning_s: int = Field(
        30,
        title="Idle warning (seconds)",
        description="Length of the countdown before the wipe (at least 20, WCAG 2.2.1).",
        ge=20,
        le=300,
    )
    mediator_relock_s: int = Field(
        900,
        title="Mediator re-lock (seconds)",
        description="Inactivity after which mediator tools ask for the PIN again.",
        ge=60,
        le=86400,
    )
    printer: str | None = Field(
        None,
        title="Printer",
        description="Printer name for checklists; empty: the system default (or PDF).",
    )
    allowed_urls: list[str] = Field(
        default_factory=lambda: [
            "https://ants.gouv.fr/",
            "https://www.ants.gouv.fr/",
            "https://immatriculation.ants.gouv.fr/",
            "https://permisdeconduire.ants.gouv.fr/",
            "https://passeport.ants.gouv.fr/",
            "https://rendezvouspasseport.ants.gouv.fr/",
            "https://www.service-public.fr/",
            "https://franceconnect.gouv.fr/",
            "https://www.openstreetmap.org/",
        ],
        title="Allowed URLs",
        description=(
            "Addresses the app may open or show as QR codes: each allows its scheme, its"
            " exact host and the paths under its path (https only)."
        ),
    )
    theme: Theme = Field(
        DEFAULT_THEME,
        title="Theme",
        description=(
            "Colour theme: default, high-contrast, system (platform colours and font, "
            "EN 301 549 11.7) or auto (system in mediator mode, else default)."
        ),
    )
    font_scale: float = Field(
        DEFAULT_FONT_SCALE,
        title="Text size",
        description="Text scale factor, 1.0 to 2.0 (200 %).",
        ge=FONT_SCALE_MIN,
        le=FONT_SCALE_MAX,
    )
    content_max_age_days: int = Field(
        180,
        title="Content age warning (days)",
        description="Past this age the offline content says it may be outdated.",
        ge=1,
        le=3650,
    )
    site_latitude: float | None = Field(
        None, title="Latitude", description="The help point's position.", ge=-90, le=90
    )
    site_longitude: float | None = Field(
        None, title="Longitude", description="The help point's position.", ge=-180, le=180
    )
    local_places_file: Path | None = Field(
        None,
        title="Local places",
        description="TOML file of the help point's own short list of places.",
    )
    ants_api_enabled: bool = Field(
        False,
        title="ANTS appointment services",
        description=(
            "Use the ANTS coordination API and appointment hub (needs tokens issued by ANTS,"
            " stored in the OS keyring); off: explain and hand off to the official site."
        ),
    )
    ants_coordination_url: str | None = Field(
        None,
        title="ANTS coordination API URL",
        description="Base URL of the pre-application status service; empty: the official one.",
    )
    ants_hub_url: str | None = Field(
        None,
        title="ANTS appointment hub URL",
        description="Base URL of the appointment hub; empty: the official one.",
    )
    # -- The controlled browser (issue 15): kiosk hand-off, training portal pages -----
    controlled_browser: bool = Field(
        False,
        title="Controlled browser at a workstation",
        description=(
            "Mediator mode: true opens official sites in the application's own controlled"
            " browser (allow-list, nothing kept after the session); false: the system"
            " browser. A kiosk and training mode always use the controlled browser."
        ),
    )
    browser_extra_hosts: list[str] = Field(
        default_factory=list,
        title="More sites for the controlled browser",
        description=(
            "Host names (https only, exact: www.example.fr allows neither example.fr nor"
            " a.www.example.fr) added to the built-in list of ANTS, FranceConnect and its"
            " identity providers, the stamp shop and service-public."
        ),
    )
    browser_permissions: list[
        Literal["camera", "microphone", "location", "notifications", "clipboard-read"]
    ] = Field(
        default_factory=list,
        title="Browser permissions allowed",
        description=(
            "What a site in the controlled browser may use when it asks; anything not"
            " listed is refused (default: nothing)."
        ),
    )
    scan_folder: Path | None = Field(
        None,
        title="Scan folder",
        description=(
            "Folder where the help point's scanner drops its files: the only folder a"
            " web form's file upload shows. Emptied at every session wipe. Empty: uploads"
            " are refused."
        ),
    )
    # The on-screen keyboard (issue 15): a touch kiosk has no physical keyboard, a
    # workstation has one, so "auto" shows it in kiosk mode only (the mode now: a
    # mediator may switch it).
    onscreen_keyboard: Literal["auto", "on", "off"] = Field(
        "auto",
        title="On-screen keyboard",
        description=(
            "auto: shown when a text field has the focus in kiosk mode; on: in every"
            " mode; off: never (a physical keyboard is attached)."
        ),
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", title="Log level", description="Detail of the anonymous log."
    )

    @field_validator("portal_url", "ants_coordination_url", "ants_hub_url")
    @classmethod
    def _check_portal_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value in (None, ""):
            if info.field_name == "portal_url":
                _check_kiosk_has_a_portal(info.data)
            return None
        assert value is not None
        if not value.startswith(("http://", "https://")) or len(value) < 10:
            raise ValueError("expected an http:// or https:// URL")
        return value.rstrip("/")

    @field_validator("site_name_translations")
    @classmethod
    def _check_site_name_translations(cls, value: dict[str, str]) -> dict[str, str]:
        for language, name in value.items():
            if language not in LANGUAGES:
                raise ValueError(f"{language!r} is not an interface language {LANGUAGES}")
            if not SITE_NAME_MIN_LENGTH <= len(name) <= SITE_NAME_MAX_LENGTH:
                raise ValueError(
                    f"the {language} name must be {SITE_NAME_MIN_LENGTH} to"
                    f" {SITE_NAME_MAX_LENGTH} characters"
                )
        return value

    @field_validator("allowed_urls")
    @classmethod
    def _check_allowed(cls, value: list[str]) -> list[str]:
        from assist_desk.url_rules import parse_rule

        for url in value:
            parse_rule(url)  # https, a host name, no user, query or fragment
        return value

    @field_validator("browser_extra_hosts")
    @classmethod
    def _check_hosts(cls, value: list[str]) -> list[str]:
        from assist_desk.url_rules import parse_host

        return [parse_host(host) for host in value]

    @model_validator(mode="after")
    def _check_consistency(self) -> Settings:
        if self.language not in self.languages:
            raise ValueError(
                f"language {self.language!r} must be one of the languages offered {self.languages}"
            )
        if (self.site_latitude is None) != (self.site_longitude is None):
            raise ValueError("site_latitude and site_longitude go together")
        if self.schema_version > SCHEMA_VERSION:
            raise ValueError(f"schema_version must be at most {SCHEMA_VERSION}")
        return self

    @property
    def uses_training_portal(self) -> bool:
        """True when the embedded training portal serves the API (a kiosk: only when
        the site file asks for a training kiosk; otherwise it does not start)."""
        if self.mode is Mode.TRAINING:
            return True
        if self.mode is Mode.KIOSK:
            return self.portal_url is None and self.training_kiosk
        return self.portal_url is None

    @property
    def site_position(self) -> tuple[float, float] | None:
        """(latitude, longitude) of the help point, when the site file gives it."""
        if self.site_latitude is None or self.site_longitude is None:
            return None
        return (self.site_latitude, self.site_longitude)

    @property
    def is_training_kiosk(self) -> bool:
        """A kiosk on the training portal: banner, temporary database, reset at each wipe."""
        return self.mode is Mode.KIOSK and self.uses_training_portal


#: The one line a kiosk with no portal prints before it stops (exit status 2).
KIOSK_NEEDS_PORTAL = (
    "kiosk mode needs the URL of the real portal; for a training kiosk with "
    "fictitious data only, set training_kiosk = true"
)


def _check_kiosk_has_a_portal(earlier_fields: dict[str, Any]) -> None:
    """A citizen alone must never type real data into the embedded training portal:
    without a portal URL, a kiosk starts only when the site asks for a training kiosk."""
    if earlier_fields.get("mode") is Mode.KIOSK and not earlier_fields.get("training_kiosk"):
        raise ValueError(KIOSK_NEEDS_PORTAL)


def _describe(error: dict[str, Any]) -> str:
    key = ".".join(str(part) for part in error["loc"]) or "settings"
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    given = error.get("input")
    shown = "" if isinstance(given, dict) else f" (got {given!r})"
    return f"setting {key!r}: {message[0].lower()}{message[1:]}{shown}"


def settings_overrides(args: argparse.Namespace) -> dict[str, object]:
    """The command-line options that override settings (highest precedence)."""
    return {"mode": args.mode, "language": args.lang, "portal_url": args.portal_url}


def load_settings(
    config_file: Path | None = None, overrides: dict[str, Any] | None = None
) -> Settings:
    """Load and validate settings from every source (see the module docstring)."""
    from assist_desk.paths import default_config_file

    site_file = config_file if config_file is not None else default_config_file()
    if config_file is not None and not site_file.is_file():
        raise SettingsError([f"config file {str(site_file)!r}: not found"])
    from_file: dict[str, Any] = {}
    if site_file.is_file():
        try:
            from_file = tomllib.loads(site_file.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(
                [f"config file {str(site_file)!r}: not valid TOML ({exc})"]
            ) from None
    try:
        from_environment = environment_values(Settings, ENV_PREFIX)
    except BadEnvironmentValue as error:
        raise SettingsError([f"setting {error.key!r}: {error}"]) from None
    clean = {k: v for k, v in (overrides or {}).items() if v is not None}
    try:
        return Settings(**merge_sources(clean, from_environment, from_file))
    except ValidationError as exc:
        lines = [_describe(dict(error)) for error in exc.errors()]
        raise SettingsError(lines) from None
