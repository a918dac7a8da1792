"""Official online locators and map links (``resources/places/locators.toml``).

A light module (no places data): the app's start-up reads it.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache


@lru_cache(maxsize=1)
def locators() -> dict[str, str]:
    """Official online locators by id (``appointment``, ``ants``) and the map URL template."""
    from assist_desk.paths import resources_dir

    path = resources_dir() / "places" / "locators.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {key: str(value["url"]) for key, value in data.items()}


def map_url(latitude: float, longitude: float, allowed_urls: list[str] | None = None) -> str:
    """A link to the position on a map: the configured map site if allowed, else ``geo:``."""
    template = locators().get("map", "")
    lat, lon = f"{latitude:.5f}", f"{longitude:.5f}"
    url = template.replace("{lat}", lat).replace("{lon}", lon)
    if url and (allowed_urls is None or any(url.startswith(p) for p in allowed_urls)):
        return url
    return f"geo:{lat},{lon}"
