"""What a citizen screen says is kept must stay true at a kiosk, where leaving (or the
idle timer) erases everything: the e-mail guide once said "come back here: what you
chose is kept" above "Finish and erase my information" (issue 14, noticed)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton

from assist_desk.views import flow_texts as T
from assist_desk.views import portal_state_texts as S
from assist_desk.views.flow_texts import t
from tests.design.test_flow_alerts import walk_to
from tests.design.test_help_pages import help_screen

#: Words that send the person away and back (the wipe comes in between at a kiosk).
AWAY = re.compile(r"\bcome back\b|\blater\b|\bleave\b", re.IGNORECASE)


def citizen_texts() -> dict[str, str]:
    """Every body, error and state text of the flows, by name (English sources)."""
    texts = {f"BODIES.{k}": v for k, v in T.BODIES.items()}
    texts |= {f"ERRORS.{k}": v for k, v in T.ERRORS.items()}
    texts |= {f"STATE_ERRORS.{k}": v for k, v in S.STATE_ERRORS.items()}
    return texts


def test_no_text_promises_to_keep_anything_across_leaving() -> None:
    """A text may say what is typed is kept while the person stays ("until" they
    finish or leave), never that it is kept for when they come back."""
    broken = {
        name: text
        for name, text in citizen_texts().items()
        if re.search(r"\bkept\b", text) and AWAY.search(text) and "until" not in text
    }
    assert broken == {}


def test_the_kiosk_email_guide_names_the_button_it_shows(qtbot: Any) -> None:
    controller, screen = help_screen(qtbot, kiosk=True)
    steps = ["profile", "prerequisites", "email_guide"]
    walk_to(controller, steps, profile="individual", has_email=False)
    body = screen.findChild(QLabel, "email_guide_text")
    come_back = screen.findChild(QPushButton, "comeBackButton")
    assert body is not None
    assert come_back is not None
    assert screen.finish_button.isVisibleTo(screen)  # "Finish and erase my information"
    assert come_back.isVisibleTo(screen)
    assert "kept" not in body.text()
    assert f"“{come_back.text()}”" in body.text()  # the way on, by the name it shows
    assert "Nothing is stored on this computer" in body.text()
    assert t(T.BODIES["email_guide"]).count("%1") == 1
