"""What the tour's guided-flow modules share: the training portal's trainer endpoints,
the flows' controllers, sample accounts made through the portal's API.

The scene modules (:mod:`~assist_desk.tours.accounts`, :mod:`~assist_desk.tours.requests`,
:mod:`~assist_desk.tours.terms`, :mod:`~assist_desk.tours.errors`) drive the real
controllers and pages (as a person would, through choices and typing) and use the
trainer endpoints (outbox, prefecture validation, current terms) like a trainer would.
Each makes the accounts it needs itself, so ``--only`` can run one without the others.
"""

from __future__ import annotations

from typing import Any

from assist_desk.flows.fields import create_payload
from assist_desk.tours.samples import FORMS
from assist_desk.tours.scene import Tour


class Trainer:
    """The training portal's trainer endpoints (outbox, validation, terms), over HTTP."""

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        self.url = url
        self.headers = headers  # the trainer secret (trainer pages refuse strangers)

    async def _post(self, path: str, data: dict[str, Any] | None = None) -> Any:
        import httpx

        async with httpx.AsyncClient(timeout=10, trust_env=False, headers=self.headers) as http:
            response = await http.post(f"{self.url}{path}", json=data or {})
            response.raise_for_status()
            return response.json()

    async def activation_token(self, account_id: str) -> str:
        import re

        import httpx

        async with httpx.AsyncClient(timeout=10, trust_env=False, headers=self.headers) as http:
            response = await http.get(f"{self.url}/training/outbox.json")
            response.raise_for_status()
        for mail in response.json()["messages"]:
            if mail.get("account_id") == account_id and mail.get("link"):
                match = re.search(r"token=([A-Za-z0-9_-]+)", mail["link"])
                if match:
                    return match.group(1)
        raise LookupError("no activation e-mail")

    async def validate(self, account_id: str) -> None:
        await self._post(f"/training/accounts/{account_id}/validate")

    async def set_terms(self, version_id: str | None) -> None:
        await self._post("/training/terms/current", {"version_id": version_id or ""})


def trainer(tour: Tour) -> Trainer | None:
    """The trainer of the application's embedded training portal (None: no such portal)."""
    portal = tour.context.features.portal
    handle = portal.training if portal is not None else None
    return Trainer(handle.url, handle.trainer_headers) if handle is not None else None


def service(tour: Tour) -> Any:
    """The flows' controllers (account, requests, re-acceptance, session)."""
    flows = tour.context.features.flows
    assert flows is not None, "the flows feature did not start"
    return flows.service.get()


def unique(form: dict[str, str], tag: str) -> dict[str, str]:
    """Another e-mail address for each run through a form (accounts are unique per e-mail)."""
    values = dict(form)
    user, _, domain = values["email"].partition("@")
    values["email"] = f"{user}.{tag}@{domain}"
    return values


def continue_questions(account: Any) -> None:
    """Continue after the prerequisites (a kiosk went on with the last answer, K-2)."""
    if account.current == "prerequisites":
        account.go_next()


async def idle(tour: Tour, controller: Any) -> None:
    await controller.wait_idle()
    await tour.settle()


async def active_account(tour: Tour, profile: str, tag: str) -> Any:
    """An account of ``profile`` made and activated through the portal's API (as the
    account wizard would), its e-mail tagged with ``tag``; returns the portal's account."""
    found = trainer(tour)
    assert found is not None, "no training portal to make the account on"
    client = service(tour).account.portal()
    terms = await client.current_terms()
    payload = create_payload(profile, unique(FORMS[profile], tag))
    payload["terms"] = {"version_id": terms.id, "sha256": terms.sha256, "site_id": "tour"}
    created = await client.create_account(payload)
    await client.activate(await found.activation_token(created.id))
    return created
