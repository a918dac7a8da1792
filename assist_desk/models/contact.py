"""Contact messages and claims (ANTS Terms of Use 1.15 and 1.16)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from assist_desk.models import checks
from assist_desk.models.accounts import Email, IsoDate, Name
from assist_desk.models.common import ApiModel, ResourceId, ResponseModel

#: A claim is sent within this many days of the event.
CLAIM_WINDOW_DAYS = 30
#: Information requests are answered within this many working days.
CONTACT_ANSWER_WORKING_DAYS = 15
#: Claims are handled within this many days of receipt.
CLAIM_ANSWER_DAYS = 60

Text = Annotated[str, Field(min_length=1, max_length=5000), AfterValidator(checks.check_text)]


class ContactTopic(StrEnum):
    ACCOUNT = "account"
    PROCEDURE = "procedure"
    TERMS = "terms"
    PERSONAL_DATA = "personal_data"
    OTHER = "other"


class ContactMessageCreate(ApiModel):
    email: Email
    name: Name
    topic: ContactTopic
    message: Text
    account_id: ResourceId | None = None


class ContactReceipt(ResponseModel):
    id: ResourceId
    received: datetime
    answer_within_working_days: int = CONTACT_ANSWER_WORKING_DAYS
    answer_due: date = Field(description="Received date plus 15 working days.")


class ClaimKind(StrEnum):
    ERROR = "error"
    DELAY = "delay"


class ClaimCreate(ApiModel):
    email: Email
    name: Name
    kind: ClaimKind
    event_date: Annotated[IsoDate, AfterValidator(checks.check_claim_date)] = Field(
        description="Date of the event; the claim is sent within 30 days of it."
    )
    description: Text
    account_id: ResourceId | None = None
    request_id: ResourceId | None = None


class ClaimReceipt(ResponseModel):
    id: ResourceId
    received: datetime
    event_date: date
    claim_deadline: date = Field(description="Last day to claim: event date plus 30 days.")
    answer_within_days: int = CLAIM_ANSWER_DAYS
    answer_due: date = Field(description="Received date plus 60 days.")
    formal_channel: Literal["registered_letter"] = Field(
        default="registered_letter",
        description="A formal claim is also sent by registered letter with proof of delivery.",
    )
    postal_address: str


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    day = (h + l_ - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def french_public_holidays(year: int) -> set[date]:
    """The eleven public holidays of metropolitan France (Alsace-Moselle has two more)."""
    easter = _easter(year)
    return {
        date(year, 1, 1),
        easter + timedelta(days=1),
        date(year, 5, 1),
        date(year, 5, 8),
        easter + timedelta(days=39),
        easter + timedelta(days=50),
        date(year, 7, 14),
        date(year, 8, 15),
        date(year, 11, 1),
        date(year, 11, 11),
        date(year, 12, 25),
    }


def add_working_days(start: date, days: int) -> date:
    """``start`` plus ``days`` working days (Monday to Friday, not a public holiday)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in french_public_holidays(current.year):
            remaining -= 1
    return current
