"""The canary through the real account-creation wizard, against a training portal.

The portal runs as a separate server (its own data folder, outside the kiosk's
HOME) reached with ``--portal-url``, as a real kiosk reaches the real portal:
what the portal keeps is the portal's business; what the kiosk keeps must be
nothing.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication

from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import (
    Canary,
    files_holding,
    gc_strings_holding,
    kiosk_of,
    widgets_holding,
)

PASSWORD = "Correct-horse-42"


def drive_account_wizard_to_submission(qtbot: Any, context: Any, canary: Canary) -> Any:
    """Individual profile, own ANTS account: the canary typed as name and e-mail."""
    window = context.window
    kiosk = kiosk_of(context)
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    assert screen.screen_id == "account"
    account = context.features.flows.service.get().account
    screen.page("profile").choose("individual")
    account.go_next()
    for key in screen.page("prerequisites").answers:
        screen.page("prerequisites").answer(key, True)
    assert account.current == "method"  # a kiosk moves on with the last answer (K-2)
    screen.page("method").choose("ants_account")
    account.go_next()
    assert account.current == "form"
    form = screen.page("form")
    qtbot.keyClicks(form.edits["given_names"], canary.text())
    qtbot.keyClicks(form.edits["family_name"], canary.text())
    qtbot.keyClicks(form.edits["email"], canary.email())
    form.fill({"birth_date": "14/07/1985", "password": PASSWORD, "password_confirm": PASSWORD})
    account.go_next()
    qtbot.waitUntil(
        lambda: not account.busy and account.current == "terms" and account.terms is not None,
        timeout=15000,
    )
    screen.page("terms").checkbox.setChecked(True)
    account.go_next()
    assert account.current == "declaration"
    return account


def test_canary_through_the_account_wizard_is_gone_after_the_wipe(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    memory_keyring: Any,
    training_portal: Any,
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    canary = Canary()
    account = drive_account_wizard_to_submission(qtbot, context, canary)
    account.go_next()  # submit: the account is created on the portal
    qtbot.waitUntil(lambda: not account.busy and account.current != "declaration", timeout=15000)
    assert account.current == "check_email"
    assert account.account is not None
    # The portal really received it (the canary crossed the whole flow).
    assert any(canary.needle() in mail["to_addr"] for mail in training_portal.outbox())
    assert widgets_holding(canary.needle())

    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)

    assert window.current_screen().screen_id == "attract"
    assert account.account is None
    assert account.current == "profile"
    assert widgets_holding(canary.needle()) == []
    assert gc_strings_holding(canary.needle()) == []
    assert files_holding(isolated_home, canary.needle()) == []
    assert not any(canary.needle() in v for v in memory_keyring.store.values())
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""


def test_after_a_wipe_that_cancelled_requests_the_next_ones_succeed(
    qtbot: Any,
    qapp: Any,
    training_portal: Any,
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--portal-url", training_portal.url)
    client = context.features.portal.client.get()
    loop = context.loop
    assert loop is not None
    training_portal.set_faults(delay_before_s=3.0)
    stuck = [loop.create_task(client.health()) for _ in range(50)]
    qtbot.waitUntil(lambda: client.inflight >= 50, timeout=5000)
    with qtbot.waitSignal(context.sig_session_wiped):
        kiosk_of(context).session.end_session("idle")
    qtbot.waitUntil(lambda: all(task.done() for task in stuck), timeout=5000)
    assert all(task.cancelled() for task in stuck)
    assert client.inflight == 0
    training_portal.set_faults(delay_before_s=0.0)
    fresh = asyncio.gather(*(client.health() for _ in range(10)))
    results: list[Any] = []
    fresh.add_done_callback(lambda future: results.append(future))
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    answers = results[0].result()
    assert len(answers) == 10
