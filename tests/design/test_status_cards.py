"""M-1 (issue 14): the mediator tools show each status as a card, OK or to check, with
what to do in plain words (the review found "Portal: not checked yet" and "Offline
content: age unknown" as bare lines). Real controller with an in-memory PIN store."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk.controllers.mediator import MediatorController
from assist_desk.credentials import MemoryStore
from assist_desk.modes import Mode
from assist_desk.views.mediator import MediatorToolsScreen

JARGON = ("keyring", "trousseau", "HTTP", "timeout", "DNS", "TLS", "None")


def tools(qtbot: Any, portal: bool | None, age: int | None) -> MediatorToolsScreen:
    controller = MediatorController(MemoryStore())
    controller.status = {"portal": portal, "content_age_days": age}
    screen = MediatorToolsScreen(controller, lambda: Mode.MEDIATOR, content_max_age_days=180)
    controller.setParent(screen)
    qtbot.addWidget(screen)
    return screen


@pytest.mark.parametrize(
    ("portal", "age", "kinds"),
    [
        (True, 12, ("success", "success")),
        (False, 400, ("warning", "warning")),
        (None, None, ("info", "warning")),
    ],
)
def test_each_status_is_a_card_with_what_to_do(
    qtbot: Any, portal: bool | None, age: int | None, kinds: tuple[str, str]
) -> None:
    screen = tools(qtbot, portal, age)
    cards = (screen.portal_status, screen.content_status)
    assert tuple(card.kind for card in cards) == kinds
    for card in cards:
        assert card.title.text()
        assert card.text.text()  # what it means, or what to do
        assert card.accessibleName() == card.title.text()
        assert not any(word in card.text.text() for word in JARGON)
    if portal is False:
        assert "Check again" in screen.portal_status.text.text()
    if age == 400:
        assert "400" in screen.content_status.text.text()
