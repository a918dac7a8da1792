"""Links in reading text keep their contrast in every theme (issue 14).

Qt draws rich-text links in the palette's link colour, which the style sheet does not
set: in the high-contrast theme the FAQ answer's links were dark blue on black. The
colour now comes from the theme's ``link`` token (``ui/qss/tokens.toml``, whose
contrast pairs tests/a11y/test_theme.py checks); here it is read from the real FAQ
answer, as laid out and as painted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFragment

from assist_desk import theme
from assist_desk.content import ContentPack
from assist_desk.views.faq import FaqScreen
from tests.content.test_views import make_env

#: A bundled answer whose source is a web address (a link).
ANSWER_WITH_LINK = "faq_vr_plates"
MINIMUM = {"default": 4.5, "high-contrast": 7.0}


@pytest.fixture(params=["default", "high-contrast"])
def themed(request: Any, qapp: Any) -> Iterator[str]:
    theme.apply(qapp, request.param, 1.0, kiosk=False)
    yield request.param
    theme.remove(qapp)
    qapp.setProperty("assist_desk_citizen", None)


def _link_fragments(screen: FaqScreen) -> list[QTextFragment]:
    found = []
    block = screen.answer.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                found.append(fragment)
            fragments += 1
        block = block.next()
    return found


def test_links_in_the_faq_answer_take_the_themes_link_colour(
    qtbot: Any, pack: ContentPack, themed: str
) -> None:
    screen = FaqScreen(make_env(pack))
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_item("faq", ANSWER_WITH_LINK)
    links = _link_fragments(screen)
    assert links, "the answer shows no link"
    token = theme.tokens(themed)["link"]
    assert {f.charFormat().foreground().color().name() for f in links} == {token.lower()}

    # As painted: the only text in the token's colour is the link (the answer's text is
    # in the text colour), on a background it contrasts with.
    background = screen.answer.viewport().palette().color(QPalette.ColorRole.Base).name()
    assert theme.contrast_ratio(token, background) >= MINIMUM[themed]
    cursor = QTextCursor(screen.answer.document())
    cursor.setPosition(links[0].position() + 1)
    screen.answer.setTextCursor(cursor)  # scrolls the link into view
    assert screen.answer.isVisible()
    image = screen.answer.viewport().grab().toImage()
    painted = {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }
    assert token.lower() in painted


def test_the_steps_bar_fills_in_the_themes_primary_colour(qtbot: Any, themed: str) -> None:
    """V-7: one brand blue; the bar was painted in the platform's light blue (#308cc6)."""
    from assist_desk.views.wizard import StepBar

    bar = StepBar()
    bar.setObjectName("stepProgress")
    qtbot.addWidget(bar)
    bar.resize(200, 12)
    bar.set_progress(1, 2)
    bar.show()
    qtbot.waitExposed(bar)
    painted = bar.grab().toImage().pixelColor(20, 6)
    assert painted == QColor(theme.tokens(themed)["primary"])
