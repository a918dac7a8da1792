"""The site's URL allow-list: an entry allows one scheme, one exact host and a path prefix.

``https://ants.gouv.fr/`` allows ``https://ants.gouv.fr/anything`` and nothing on
``ants.gouv.fr.example.net``, ``evil.example`` (``https://ants.gouv.fr@evil.example/``)
or another port. Parsed with :func:`urllib.parse.urlsplit`, never compared as
raw text. Qt-free: the settings validate their entries with :func:`parse_rule`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit


@dataclass(frozen=True)
class UrlRule:
    scheme: str
    host: str
    port: int | None
    path_prefix: str

    def allows(self, parts: SplitResult) -> bool:
        if parts.scheme.lower() != self.scheme or (parts.hostname or "") != self.host:
            return False
        if _port(parts) != self.port:
            return False
        path = parts.path or "/"
        if self.path_prefix.endswith("/"):
            return path.startswith(self.path_prefix)
        # "/foo" allows "/foo" and "/foo/…", not "/foobar".
        return path == self.path_prefix or path.startswith(self.path_prefix + "/")


def _port(parts: SplitResult) -> int | None:
    port = parts.port  # raises ValueError when not a number or out of range
    default = {"https": 443, "http": 80}.get(parts.scheme.lower())
    return None if port == default else port


def parse_rule(entry: str, schemes: Sequence[str] = ("https",)) -> UrlRule:
    """The rule an allow-list entry stands for; ValueError saying what is wrong."""
    try:
        parts = urlsplit(entry.strip())
        port = _port(parts)
    except ValueError as error:
        raise ValueError(f"not a URL: {entry!r}") from error
    if parts.scheme.lower() not in schemes:
        raise ValueError(f"expected {' or '.join(s + '://' for s in schemes)} (got {entry!r})")
    if not parts.hostname:
        raise ValueError(f"no host name in {entry!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError(f"no user name or password allowed in {entry!r}")
    if parts.query or parts.fragment:
        raise ValueError(f"no query or fragment allowed in {entry!r}")
    return UrlRule(parts.scheme.lower(), parts.hostname, port, parts.path or "/")


def is_allowed(url: str, allowed: Sequence[str], extra: Sequence[str] = ()) -> bool:
    """True when ``url`` matches an entry of ``allowed`` or ``extra`` (scheme, host, path)."""
    try:
        parts = urlsplit(url)
        _port(parts)
    except ValueError:
        return False
    if parts.scheme.lower() not in ("https", "http") or not parts.hostname:
        return False
    if parts.username is not None or parts.password is not None:
        return False  # "https://ants.gouv.fr@evil.example/" goes to evil.example
    for entry in (*allowed, *extra):
        try:
            rule = parse_rule(entry, ("https", "http"))
        except ValueError:
            continue  # the settings refuse bad entries; an odd extra one allows nothing
        if rule.allows(parts):
            return True
    return False


# -- The controlled browser's allow-list: scheme and exact host ------------------------

#: Hosts the controlled browser opens without any site setting (https only, exact
#: host: a sub-domain is another host). Each group says where it was checked.
ANTS_HOSTS = (  # the settings' defaults and ants-facts.md (B: rendezvouspasseport)
    "ants.gouv.fr",
    "www.ants.gouv.fr",
    "immatriculation.ants.gouv.fr",
    "permisdeconduire.ants.gouv.fr",
    "passeport.ants.gouv.fr",
    "rendezvouspasseport.ants.gouv.fr",
)
FRANCECONNECT_HOSTS = (  # ants-facts.md C: v2 issuer, FranceConnect+, legacy v1
    "franceconnect.gouv.fr",
    "oidc.franceconnect.gouv.fr",
    "auth.franceconnect.gouv.fr",
    "app.franceconnect.gouv.fr",
)
#: FranceConnect's identity providers (ants-facts.md C names them). Each host was
#: checked against a public page on 2026-12-06: docs/browser/identity-providers.md
#: gives the page address for each one.
IDENTITY_PROVIDER_HOSTS = (
    "impots.gouv.fr",  # impots.gouv.fr/portail/particulier/questions/…espace-particulier…
    "www.ameli.fr",  # didacticiel.ameli.fr/assures/ordinateur
    "assure.ameli.fr",  # didacticiel.ameli.fr/assures/ordinateur
    "lidentitenumerique.laposte.fr",  # solidarite-numerique.fr tutorial; the site's FAQ
    "www.msa.fr",  # lemondeinformatique.fr (msa.fr as a FranceConnect provider)
)
#: Sign-in hosts seen only in public code, NOT confirmed by a page (see the doc):
#: kept because each is the provider's own domain and FranceConnect's sign-in goes
#: there; a site can refuse them only by editing this list, so check before a release.
UNCONFIRMED_IDENTITY_PROVIDER_HOSTS = (
    "www.impots.gouv.fr",
    "cfspart.impots.gouv.fr",
    "monespaceprive.msa.fr",
    "france-identite.gouv.fr",
)
PUBLIC_SERVICE_HOSTS = (  # ants-facts.md D: the stamp shop, service-public fiches
    "timbres.impots.gouv.fr",
    "www.service-public.fr",
    "service-public.fr",
    "www.service-public.gouv.fr",
)
OFFICIAL_WEB_HOSTS = (
    ANTS_HOSTS
    + FRANCECONNECT_HOSTS
    + IDENTITY_PROVIDER_HOSTS
    + UNCONFIRMED_IDENTITY_PROVIDER_HOSTS
    + PUBLIC_SERVICE_HOSTS
)

_HOST_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")


def parse_host(entry: str) -> str:
    """A host name of the site file, in lower case; ValueError saying what is wrong."""
    host = entry.strip().lower().rstrip(".")
    if not host or "." not in host or not set(host) <= _HOST_CHARACTERS:
        raise ValueError(f"expected a host name such as www.example.fr (got {entry!r})")
    if any(not label or label.startswith("-") for label in host.split(".")):
        raise ValueError(f"expected a host name such as www.example.fr (got {entry!r})")
    return host


@dataclass(frozen=True)
class WebAllowList:
    """What the controlled browser may show: https on an exact host, or an exact origin.

    ``origins`` are whole ``scheme://host:port`` origins (the embedded training
    portal, on loopback over http, in training mode).
    """

    hosts: frozenset[str]
    origins: frozenset[tuple[str, str, int | None]] = frozenset()

    @classmethod
    def build(cls, extra_hosts: Sequence[str] = (), origins: Sequence[str] = ()) -> WebAllowList:
        parsed = set()
        for origin in origins:
            parts = urlsplit(origin)
            parsed.add((parts.scheme.lower(), parts.hostname or "", _port(parts)))
        hosts = frozenset(OFFICIAL_WEB_HOSTS) | {parse_host(h) for h in extra_hosts}
        return cls(hosts, frozenset(parsed))

    def with_origin(self, origin: str) -> WebAllowList:
        parts = urlsplit(origin)
        added = (parts.scheme.lower(), parts.hostname or "", _port(parts))
        return WebAllowList(self.hosts, self.origins | {added})

    def allows(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            port = _port(parts)
        except ValueError:
            return False
        if parts.username is not None or parts.password is not None:
            return False
        scheme, host = parts.scheme.lower(), (parts.hostname or "")
        if (scheme, host, port) in self.origins:
            return True
        return scheme == "https" and port is None and host in self.hosts
