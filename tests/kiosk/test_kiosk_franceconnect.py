"""At a kiosk no address goes to the operating system; FranceConnect continues on a phone
(issue 17, H4), and no signed-in name survives the wipe (L1)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from assist_desk.controllers.handoff import UrlOpener
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of, widgets_holding


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the application hands to the operating system."""
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(url.toString()) or True
    )
    return urls


def choose_identity(portal_url: str, url: str) -> None:
    """What the citizen does on their phone: pick an identity on the FranceConnect page."""
    attempt = url.rsplit("/", 1)[1]
    page = httpx.get(url, trust_env=False).text
    identity = page.split('name="identity_id" value="', 1)[1].split('"', 1)[0]
    csrf = page.split('name="csrf" value="', 1)[1].split('"', 1)[0]  # tied to the attempt
    httpx.post(
        f"{portal_url}/training/franceconnect/{attempt}/choose",
        data={"identity_id": identity, "csrf": csrf},
        trust_env=False,
    )


def test_kiosk_franceconnect_sign_in_shows_a_qr_code_and_no_name_survives(
    qtbot: Any,
    qapp: Any,
    training_portal: Any,
    opened: list[str],
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "en", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    assert kiosk.lockdown.engaged
    qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tile("new_request"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    requests = context.features.flows.service.get().requests
    qtbot.waitUntil(lambda: requests.catalogue is not None, timeout=10000)
    # C-4: a vehicle registration asks about FranceConnect before the sign-in.
    screen.page("category").choose("vehicle_registration")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert requests.current == "franceconnect_check"
    screen.page("franceconnect_check").choose("yes")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert requests.current == "sign_in"
    page = screen.sign_in_page
    assert page.fc_button.property("role") == "primary"  # the way they said they have
    addresses: list[str] = []
    context.features.flows.service.get().requests.sig_open_url.connect(addresses.append)
    qtbot.mouseClick(page.fc_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.phone.isVisibleTo(window), timeout=10000)
    assert not page.phone.qr.pixmap().isNull()
    assert page.phone.qr.accessibleName()
    assert len(addresses) == 1

    choose_identity(training_portal.url, addresses[0])  # on the phone
    session = context.features.flows.service.get().session
    qtbot.waitUntil(lambda: session.account is not None, timeout=15000)
    name = session.account.display_name
    qtbot.waitUntil(lambda: page.phone.qr.pixmap().isNull(), timeout=5000)
    assert not page.phone.isVisibleTo(window)
    assert name in page.signed_in.text()

    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert page.signed_in.text() == ""
    assert widgets_holding(name) == []
    assert opened == []


def test_kiosk_account_creation_with_franceconnect_shows_a_qr_code(
    qtbot: Any,
    qapp: Any,
    training_portal: Any,
    opened: list[str],
    app_context: StartApplication,
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "en", "--portal-url", training_portal.url)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tile("account"), Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    account = context.features.flows.service.get().account
    # The citizen chose "individual", "With FranceConnect" and accepted the terms.
    account.wizard.history.append("declaration")
    account.update(profile="individual", method="franceconnect", terms_version="v")
    account.sig_step_changed.emit("declaration")
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.phone.isVisibleTo(window), timeout=10000)
    assert not screen.phone.qr.pixmap().isNull()
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert screen.phone.qr.pixmap().isNull()
    assert not screen.phone.isVisibleTo(window)
    assert opened == []


def test_the_opener_refuses_every_url_at_a_kiosk(qapp: Any, opened: list[str]) -> None:
    allowed = ["https://ants.gouv.fr/"]
    kiosk = UrlOpener(allowed, kiosk=True)
    refused: list[str] = []
    kiosk.sig_refused.connect(refused.append)
    assert kiosk.allows("https://ants.gouv.fr/x")  # allowed, to be shown as a QR code
    assert not kiosk.open("https://ants.gouv.fr/x")
    assert refused == ["https://ants.gouv.fr/x"]
    workstation = UrlOpener(allowed)
    assert workstation.open("https://ants.gouv.fr/x")
    assert opened == ["https://ants.gouv.fr/x"]


def test_only_the_opener_talks_to_the_operating_system() -> None:
    """Every URL passes UrlOpener (which refuses at a kiosk): no other openUrl call."""
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "assist_desk"
    callers = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "QDesktopServices" in path.read_text(encoding="utf-8")
    )
    assert callers == ["controllers/handoff.py"]
