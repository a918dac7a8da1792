"""The training portal's storage: one SQLite database (WAL) in its data directory.

Only fictitious training data lives here. Passwords are stored as salted
PBKDF2 hashes, session tokens as SHA-256 digests. All methods are synchronous and
short; callers never hold a transaction across an ``await``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DB_NAME = "training-portal.sqlite3"
SCHEMA_VERSION = 1
# Training accounts are fictitious, but a trainee may type a real password out of habit:
# salted PBKDF2 it is, at a cost a help point's PC bears under load (about 10 ms here).
PBKDF2_ITERATIONS = 5_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    profile TEXT NOT NULL,
    status TEXT NOT NULL,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    details TEXT NOT NULL,
    password_hash TEXT,
    franceconnect_sub TEXT,
    created TEXT NOT NULL,
    activated TEXT,
    terms_version TEXT,
    terms_at TEXT,
    deleted TEXT
);
CREATE INDEX IF NOT EXISTS accounts_email ON accounts (email) WHERE deleted IS NULL;
CREATE TABLE IF NOT EXISTS activation_tokens (
    token TEXT PRIMARY KEY, account_id TEXT NOT NULL, created TEXT NOT NULL, used TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT,
    kind TEXT NOT NULL,
    account_id TEXT
);
CREATE TABLE IF NOT EXISTS acceptances (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    version_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    channel TEXT NOT NULL,
    site_id TEXT NOT NULL,
    accepted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS requests (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    procedure_id TEXT NOT NULL,
    created TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, received TEXT NOT NULL, body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS resends (account_id TEXT NOT NULL, sent TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    state TEXT NOT NULL,
    boot TEXT NOT NULL,
    status INTEGER,
    body TEXT,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency (created);
CREATE TABLE IF NOT EXISTS franceconnect (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    identity_id TEXT,
    account_id TEXT,
    session_token TEXT,
    created TEXT NOT NULL,
    expires TEXT NOT NULL
);
"""


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(12).replace('-', 'x').replace('_', 'y')}"


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        # Same cost as a real check, so timing does not tell which e-mails exist.
        hashlib.pbkdf2_hmac("sha256", password.encode(), b"0" * 16, PBKDF2_ITERATIONS)
        return False
    _, iterations, salt, digest = stored.split("$")
    check = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(check.hex(), digest)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Store:
    """The database of one training portal (thread-safe through one lock)."""

    def __init__(self, data_dir: Path, *, reset: bool = False) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / DB_NAME
        if reset:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.lock = threading.RLock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        self.db.executescript(_SCHEMA)
        self.db.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
            (str(SCHEMA_VERSION),),
        )

    def close(self) -> None:
        with self.lock:
            self.db.close()

    def clear(self) -> int:
        """Delete every account and everything attached (a trainer's "reset"). Returns rows."""
        tables = [
            row["name"]
            for row in self.all("SELECT name FROM sqlite_master WHERE type = 'table'")
            if row["name"] != "meta"
        ]
        deleted = 0
        with self.lock:
            # The bytes go too, not only the rows (a training kiosk resets at every
            # wipe): deleted content zeroed, then the write-ahead log emptied.
            self.db.execute("PRAGMA secure_delete=ON")
            with self.transaction() as db:
                for table in tables:
                    deleted += db.execute(f"DELETE FROM {table}").rowcount
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return deleted

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write (BEGIN IMMEDIATE … COMMIT, ROLLBACK on error)."""
        with self.lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        with self.lock:
            row: sqlite3.Row | None = self.db.execute(sql, params).fetchone()
            return row

    def all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self.lock:
            return list(self.db.execute(sql, params).fetchall())

    # -- outbox

    def send_mail(
        self,
        conn: sqlite3.Connection,
        to: str,
        subject: str,
        body: str,
        *,
        kind: str,
        link: str | None = None,
        account_id: str | None = None,
    ) -> None:
        conn.execute(
            "INSERT INTO outbox (created, to_addr, subject, body, link, kind, account_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (iso(now()), to, subject, body, link, kind, account_id),
        )

    def outbox(self, limit: int = 200) -> list[dict[str, Any]]:
        rows = self.all("SELECT * FROM outbox ORDER BY id DESC LIMIT ?", (limit,))
        return [dict(row) for row in rows]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
