"""Forgetting expired rows (review finding L7), at most once a minute.

Expired sessions, resend records older than the hour they count for, finished or
expired FranceConnect attempts, used or expired activation and password-reset tokens,
and idempotency
answers past their 24 hours.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from assist_desk.sandbox.store import iso

#: What the database keeps of a FranceConnect attempt or an activation link, at most.
ATTEMPT_KEEP = timedelta(days=2)


def purge(conn: sqlite3.Connection, moment: datetime, idempotency_ttl_s: float) -> None:
    now_text = iso(moment)
    conn.execute("DELETE FROM sessions WHERE expires < ?", (now_text,))
    conn.execute("DELETE FROM resends WHERE sent < ?", (iso(moment - timedelta(hours=1)),))
    conn.execute("DELETE FROM franceconnect WHERE created < ?", (iso(moment - ATTEMPT_KEEP),))
    for table in ("activation_tokens", "reset_tokens"):
        conn.execute(
            f"DELETE FROM {table} WHERE used IS NOT NULL OR created < ?",
            (iso(moment - ATTEMPT_KEEP),),
        )
    stale = iso(moment - timedelta(seconds=idempotency_ttl_s))
    conn.execute("DELETE FROM idempotency WHERE created < ?", (stale,))
