"""K-2 at the kiosk: every choice a citizen meets on the first page of each screen
(home tiles, the wizards' first questions, FAQ, checklists, places) is 80 px or taller.
The same check is part of the tour's gate at a kiosk (design_check.check_design)."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk.devtools import design_check
from tests.a11y.helpers import settle, shown, visit
from tests.app_fixtures import StartApplication


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_first_page_choice_is_80_px_at_the_kiosk(
    qtbot: Any, qapp: Any, app_context: StartApplication, lang: str
) -> None:
    context = shown(qtbot, app_context("--lang", lang, "--mode", "kiosk"))
    window = context.window
    window.resize(1920, 1080)  # a kiosk's screen (the offscreen screen is smaller)
    settle()
    assert window.size().width() == 1920
    small = []
    checked = 0
    for screen in visit(window):
        checked += 1
        small += [f"{screen.screen_id}: {f}" for f in design_check.check_kiosk_choices(window)]
    assert checked >= 6
    assert not small, "\n".join(small)
