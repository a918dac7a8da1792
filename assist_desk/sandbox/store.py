"""The training portal's storage: one SQLite database (WAL) in its data directory.

Only fictitious training data lives here, but a trainee may type a real password
out of habit, and the data folder may end up in a backup or a support bundle. So
(review finding H2): passwords are stored as argon2id hashes; session and
activation tokens only as SHA-256 digests (they are random, 192+ bits); the
idempotency table keeps keyed fingerprints of request bodies *without* their
secrets, and answers without their tokens. All methods are synchronous and short;
callers never hold a transaction across an ``await``.

Schema 1 databases (plain tokens, unsalted body digests) are migrated on opening:
see :func:`_migrate_from_1`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

DB_NAME = "training-portal.sqlite3"
LOCK_NAME = "training-portal.lock"
SCHEMA_VERSION = 3
# argon2id at OWASP's minimum, in the low-memory form OWASP lists as equivalent
# (7 MiB, 5 passes, 1 lane; Password Storage Cheat Sheet): 18 ms of CPU per hash here
# instead of 24 ms for 19 MiB and 2 passes, and 7 MiB per concurrent hash instead of 19:
# the training portal hashes on the trainee's own PC, beside the app (issue 18: paced
# load p99). Older hashes (19 MiB; schema 1's PBKDF2) are still verified, and replaced
# at the next sign-in.
_HASHER = PasswordHasher(time_cost=5, memory_cost=7 * 1024, parallelism=1)

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
    deleted TEXT,
    suspended_until TEXT,
    suspension_reason TEXT
);
CREATE INDEX IF NOT EXISTS accounts_email ON accounts (email) WHERE deleted IS NULL;
CREATE TABLE IF NOT EXISTS activation_tokens (
    token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, created TEXT NOT NULL, used TEXT
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    expires TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'owner'
);
CREATE TABLE IF NOT EXISTS reset_tokens (
    token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, created TEXT NOT NULL, used TEXT
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
    created TEXT NOT NULL,
    secret_hash TEXT,
    account_id TEXT
);
CREATE INDEX IF NOT EXISTS idempotency_created ON idempotency (created);
CREATE TABLE IF NOT EXISTS franceconnect (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    identity_id TEXT,
    account_id TEXT,
    session_token TEXT,
    created TEXT NOT NULL,
    expires TEXT NOT NULL,
    issued TEXT,
    poll_hash TEXT
);
"""


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(12).replace('-', 'x').replace('_', 'y')}"


def _utf8(text: str) -> bytes:
    # "surrogatepass": a lone surrogate (JSON allows "\ud800") is hashed, not a crash.
    return text.encode("utf-8", "surrogatepass")


def hash_password(password: str) -> str:
    return _HASHER.hash(_utf8(password))


_DUMMY_HASH = hash_password("not a password: used when there is no account")


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored`` (argon2id, or schema 1's PBKDF2)."""
    if not stored:
        # Same cost as a real check, so timing does not tell which e-mails exist.
        verify_password(password, _DUMMY_HASH)
        return False
    if stored.startswith("pbkdf2_sha256$"):
        _, iterations, salt, digest = stored.split("$")
        check = hashlib.pbkdf2_hmac("sha256", _utf8(password), bytes.fromhex(salt), int(iterations))
        return hmac.compare_digest(check.hex(), digest)
    try:
        return _HASHER.verify(stored, _utf8(password))
    except (VerifyMismatchError, InvalidHashError):
        return False


def password_needs_rehash(stored: str) -> bool:
    return stored.startswith("pbkdf2_sha256$") or _HASHER.check_needs_rehash(stored)


def token_digest(token: str) -> str:
    """The stored form of a random token (session, activation): its SHA-256."""
    return hashlib.sha256(_utf8(token)).hexdigest()


class DataDirInUse(RuntimeError):
    """Another training portal runs on this data folder (review finding M10)."""


def _lock_data_dir(data_dir: Path) -> Any:
    """An exclusive lock on ``data_dir`` held while the file stays open.

    Two portals on one folder broke exactly-once (each took the other's running
    idempotency rows for a crashed server's); the second one now refuses to start.
    The operating system releases the lock when the process ends, even on SIGKILL.
    """
    handle = (data_dir / LOCK_NAME).open("a+b")
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise DataDirInUse(f"another training portal uses {data_dir}") from None
    return handle


class Store:
    """The database of one training portal (thread-safe through one lock)."""

    def __init__(self, data_dir: Path, *, reset: bool = False) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self._dir_lock = _lock_data_dir(data_dir)
        try:
            self._open(data_dir, reset)
        except BaseException:
            self._dir_lock.close()
            raise

    def _open(self, data_dir: Path, reset: bool) -> None:
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
        with self.lock:
            _migrate_from_1(self.db)
            _migrate_from_2(self.db)
            self.db.executescript(_SCHEMA)
            self.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            self.db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('fingerprint_key', ?)",
                (secrets.token_hex(32),),
            )
            row = self.db.execute("SELECT value FROM meta WHERE key = 'fingerprint_key'").fetchone()
        #: Keys the idempotency fingerprints (an HMAC), so they cannot be recomputed alone.
        self.fingerprint_key: bytes = bytes.fromhex(row["value"])

    def close(self) -> None:
        with self.lock:
            self.db.close()
            self._dir_lock.close()  # releases the data folder

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


def _migrate_from_1(db: sqlite3.Connection) -> None:
    """Schema 1 to 2: forget what schema 1 kept in the clear (review finding H2).

    Idempotency rows (bodies with bearer tokens, unsalted digests of passwords) are
    dropped; FranceConnect tokens erased (a session is now made when the result is
    collected, once); activation tokens replaced by their digests.
    Password hashes stay (PBKDF2, re-hashed with argon2id at the next sign-in).
    """
    if not _has_table(db, "meta"):
        return  # a new database
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if version is None or int(version[0]) >= 2:
        return
    db.create_function("sha256_hex", 1, token_digest, deterministic=True)
    db.execute("BEGIN IMMEDIATE")
    db.execute("DROP TABLE IF EXISTS idempotency")
    db.execute("UPDATE franceconnect SET session_token = NULL")  # unused since schema 2
    db.execute("ALTER TABLE franceconnect ADD COLUMN issued TEXT")
    db.execute("ALTER TABLE franceconnect ADD COLUMN poll_hash TEXT")
    db.execute("ALTER TABLE activation_tokens RENAME COLUMN token TO token_hash")
    db.execute("UPDATE activation_tokens SET token_hash = sha256_hex(token_hash)")
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")  # then 2 to 3
    db.execute("COMMIT")


def _migrate_from_2(db: sqlite3.Connection) -> None:
    """Schema 2 to 3: session scopes (a new account's status-only token, M12) and
    suspensions (ToU 1.11). Existing sessions are owners' sessions."""
    if not _has_table(db, "meta"):
        return
    version = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if version is None or int(version[0]) != 2:
        return
    db.execute("BEGIN IMMEDIATE")
    _add_column(db, "sessions", "scope", "TEXT NOT NULL DEFAULT 'owner'")
    _add_column(db, "accounts", "suspended_until", "TEXT")
    _add_column(db, "accounts", "suspension_reason", "TEXT")
    db.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    db.execute("COMMIT")


def _add_column(db: sqlite3.Connection, table: str, column: str, declaration: str) -> None:
    """Add ``column`` unless the table is missing (made whole later) or has it."""
    columns = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
    if columns and column not in columns:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
    return found.fetchone() is not None


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
