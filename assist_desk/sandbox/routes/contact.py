"""Contact messages (answered within 15 working days) and claims (ToU 1.15, 1.16)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel

from assist_desk.models import ClaimCreate, ClaimReceipt, ContactMessageCreate, ContactReceipt
from assist_desk.models.checks import paris_today
from assist_desk.models.contact import CLAIM_ANSWER_DAYS, CLAIM_WINDOW_DAYS, add_working_days
from assist_desk.sandbox.idempotent import Action, idempotent
from assist_desk.sandbox.problems import PROBLEM_RESPONSES
from assist_desk.sandbox.state import IdempotencyKey, StateDep
from assist_desk.sandbox.store import iso, new_id, now

ANTS_ADDRESS = "ANTS, 18 rue Irénée Carré, BP 70474, 08101 Charleville-Mézières"

router = APIRouter(prefix="/v1", responses=PROBLEM_RESPONSES, tags=["contact"])


@router.post(
    "/contact-messages",
    status_code=201,
    response_model=ContactReceipt,
    summary="Send a message (answered within 15 working days)",
)
@idempotent
async def contact(
    state: StateDep,
    request: Request,
    body: Annotated[ContactMessageCreate, Body()],
    idempotency_key: IdempotencyKey,
) -> Action:
    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        moment = now()
        receipt = ContactReceipt(
            id=new_id("msg"), received=moment, answer_due=add_working_days(paris_today(), 15)
        )
        conn.execute(
            "INSERT INTO messages (id, kind, received, body) VALUES (?, 'contact', ?, ?)",
            (receipt.id, iso(moment), body.model_dump_json()),
        )
        return 201, receipt

    return action


@router.post(
    "/claims",
    status_code=201,
    response_model=ClaimReceipt,
    summary="Send a claim (within 30 days of the event; handled within 60 days)",
)
@idempotent
async def claim(
    state: StateDep,
    request: Request,
    body: Annotated[ClaimCreate, Body()],
    idempotency_key: IdempotencyKey,
) -> Action:
    def action(conn: sqlite3.Connection) -> tuple[int, BaseModel]:
        moment = now()
        receipt = ClaimReceipt(
            id=new_id("clm"),
            received=moment,
            event_date=body.event_date,
            claim_deadline=body.event_date + timedelta(days=CLAIM_WINDOW_DAYS),
            answer_due=paris_today() + timedelta(days=CLAIM_ANSWER_DAYS),
            postal_address=ANTS_ADDRESS,
        )
        conn.execute(
            "INSERT INTO messages (id, kind, received, body) VALUES (?, 'claim', ?, ?)",
            (receipt.id, iso(moment), body.model_dump_json()),
        )
        return 201, receipt

    return action
