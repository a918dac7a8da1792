"""The controlled browser's allow-list: scheme and exact host, never a prefix (Qt-free)."""

from __future__ import annotations

import pytest

from assist_desk.settings import SettingsError, load_settings
from assist_desk.url_rules import OFFICIAL_WEB_HOSTS, WebAllowList, parse_host


@pytest.mark.parametrize(
    "url",
    [
        "https://ants.gouv.fr/",
        "https://immatriculation.ants.gouv.fr/demarche?x=1",
        "https://oidc.franceconnect.gouv.fr/api/v2/authorize",
        "https://timbres.impots.gouv.fr/",
        "https://www.service-public.fr/particuliers/vosdroits/F1234",
        "https://ANTS.gouv.fr/",
    ],
)
def test_official_hosts_are_allowed(url: str) -> None:
    assert WebAllowList.build().allows(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://ants.gouv.fr/",  # not https
        "https://ants.gouv.fr.example.net/",  # a prefix is not the host
        "https://ants.gouv.fr@evil.example/",  # user info: the host is evil.example
        "https://evil.ants.gouv.fr/",  # a sub-domain is another host
        "https://ants.gouv.fr:8443/",  # another port
        "https://example.org/",
        "file:///etc/passwd",
        "view-source:https://ants.gouv.fr/",
        "javascript:alert(1)",
        "https://[::1/",
    ],
)
def test_other_addresses_are_refused(url: str) -> None:
    assert not WebAllowList.build().allows(url)


def test_the_site_adds_hosts_and_the_training_portal_its_origin() -> None:
    allow = WebAllowList.build(["Www.Example.fr"], ["http://127.0.0.1:8765"])
    assert allow.allows("https://www.example.fr/x")
    assert not allow.allows("https://example.fr/")
    assert allow.allows("http://127.0.0.1:8765/training/outbox")
    assert not allow.allows("http://127.0.0.1:8766/")
    assert not allow.allows("https://127.0.0.1:8765/")
    assert not WebAllowList.build().allows("http://127.0.0.1:8765/")


@pytest.mark.parametrize("entry", ["", "localhost", "https://www.example.fr/", "a..fr", "-a.fr"])
def test_bad_hosts_are_refused_with_a_message(entry: str) -> None:
    with pytest.raises(ValueError, match="host name"):
        parse_host(entry)


def test_the_settings_check_the_browser_block(tmp_path) -> None:  # type: ignore[no-untyped-def]
    site = tmp_path / "site.toml"
    site.write_text('browser_extra_hosts = ["https://x.fr/"]\n', encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        load_settings(site)
    assert "browser_extra_hosts" in error.value.lines[0]
    site.write_text('browser_permissions = ["camera", "usb"]\n', encoding="utf-8")
    with pytest.raises(SettingsError):
        load_settings(site)
    site.write_text('browser_extra_hosts = ["Mon.Site.fr"]\nscan_folder = "/srv/scans"\n')
    settings = load_settings(site)
    assert settings.browser_extra_hosts == ["mon.site.fr"]
    assert str(settings.scan_folder) == "/srv/scans"


def test_every_built_in_host_is_a_plain_host() -> None:
    assert all(parse_host(host) == host for host in OFFICIAL_WEB_HOSTS)
