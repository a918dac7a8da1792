"""The controlled browser against the real training portal: what it opens, refuses,
and never lets out (allow-list, windows, file URLs, permissions, downloads, print)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from assist_desk.features.browser import BROWSER_SCREEN, BrowserFeature
from assist_desk.views.browser.screen import BrowserScreen
from tests.web.helpers import open_and_wait, run_js, wait_loaded

pytestmark = pytest.mark.slow


def start_browser(app_context: Any, *argv: str) -> tuple[Any, BrowserFeature, str]:
    context = app_context("--mode", "kiosk", *argv, wait=True)
    context.features.kiosk.start_session("fr")
    feature = context.features.browser
    assert feature is not None
    portal = context.features.portal
    assert portal is not None
    assert portal.training is not None
    return context, feature, portal.url


def screen_of(context: Any) -> BrowserScreen:
    return context.window.screen_of(BrowserScreen)


def test_a_training_portal_page_opens_in_the_browser_with_its_host_shown(
    app_context: Any, qtbot: Any
) -> None:
    context, feature, portal = start_browser(app_context)
    open_and_wait(qtbot, screen_of(context), feature.open, portal + "/training/franceconnect/x")
    screen = screen_of(context)
    assert context.window.current_screen().screen_id == BROWSER_SCREEN
    assert screen.stack.currentWidget() is screen.web_holder
    assert screen.host.text() == "127.0.0.1"
    assert "FranceConnect" in run_js(qtbot, screen.page, "document.title")
    screen.back_to_app.click()
    assert context.window.current_screen().screen_id == "home"


def test_an_address_off_the_list_shows_the_notice_with_a_qr_code(
    app_context: Any, qtbot: Any
) -> None:
    context, feature, _portal = start_browser(app_context)
    assert not feature.open("https://ants.gouv.fr.example.net/")
    screen = screen_of(context)
    assert screen.stack.currentWidget() is screen.notice
    assert screen.refused_url == "https://ants.gouv.fr.example.net/"
    assert not screen.notice_qr.pixmap().isNull()
    assert screen.notice_title.text() == "Cette page n'est pas disponible sur cette borne"


def test_a_page_cannot_navigate_off_the_list_nor_to_files(app_context: Any, qtbot: Any) -> None:
    context, feature, portal = start_browser(app_context)
    screen = screen_of(context)
    start = portal + "/training/franceconnect/x"
    open_and_wait(qtbot, screen, feature.open, start)
    page = screen.page
    # A script of the page: off the list, the notice; the page stays where it was.
    run_js(qtbot, page, "location.href = 'https://evil.example/'; 1")
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.notice, timeout=5000)
    assert screen.refused_url == "https://evil.example/"
    assert page.url().toString() == start
    assert screen.host.text() == ""  # the bar names no site over the notice
    screen.show_web()
    assert screen.host.text() == "127.0.0.1"
    # Local files and page sources: Chromium refuses them to a web page's script, and
    # the page refuses them when asked directly (a link, the application).
    for target in ("file:///etc/passwd", "view-source:" + start, "chrome://version/"):
        screen.show_web()
        run_js(qtbot, page, f"location.href = {target!r}; 1")
        qtbot.wait(300)
        assert page.url().toString() == start, target
        from PySide6.QtCore import QUrl

        page.load(QUrl(target))
        qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.notice, timeout=5000)
        assert screen.refused_url == target
        qtbot.waitUntil(lambda: page.url().toString() == start, timeout=5000)
        assert not feature.open(target)
    # A frame off the list is dropped quietly; the page stays.
    screen.show_web()
    run_js(
        qtbot,
        page,
        "var f = document.createElement('iframe'); f.src = 'https://evil.example/';"
        " document.body.appendChild(f); 1",
    )
    qtbot.wait(300)
    assert page.url().toString() == start
    assert screen.stack.currentWidget() is screen.web_holder


def test_new_windows_open_in_the_same_view(app_context: Any, qtbot: Any) -> None:
    context, feature, portal = start_browser(app_context)
    screen = screen_of(context)
    open_and_wait(qtbot, screen, feature.open, portal + "/training/franceconnect/x")
    windows_before = len(QApplication.topLevelWidgets())
    page = screen.page
    target = portal + "/training/franceconnect/y"
    run_js(qtbot, page, f"setTimeout(function () {{ window.open({target!r}, '_blank'); }}, 0); 1")
    wait_loaded(qtbot, page, "/training/franceconnect/y")
    link = (
        "var a = document.createElement('a'); a.href = '/training/franceconnect/z';"
        " a.target = '_blank'; document.body.appendChild(a);"
        " setTimeout(function () { a.click(); }, 0); 1"
    )
    run_js(qtbot, page, link)
    wait_loaded(qtbot, page, "/training/franceconnect/z")
    assert len(QApplication.topLevelWidgets()) == windows_before
    assert screen.page is page


def test_a_blank_popup_navigated_later_by_its_script_opens_in_the_same_view(
    app_context: Any, qtbot: Any
) -> None:
    context, feature, portal = start_browser(app_context)
    screen = screen_of(context)
    start = portal + "/training/franceconnect/x"
    open_and_wait(qtbot, screen, feature.open, start)
    page = screen.page
    windows_before = len(QApplication.topLevelWidgets())
    # The blank window waits: no refusal page, the page stays where it was.
    run_js(qtbot, page, "window.popup = window.open(''); 1")
    qtbot.wait(500)
    assert screen.stack.currentWidget() is screen.web_holder
    assert page.url().toString() == start
    assert run_js(qtbot, page, "window.popup !== null && !window.popup.closed") is True
    # Then its script sends it to a page: that page opens here, in the same view.
    target = portal + "/training/franceconnect/y"
    run_js(qtbot, page, f"window.popup.location.href = {target!r}; 1")
    wait_loaded(qtbot, page, "/training/franceconnect/y")
    assert screen.stack.currentWidget() is screen.web_holder
    assert screen.page is page
    assert len(QApplication.topLevelWidgets()) == windows_before
    # A blank popup sent off the list: the refusal page, as for any address.
    run_js(
        qtbot, page, "var w = window.open('about:blank'); w.location = 'https://example.org/'; 1"
    )
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.notice, timeout=10000)
    assert screen.refused_url == "https://example.org/"


def test_permissions_are_refused_unless_the_site_allows_them(
    app_context: Any, qtbot: Any, tmp_path: Any
) -> None:
    site = tmp_path / "site.toml"
    site.write_text('browser_permissions = ["notifications"]\n', encoding="utf-8")
    ask = (
        "new Promise(function (done) {"
        " navigator.geolocation.getCurrentPosition(function () { done('granted'); },"
        " function (e) { done('refused ' + e.code); }); })"
    )
    for argv, location, notifications in (
        ((), "refused 1", "denied"),
        (("--config", str(site)), "refused 1", "granted"),
    ):
        context, feature, portal = start_browser(app_context, *argv)
        screen = screen_of(context)
        open_and_wait(qtbot, screen, feature.open, portal + "/training/franceconnect/x")
        page = screen.page
        run_js(
            qtbot,
            page,
            "(async function () { window.__loc = await (" + ask + ");"
            " window.__note = await Notification.requestPermission(); })(); 1",
        )

        def answered(page: Any = page) -> bool:
            return run_js(qtbot, page, "window.__note || ''") != ""

        qtbot.waitUntil(answered, timeout=10000)
        assert run_js(qtbot, page, "window.__loc") == location
        assert run_js(qtbot, page, "window.__note") == notifications
        context.wipe_session("end")
