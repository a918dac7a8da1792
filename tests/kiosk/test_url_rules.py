"""The URL allow-list matches scheme, exact host and path prefix (issue 17, L5)."""

from __future__ import annotations

import pytest

from assist_desk.settings import Settings
from assist_desk.url_rules import is_allowed, parse_rule

ALLOWED = ["https://ants.gouv.fr", "https://www.service-public.fr/particuliers/"]


@pytest.mark.parametrize(
    "url",
    [
        "https://ants.gouv.fr/",
        "https://ants.gouv.fr",
        "https://ANTS.gouv.fr/demarches?x=1",
        "https://ants.gouv.fr:443/a",
        "https://www.service-public.fr/particuliers/vosdroits/F1234",
    ],
)
def test_allowed(url: str) -> None:
    assert is_allowed(url, ALLOWED)


@pytest.mark.parametrize(
    "url",
    [
        "https://ants.gouv.fr.example.net/",  # the entry's text is a prefix of the host
        "https://ants.gouv.fr@evil.example/",  # user info: the host is evil.example
        "https://user:pw@ants.gouv.fr/",
        "http://ants.gouv.fr/",  # another scheme
        "https://ants.gouv.fr:8443/",  # another port
        "https://evil.example/https://ants.gouv.fr/",
        "https://www.service-public.fr/professionnels/",  # outside the path prefix
        "https://www.service-public.fr/particuliersX",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://ants.gouv.fr:99999/",  # not a port
        "",
    ],
)
def test_refused(url: str) -> None:
    assert not is_allowed(url, ALLOWED)


def test_a_path_prefix_without_slash_stops_at_a_segment() -> None:
    rule = ["https://example.gouv.fr/foo"]
    assert is_allowed("https://example.gouv.fr/foo", rule)
    assert is_allowed("https://example.gouv.fr/foo/bar", rule)
    assert not is_allowed("https://example.gouv.fr/foobar", rule)


def test_the_portal_extra_entry_allows_its_own_http_loopback_only() -> None:
    extra = ["http://127.0.0.1:8123/"]
    assert is_allowed("http://127.0.0.1:8123/training/franceconnect/fc_1", [], extra)
    assert not is_allowed("http://127.0.0.1:8124/training/", [], extra)


@pytest.mark.parametrize(
    "entry",
    [
        "http://ants.gouv.fr/",
        "https://",
        "https://ants.gouv.fr@evil.example/",
        "https://ants.gouv.fr/?next=x",
        "https://ants.gouv.fr/#top",
        "ants.gouv.fr",
    ],
)
def test_the_settings_refuse_bad_entries(entry: str) -> None:
    with pytest.raises(ValueError, match=r"expected https|no host|no user|no query|not a URL"):
        parse_rule(entry)
    with pytest.raises(ValueError, match="allowed_urls"):
        Settings(allowed_urls=[entry])


def test_the_shipped_defaults_are_valid() -> None:
    for entry in Settings().allowed_urls:
        assert parse_rule(entry).scheme == "https"
