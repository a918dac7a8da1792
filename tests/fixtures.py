"""Fixtures shared by the GUI tests (a pytest plugin loaded by conftest.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory only (keyring ships none for tests)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture
def qasync_loop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the running QApplication that works inside ``qtbot.waitSignal``.

    Unhandled exceptions in tasks and callbacks fail the test (qasync only logs them).
    """
    from assist_desk.event_loop import GuiEventLoop, close_attached

    loop = GuiEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield loop
    close_attached(loop, qapp)
    if errors:
        pytest.fail(
            f"unhandled asyncio error: {errors[0].get('message')} {errors[0].get('exception')!r}"
        )


@pytest.fixture(autouse=True)
def fail_on_dialog_exec(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A modal ``exec()`` would hang the suite: fail loudly instead."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self: Any, *args: Any) -> int:
        raise AssertionError(f"modal exec() called on {type(self).__name__} in a test: use open()")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
