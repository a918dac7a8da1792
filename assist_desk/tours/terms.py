"""Tour scenes of the Terms re-acceptance: an account that accepted an older version of
the Terms of Use starts a new request and is asked to accept the current one."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assist_desk.tours.flows import active_account, idle, service, trainer, unique
from assist_desk.tours.samples import FORMS, PASSWORD
from assist_desk.tours.scene import Scene, Tour


def scene_names() -> frozenset[str]:
    return frozenset({"terms-01-what-changed", "terms-02-accept-again", "terms-03-accepted"})


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    portal_trainer = trainer(tour)
    if portal_trainer is None:
        return
    flows = service(tour)
    requests = flows.requests
    client = flows.account.portal()
    # An account that accepted version v1, made while v1 was the current version.
    await portal_trainer.set_terms("v1")
    try:
        created = await active_account(tour, "legal_entity", "v1")
        email = unique(FORMS["legal_entity"], "v1")["email"]
        await client.sign_in(email, PASSWORD)  # M12: after activation
    finally:
        await portal_trainer.set_terms(None)
    flows.session.set_account(await client.account(created.id))
    requests.begin()
    screen = tour.show("new_request")
    await idle(tour, requests)
    screen.page("category").choose("vehicle_registration")  # what it is about comes first
    requests.go_next()
    requests.go_next()  # "signed in as…": the Terms are checked on going on
    await tour.wait_for(lambda: tour.window.current_screen().screen_id == "terms_update", 5)
    await idle(tour, flows.reacceptance)
    yield tour.scene("terms-01-what-changed", "Re-acceptance: what changed, section by section")
    flows.reacceptance.go_next()
    await tour.settle()
    yield tour.scene("terms-02-accept-again", "Re-acceptance: tick and accept the new version")
    tour.window.current_screen().terms_page.checkbox.setChecked(True)
    flows.reacceptance.go_next()
    await idle(tour, flows.reacceptance)
    yield tour.scene("terms-03-accepted", "Re-acceptance recorded")
    flows.session.clear()
