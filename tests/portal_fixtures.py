"""Fixtures for the portal: a real training portal over loopback, and a client for it.

A pytest plugin (listed in ``tests/conftest.py:pytest_plugins``).

Fixtures:
    training_portal: a training portal running in a background thread on a free
        127.0.0.1 port with its own temporary data directory; a :class:`TrainingPortal`.
    portal_client: a :class:`~assist_desk.portal.client.PortalClient` for it (short
        deadline, no jitter surprises). Use it inside one event loop (``asyncio.run``
        or the ``qasync_loop`` fixture); the fixture closes it afterwards.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from assist_desk.portal.client import PortalClient
from assist_desk.sandbox import TrainingPortalHandle, start_in_thread


@dataclass
class TrainingPortal:
    """A running training portal and trainer helpers (synchronous, over HTTP)."""

    handle: TrainingPortalHandle

    @property
    def url(self) -> str:
        return self.handle.url

    @property
    def data_dir(self) -> Path:
        return self.handle.data_dir

    @property
    def outbox_url(self) -> str:
        return f"{self.url}/training/outbox"

    @property
    def trainer_headers(self) -> dict[str, str]:
        """The trainer secret header the trainer pages require."""
        return self.handle.trainer_headers

    def _post(self, path: str, data: dict[str, Any] | None = None) -> Any:
        import httpx

        response = httpx.post(
            f"{self.url}{path}",
            json=data or {},
            headers=self.trainer_headers,
            timeout=10,
            trust_env=False,
        )
        response.raise_for_status()
        return response.json()

    def outbox(self) -> list[dict[str, Any]]:
        """E-mails "sent" by the portal, newest first (to_addr, subject, body, link, kind…)."""
        import httpx

        response = httpx.get(
            f"{self.url}/training/outbox.json",
            headers=self.trainer_headers,
            timeout=10,
            trust_env=False,
        )
        response.raise_for_status()
        messages: list[dict[str, Any]] = response.json()["messages"]
        return messages

    def activation_token(self, account_id: str) -> str:
        """The token of the latest activation link e-mailed for ``account_id``."""
        for mail in self.outbox():
            if mail["account_id"] == account_id and mail["link"]:
                match = re.search(r"token=([A-Za-z0-9_-]+)", mail["link"])
                if match:
                    return match.group(1)
        raise LookupError(f"no activation e-mail for {account_id}")

    def validate(self, account_id: str) -> None:
        """The prefecture validates an SIV professional (or the agency a town hall)."""
        self._post(f"/training/accounts/{account_id}/validate")

    def refuse(self, account_id: str) -> None:
        self._post(f"/training/accounts/{account_id}/refuse")

    def choose_franceconnect(self, attempt_id: str, identity_id: str = "fc-camille") -> str:
        """Complete a FranceConnect round trip with a fictitious identity; the account id."""
        result = self._post(
            f"/training/franceconnect/{attempt_id}/choose", {"identity_id": identity_id}
        )
        return str(result["account_id"])

    def set_current_terms(self, version_id: str | None) -> None:
        """Make ``version_id`` current (None: back to the latest in effect)."""
        self._post("/training/terms/current", {"version_id": version_id or ""})

    def set_faults(
        self,
        delay_before_s: float = 0.0,
        delay_after_commit_s: float = 0.0,
        path_prefix: str = "/v1/",
    ) -> None:
        self._post(
            "/training/faults",
            {
                "delay_before_s": delay_before_s,
                "delay_after_commit_s": delay_after_commit_s,
                "path_prefix": path_prefix,
            },
        )


@pytest.fixture
def training_portal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TrainingPortal]:
    """A real training portal on a free loopback port, with a fresh data directory."""
    handle = start_in_thread(tmp_path_factory.mktemp("training-portal"))
    try:
        yield TrainingPortal(handle)
    finally:
        handle.stop()


@pytest.fixture
def portal_client(training_portal: TrainingPortal) -> Iterator[PortalClient]:
    """A client of ``training_portal`` (deadline 10 s, quick backoff)."""
    client = PortalClient(training_portal.url, deadline_s=10.0, backoff_base_s=0.05)
    yield client
    close_client(client)


def close_client(client: PortalClient) -> None:
    """Close ``client`` from synchronous code (a fixture's teardown)."""
    try:
        loop = asyncio.get_event_loop_policy().get_event_loop()
    except RuntimeError:
        loop = None
    if loop is not None and not loop.is_closed() and not loop.is_running():
        try:
            loop.run_until_complete(client.aclose())
            return
        except RuntimeError:
            pass
    asyncio.run(client.aclose())


def active_account(
    http: Any, trainer_headers: dict[str, str], form: dict[str, Any]
) -> tuple[str, dict[str, str]]:
    """Create ``form``'s account, activate it from its e-mail, sign in (M12: a new
    account has no session). ``http``: an ``httpx.Client`` on the portal. Returns the
    account id and the ``Authorization`` header of its owner's session."""
    import uuid

    def key() -> dict[str, str]:
        return {"Idempotency-Key": f'"{uuid.uuid4()}"'}

    created = http.post("/v1/accounts", json=form, headers=key())
    assert created.status_code == 201, created.text
    account_id = created.json()["account"]["id"]
    mails = http.get("/training/outbox.json", headers=trainer_headers).json()["messages"]
    link = next(m["link"] for m in mails if m["account_id"] == account_id and m["link"])
    token = re.search(r"token=([A-Za-z0-9_-]+)", link).group(1)  # type: ignore[union-attr]
    activated = http.post("/v1/activations", json={"token": token}, headers=key())
    assert activated.status_code == 200, activated.text
    signed = http.post(
        "/v1/sessions",
        json={"email": form["email"], "password": form["password"]},
        headers=key(),
    )
    assert signed.status_code == 201, signed.text
    return account_id, {"Authorization": f"Bearer {signed.json()['access_token']}"}
