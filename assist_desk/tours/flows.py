"""Tour scenes of the guided flows: every step of account creation (six profiles),
Terms re-acceptance, New request (each category), error states (portal down,
validation), against the application's embedded training portal.

The scenes drive the real controllers and pages (as a person would, through
choices and typing) and use the training portal's trainer endpoints (outbox,
prefecture validation, current terms) like a trainer would.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from assist_desk.flows.catalogue import CATEGORIES, PREREQUISITES, PROCEDURES
from assist_desk.tours.samples import BAD_FORM, FORMS, PASSWORD
from assist_desk.tours.scene import Scene, Tour


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


def _flows(tour: Tour) -> Any:

    flows = tour.context.features.flows
    assert flows is not None, "the flows feature did not start"
    return flows.service.get()


def _unique(form: dict[str, str], tag: str) -> dict[str, str]:
    """Another e-mail address for each run through a form (accounts are unique per e-mail)."""
    values = dict(form)
    user, _, domain = values["email"].partition("@")
    values["email"] = f"{user}.{tag}@{domain}"
    return values


def _continue_questions(account: Any) -> None:
    """Continue after the prerequisites (a kiosk went on with the last answer, K-2)."""
    if account.current == "prerequisites":
        account.go_next()


async def _idle(tour: Tour, controller: Any) -> None:
    await controller.wait_idle()
    await tour.settle()


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    flows = _flows(tour)
    async for scene in account_scenes(tour, flows):
        yield scene
    async for scene in request_scenes(tour, flows):
        yield scene
    async for scene in reacceptance_scenes(tour, flows):
        yield scene
    async for scene in error_scenes(tour, flows):
        yield scene


async def account_scenes(tour: Tour, flows: Any) -> AsyncIterator[Scene]:
    account = flows.account
    portal = tour.context.features.portal
    handle = portal.training if portal is not None else None
    trainer = Trainer(handle.url, handle.trainer_headers) if handle is not None else None
    # K-2: a kiosk asks one question per screen (an answer moves on by itself).
    kiosk = tour.mode == "kiosk"
    account.restart()
    screen = tour.show("account")
    yield tour.scene("account-01-profile", "Create an account: choose among the six profiles")
    for number, profile in enumerate(PREREQUISITES, 1):
        account.restart()
        screen.page("profile").choose(profile)
        account.go_next()
        yield tour.scene(
            f"account-02-prerequisites-{number}-{profile}",
            f"Prerequisites check for the profile {profile}",
        )
        if kiosk and len(PREREQUISITES[profile]) > 2:
            screen.page("prerequisites").answer(PREREQUISITES[profile][0], True)
            yield tour.scene(
                f"account-02-prerequisites-{number}-{profile}-question-2",
                f"Kiosk: the next question on its own screen ({profile})",
            )
        # Every "no" answer: the guide (come back) or the clean stop.
        for question in PREREQUISITES[profile]:
            for other in PREREQUISITES[profile]:
                screen.page("prerequisites").answer(other, other != question)
            _continue_questions(account)
            step = account.current
            name = f"account-03-{profile}-no-{question.removeprefix('has_')}-{step}"
            yield tour.scene(name, f"{profile}: answered no to {question} → {step}")
            account.go_back()
        for other in PREREQUISITES[profile]:
            screen.page("prerequisites").answer(other, True)
        _continue_questions(account)
        if profile == "individual":
            yield tour.scene(
                "account-04-individual-method", "Individuals: FranceConnect or account"
            )
            screen.page("method").choose("franceconnect")
            account.go_next()
            yield tour.scene(
                "account-05-individual-franceconnect", "What FranceConnect is (nothing stored here)"
            )
            account.go_back()
            screen.page("method").choose("ants_account")
            account.go_next()
        form_step = account.current
        form = screen.page(form_step)
        yield tour.scene(f"account-06-{profile}-form-empty", f"{profile}: the form, empty")
        if profile == "individual":
            form.fill(BAD_FORM)
            # A kiosk's Continue checks the field shown (the e-mail), a desk's the form.
            screen.go_next() if kiosk else account.go_next()
            yield tour.scene(
                "account-06-individual-form-inline-errors",
                "Inline validation: plain-language messages under each field",
            )
        values = _unique(FORMS[profile], tour.language)
        form.fill(values)
        if kiosk and profile == "individual":
            form.go_to_field("birth_date")
            yield tour.scene(
                "account-06-individual-form-birth_date",
                "Kiosk: one field per screen, the date of birth as three boxes",
            )
        if kiosk:  # the form's last screen (the password with its copy and criteria)
            form.go_to_field(next(reversed(form.edits)))
        yield tour.scene(f"account-07-{profile}-form-filled", f"{profile}: the form, filled in")
        account.go_next()
        await _idle(tour, account)
        if account.current == "terms":
            yield tour.scene(f"account-08-{profile}-terms", "Terms of Use: summary and French text")
            screen.page("terms").checkbox.setChecked(True)
            account.go_next()
        yield tour.scene(
            f"account-09-{profile}-declaration",
            "Warning about false declarations (Criminal Code art. 441-1)",
        )
        account.go_next()
        await _idle(tour, account)
        step = account.current
        yield tour.scene(f"account-10-{profile}-{step}", f"{profile}: after submitting ({step})")
        if trainer is not None and account.account is not None and step != "request_sent":
            if step == "check_email":
                token = await trainer.activation_token(account.account.id)
                await account.portal().activate(token)
            elif step == "prefecture_pending":
                await trainer.validate(account.account.id)
                account.poll_now()
                await _idle(tour, account)
                await tour.wait_for(lambda: account.current == "check_email", 10, "validation")
                yield tour.scene(
                    f"account-10-{profile}-validated-check_email",
                    "SIV: the prefecture agreed; the connection e-mail is on its way",
                )
                token = await trainer.activation_token(account.account.id)
                # An SIV account has no password yet: it chooses one when activating.
                await account.portal().activate(token, password="Garage-Tour-2026")
            account.poll_now()
            await _idle(tour, account)
            await tour.wait_for(lambda: account.current == "account_ready", 10, "activation")
            yield tour.scene(f"account-11-{profile}-ready", f"{profile}: the account is active")


async def _sign_in(tour: Tour, screen: Any, requests: Any, profile: str) -> None:
    page = screen.sign_in_page
    page.email.setText(_unique(FORMS[profile], tour.language)["email"])
    page.password.setText(PASSWORD)
    page.sign_in_button.click()
    await _idle(tour, requests)


async def request_scenes(tour: Tour, flows: Any) -> AsyncIterator[Scene]:
    """C-4: what the citizen wants comes first; a vehicle registration asks about
    FranceConnect before the sign-in."""
    requests = flows.requests
    session = flows.session
    session.clear()
    requests.begin()
    screen = tour.show("new_request")
    await _idle(tour, requests)
    yield tour.scene("request-01-categories", "New request: what is it about? (before any sign-in)")
    screen.page("category").choose("identity_card")
    requests.go_next()
    yield tour.scene("request-02-sign-in", "Sign in (own e-mail and password)")
    await _sign_in(tour, screen, requests, "road_safety_centre")
    yield tour.scene("request-02-no-procedures", "An account that starts no procedure here")
    session.clear()
    requests.begin()
    screen.page("category").choose("identity_card")
    requests.go_next()
    await _sign_in(tour, screen, requests, "individual")
    requests.go_back()
    await tour.settle()
    yield tour.scene("request-02-signed-in", "New request: already signed in during this session")
    requests.go_back()
    for category in CATEGORIES:
        screen.page("category").choose(category)
        requests.go_next()
        if requests.current == "franceconnect_check":
            yield tour.scene("request-03-vehicle-franceconnect", "Needs FranceConnect: have it?")
            screen.page("franceconnect_check").choose("no")
            requests.go_next()
            yield tour.scene("request-03-vehicle-paths", "Trusted third party or professional")
            screen.page("vehicle_paths").choose("professional")
            requests.go_next()
            yield tour.scene("request-03-vehicle-professional", "An authorised professional")
            requests.go_back()
            screen.page("vehicle_paths").choose("third_party")
            requests.go_next()
        if requests.current == "sign_in":
            requests.go_next()  # signed in already: "Next"
        yield tour.scene(f"request-04-{category}-procedures", f"Procedures of {category}")
        screen.page("procedure").choose(PROCEDURES[category][0])
        requests.go_next()
        yield tour.scene(f"request-05-{category}-summary", "Summary: documents, fees, what follows")
        requests.go_next()
        if category == CATEGORIES[0]:
            yield tour.scene("request-09-declaration", "False-declaration warning before hand-off")
        requests.go_next()
        await _idle(tour, requests)
        yield tour.scene(f"request-10-{category}-handoff", f"Hand-off for {category} ({tour.mode})")
        while requests.current != "category":
            requests.go_back()
        await tour.settle()
    session.clear()


async def reacceptance_scenes(tour: Tour, flows: Any) -> AsyncIterator[Scene]:
    portal = tour.context.features.portal
    handle = portal.training if portal is not None else None
    if handle is None:
        return
    trainer = Trainer(handle.url, handle.trainer_headers)
    account = flows.account
    requests = flows.requests
    client = account.portal()
    await trainer.set_terms("v1")
    try:
        values = _payload(_unique(FORMS["legal_entity"], "v1"))
        terms = await client.current_terms()
        consent = {"version_id": terms.id, "sha256": terms.sha256, "site_id": "tour"}
        created = await client.create_account(
            {"profile": "legal_entity", **values, "terms": consent}
        )
        token = await trainer.activation_token(created.id)
        await client.activate(token)
        await client.sign_in(values["email"], values["password"])  # M12: after activation
    finally:
        await trainer.set_terms(None)
    flows.session.set_account(await client.account(created.id))
    requests.begin()
    screen = tour.show("new_request")
    await _idle(tour, requests)
    screen.page("category").choose("vehicle_registration")  # what it is about comes first
    requests.go_next()
    requests.go_next()  # "signed in as…": the Terms are checked on going on
    await tour.wait_for(lambda: tour.window.current_screen().screen_id == "terms_update", 5)
    await _idle(tour, flows.reacceptance)
    yield tour.scene("terms-01-what-changed", "Re-acceptance: what changed, section by section")
    flows.reacceptance.go_next()
    await tour.settle()
    yield tour.scene("terms-02-accept-again", "Re-acceptance: tick and accept the new version")
    tour.window.current_screen().terms_page.checkbox.setChecked(True)
    flows.reacceptance.go_next()
    await _idle(tour, flows.reacceptance)
    yield tour.scene("terms-03-accepted", "Re-acceptance recorded")
    flows.session.clear()


def _payload(values: dict[str, str]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != "password_confirm"}


async def error_scenes(tour: Tour, flows: Any) -> AsyncIterator[Scene]:
    from assist_desk.portal.client import PortalClient

    account = flows.account
    screen = tour.show("account")
    account.restart()
    screen.page("profile").choose("legal_entity")
    account.go_next()
    screen.page("prerequisites").answer("has_email", True)
    screen.page("prerequisites").answer("has_siret", True)
    _continue_questions(account)
    # The portal refuses a field: an e-mail already used (created above in this tour).
    taken = _unique(FORMS["legal_entity"], tour.language)
    taken["organisation_name"] = "Une autre association"
    screen.page("form").fill(taken)
    account.go_next()
    await _idle(tour, account)
    screen.page("terms").checkbox.setChecked(True)
    account.go_next()
    account.go_next()
    await _idle(tour, account)
    yield tour.scene("error-01-portal-validation", "The portal's refusal shown on the right field")
    # The portal cannot be reached: a calm message, data kept, "Try again".
    portal = tour.context.features.portal
    assert portal is not None
    real = portal.client.get()
    dead = PortalClient("http://127.0.0.1:9", deadline_s=2.0, max_attempts=1)
    portal.client.set(dead)
    try:
        screen.page("form").fill({"email": "autre.adresse@example.org"})
        account.go_next()
        await _idle(tour, account)
        account.go_next()
        await _idle(tour, account)
        account.go_next()
        await _idle(tour, account)
        yield tour.scene("error-02-portal-down", "Portal unreachable: calm message and retry")
    finally:
        portal.client.set(real)
        await dead.aclose()
    account.restart()
    tour.window.show_screen("home")
