"""Tour scenes of the controlled browser (issue 15): the hand-off opening the training
portal's FranceConnect page in it, and an address it refuses (with its QR code).

Only where the browser runs (a kiosk or training mode, and not as root with Chromium's
sandbox on: then the QR codes stay, and these scenes are skipped).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from assist_desk.tours.scene import Scene, Tour


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    context = tour.context
    browser = context.features.browser
    flows = context.features.flows
    if browser is None or flows is None or not browser.in_use():
        return
    from assist_desk.views.browser.screen import BrowserScreen

    tour.show("home")
    service = flows.service.get()
    # "Sign in with FranceConnect": the hand-off opens the portal's page in the browser.
    service.requests.sign_in_franceconnect()
    await tour.wait_for(lambda: browser.made_session() is not None, 10, "the browser")
    screen = context.window.screen_of(BrowserScreen)
    await tour.wait_for(lambda: screen.page is not None, 10, "the page")
    assert screen.page is not None
    page = screen.page
    await tour.wait_for(
        lambda: "/training/franceconnect/" in page.url().toString() and not page.isLoading(),
        15,
        "the FranceConnect page",
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
