"""Official links inside the content screens open in the controlled browser at a kiosk
(issue 15): a tap on the address in a FAQ answer, through the allow-list."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from assist_desk.controllers import handoff
from assist_desk.views.browser.screen import BrowserScreen
from assist_desk.views.faq import FaqScreen, _target
from tests.web.helpers import wait_loaded

pytestmark = pytest.mark.slow

FC_PAGE = "/training/franceconnect/x"


def faq_answer_with_source(
    context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, source: str
) -> FaqScreen:
    """The FAQ screen showing its first answer, whose source is ``source``."""
    pack = context.features.content.pack
    entry_id = pack.faq_ids()[0]
    real_faq = pack.faq

    def faq(ref: str, lang: str) -> Any:
        entry = real_faq(ref, lang)
        return dataclasses.replace(entry, source=source) if ref == entry_id else entry

    monkeypatch.setattr(pack, "faq", faq)
    context.window.show()  # a workstation's window is not shown by the fixture
    context.window.show_screen("faq")
    screen = context.window.screen_of(FaqScreen)

    # Opened as a citizen opens it: a tap on the question (at a kiosk, the answer is then
    # a page of its own; at a workstation, the pane beside the list).
    def question_row() -> Any:
        rows = [screen.results.item(row) for row in range(screen.results.count())]
        return next((item for item in rows if _target(item) == ("faq", entry_id)), None)

    qtbot.waitUntil(lambda: question_row() is not None, timeout=5000)  # the list fills
    question = question_row()
    screen.results.scrollToItem(question)
    point = screen.results.visualItemRect(question).center()
    qtbot.mouseClick(screen.results.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: screen.answer.isVisible(), timeout=5000)
    return screen


def tap_text(qtbot: Any, screen: FaqScreen, text: str) -> None:
    """A tap (left click) in the middle of ``text`` in the answer, as a finger would."""
    from assist_desk.bidi import unbreakable_address
    from assist_desk.i18n import strip_isolates

    answer = screen.answer
    # An address is shown with word joiners inside it (AR-5: it never breaks).
    shown = strip_isolates(unbreakable_address(text))
    found = answer.document().find(shown, 0, QTextDocument.FindFlag(0))
    assert not found.isNull(), f"{text!r} is not in the answer"
    middle = QTextCursor(answer.document())
    middle.setPosition((found.selectionStart() + found.selectionEnd()) // 2)
    answer.setTextCursor(middle)  # scrolls it into view
    point = answer.cursorRect(middle).center()
    qtbot.mouseClick(answer.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_link_in_a_faq_answer_opens_in_the_controlled_browser_at_a_kiosk(
    app_context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = app_context("--mode", "kiosk", wait=True)
    context.features.kiosk.start_session("fr")
    target = context.features.portal.url + FC_PAGE
    screen = faq_answer_with_source(context, qtbot, monkeypatch, target)
    assert f'href="{target}"' in screen.answer.toHtml()
    tap_text(qtbot, screen, target)
    browser = context.window.screen_of(BrowserScreen)
    qtbot.waitUntil(lambda: context.window.current_screen() is browser, timeout=5000)
    wait_loaded(qtbot, browser.page, FC_PAGE)
    assert browser.page.url().toString() == target
    assert browser.stack.currentWidget() is browser.web_holder
    browser.back_to_app.click()  # back to the answer the citizen was reading
    assert context.window.current_screen() is screen


def test_a_link_to_another_host_shows_the_refusal_page(
    app_context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = app_context("--mode", "kiosk", wait=True)
    context.features.kiosk.start_session("ar")
    target = "https://www.caradisiac.com/article-220685.htm"
    screen = faq_answer_with_source(context, qtbot, monkeypatch, target)
    tap_text(qtbot, screen, target)
    browser = context.window.screen_of(BrowserScreen)
    qtbot.waitUntil(lambda: context.window.current_screen() is browser, timeout=5000)
    assert browser.stack.currentWidget() is browser.notice
    assert browser.refused_url == target
    assert not browser.notice_qr.pixmap().isNull()


def test_at_a_workstation_a_link_goes_to_the_system_browser(
    app_context: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[str] = []
    context = app_context("--mode", "mediator", wait=True)
    # The router's own call (inside Qt's handler: the system browser) is recorded here.
    monkeypatch.setattr(
        handoff, "open_in_system_browser", lambda url: handed.append(url.toString())
    )
    target = "https://www.service-public.fr/particuliers/vosdroits/F1341"
    screen = faq_answer_with_source(context, qtbot, monkeypatch, target)
    tap_text(qtbot, screen, target)
    assert handed == [target]
    assert context.window.current_screen() is screen
    assert context.features.browser.made_session() is None  # no web profile was made


def test_without_the_link_handler_a_link_opens_nowhere(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its feature failed to start: a kiosk's links must not reach the system browser."""
    handoff.LinkRouter.uninstall()
    reached: list[str] = []

    class System:
        @staticmethod
        def openUrl(url: Any) -> bool:  # Qt's name
            reached.append(url.toString())
            return True

    monkeypatch.setattr(handoff, "QDesktopServices", System)
    assert not handoff.open_link("https://ants.gouv.fr/")
    assert not handoff.open_link("file:///etc/passwd")
    assert reached == []
