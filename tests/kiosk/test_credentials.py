"""The credential store: keyring only, off-thread with a timeout, failing closed, hashed PIN."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import keyring
import pytest
from keyring.backends import fail, null

from assist_desk.credentials import (
    MEDIATOR_ENTRY,
    KeyringStore,
    MemoryStore,
    SecretTooShort,
    StorageUnavailable,
    check_mediator_secret,
    has_mediator_secret,
    hash_secret,
    set_mediator_secret,
    verify_secret,
)
from tests.fixtures import MemoryKeyring


def test_hash_is_salted_slow_and_verifiable() -> None:
    first, second = hash_secret("482915"), hash_secret("482915")
    assert first != second  # a fresh salt each time
    assert first.startswith("scrypt$16384$8$1$")
    assert "482915" not in first
    assert verify_secret("482915", first)
    assert not verify_secret("482916", first)
    assert not verify_secret("482915", "plain-text")
    assert not verify_secret("482915", "scrypt$1$1$1$!!$!!")


def test_mediator_secret_lives_in_the_keyring_as_a_hash(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()

    async def scenario() -> None:
        assert not await has_mediator_secret(store)
        with pytest.raises(SecretTooShort):
            await set_mediator_secret(store, "12345")
        await set_mediator_secret(store, "s3cret-PIN")
        assert await has_mediator_secret(store)
        assert await check_mediator_secret(store, "s3cret-PIN")
        assert not await check_mediator_secret(store, "wrong-PIN")
        assert not await check_mediator_secret(store, "")

    asyncio.run(scenario())
    stored = memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)]
    assert stored.startswith("scrypt$")
    assert "s3cret-PIN" not in stored
    assert all("s3cret-PIN" not in value for value in memory_keyring.store.values())


def test_no_keyring_backend_means_no_storage_never_a_fallback(isolated_home: Any) -> None:
    keyring.set_keyring(fail.Keyring())
    store = KeyringStore()
    with pytest.raises(StorageUnavailable):
        asyncio.run(store.get(MEDIATOR_ENTRY))
    with pytest.raises(StorageUnavailable):
        asyncio.run(set_mediator_secret(store, "482915"))
    # Nothing written anywhere instead: the isolated HOME holds no file at all.
    assert [p for p in isolated_home.rglob("*") if p.is_file()] == []


def test_the_null_backend_that_swallows_writes_is_refused() -> None:
    keyring.set_keyring(null.Keyring())
    with pytest.raises(StorageUnavailable):
        asyncio.run(KeyringStore().set("token", "abc"))


class ForgetfulKeyring(MemoryKeyring):
    """Accepts writes and keeps nothing (like a broken or null backend)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


def test_a_write_is_read_back_before_it_is_trusted() -> None:
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(StorageUnavailable):
        asyncio.run(KeyringStore().set("token", "abc"))


class HangingKeyring(MemoryKeyring):
    """An unlock prompt nobody sees: every call blocks."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(10)
        return None


def test_a_hanging_keyring_times_out_and_fails_closed() -> None:
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    store = KeyringStore(timeout=0.2)
    try:
        with pytest.raises(StorageUnavailable, match="did not answer"):
            asyncio.run(check_mediator_secret(store, "482915"))
    finally:
        backend.release.set()


def test_memory_store_and_its_unavailable_state() -> None:
    store = MemoryStore()

    async def scenario() -> None:
        await store.set("token", "t")
        assert await store.get("token") == "t"
        await store.delete("token")
        assert await store.get("token") is None
        store.available = False
        with pytest.raises(StorageUnavailable):
            await store.get("token")

    asyncio.run(scenario())


def test_keyring_delete_of_a_missing_entry_is_fine(memory_keyring: MemoryKeyring) -> None:
    store = KeyringStore()
    asyncio.run(store.set("token", "t"))
    asyncio.run(store.delete("token"))
    asyncio.run(store.delete("token"))
    assert memory_keyring.store == {}
