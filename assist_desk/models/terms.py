"""Terms of Use versions, acceptances, and what changed between two versions.

The ``sha256`` of a version is computed over its French text only (French
prevails over every translation): see :func:`french_text_sha256`.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from assist_desk.models.common import ApiModel, ResourceId, ResponseModel
from assist_desk.modes import Language

Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="Hex SHA-256.")]
SiteId = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]


class TermsSection(ResponseModel):
    id: ResourceId
    title: str
    text: str


class TermsVersion(ResponseModel):
    """One version of the Terms of Use, with its sections in each language."""

    id: ResourceId
    published: date
    effective: date
    sections: dict[Language, list[TermsSection]] = Field(
        description="Sections per language; every language has the same section ids."
    )
    sha256: Sha256 = Field(description="SHA-256 of the French text (see the API description).")
    prevailing_language: Literal["fr"] = "fr"
    note: dict[Language, str] = Field(
        description="Says that the French text prevails over translations."
    )

    def section_ids(self) -> list[str]:
        return [section.id for section in self.sections["fr"]]

    def section(self, section_id: str, language: Language = "fr") -> TermsSection | None:
        for section in self.sections.get(language, self.sections["fr"]):
            if section.id == section_id:
                return section
        return None


class TermsVersionSummary(ResponseModel):
    id: ResourceId
    published: date
    effective: date
    sha256: Sha256
    current: bool


class TermsList(ResponseModel):
    current: ResourceId
    versions: list[TermsVersionSummary]


class TermsAcceptanceCreate(ApiModel):
    """The exact version and hash shown to the person who ticked the box."""

    version_id: ResourceId
    sha256: Sha256
    channel: Literal["help_point"] = "help_point"
    site_id: SiteId


class TermsAcceptance(ResponseModel):
    id: ResourceId
    account_id: ResourceId
    version_id: ResourceId
    sha256: Sha256
    channel: Literal["help_point"]
    site_id: str
    accepted_at: datetime
    current: bool = Field(description="The accepted version is the current one.")


def french_text_sha256(sections: list[TermsSection]) -> str:
    """SHA-256 of the French text: for each section ``id\\ntitle\\ntext\\n\\n``, UTF-8."""
    digest = hashlib.sha256()
    for section in sections:
        digest.update(f"{section.id}\n{section.title}\n{section.text}\n\n".encode())
    return digest.hexdigest()


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class SectionChange(ResponseModel):
    section_id: str
    kind: ChangeKind
    old: TermsSection | None
    new: TermsSection | None


def changed_sections(
    old: TermsVersion, new: TermsVersion, language: Language = "fr"
) -> list[SectionChange]:
    """What changed from ``old`` to ``new``, section by section, in ``new``'s order.

    Sections are compared on the French text (which prevails); ``old``/``new`` hold
    the sections in ``language`` for display.
    """
    old_fr = {s.id: s for s in old.sections["fr"]}
    new_fr = {s.id: s for s in new.sections["fr"]}
    changes: list[SectionChange] = []
    for section_id in new.section_ids():
        before = old_fr.get(section_id)
        after = new_fr[section_id]
        if before is None:
            kind = ChangeKind.ADDED
        elif (before.title, before.text) != (after.title, after.text):
            kind = ChangeKind.CHANGED
        else:
            continue
        changes.append(
            SectionChange(
                section_id=section_id,
                kind=kind,
                old=old.section(section_id, language),
                new=new.section(section_id, language),
            )
        )
    for section_id in old.section_ids():
        if section_id not in new_fr:
            changes.append(
                SectionChange(
                    section_id=section_id,
                    kind=ChangeKind.REMOVED,
                    old=old.section(section_id, language),
                    new=None,
                )
            )
    return changes
