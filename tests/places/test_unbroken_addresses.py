"""AR-5: a web or e-mail address is never split across lines. The Arabic kiosk tour's
"offline-04-places" showed "https://rendezvouspasseport." on one line and
"ants.gouv.fr/" on the next, the training tour's "offline-04b-place" "https://" then
"mairie11.paris.fr/". Each text is laid out at many widths, in Arabic and in French,
the way a word-wrapped label lays it out; no line may start inside an address. The
names read aloud and the links' targets stay plain."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontMetricsF, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from assist_desk.bidi import WORD_JOINER, keep_addresses_whole
from assist_desk.views.links import linkify
from assist_desk.views.places import ROLE_HIT, PlacesScreen
from assist_desk.views.reading import escape
from assist_desk.views.widgets.address_label import AddressLabel

#: An address as displayed: its word joiners (and no space) inside.
_SHOWN_ADDRESS = re.compile(r"https?:\u2060?/\u2060?/[^\s\u2069]+|[\w.+\u2060-]+@[\w.\u2060-]+")
WIDTHS = range(80, 1000, 20)


def line_starts(text: str, font: QFont, width: int) -> list[int]:
    """Where each line after the first starts when ``text`` wraps at words in ``width``."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts[1:]


def breaks_inside_addresses(text: str, font: QFont) -> list[str]:
    spans = [m.span() for m in _SHOWN_ADDRESS.finditer(text)]
    assert spans, f"no address in {text!r}"
    return [
        f"{width} px: {text[start:end]!r} broken at {cut - start}"
        for width in WIDTHS
        for cut in line_starts(text, font, width)
        for start, end in spans
        if start < cut < end
    ]


@pytest.mark.parametrize("lang", ["ar", "fr"])
@pytest.mark.parametrize("mode", ["training", "kiosk"])
def test_the_places_addresses_never_break(
    qtbot: Any, app_context: Any, monkeypatch: pytest.MonkeyPatch, mode: str, lang: str
) -> None:
    monkeypatch.setenv("ASSIST_DESK_TRAINING_KIOSK", "true")
    window = app_context("--mode", mode, "--lang", lang).window
    window.resize(1280, 800)
    window.show()
    window.show_screen("places")
    screen = window.current_screen()
    assert isinstance(screen, PlacesScreen)
    qtbot.waitUntil(lambda: screen.controller.ready, timeout=15000)
    screen.search_edit.setText("75011")
    screen.search()
    qtbot.wait(100)
    hits = [screen.results.item(r) for r in range(screen.results.count())]
    with_site = [
        item
        for item in hits
        if isinstance(item.data(ROLE_HIT), int)
        and screen._hits[item.data(ROLE_HIT)].place.website  # e.g. https://mairie11.paris.fr/
    ]
    assert with_site, "no place with a website near 75011"
    screen.results.setCurrentItem(with_site[0])
    labels: list[QLabel] = [screen.details, screen.appointment_url, screen.ants_locator]
    for label in labels:
        assert breaks_inside_addresses(label.text(), label.font()) == [], label.objectName()
        # Read aloud: no invisible marks.
        assert WORD_JOINER not in label.accessibleName()
        assert "\u2066" not in label.accessibleName()


@pytest.mark.parametrize(
    "sentence",
    [
        "الموقع: https://rendezvouspasseport.ants.gouv.fr/ للمواعيد.",
        "Écrivez à accueil-mairie11@paris.fr ou voyez https://www.service-public.fr/particuliers/vosdroits/N358.",
    ],
)
def test_rich_text_addresses_never_break_and_stay_links(qapp: Any, sentence: str) -> None:
    """Content screens (FAQ, checklists) build their HTML with reading.escape and
    links.linkify: the shown address is whole, the link's target plain."""
    body = linkify(escape(sentence))
    hrefs = re.findall(r'href="([^"]+)"', body)
    assert hrefs
    assert all(WORD_JOINER not in h and "\u2066" not in h for h in hrefs)
    assert hrefs[0].startswith("https://")
    assert not hrefs[0].endswith(".")
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Sans", 24))
    document.setHtml(body)
    text = document.toPlainText()
    metrics = QFontMetricsF(document.defaultFont())
    for width in WIDTHS:
        document.setTextWidth(width)
        assert document.size().width() > 0  # laid out at this width
        block = document.firstBlock()
        layout = block.layout()
        assert layout.lineCount() > 1 or width > 400  # narrow widths do wrap
        cuts = [layout.lineAt(i).textStart() for i in range(1, layout.lineCount())]
        for match in _SHOWN_ADDRESS.finditer(text):
            if metrics.horizontalAdvance(match.group()) >= width - 2 * document.documentMargin():
                continue  # longer than a whole line: a text browser must cut it somewhere
            assert not [c for c in cuts if match.start() < c < match.end()], (width, match)


def test_plain_texts_keep_every_character() -> None:
    text = "الموقع: https://mairie11.paris.fr/."
    whole = keep_addresses_whole(text)
    assert whole.replace(WORD_JOINER, "").replace("\u2066", "").replace("\u2069", "") == text
    assert whole.endswith("\u2069.")  # the full stop ends the sentence, not the address


def test_an_address_label_breaks_only_an_address_wider_than_a_line(qtbot: Any) -> None:
    """At 200 % text on an 800-px kiosk the ANTS address is wider than the screen: only
    then may it break (after its dots and slashes), so the page still fits."""
    label = AddressLabel()
    qtbot.addWidget(label)
    address = "https://rendezvouspasseport.ants.gouv.fr/"
    label.set_address_text("الموقع: %1", address)
    needed = label.fontMetrics().horizontalAdvance(address)
    assert label.minimumSizeHint().width() < needed  # it never forces the page wider
    label.resize(needed + 60, 200)
    label.show()
    assert WORD_JOINER in label.text()
    assert breaks_inside_addresses(label.text(), label.font()) == []
    label.resize(needed // 2, 200)
    assert WORD_JOINER not in label.text()
    assert "\u200b" in label.text()  # break points after its dots and slashes
    label.resize(needed + 60, 200)
    assert WORD_JOINER in label.text()
