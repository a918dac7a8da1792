"""Reading text: the rich text of the FAQ answers, checklists, request summary and About.

- **Line height** (issue 14 §1 Type, AR-3): body text is read at 1.5 times its size,
  Arabic at 1.65. Qt's own line is only ~1.39 times the size with Noto Sans, and a
  percentage (``ProportionalHeight``) multiplies that natural height, not the size, so
  the style gives a minimum line height in pixels (``line-height: Npx`` is Qt's
  ``MinimumHeight``): taller lines (titles, Naskh's 1.7) keep their own height.
- **Latin blocks in right-to-left pages** (AR-2): a paragraph with Latin letters and no
  Arabic ones (a French name kept in French, an address, a URL, an e-mail) is put in a
  box of its own laid out left to right, so its punctuation stays at its end, while the
  Arabic around it stays right to left. Short Latin runs inside an Arabic sentence stay
  inline, isolated (:func:`assist_desk.bidi.isolate`).
- **Line length**: at most about 75 characters (:class:`ReadingBrowser`), even where the
  pane is wider than the screen's column allows for (the kiosk's full-page answer).
- **Links** take the theme's ``link`` colour (``ui/qss/tokens.toml``): Qt's own is the
  palette's, which a style sheet does not set (dark blue on high contrast's black).
- **Spoken text**: accessible names and descriptions never carry the invisible bidi
  marks nor HTML (a screen reader reads them out as noise).
"""

from __future__ import annotations

import re
from math import ceil

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPalette, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from assist_desk import theme
from assist_desk.bidi import isolate, keep_addresses_whole, strip_isolates

#: Minimum distance between baselines, in font sizes (issue 14: 1.5, Arabic 1.6-1.7).
LATIN_LINE_HEIGHT = 1.5
ARABIC_LINE_HEIGHT = 1.65

#: The longest line of reading text, in characters (issue 14 §1 Type).
MAX_LINE_CHARS = 75
#: French prose with many narrow letters and spaces, to know how wide 75 characters
#: may be in a font: wider prose then holds fewer (about 68), never more.
_PROSE = "clair (bleu ou gris clair ; le fond blanc est interdit). Lunettes : pas de monture"
#: The same for Arabic (its letters are narrower for their size).
_ARABIC_PROSE = (
    "العدسة، الفم مغلق، خلفية موحدة فاتحة (أزرق أو رمادي فاتح، والخلفية البيضاء ممنوعة)."
)

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile("[A-Za-zÀ-ÖØ-öø-ÿŒœ]")
_TAG = re.compile(r"<[^>]*>")
#: Left-to-right and right-to-left marks, embeddings and overrides, and the word joiner
#: of "€/CV" (:mod:`assist_desk.typography`): invisible, and noise when read out.
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2060]")

#: Qt's HTML parser turns a narrow no-break space (U+202F, in amounts: 1 234,50 €)
#: into an ordinary, breaking space; inside a ``white-space: pre`` span it is kept.
_KEPT_NARROW_NBSP = "<span style='white-space:pre'>\u202f</span>"


def escape(text: str) -> str:
    """Plain ``text`` escaped for Qt rich text, its narrow no-break spaces kept (an
    amount such as 45 000 € stays on one line) and its web and e-mail addresses whole
    (:func:`assist_desk.bidi.keep_addresses_whole`: never split across lines, AR-5)."""
    # html.escape(text, quote=False), without importing html on the first frame's path.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace("\u202f", _KEPT_NARROW_NBSP)
    return keep_addresses_whole(escaped)


def is_latin(text: str) -> bool:
    """``text`` (plain or escaped HTML) has Latin letters and no Arabic ones."""
    plain = _TAG.sub("", strip_isolates(text))
    return bool(_LATIN.search(plain)) and not _ARABIC.search(plain)


def line_height_px(font_px: int, arabic: bool) -> int:
    """The minimum line height for body text of ``font_px`` pixels."""
    return round(font_px * (ARABIC_LINE_HEIGHT if arabic else LATIN_LINE_HEIGHT))


def _font_px(widget: QWidget) -> int:
    widget.ensurePolished()  # the style sheet's font size, not Qt's default
    font = widget.font()
    if font.pixelSize() > 0:
        return font.pixelSize()
    return round(font.pointSizeF() * widget.logicalDpiY() / 72)


def right_to_left(widget: QWidget) -> bool:
    """``widget``'s page reads right to left (Arabic)."""
    return widget.layoutDirection() == Qt.LayoutDirection.RightToLeft


def reading_html(widget: QWidget, body: str, *, arabic: bool | None = None) -> str:
    """``body`` (rich text) with the reading line height for ``widget``'s font.

    ``arabic``: the text is Arabic (default: the widget's page is right to left).
    Render again when the font changes (the views do on each show and language change).
    """
    rtl = right_to_left(widget)
    arabic = rtl if arabic is None else arabic
    height = line_height_px(_font_px(widget), arabic)
    style = f"p, li, td, div, h1, h2, h3, h4 {{ line-height: {height}px; }}"
    link = theme.link_colour()
    if link is not None:
        # Qt draws links in the palette's link colour, which the style sheet cannot set:
        # dark blue on the high-contrast theme's black (issue 14).
        style += f" a {{ color: {link}; }}"
    if rtl:
        # Every paragraph on the page's reading side, whatever its first letter: without
        # it a line that starts with a Latin name goes to the left edge (AR-2).
        body = f"<div dir='rtl'>{body}</div>"
    # No <html> nor <body> around it: with them Qt aligns Arabic paragraphs to the left.
    return f"<head><style>{style}</style></head>{body}"


#: The dynamic property of a widget whose text is data, not interface (read by the
#: untranslated-text check of ``devtools.design_check``).
CONTENT_TEXT = "userText"


def mark_content(widget: QWidget, content: bool = True) -> None:
    """Say that ``widget`` shows data: the content pack's words (translated by the pack,
    not by Qt Linguist), the portal's catalogue, a name, a web address. The check for
    text that missed the translator passes such a widget over, and only such a widget."""
    widget.setProperty(CONTENT_TEXT, content)


def show_paragraph(label: QLabel, text: str) -> None:
    """``label`` shows the plain ``text`` as a paragraph at the reading line height (a
    plain-text label cannot be set higher) and speaks it without bidi marks."""
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(reading_html(label, f"<div>{escape(text)}</div>"))
    label.setAccessibleName(spoken(text))


def latin_box(widget: QWidget, inner_html: str) -> str:
    """``inner_html`` (Latin, escaped) as a left-to-right block boxed by a thin frame.

    A one-cell table is the only box Qt rich text draws; its frame is in the text
    colour of ``widget``'s palette, so it shows in every theme (high contrast too).
    """
    height = line_height_px(_font_px(widget), arabic=False)  # Latin lines, even in Arabic
    colour = widget.palette().color(QPalette.ColorRole.Text).name()  # polished: the theme's
    return (
        f"<table dir='ltr' width='100%' border='1' cellspacing='0' cellpadding='8'"
        f" style='border-style: solid; border-color: {colour}; margin-top: 4px;"
        f" margin-bottom: 4px'><tr><td><p dir='ltr' align='left' lang='fr'"
        f" style='line-height: {height}px'>{inner_html}</p>"
        "</td></tr></table>"
    )


def paragraph(widget: QWidget, inner_html: str) -> str:
    """One paragraph of reading text: in a right-to-left page a Latin paragraph gets its
    own left-to-right box (:func:`latin_box`), any other one a plain ``<p>``."""
    if right_to_left(widget) and is_latin(inner_html):
        return latin_box(widget, inner_html)
    return f"<p>{inner_html}</p>"


def inline(widget: QWidget, inner_html: str) -> str:
    """A line inside a paragraph or a list item: in a right-to-left page a Latin line is
    isolated, so its punctuation stays at its end (it then keeps the page's side)."""
    if right_to_left(widget) and is_latin(inner_html):
        return isolate(inner_html)
    return inner_html


def bullet_list(widget: QWidget, items: list[str]) -> str:
    """A bulleted list of escaped items; in a right-to-left page each run of Latin items
    is one left-to-right box (a French list under an Arabic heading, AR-2)."""
    rtl = right_to_left(widget)
    parts: list[str] = []
    latin_run: list[str] = []
    in_list = False
    for item in [*items, ""]:  # the empty end closes the last run
        if item and rtl and is_latin(item):
            if in_list:
                parts.append("</ul>")
                in_list = False
            latin_run.append(f"• {item}")
            continue
        if latin_run:
            parts.append(latin_box(widget, "<br/>".join(latin_run)))
            latin_run = []
        if item:
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{inline(widget, item)}</li>")
    if in_list:
        parts.append("</ul>")
    return "".join(parts)


def spoken(text: str) -> str:
    """``text`` (plain or rich) as a screen reader should get it: plain, without the
    invisible bidi marks (isolates, and the marks Qt puts in Arabic dates), which some
    readers say aloud or spell as garbage."""
    if "<" in text:
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return _MARKS.sub("", strip_isolates(text))


def measure_px(font: QFont, arabic: bool = False, characters: int = MAX_LINE_CHARS) -> int:
    """The width of ``characters`` characters of prose in ``font``."""
    prose = _ARABIC_PROSE if arabic else _PROSE
    return ceil(characters * QFontMetricsF(font).horizontalAdvance(prose) / len(prose))


class ReadingBrowser(QTextBrowser):
    """A text browser whose lines hold at most about :data:`MAX_LINE_CHARS` characters:
    in a wider pane the text keeps to the reading side and the rest stays empty (the
    eye finds the next line; a 90-character line is hard for weak readers).

    Its text is read-only: no caret is drawn (a blinking bar in text a citizen cannot
    edit looks like a field to type in), yet the arrows still move the selection so a
    screen reader reads it line by line. :meth:`fit_document` makes it as tall as its
    text, for a page that scrolls as a whole (one scroll bar, not two: K-4).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursorWidth(0)
        self._fits_document = False
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def fit_document(self, fit: bool) -> None:
        """As tall as the document, without a vertical scroll bar (``fit``), or the
        usual scrolling box with the height its layout gives it."""
        if fit == self._fits_document:
            return
        self._fits_document = fit
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fit else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setVerticalScrollBarPolicy(policy)
        if not fit:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16777215)  # QWIDGETSIZE_MAX: the layout decides again
        self._fit_height()

    def _fit_height(self) -> None:
        if not self._fits_document:
            return
        height = ceil(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.maximumHeight() or height != self.minimumHeight():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Called for the viewport's resizes too (QAbstractScrollArea): the frame's width
        # is what counts, and margins are set only when they change (no endless loop).
        self._keep_measure()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._keep_measure()
        super().changeEvent(event)

    def _keep_measure(self) -> None:
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        chrome = 2 * self.frameWidth() + 2 * round(self.document().documentMargin()) + scroll_bar
        rtl = right_to_left(self)
        # A little under the limit: a line of narrow letters holds more characters than
        # the average prose sample (78 in one Arabic summary measured at 75).
        measure = measure_px(self.font(), arabic=rtl, characters=MAX_LINE_CHARS - 5)
        spare = max(0, self.width() - chrome - measure)
        margins = (spare, 0, 0, 0) if rtl else (0, 0, spare, 0)
        current = self.viewportMargins()
        if margins != (current.left(), current.top(), current.right(), current.bottom()):
            self.setViewportMargins(*margins)
