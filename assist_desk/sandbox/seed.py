"""Seed data of the training portal: Terms of Use, catalogue, FranceConnect identities.

Read from ``resources/training-portal/`` (see its SOURCES.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from assist_desk.models import (
    Catalogue,
    Category,
    LocalizedText,
    Procedure,
    Profile,
    TermsSection,
    TermsVersion,
    french_text_sha256,
)


def seed_dir() -> Path:
    from assist_desk.paths import resources_dir

    return resources_dir() / "training-portal"


def _load(name: str) -> Any:
    return json.loads((seed_dir() / name).read_text(encoding="utf-8"))


@cache
def terms_versions() -> tuple[TermsVersion, ...]:
    raw = _load("terms.json")
    versions = []
    for version in raw["versions"]:
        sections = {
            lang: [TermsSection(**section) for section in items]
            for lang, items in version["sections"].items()
        }
        versions.append(
            TermsVersion(
                id=version["id"],
                published=date.fromisoformat(version["published"]),
                effective=date.fromisoformat(version["effective"]),
                sections=sections,
                sha256=french_text_sha256(sections["fr"]),
                note=raw["note"],
            )
        )
    return tuple(versions)


def current_terms_id(today: date, override: str | None = None) -> str:
    """The latest version in effect on ``today`` (the trainer may pick another)."""
    versions = terms_versions()
    if override and any(v.id == override for v in versions):
        return override
    in_effect = [v for v in versions if v.effective <= today]
    chosen = max(in_effect, key=lambda v: v.effective) if in_effect else versions[0]
    return chosen.id


@cache
def catalogue() -> Catalogue:
    raw = _load("catalogue.json")
    categories = []
    for category in raw["categories"]:
        procedures = [
            Procedure(
                id=item["id"],
                category_id=category["id"],
                titles=LocalizedText(**item["titles"]),
                eligible_profiles=[
                    Profile(p)
                    for p in [*category["eligible_profiles"], *item.get("extra_profiles", [])]
                ],
                checklist_id=item["id"],
                pre_application_number=category["pre_application_number"],
                handoff_url=category["handoff_url"],
            )
            for item in category["procedures"]
        ]
        categories.append(
            Category(
                id=category["id"],
                titles=LocalizedText(**category["titles"]),
                handoff_url=category["handoff_url"],
                procedures=procedures,
            )
        )
    return Catalogue(
        categories=categories,
        account_only_profiles=[Profile(p) for p in raw["account_only_profiles"]],
    )


@dataclass(frozen=True)
class FictitiousIdentity:
    id: str
    provider: str
    given_names: str
    family_name: str
    birth_date: str
    gender: str
    birthplace: str
    birthcountry: str
    email: str


@cache
def franceconnect_identities() -> tuple[FictitiousIdentity, ...]:
    return tuple(
        FictitiousIdentity(**item) for item in _load("franceconnect_identities.json")["identities"]
    )
