"""Tour scenes of the controlled browser (issue 15): "Continue on the official site"
opening the training portal's simulated official page, the FranceConnect sign-in
opening the portal's FranceConnect page in it, and an address it refuses (with its QR
code).

Only where the browser runs (a kiosk or training mode, and not as root with Chromium's
sandbox on: then the QR codes stay, and these scenes are skipped).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from assist_desk.tours.scene import Scene, Tour


def page_shown(page: Any, path: str) -> bool:
    """The page at an address containing ``path`` has loaded. Chromium's error page for
    an address that did not answer keeps that address and is titled with its host: the
    title tells them apart (the bundle's smoke test relies on it)."""
    url = page.url()
    return path in url.toString() and not page.isLoading() and page.title() not in ("", url.host())


def scene_names() -> frozenset[str]:
    return frozenset({"browser-00-handoff", "browser-01-franceconnect", "browser-02-refused"})


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    context = tour.context
    browser = context.features.browser
    flows = context.features.flows
    if browser is None or flows is None or not browser.in_use():
        return
    from assist_desk.views.browser.screen import BrowserScreen
    from assist_desk.views.request.screen import RequestScreen

    service = flows.service.get()
    screen = context.window.screen_of(BrowserScreen)
    # "Continue on the official site" tapped at the end of a New request: on the
    # training portal, its simulated official page opens in the browser.
    requests = service.requests
    requests.begin()
    await tour.wait_for(lambda: requests.catalogue is not None, 10, "the catalogue")
    assert requests.catalogue is not None
    category = requests.catalogue.categories[0]
    requests.choose_category(category.id)
    requests.choose_procedure(category.procedures[0].id)
    summary = requests.summary()
    assert summary is not None
    requests.update(handoff_url=summary.handoff_url)
    handoff = context.window.screen_of(RequestScreen).handoff
    handoff.load()
    handoff.open_button.click()
    await tour.wait_for(lambda: screen.page is not None, 10, "the page")
    assert screen.page is not None
    official = screen.page
    await tour.wait_for(
        lambda: page_shown(official, "/training/official/"), 15, "the simulated official page"
    )
    await tour.settle(10)
    yield tour.scene("browser-00-handoff", "Controlled browser: the hand-off to the official site")
    screen.back_to_app.click()
    requests.restart()

    tour.show("home")
    # "Sign in with FranceConnect": the hand-off opens the portal's page in the browser.
    service.requests.sign_in_franceconnect()
    await tour.wait_for(lambda: browser.made_session() is not None, 10, "the browser")
    await tour.wait_for(lambda: screen.page is not None, 10, "the page")
    assert screen.page is not None
    page = screen.page
    await tour.wait_for(
        lambda: page_shown(page, "/training/franceconnect/"), 15, "the FranceConnect page"
    )
    await tour.settle(10)
    yield tour.scene(
        "browser-01-franceconnect", "Controlled browser: the training portal's FranceConnect"
    )
    service.opener.open("https://www.example.org/formulaire")
    await tour.settle()
    yield tour.scene("browser-02-refused", "Controlled browser: an address it does not open")
    screen.back_to_app.click()
    context.wipe_session("end")
    # The tasks the wipe cancelled (and the portal client's closing) end in the loop
    # itself first: a settle() now would run their steps inside this scene's task
    # (RuntimeError "Cannot enter into task"), they would never end, and the tour would
    # never exit.
    await asyncio.sleep(0.2)
    await tour.settle()
