"""Tour scenes of kiosk mode and the staff screens: attract, idle warning, mediator sign-in
and tools."""

from __future__ import annotations

from collections.abc import AsyncIterator

from assist_desk.tours.scene import Scene, Tour


def scene_names() -> frozenset[str]:
    from assist_desk.controllers import mediator

    states = (mediator.CHECKING, mediator.NO_STORAGE, mediator.NO_SECRET, mediator.LOCKED)
    names = {f"kiosk-03-mediator-sign-in-{state}" for state in (*states, mediator.UNLOCKED)}
    names.update(("kiosk-01-attract", "kiosk-02-idle-warning", "kiosk-04-mediator-tools"))
    names.add("kiosk-04-setup-guide")
    names.add("kiosk-05-farewell")
    return frozenset(names)


async def scenes(tour: Tour) -> AsyncIterator[Scene]:
    kiosk = tour.context.features.kiosk
    assert kiosk is not None, "the kiosk feature did not start"
    window = tour.window
    tour.show("attract")
    yield tour.scene("kiosk-01-attract", "Attract screen between two citizens: Touch to start")
    # The idle warning over a citizen's screen, 30 s before the wipe.
    tour.show("home")
    kiosk.warning.show_countdown(tour.context.settings.idle_warning_s)
    yield tour.scene("kiosk-02-idle-warning", "Idle warning: countdown, one touch or key extends")
    kiosk.warning.dismiss()
    kiosk.open_staff()
    await tour.wait_for(lambda: kiosk.mediator.state != "checking", 5, "the keyring")
    yield tour.scene(
        f"kiosk-03-mediator-sign-in-{kiosk.mediator.state}",
        f"Mediator sign-in ({kiosk.mediator.state.replace('_', ' ')})",
    )
    kiosk.sign_in.clear_citizen_data()
    # The staff tools as they look once signed in (shown directly: no PIN in a tour).
    tour.show("mediator_tools")
    yield tour.scene("kiosk-04-mediator-tools", "Mediator tools: status, leave kiosk mode, lock")
    # M-1: "How to set it up", opened from the portal's card.
    kiosk.open_setup_guide("portal")
    yield tour.scene("kiosk-04-setup-guide", "How to set it up: each status, what to do")
    # K-3: after "Finish and erase my information" on a flow's last screen.
    tour.show("farewell").pause_countdown()
    yield tour.scene("kiosk-05-farewell", "After Finish and erase: take your printed summary")
    window.show_screen(kiosk.first_screen())
