"""An account that never accepted the Terms is told so, not "you accepted version —"."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from assist_desk.bidi import isolate
from assist_desk.controllers.account import FlowSession, ReacceptanceController
from assist_desk.views import flow_texts as T
from assist_desk.views.flow_texts import t
from assist_desk.views.request.screen import ChangesPage


def _page(qtbot: Any) -> tuple[ChangesPage, ReacceptanceController]:
    controller = ReacceptanceController(lambda: None, FlowSession())  # type: ignore[arg-type,return-value]
    page = ChangesPage(controller)
    qtbot.addWidget(page)
    return page, controller


def test_an_account_that_never_accepted_is_asked_to_read_the_terms(qtbot: Any) -> None:
    page, controller = _page(qtbot)
    controller.sig_changes.emit((None, SimpleNamespace(id="v2"), []))
    text = page.text.text()
    assert "—" not in text.replace("</h3>", "")  # no empty "version —"
    assert "v2" in text
    assert page.text.accessibleName() == t(T.FIRST_ACCEPTANCE_INTRO).replace("%1", isolate("v2"))


def test_an_account_that_accepted_an_older_version_sees_both(qtbot: Any) -> None:
    page, controller = _page(qtbot)
    controller.sig_changes.emit((SimpleNamespace(id="v1"), SimpleNamespace(id="v2"), []))
    name = page.text.accessibleName()
    assert "v1" in name
    assert "v2" in name
