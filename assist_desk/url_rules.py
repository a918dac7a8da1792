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
