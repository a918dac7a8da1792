"""Issue 15 §3: the next citizen finds nothing of the browser.

Against the real training portal, at a (training) kiosk: the trainer's sign-in link
(a cookie), the simulated FranceConnect through the app's own hand-off, a canary
typed with real key events into a web form, a receipt downloaded; then "End
session". Afterwards: the next session's browser is signed in nowhere, the canary is
in no file under the data, cache, config, state and temporary folders, the profile
and its render process are gone, the session and scan folders are empty.
(The canary is typed with key events and with the on-screen keyboard, which the
browser shows for the page's e-mail field.)
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from shiboken6 import isValid

from assist_desk.session.tempdir import SESSION_TMP_PREFIX
from assist_desk.views.browser.screen import BrowserScreen
from assist_desk.views.keyboard.layouts import FieldKind
from tests.keyboard.helpers import keyboard_of, type_with_keyboard
from tests.web.helpers import (
    download_script,
    files_holding,
    receipt_pdf,
    renderer_pids,
    run_js,
    wait_loaded,
)

pytestmark = pytest.mark.slow

FORM = (
    "var i = document.createElement('input'); i.type = 'email'; i.id = 'canary';"
    " i.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:80px;font-size:30px';"
    " document.body.appendChild(i); i.focus(); 1"
)


def test_after_end_session_the_browser_keeps_nothing(
    app_context: Any, qtbot: Any, isolated_home: Path, tmp_path: Path
) -> None:
    scans = tmp_path / "scans"
    scans.mkdir()
    site = tmp_path / "site.toml"
    site.write_text(f'scan_folder = "{scans}"\n', encoding="utf-8")
    canary = f"CANARY-{uuid.uuid4().hex[:12]}"
    context = app_context("--mode", "kiosk", "--config", str(site), wait=True)
    context.features.kiosk.start_session("fr")
    feature = context.features.browser
    portal = context.features.portal
    assert feature is not None
    assert portal is not None
    assert portal.training is not None

    before = _all_files(isolated_home)

    # 1. The trainer's one-time link: a cookie signs this browser in.
    feature.open(portal.training.outbox_url)
    screen = context.window.screen_of(BrowserScreen)
    page = screen.page
    wait_loaded(qtbot, page, "/training/outbox")
    assert "Boîte d'envoi" in run_js(qtbot, page, "document.body.innerText")

    # 2. FranceConnect (simulated), opened by the app's own hand-off at the kiosk.
    flows = context.features.flows.service.get()
    flows.requests.sign_in_franceconnect()
    wait_loaded(qtbot, page, "/training/franceconnect/")
    run_js(
        qtbot, page, "setTimeout(function () { document.querySelector('form button').click(); }); 1"
    )
    qtbot.waitUntil(lambda: flows.session.account is not None, timeout=20000)
    assert "Connexion réussie" in run_js(qtbot, page, "document.body.innerText")
    # Signed in: the application comes back by itself; the citizen goes on to the site.
    assert context.window.current_screen() is not screen
    feature.open(portal.url + "/training/franceconnect/again")
    wait_loaded(qtbot, page, "/training/franceconnect/again")
    assert screen.page is page

    # 3. A canary typed into a web form with real key events; the focus is reported.
    focus: list[tuple[bool, str]] = []
    screen.sig_field_focus.connect(lambda inside, kind: focus.append((inside, kind)))
    context.window.activateWindow()
    target = screen.view.focusProxy()
    target.setFocus()
    run_js(qtbot, page, FORM)
    qtbot.waitUntil(lambda: (True, "email") in focus, timeout=5000)
    # The citizen taps the field (the keys open for a tapped field only).
    window = context.window.windowHandle()
    QTest.mouseClick(
        window, Qt.MouseButton.LeftButton, pos=target.mapTo(context.window, QPoint(40, 40))
    )
    QTest.keyClicks(target, canary)
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "document.getElementById('canary').value") == canary,
        timeout=5000,
    )
    # ...and with the on-screen keyboard, shown for the page's e-mail field.
    keyboard = keyboard_of(context)
    qtbot.waitUntil(lambda: keyboard.isVisible() and keyboard.kind is FieldKind.EMAIL, timeout=5000)
    typed = f"kb{uuid.uuid4().hex[:8]}"
    type_with_keyboard(qtbot, keyboard, typed)
    qtbot.waitUntil(
        lambda: run_js(qtbot, page, "document.getElementById('canary').value") == canary + typed,
        timeout=5000,
    )

    # 4. A receipt downloaded into the session folder, shown for printing.
    downloads = feature.session.downloads_folder()
    run_js(qtbot, page, download_script("recu.pdf", receipt_pdf(canary)))
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.document, timeout=10000)
    assert (downloads / "recu.pdf").is_file()
    (scans / "scan-1.pdf").write_bytes(receipt_pdf(canary))
    # The detector sees the canary where it is (or the checks below prove nothing).
    assert "recu.pdf" in " ".join(files_holding(Path(str(downloads)), canary))

    pids = renderer_pids()
    assert page.renderProcessPid() in pids, "the page's render process is seen"
    profile = feature.session._profile
    assert profile is not None

    # 5. End session.
    started = time.perf_counter()
    context.wipe_session("end")
    wipe_ms = (time.perf_counter() - started) * 1000
    print(f"\nwipe with a page open: {wipe_ms:.0f} ms")

    # The profile, its pages and its render processes are gone.
    assert not isValid(profile)
    assert screen.page is None
    assert screen.view is None
    assert not feature.session.active
    qtbot.waitUntil(lambda: not (renderer_pids() & pids), timeout=10000)
    # The session and scan folders are empty.
    assert not list(scans.iterdir())
    leftovers = [
        p
        for p in Path(str(isolated_home / "tmp")).glob(f"{SESSION_TMP_PREFIX}*")
        if any(p.iterdir())
    ]
    assert leftovers == []
    # The canary is in no file under the data, cache, config, state and temporary folders.
    assert files_holding(isolated_home, canary) == []
    assert files_holding(tmp_path, canary) == []
    assert files_holding(isolated_home, typed) == []
    assert files_holding(tmp_path, typed) == []
    assert not keyboard.isVisible()
    # File-system diff: the browser left no storage of its own (cookies, cache, local
    # storage, IndexedDB: an off-the-record profile keeps them in memory).
    added = sorted(_all_files(isolated_home) - before)
    print("files added under HOME during the session:", added)
    browser_words = ("QtWebEngine", "Cookies", "Local Storage", "IndexedDB", "Cache", "GPUCache")
    assert [p for p in added if any(word in p for word in browser_words)] == []

    # The next session's browser is signed in nowhere.
    context.features.kiosk.start_session("fr")
    assert flows.session.account is None
    feature.open(portal.url + "/training/outbox")
    page = screen.page
    wait_loaded(qtbot, page, "/training/outbox")
    text = run_js(qtbot, page, "document.body.innerText")
    assert "trainer_authentication_required" in text
    assert canary not in text
    assert feature.session.profiles_made == 2


def _all_files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def test_the_wipe_with_a_page_still_loading_is_clean(app_context: Any, qtbot: Any) -> None:
    import httpx

    context = app_context("--mode", "kiosk", wait=True)
    context.features.kiosk.start_session("fr")
    training = context.features.portal.training
    # The training portal answers this page after 3 s: the wipe comes in the middle.
    httpx.post(
        training.url + "/training/faults",
        data={"delay_before_s": "3", "path_prefix": "/training/franceconnect/"},
        headers=training.trainer_headers,
        trust_env=False,
    ).raise_for_status()
    feature = context.features.browser
    feature.open(training.url + "/training/franceconnect/slow")
    screen = context.window.screen_of(BrowserScreen)
    qtbot.waitUntil(lambda: screen.page is not None and screen.page.isLoading(), timeout=5000)
    qtbot.waitUntil(lambda: screen.page.renderProcessPid() > 0, timeout=5000)
    pid = screen.page.renderProcessPid()
    assert screen.page.isLoading()
    started = time.perf_counter()
    context.wipe_session("idle")
    assert (time.perf_counter() - started) * 1000 < 500
    assert screen.page is None
    assert not feature.session.active
    qtbot.waitUntil(lambda: pid not in renderer_pids(), timeout=10000)
    qtbot.wait(3500)  # the late answer arrives to nobody
    assert context.window.current_screen().screen_id == "attract"
