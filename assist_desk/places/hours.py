"""Opening hours in OpenStreetMap ``opening_hours`` syntax (maintained parser).

Parsing uses ``opening-hours-py`` (a Rust parser of the OSM specification,
with French public holidays). Each place's hours are evaluated at the place's
own local time (overseas departments and collectivities have their own time
zones), so "open now" is right for a mediator anywhere.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

from assist_desk.places.models import DayHours

log = logging.getLogger(__name__)

#: Time zone of each department or collectivity that is not on Paris time.
DEPARTMENT_TIMEZONES = {
    "971": "America/Guadeloupe",
    "972": "America/Martinique",
    "973": "America/Cayenne",
    "974": "Indian/Reunion",
    "975": "America/Miquelon",
    "976": "Indian/Mayotte",
    "977": "America/St_Barthelemy",
    "978": "America/Marigot",
    "984": "Indian/Kerguelen",
    "986": "Pacific/Wallis",
    "987": "Pacific/Tahiti",
    "988": "Pacific/Noumea",
}
PARIS = "Europe/Paris"


def department_of(code_insee: str, postcode: str = "") -> str:
    """``974`` for 97411, ``2A`` for 2A004; from the postcode if no INSEE code."""
    code = code_insee or postcode
    if code.startswith("97") or code.startswith("98"):
        return code[:3]
    return code[:2]


@lru_cache(maxsize=32)
def zone_for(department: str) -> ZoneInfo | None:
    """The place's time zone, or None when the system has no time-zone database."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(DEPARTMENT_TIMEZONES.get(department, PARIS))
    except (ZoneInfoNotFoundError, ValueError):
        return None


@lru_cache(maxsize=16384)
def _parse(expression: str) -> Any:
    from opening_hours import OpeningHours

    # Evaluated on naive local wall-clock times (see day_hours): ten times faster
    # than letting the parser convert time zones, and the same answer.
    return OpeningHours(expression, country="FR")


def is_valid(expression: str) -> bool:
    """True if ``expression`` follows the OSM opening_hours syntax."""
    from opening_hours import validate

    return bool(expression.strip()) and bool(validate(expression))


def day_hours(expression: str, department: str, now: datetime | None = None) -> DayHours:
    """Today's opening intervals at the place and whether it is open at ``now``."""
    if not expression:
        return DayHours(known=False)
    zone = zone_for(department)
    if now is None:
        now = datetime.now(zone) if zone is not None else datetime.now()
    elif zone is not None and now.tzinfo is not None:
        now = now.astimezone(zone)
    now = now.replace(tzinfo=None)  # the place's local wall-clock time
    try:
        parsed = _parse(expression)
        start = datetime.combine(now.date(), time(0, 0))
        end = start + timedelta(days=1)
        intervals: list[tuple[str, str]] = []
        open_now = False
        next_change = ""
        for begin, finish, state, _comment in parsed.intervals(start, end):
            if str(state).lower().endswith("open"):
                stop = "24:00" if finish >= end else finish.strftime("%H:%M")
                intervals.append((begin.strftime("%H:%M"), stop))
                if begin <= now < finish:
                    open_now = True
            if begin <= now < finish and finish < end:
                next_change = finish.strftime("%H:%M")
        return DayHours(
            known=True, intervals=tuple(intervals), open_now=open_now, next_change=next_change
        )
    except Exception:  # the parser raises its own error types; never let them reach a screen
        log.warning("opening hours could not be evaluated (%d characters)", len(expression))
        return DayHours(known=False)
