"""Secrets (the mediator's PIN hash, service tokens) through the OS keyring only.

Policy (pitfalls.md, section 5):

* the keyring is the only place a secret is kept: never a plain file, never a
  plaintext fallback (``keyrings.alt`` backends and the ``fail``/``null``
  backends are refused);
* every keyring call runs on a daemon worker thread with a timeout (2 s by
  default): an unseen unlock prompt or a stuck D-Bus never freezes the screen
  and, failing closed, the mediator simply cannot sign in;
* a write is read back before it is trusted (the null backend accepts writes
  silently);
* the mediator's PIN or password is stored only as a salted scrypt hash.

When no secure storage works, :class:`StorageUnavailable` is raised and the
application says so clearly; citizens can still use everything that needs no
secret.

:class:`MemoryStore` keeps secrets in memory, for tests and for a machine
whose operator chose to run without mediator tools.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import itertools
import os
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

SERVICE = "assist-desk"
#: The keyring entry holding the mediator secret's hash.
MEDIATOR_ENTRY = "mediator-secret"
#: The keyring entries holding the help point's ANTS partnership tokens.
ANTS_COORDINATION_ENTRY = "ants-coordination-token"
ANTS_HUB_ENTRY = "ants-hub-token"
ANTS_TOKEN_ENTRIES: tuple[str, str] = (ANTS_COORDINATION_ENTRY, ANTS_HUB_ENTRY)
#: Shortest PIN (digits only) accepted at installation.
MIN_SECRET_LENGTH = 6
#: Shortest password (anything that is not all digits) accepted at installation.
MIN_PASSWORD_LENGTH = 10
DEFAULT_TIMEOUT_S = 2.0

# scrypt cost: about 30-60 ms on a small workstation, run off the GUI thread.
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SCRYPT_LEN = 32

T = TypeVar("T")

#: Backends that would keep a secret in plain text or nowhere at all.
_REFUSED_BACKENDS = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt",
)


class StorageUnavailable(Exception):
    """No secure storage answered (absent, refused, locked or too slow)."""

    #: Its messages are ours (backend, time limit), never a value: logs may show them.
    log_safe = True


class CredentialStore(Protocol):
    """Where secrets live. Every method may raise :class:`StorageUnavailable`."""

    async def get(self, name: str) -> str | None: ...

    async def set(self, name: str, value: str) -> None: ...

    async def delete(self, name: str) -> None: ...


class MemoryStore:
    """Secrets in memory only (tests, or "no mediator tools" machines)."""

    def __init__(self, *, available: bool = True) -> None:
        self.available = available
        self.values: dict[str, str] = {}

    def _check(self) -> None:
        if not self.available:
            raise StorageUnavailable("memory store switched off")

    async def get(self, name: str) -> str | None:
        self._check()
        return self.values.get(name)

    async def set(self, name: str, value: str) -> None:
        self._check()
        self.values[name] = value

    async def delete(self, name: str) -> None:
        self._check()
        self.values.pop(name, None)


async def run_off_thread(function: Callable[[], T], limit_s: float) -> T:
    """Run a blocking call on a daemon thread; give up after ``limit_s`` seconds.

    A daemon thread (not the loop's executor) so that a call hung forever
    never holds up the loop's shutdown (qasync waits for executor threads).
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        try:
            result = function()
        except BaseException as error:  # handed to the awaiting coroutine
            _call_threadsafe(loop, deliver, None, error)
        else:
            _call_threadsafe(loop, deliver, result, None)

    threading.Thread(target=work, name="assist-desk-keyring", daemon=True).start()
    try:
        return await asyncio.wait_for(future, limit_s)
    except TimeoutError:
        raise StorageUnavailable(f"secure storage did not answer within {limit_s:g} s") from None


def _call_threadsafe(
    loop: asyncio.AbstractEventLoop,
    deliver: Callable[[T | None, BaseException | None], None],
    result: T | None,
    error: BaseException | None,
) -> None:
    with contextlib.suppress(RuntimeError):  # the loop closed while the call hung
        loop.call_soon_threadsafe(deliver, result, error)


class KeyringStore:
    """Secrets in the OS keyring (Secret Service, KWallet, macOS Keychain, Windows)."""

    def __init__(self, service: str = SERVICE, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self.service = service
        self.timeout = timeout

    def _backend(self) -> object:
        import keyring

        backend = keyring.get_keyring()
        for inner in _backends_of(backend):
            module = type(inner).__module__
            if module.startswith(_REFUSED_BACKENDS):
                raise StorageUnavailable(f"no secure storage (backend {module})")
        return backend

    async def _call(self, function: Callable[[], T]) -> T:
        from keyring.errors import KeyringError

        def guarded() -> T:
            self._backend()
            try:
                return function()
            except KeyringError as error:  # locked, refused, no backend
                raise StorageUnavailable(
                    f"secure storage refused: {type(error).__name__}"
                ) from None

        return await run_off_thread(guarded, self.timeout)

    async def get(self, name: str) -> str | None:
        import keyring

        return await self._call(lambda: keyring.get_password(self.service, name))

    async def set(self, name: str, value: str) -> None:
        import keyring

        def write_and_check() -> None:
            keyring.set_password(self.service, name, value)
            if keyring.get_password(self.service, name) != value:
                raise StorageUnavailable("secure storage did not keep the secret")

        await self._call(write_and_check)

    async def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        def remove() -> None:
            with contextlib.suppress(PasswordDeleteError):  # nothing stored: fine
                keyring.delete_password(self.service, name)

        await self._call(remove)


def _backends_of(backend: object) -> list[object]:
    """The backend and, for a chainer, every backend it chains."""
    inner = getattr(backend, "backends", None)
    if isinstance(inner, list | tuple):
        return [backend, *inner]
    return [backend]


# -- the mediator secret -----------------------------------------------------------


class SecretTooShort(ValueError):
    """The PIN or password is too weak: see :func:`secret_is_strong_enough`."""


def secret_is_strong_enough(secret: str) -> bool:
    """A PIN of at least 6 digits that is not one digit repeated nor a run (123456,
    987654), or a password of at least 10 characters."""
    if not secret.isdecimal():
        return len(secret) >= MIN_PASSWORD_LENGTH
    if len(secret) < MIN_SECRET_LENGTH or len(set(secret)) == 1:
        return False
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(secret)}
    return steps not in ({1}, {9})


def hash_secret(secret: str, *, salt: bytes | None = None) -> str:
    """A salted scrypt hash: ``scrypt$n$r$p$salt$hash`` (base64). Slow on purpose."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=_SCRYPT_LEN
    )
    encoded = [base64.b64encode(part).decode("ascii") for part in (salt, digest)]
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${encoded[0]}${encoded[1]}"


def verify_secret(secret: str, stored: str) -> bool:
    """True when ``secret`` matches the stored hash (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64, validate=True)
        expected = base64.b64decode(digest_b64, validate=True)
        actual = hashlib.scrypt(
            secret.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


async def set_mediator_secret(store: CredentialStore, secret: str) -> None:
    """Store the hash of the mediator's PIN or password (installation)."""
    if not secret_is_strong_enough(secret):
        raise SecretTooShort(
            f"a PIN of at least {MIN_SECRET_LENGTH} digits (not one digit repeated, not a run),"
            f" or a password of at least {MIN_PASSWORD_LENGTH} characters"
        )
    hashed = await run_off_thread(lambda: hash_secret(secret), limit_s=30.0)
    await store.set(MEDIATOR_ENTRY, hashed)


async def has_mediator_secret(store: CredentialStore) -> bool:
    return await store.get(MEDIATOR_ENTRY) is not None


async def check_mediator_secret(store: CredentialStore, secret: str) -> bool:
    """True when ``secret`` is the mediator's; False when wrong or none is set.

    Raises :class:`StorageUnavailable` when the keyring cannot be read
    (failing closed: nobody signs in).
    """
    stored = await store.get(MEDIATOR_ENTRY)
    if stored is None or not secret:
        return False
    return await run_off_thread(lambda: verify_secret(secret, stored), limit_s=30.0)


# -- the ANTS partnership tokens ----------------------------------------------------


class EmptyToken(ValueError):
    """A token must not be empty (nor only spaces)."""


async def set_ants_tokens(store: CredentialStore, coordination: str, hub: str) -> None:
    """Store both ANTS tokens (installation). Nothing is stored if either is empty.

    The two writes are not atomic: if the second one fails, the first is removed
    again so that a half-configured help point never exists.
    """
    coordination, hub = coordination.strip(), hub.strip()
    if not coordination or not hub:
        raise EmptyToken("both tokens are needed")
    await store.set(ANTS_COORDINATION_ENTRY, coordination)
    try:
        await store.set(ANTS_HUB_ENTRY, hub)
    except StorageUnavailable:
        with contextlib.suppress(StorageUnavailable):
            await store.delete(ANTS_COORDINATION_ENTRY)
        raise


async def ants_tokens(store: CredentialStore) -> tuple[str | None, str | None]:
    """The stored (coordination, hub) tokens; None for one that is missing.

    Raises :class:`StorageUnavailable` when the keyring cannot be read.
    """
    return await store.get(ANTS_COORDINATION_ENTRY) or None, await store.get(ANTS_HUB_ENTRY) or None


async def clear_ants_tokens(store: CredentialStore) -> None:
    for name in ANTS_TOKEN_ENTRIES:
        await store.delete(name)
