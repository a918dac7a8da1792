"""Tour scenes of a new request (C-4: what the citizen wants comes first; a vehicle
registration asks about FranceConnect before the sign-in): each category to its
hand-off, signed in with accounts this module makes through the portal's API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from assist_desk.flows.catalogue import CATEGORIES, PROCEDURES
from assist_desk.tours.flows import active_account, idle, service, unique
from assist_desk.tours.samples import FORMS, PASSWORD
from assist_desk.tours.scene import Scene, Tour

#: The profiles signed in: one that starts no procedure here, one that starts them all.
SIGNED_IN = ("road_safety_centre", "individual")


def scene_names() -> frozenset[str]:
    names = {
        "request-01-categories",
        "request-02-sign-in",
        "request-02-sign-in-password",
        "request-02-no-procedures",
        "request-02-signed-in",
        "request-03-vehicle-franceconnect",
        "request-03-vehicle-paths",
        "request-03-vehicle-professional",
        "request-09-declaration",
    }
    for category in CATEGORIES:
        names.add(f"request-04-{category}-procedures")
        names.add(f"request-05-{category}-summary")
        names.add(f"request-10-{category}-handoff")
    return frozenset(names)


def _tag(tour: Tour) -> str:
    return f"{tour.language}-request"


async def _sign_in(tour: Tour, screen: Any, requests: Any, profile: str) -> None:
    page = screen.sign_in_page
    page.email.setText(unique(FORMS[profile], _tag(tour))["email"])
    page.password.setText(PASSWORD)
    page.sign_in_button.click()
    await idle(tour, requests)


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    flows = service(tour)
    for profile in SIGNED_IN:
        await active_account(tour, profile, _tag(tour))
    requests = flows.requests
    session = flows.session
    session.clear()
    requests.begin()
    screen = tour.show("new_request")
    await idle(tour, requests)
    yield tour.scene("request-01-categories", "New request: what is it about? (before any sign-in)")
    screen.page("category").choose("identity_card")
    requests.go_next()
    yield tour.scene("request-02-sign-in", "Sign in (own e-mail and password)")
    if tour.mode == "kiosk":  # K-2: the e-mail, then the password on a screen of its own
        screen.sign_in_page.email.setText(unique(FORMS["individual"], _tag(tour))["email"])
        screen.go_next()
        yield tour.scene("request-02-sign-in-password", "Sign in at a kiosk: the password")
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
        await idle(tour, requests)
        yield tour.scene(f"request-10-{category}-handoff", f"Hand-off for {category} ({tour.mode})")
        while requests.current != "category":
            requests.go_back()
        await tour.settle()
    session.clear()
