"""The mediator tools list the offline content's facts to recheck."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk.content import ContentPack
from assist_desk.content.freshness import needs_recheck
from assist_desk.credentials import MEDIATOR_ENTRY, hash_secret
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


def test_needs_recheck_puts_late_facts_first(pack: ContentPack) -> None:
    today = dt.date(2027, 4, 1)  # after the 2027-03-01 reviews, before 2027-06-06
    facts = needs_recheck(pack, today)
    late = [fact for fact in facts if fact.is_stale(today)]
    assert late
    assert facts[: len(late)] == late
    assert [f.review_by for f in late] == sorted(f.review_by for f in late)
    assert all(fact.to_recheck for fact in facts[len(late) :])
    assert not any(f.where == "faq faq_photo_rules" for f in facts)  # confirmed, not late


def test_the_mediator_tools_list_what_to_recheck(
    qtbot: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    context = app_context("--mode", "mediator", "--lang", "en", wait=True)
    window = context.window
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.keyClicks(kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    tools = kiosk.tools
    pack = context.features.content.pack
    assert pack is not None
    expected = needs_recheck(pack, dt.date.today())
    assert tools.recheck_status.isVisibleTo(window)
    assert tools.recheck_status.text() == f"Offline content to recheck: {len(expected)} facts"
    assert tools.recheck_list.accessibleName() == tools.recheck_status.text()
    text = tools.recheck_list.toPlainText()
    assert "faq faq_account_why" in text
    assert "not confirmed by a precise page" in text
    assert "faq faq_photo_rules" not in text


def test_the_content_card_shows_the_pack_version_and_date_before_any_check(
    qtbot: Any, pack: ContentPack
) -> None:
    """It said "Its date is unknown" until "Check again" ended (the portal probe can take
    seconds offline), while the loaded pack's date was known all along."""
    from assist_desk.controllers.mediator import MediatorController
    from assist_desk.credentials import MemoryStore
    from assist_desk.features.content import ContentFeature
    from assist_desk.modes import Mode
    from assist_desk.views.mediator import MediatorToolsScreen

    content = ContentFeature()
    content.pack = pack
    controller = MediatorController(MemoryStore())
    assert controller.status["content_age_days"] is None  # nothing checked yet
    screen = MediatorToolsScreen(
        controller,
        lambda: Mode.MEDIATOR,
        content_max_age_days=100_000,
        content_pack=content.version_and_date,
    )
    controller.setParent(screen)
    qtbot.addWidget(screen)
    card = screen.content_status
    assert card.kind == "success"
    assert card.title.text() == "Offline content: OK"
    assert pack.version in card.text.text()
    assert str(pack.pack_date.year) in card.text.text()
    age = (dt.date.today() - pack.pack_date).days
    said = {0: "Updated today.", 1: "Updated yesterday."}.get(age, f"Updated {age} day")
    assert said in card.text.text()
    assert "unknown" not in card.text.text()


@pytest.mark.parametrize(
    ("age_days", "expected"),
    [(0, "Updated today."), (1, "Updated yesterday."), (3, "Updated 3 day(s) ago.")],
)
def test_the_content_card_says_today_and_yesterday(
    qtbot: Any, age_days: int, expected: str
) -> None:
    """The card read "Updated 0 day(s) ago." on the day the pack was made."""
    from assist_desk.controllers.mediator import MediatorController
    from assist_desk.credentials import MemoryStore
    from assist_desk.modes import Mode
    from assist_desk.views.mediator import MediatorToolsScreen

    made = dt.date.today() - dt.timedelta(days=age_days)
    controller = MediatorController(MemoryStore())
    screen = MediatorToolsScreen(
        controller,
        lambda: Mode.MEDIATOR,
        content_max_age_days=180,
        content_pack=lambda: ("1.0.0", made),
    )
    controller.setParent(screen)
    qtbot.addWidget(screen)
    text = screen.content_status.text.text()
    assert text.endswith(expected), text
    assert "0 day" not in text
