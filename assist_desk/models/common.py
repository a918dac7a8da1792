"""Identifiers and small types shared by every portal model."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

# The portal publishes titles and Terms of Use sections in the interface languages.
from assist_desk.modes import LANGUAGES

#: Ids of the portal's resources: opaque, URL-safe strings.
ResourceId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]


class Profile(StrEnum):
    """The six portal account profiles (CATALOGUE.md; ANTS Terms of Use 1.5)."""

    INDIVIDUAL = "individual"
    SIV_PROFESSIONAL = "siv_professional"
    DRIVING_SCHOOL = "driving_school"
    ROAD_SAFETY_CENTRE = "road_safety_centre"
    TOWN_HALL_DR = "town_hall_dr"
    LEGAL_ENTITY = "legal_entity"


PROFILES: tuple[Profile, ...] = tuple(Profile)


class ApiModel(BaseModel):
    """Base of every portal model: unknown fields are refused, instances are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ResponseModel(BaseModel):
    """Base of models the portal sends back: tolerant of fields added in later versions."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class LocalizedText(ResponseModel):
    """One text in each portal language."""

    fr: str
    en: str
    ar: str

    def get(self, language: str) -> str:
        """The text in ``language``, French (the prevailing language) otherwise."""
        return str(getattr(self, language, self.fr)) if language in LANGUAGES else self.fr
