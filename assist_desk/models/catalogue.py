"""The procedure catalogue (ids from CATALOGUE.md) and procedure requests."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from assist_desk.models.common import (
    ApiModel,
    LocalizedText,
    Profile,
    ResourceId,
    ResponseModel,
)


class Procedure(ResponseModel):
    id: ResourceId = Field(description="Procedure id, also the offline checklist id.")
    category_id: ResourceId
    titles: LocalizedText
    eligible_profiles: list[Profile]
    checklist_id: ResourceId
    pre_application_number: bool = Field(
        description="The procedure ends with a pre-application number (identity card, passport)."
    )
    handoff_url: str = Field(description="The official system the procedure continues on.")


class Category(ResponseModel):
    id: ResourceId
    titles: LocalizedText
    handoff_url: str
    procedures: list[Procedure]


class Catalogue(ResponseModel):
    categories: list[Category]
    #: Profiles that can hold an account but start no procedure here (said to the user).
    account_only_profiles: list[Profile] = Field(default_factory=list)

    def procedure(self, procedure_id: str) -> Procedure | None:
        for category in self.categories:
            for procedure in category.procedures:
                if procedure.id == procedure_id:
                    return procedure
        return None

    def for_profile(self, profile: Profile) -> list[Procedure]:
        return [
            procedure
            for category in self.categories
            for procedure in category.procedures
            if profile in procedure.eligible_profiles
        ]


class ProcedureRequestCreate(ApiModel):
    procedure_id: ResourceId


class ProcedureRequest(ResponseModel):
    """A "New request": where the procedure continues on the official system."""

    id: ResourceId
    account_id: ResourceId
    procedure_id: ResourceId
    category_id: ResourceId
    handoff_url: str
    pre_application_number: bool
    created: datetime


class ProcedureRequestList(ResponseModel):
    requests: list[ProcedureRequest]
