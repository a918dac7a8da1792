"""``assist-desk pin set``: read twice without echo, stored only as a hash in the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from assist_desk.cli import main
from assist_desk.credentials import MEDIATOR_ENTRY, verify_secret


def answers(monkeypatch: pytest.MonkeyPatch, *values: str) -> list[str]:
    prompts: list[str] = []
    feed: Iterator[str] = iter(values)

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(feed)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    return prompts


def test_pin_set_stores_a_hash(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = answers(monkeypatch, "739204", "739204")
    assert main(["pin", "set"]) == 0
    assert len(prompts) == 2
    stored = memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)]
    assert verify_secret("739204", stored)
    assert "739204" not in stored
    assert "739204" not in capsys.readouterr().out
    assert main(["pin", "status"]) == 0
    assert "is set" in capsys.readouterr().out
    assert main(["pin", "clear"]) == 0
    assert memory_keyring.store == {}


def test_pin_set_refuses_different_or_short_entries(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: Any
) -> None:
    answers(monkeypatch, "739204", "739205", "123", "123")
    assert main(["pin", "set"]) == 1
    assert main(["pin", "set"]) == 1
    assert memory_keyring.store == {}


def test_pin_set_without_secure_storage_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    keyring.set_keyring(fail.Keyring())
    answers(monkeypatch, "739204", "739204")
    assert main(["pin", "set"]) == 3
    assert "no secure storage" in capsys.readouterr().out
