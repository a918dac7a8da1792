"""The procedure catalogue and an account's procedure requests ("New request")."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel

from assist_desk.models import (
    AccountStatus,
    Catalogue,
    ProcedureRequest,
    ProcedureRequestCreate,
    ProcedureRequestList,
    Profile,
)
from assist_desk.sandbox import seed
from assist_desk.sandbox.accounts_core import current_status, require_owner
from assist_desk.sandbox.idempotent import Action, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES, ProblemError, field_problem
from assist_desk.sandbox.state import BearerDep, IdempotencyKey, IdPath, StateDep
from assist_desk.sandbox.store import iso, new_id, now

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["catalogue"])


@router.get("/catalogue", summary="The procedure catalogue")
async def get_catalogue() -> Catalogue:
    return seed.catalogue()


@router.post(
    "/accounts/{account_id}/requests",
    status_code=201,
    response_model=ProcedureRequest,
    summary="New request: start a procedure, get the hand-off URL",
)
@idempotent
async def create_request(
    state: StateDep,
    request: Request,
    account_id: IdPath,
    body: Annotated[ProcedureRequestCreate, Body()],
    credentials: BearerDep,
    idempotency_key: IdempotencyKey,
) -> Action:
    row = require_owner(state, credentials, account_id)
    procedure = seed.catalogue().procedure(body.procedure_id)
    if procedure is None:
        raise field_problem("procedure_id", "procedure_unknown", "no such procedure")
    if current_status(row) is not AccountStatus.ACTIVE:
        raise ProblemError(409, "account_not_active", "the account is not active")
    if row["terms_version"] != state.current_terms_id():
        raise ProblemError(409, "terms_outdated", "accept the current Terms of Use first")
    if Profile(row["profile"]) not in procedure.eligible_profiles:
        raise field_problem(
            "procedure_id", "not_eligible", "this profile cannot start this procedure"
        )

    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        result = ProcedureRequest(
            id=new_id("req"),
            account_id=account_id,
            procedure_id=procedure.id,
            category_id=procedure.category_id,
            handoff_url=procedure.handoff_url,
            pre_application_number=procedure.pre_application_number,
            created=now(),
        )
        conn.execute(
            "INSERT INTO requests (id, account_id, procedure_id, created, body)"
            " VALUES (?, ?, ?, ?, ?)",
            (result.id, account_id, procedure.id, iso(result.created), result.model_dump_json()),
        )
        return 201, result

    return action


@router.get("/accounts/{account_id}/requests", summary="The account's requests")
async def list_requests(
    state: StateDep, account_id: IdPath, credentials: BearerDep
) -> ProcedureRequestList:
    require_owner(state, credentials, account_id)
    rows = state.store.all(
        "SELECT body FROM requests WHERE account_id = ? ORDER BY created", (account_id,)
    )
    return ProcedureRequestList(
        requests=[ProcedureRequest.model_validate_json(r["body"]) for r in rows]
    )
