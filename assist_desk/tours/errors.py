"""Tour scenes of the account wizard's error states: a field the portal refuses (an
e-mail already used) and a portal that cannot be reached (calm message, data kept)."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assist_desk.tours.flows import active_account, continue_questions, idle, service, unique
from assist_desk.tours.samples import FORMS
from assist_desk.tours.scene import Scene, Tour


def scene_names() -> frozenset[str]:
    return frozenset({"error-01-portal-validation", "error-02-portal-down"})


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    from assist_desk.portal.client import PortalClient

    account = service(tour).account
    # The e-mail the form gives is taken: an account made with it first.
    tag = f"{tour.language}-taken"
    await active_account(tour, "legal_entity", tag)
    screen = tour.show("account")
    account.restart()
    screen.page("profile").choose("legal_entity")
    account.go_next()
    screen.page("prerequisites").answer("has_email", True)
    screen.page("prerequisites").answer("has_siret", True)
    continue_questions(account)
    taken = unique(FORMS["legal_entity"], tag)
    taken["organisation_name"] = "Une autre association"
    screen.page("form").fill(taken)
    account.go_next()
    await idle(tour, account)
    screen.page("terms").checkbox.setChecked(True)
    account.go_next()
    account.go_next()
    await idle(tour, account)
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
        await idle(tour, account)
        account.go_next()
        await idle(tour, account)
        account.go_next()
        await idle(tour, account)
        yield tour.scene("error-02-portal-down", "Portal unreachable: calm message and retry")
    finally:
        portal.client.set(real)
        await dead.aclose()
    account.restart()
    tour.window.show_screen("home")
