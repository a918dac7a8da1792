"""Terms of Use: the versions (``/v1/terms``) and an owner's acceptances."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel

from assist_desk.models import (
    TermsAcceptance,
    TermsAcceptanceCreate,
    TermsList,
    TermsVersion,
    TermsVersionSummary,
)
from assist_desk.sandbox import seed
from assist_desk.sandbox.accounts_core import require_owner
from assist_desk.sandbox.idempotent import Action, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError, field_problem
from assist_desk.sandbox.state import BearerDep, IdempotencyKey, IdPath, PortalState, StateDep
from assist_desk.sandbox.store import iso, new_id, now

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["terms"])
acceptances = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["terms"])


def _terms(version_id: str) -> TermsVersion:
    for version in seed.terms_versions():
        if version.id == version_id:
            return version
    raise ProblemError(404, "not_found", "no such Terms of Use version")


@router.get("/terms", summary="Terms of Use versions")
async def list_terms(state: StateDep) -> TermsList:
    current = state.current_terms_id()
    return TermsList(
        current=current,
        versions=[
            TermsVersionSummary(
                id=v.id,
                published=v.published,
                effective=v.effective,
                sha256=v.sha256,
                current=v.id == current,
            )
            for v in seed.terms_versions()
        ],
    )


@router.get("/terms/current", summary="The current Terms of Use")
async def current_terms(state: StateDep) -> TermsVersion:
    return _terms(state.current_terms_id())


@router.get("/terms/{version_id}", summary="One Terms of Use version")
async def terms(version_id: IdPath) -> TermsVersion:
    return _terms(version_id)


def check_consent(
    state: PortalState, version_id: str, sha256: str, *, prefix: str = "terms."
) -> None:
    """The version ticked is known, its hash right, and it is the current one."""
    version = next((v for v in seed.terms_versions() if v.id == version_id), None)
    if version is None:
        raise field_problem(f"{prefix}version_id", "terms_version_unknown", "no such Terms version")
    if version.sha256 != sha256:
        raise field_problem(
            f"{prefix}sha256", "terms_hash_mismatch", "the hash does not match this version"
        )
    if version.id != state.current_terms_id():
        # An older version would overwrite a newer acceptance (review finding M12).
        raise ProblemError(409, "terms_outdated", "only the current Terms of Use can be accepted")


def record_acceptance(
    conn: sqlite3.Connection, account_id: str, consent: TermsAcceptanceCreate, moment: str
) -> str:
    """Keep the acceptance (version, hash, channel, site, time); its id."""
    acceptance_id = new_id("acp")
    conn.execute(
        "INSERT INTO acceptances (id, account_id, version_id, sha256, channel, site_id,"
        " accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            acceptance_id,
            account_id,
            consent.version_id,
            consent.sha256,
            consent.channel,
            consent.site_id,
            moment,
        ),
    )
    return acceptance_id


@acceptances.post(
    "/accounts/{account_id}/terms-acceptances",
    status_code=201,
    response_model=TermsAcceptance,
    summary="Record the owner's acceptance of a Terms of Use version",
)
@idempotent
async def accept_terms(
    state: StateDep,
    request: Request,
    account_id: IdPath,
    body: Annotated[TermsAcceptanceCreate, Body()],
    credentials: BearerDep,
    idempotency_key: IdempotencyKey,
) -> Action:
    require_owner(state, credentials, account_id)
    check_consent(state, body.version_id, body.sha256, prefix="")

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        moment = now()
        acceptance_id = record_acceptance(conn, account_id, body, iso(moment))
        conn.execute(
            "UPDATE accounts SET terms_version = ?, terms_at = ? WHERE id = ?",
            (body.version_id, iso(moment), account_id),
        )
        return 201, TermsAcceptance(
            id=acceptance_id,
            account_id=account_id,
            version_id=body.version_id,
            sha256=body.sha256,
            channel=body.channel,
            site_id=body.site_id,
            accepted_at=moment,
            current=body.version_id == state.current_terms_id(),
        )

    return action
