"""Web links inside the content screens (FAQ answers, checklists): one way to open them.

A screen marks the addresses of its text as links (:func:`linkify`) and lets a widget
follow them (:func:`follow_links`). Every link then goes to ``handoff.open_link``: the
application's link handler (``handoff.LinkRouter``, installed by ``features/browser.py``)
decides where it opens: the controlled browser at a kiosk and in training (the
refusal page for a host off the allow-list), the system browser at a workstation.
The screens know nothing of modes or of the browser.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser

from assist_desk.bidi import LRI, PDI, WORD_JOINER, plain_address_text, unbreakable_address
from assist_desk.controllers.handoff import open_link

#: An http(s) address in escaped HTML text, not inside an attribute (after = or a quote),
#: perhaps already made whole by reading.escape (in its isolate, with word joiners).
_ADDRESS = re.compile(
    rf"(?<![=\"']){LRI}?\bhttps?:{WORD_JOINER}?/{WORD_JOINER}?/[^\s<>\"'{PDI}]+{PDI}?"
)
#: Punctuation that ends a sentence, not the address ("… see https://x.fr/a.").
_TRAILING = ".,;:!?)»"

LINK_FLAGS = (
    Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
)


def linkify(escaped_html: str) -> str:
    """``escaped_html`` with each http(s) address of its text made a link."""

    def link(match: re.Match[str]) -> str:
        text = plain_address_text(match.group(0))
        tail = ""
        while text and text[-1] in _TRAILING:
            text, tail = text[:-1], text[-1] + tail
        href = html.escape(html.unescape(text), quote=True)
        # One left-to-right unit that never breaks across lines (AR-5); the href is plain.
        return f'<a href="{href}">{unbreakable_address(text)}</a>{tail}'

    return _ADDRESS.sub(link, escaped_html)


def follow_links(widget: QTextBrowser | QLabel) -> None:
    """Taps, clicks and Enter on a link of ``widget`` open it with :func:`open_link`."""
    widget.setTextInteractionFlags(widget.textInteractionFlags() | LINK_FLAGS)
    if isinstance(widget, QTextBrowser):
        widget.setOpenLinks(False)  # never shown inside the text browser itself
        widget.anchorClicked.connect(open_link)
    else:
        widget.setOpenExternalLinks(False)
        widget.linkActivated.connect(open_link)
