"""What this copy of assist_desk is: version, content pack, licence, shipped data sources.

Standard library only and cheap: ``assist-desk --version`` uses it without
importing Qt or pydantic, and the About screen shows the same facts.

* The content pack is described by ``resources/content/pack.toml`` (written by
  the content pack's authors; only its ``version`` and ``published`` keys are
  read here, without validating the rest).
* Every folder of shipped data has a ``SOURCES.md`` naming where the data come
  from, their licence and date; the About screen lists them for attribution.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from assist_desk import __version__

#: The licence of assist_desk itself.
LICENCE = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


@dataclass(frozen=True)
class ContentPack:
    """The offline content pack: its version and publication date."""

    version: str
    published: dt.date | None


@dataclass(frozen=True)
class SourceNote:
    """One ``SOURCES.md``: the data folder it describes (relative) and its text."""

    folder: str
    text: str


def _resources() -> Path:
    from assist_desk.paths import resources_dir

    return resources_dir()


def _pack_files(resources: Path) -> list[Path]:
    preferred = resources / "content" / "pack.toml"
    others = sorted(p for p in resources.glob("*/pack.toml") if p != preferred)
    return [p for p in (preferred, *others) if p.is_file()]


def content_pack(resources: Path | None = None) -> ContentPack | None:
    """The bundled content pack's version and date, or None when there is none (or unreadable)."""
    import tomllib

    for path in _pack_files(resources if resources is not None else _resources()):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        version = data.get("version")
        if not isinstance(version, str):
            continue
        published = data.get("published")
        if isinstance(published, str):
            try:
                published = dt.date.fromisoformat(published)
            except ValueError:
                published = None
        if isinstance(published, dt.datetime):
            published = published.date()
        return ContentPack(version, published if isinstance(published, dt.date) else None)
    return None


def describe_pack(pack: ContentPack | None) -> str:
    """``content pack 1.2, 2026-10-01`` (language-neutral, for the command line)."""
    if pack is None:
        return "no content pack"
    date = f", {pack.published.isoformat()}" if pack.published else ""
    return f"content pack {pack.version}{date}"


def version_line(resources: Path | None = None) -> str:
    """What ``assist-desk --version`` prints."""
    pack = content_pack(resources)
    suffix = f" ({describe_pack(pack)})" if pack is not None else ""
    return f"assist-desk {__version__}{suffix}"


def shipped_sources(resources: Path | None = None) -> list[SourceNote]:
    """Every ``SOURCES.md`` under ``resources/``, in folder order."""
    base = resources if resources is not None else _resources()
    if not base.is_dir():
        return []
    notes = []
    for path in sorted(base.rglob("SOURCES.md")):
        try:
            text = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            continue
        folder = path.parent.relative_to(base).as_posix()
        notes.append(SourceNote("resources" if folder == "." else f"resources/{folder}", text))
    return notes
