"""Pieces shared by the FAQ, checklist and triage screens (Qt layer only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from assist_desk.content import ChecklistView, ContentPack, FeeView
from assist_desk.content.pack import StampView
from assist_desk.i18n import LOCALES, euros, isolate
from assist_desk.views.reading import (
    escape,
    inline,
    is_latin,
    latin_box,
    paragraph,
    right_to_left,
)
from assist_desk.views.site_name import shown_site_name


@dataclass
class ContentEnv:
    """What the content screens need from the application (given by the installer).

    Attributes:
        pack: the loaded content pack.
        language: returns the current interface language (one of modes.LANGUAGES).
        site_name: the help point's name (printed on checklists).
        site_names: its names per interface language (AR-5); see ``shown_site_name``.
        max_age_days: settings.content_max_age_days.
        printer_name: settings.printer (None: the system default).
        allow_pdf_save: saving a PDF file is offered (not at a kiosk).
        kiosk: True while the desk is in kiosk mode (it can switch while running):
            then printing offers only the number of copies, never a dialog or a file.
        today: returns today's date (tests pin it).
        open_checklist: shows a procedure's checklist (set by the installer).
    """

    pack: ContentPack
    language: Callable[[], str]
    site_name: str
    max_age_days: int
    printer_name: str | None = None
    allow_pdf_save: bool = True
    kiosk: Callable[[], bool] = lambda: False
    today: Callable[[], dt.date] = dt.date.today
    open_checklist: Callable[[str], None] | None = None
    site_names: Mapping[str, str] = field(default_factory=dict)

    def shown_site_name(self) -> str:
        """The help point's name as a printout in the interface language shows it."""
        return shown_site_name(self.site_name, self.site_names, self.language())


def local_date(day: dt.date, lang: str, long: bool = True) -> str:
    """A date written the way ``lang`` writes it, in the help point's formats
    (:data:`i18n.LOCALES`: Western digits in Arabic too, as on French documents)."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale(LOCALES.get(lang, lang)).toString(QDate(day.year, day.month, day.day), kind)


def esc(text: str) -> str:
    """``text`` escaped for Qt rich text, its narrow no-break spaces kept
    (:func:`assist_desk.views.reading.escape`)."""
    return escape(text)


def outdated_text(env: ContentEnv) -> str:
    """The warning shown past the configured age, or ''."""
    pack = env.pack
    if not pack.is_outdated(env.max_age_days, env.today()):
        return ""
    return QCoreApplication.translate(
        "Content",
        "This information may be outdated: it was last checked on %1. "
        "Check the official page before relying on it.",
    ).replace("%1", local_date(pack.pack_date, env.language()))


def fallback_text() -> str:
    return QCoreApplication.translate(
        "Content", "Not yet translated: shown in French, which is the reference text."
    )


def style_notice(label: QLabel) -> None:
    label.setWordWrap(True)
    label.setProperty("role", "notice")


def labels() -> dict[str, str]:
    """Interface words used inside content HTML, in the current language (escaped)."""
    texts = {
        "free": QCoreApplication.translate("Content", "free"),
        "cost": QCoreApplication.translate("Content", "Cost: %1"),
        "sourced": QCoreApplication.translate("Content", "Source: %1 — checked on %2"),
        "where": QCoreApplication.translate("Content", "Where: %1"),
        "documents": QCoreApplication.translate("Content", "Documents"),
        "if_applies": QCoreApplication.translate("Content", "if it applies"),
        "otherwise": QCoreApplication.translate("Content", "Otherwise: %1"),
        "steps": QCoreApplication.translate("Content", "Steps"),
        "official": QCoreApplication.translate("Content", "Official website: %1"),
        "stamp": QCoreApplication.translate("Content", "Where to buy the electronic tax stamp"),
        # Shown under "checked on DATE": says what that check found, so the two lines
        # do not read as a contradiction.
        "to_recheck": QCoreApplication.translate(
            "Content",
            "To recheck: its source could not confirm it that day. Check the official page.",
        ),
        "translated": QCoreApplication.translate(
            "Content", "Translated from French, which is the reference text."
        ),
    }
    return {key: esc(text) for key, text in texts.items()}


def set_text_direction(widget: QWidget, french_fallback: bool) -> None:
    """French shown in an Arabic interface reads left to right."""
    direction = (
        Qt.LayoutDirection.LeftToRight if french_fallback else QGuiApplication.layoutDirection()
    )
    widget.setLayoutDirection(direction)


def mark_french(widget: QWidget, french_fallback: bool) -> None:
    """French text in another interface language: read left to right, and in French.

    The widget's locale tells assistive technologies and Qt's own text handling
    that its text is French (the lang of an HTML page); rows of rich text also carry
    ``dir='ltr' lang='fr'`` (see :func:`french_attributes`).
    """
    set_text_direction(widget, french_fallback)
    if french_fallback:
        widget.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        widget.unsetLocale()


def french_attributes(french_fallback: bool) -> str:
    """HTML attributes of a block holding French text shown in another language."""
    return " dir='ltr' lang='fr'" if french_fallback else ""


def sourced(
    source: str,
    checked_on: dt.date,
    words: dict[str, str] | None = None,
    to_recheck: bool = False,
) -> str:
    """The line "Source: URL — checked on DATE" (escaped HTML), and "to recheck" if unsure.

    The date is written as the interface language writes dates.
    """
    words = words or labels()
    day = QLocale().toString(
        QDate(checked_on.year, checked_on.month, checked_on.day), "d MMMM yyyy"
    )
    line = words["sourced"].replace("%1", esc(source)).replace("%2", esc(day))
    if to_recheck:
        line += f"<br/><b>{words['to_recheck']}</b>"
    return line


def checked_on_html(checked_on: dt.date, to_recheck: bool = False) -> str:
    """ "Checked on DATE" (escaped HTML) written as the interface language writes dates,
    then "to recheck" when the pack could not confirm the fact."""
    day = QLocale().toString(
        QDate(checked_on.year, checked_on.month, checked_on.day), "d MMMM yyyy"
    )
    line = esc(QCoreApplication.translate("Content", "Checked on %1").replace("%1", day))
    if to_recheck:
        line += f"<br/><b>{labels()['to_recheck']}</b>"
    return line


def fee_html(fee: FeeView, words: dict[str, str] | None = None, page: QWidget | None = None) -> str:
    """``page``: the widget showing it (a Latin line in an Arabic page is isolated)."""
    words = words or labels()
    line = _line_maker(page)
    rows = "".join(
        f"<li>{line(esc(label))}&nbsp;: <b>{esc(euros(amount)) if amount else words['free']}</b>"
        "</li>"
        for label, amount in fee.bands
    )
    rules = "".join(f"<li>{line(esc(rule))}</li>" for rule in fee.rules)
    return (
        f"<h3>{words['cost'].replace('%1', esc(fee.title))}</h3><ul>{rows}</ul>"
        + (f"<ul>{rules}</ul>" if rules else "")
        + f"<p>{sourced(fee.source, fee.checked_on, words, fee.to_recheck)}</p>"
    )


def stamp_html(stamp: StampView, words: dict[str, str], page: QWidget | None = None) -> str:
    line = _line_maker(page)
    items = "".join(f"<li>{line(esc(text))}</li>" for text in stamp.where + stamp.notes)
    return f"<h3>{words['stamp']}</h3><ul>{items}</ul>"


def _line_maker(page: QWidget | None) -> Callable[[str], str]:
    """How a line of a list item is written: isolated when Latin in an Arabic ``page``."""
    return (lambda text: inline(page, text)) if page is not None else (lambda text: text)


def _boxed_runs(page: QWidget, title: str, lines: list[str]) -> str:
    """A French document in an Arabic page: its ``title`` and each run of Latin
    ``lines`` in a left-to-right box, the other lines as indented paragraphs."""
    parts: list[str] = []
    run: list[str] = [title]
    for text in [*lines, ""]:  # the empty end closes the last run
        if text and is_latin(text):
            run.append(text)
            continue
        if run:
            parts.append(latin_box(page, "<br/>".join(run)))
            run = []
        if text:
            parts.append(f"<p style='-qt-block-indent: 1'>{text}</p>")
    return "".join(parts)


def checklist_html(
    view: ChecklistView, stamp: StampView | None = None, page: QWidget | None = None
) -> str:
    """The checklist as simple HTML for a QTextBrowser or a printed page.

    ``stamp`` (where to buy the electronic tax stamp) is shown when the fee needs one.
    ``page``: the widget that shows it; in a right-to-left page a Latin paragraph or a
    document all in Latin gets a left-to-right box of its own, a Latin line is isolated
    (AR-2). Without it (printing) the HTML is plain.
    """
    words = labels()
    line = _line_maker(page)
    boxes = page is not None and right_to_left(page)

    def block(text: str) -> str:
        return paragraph(page, text) if page is not None else f"<p>{text}</p>"

    parts = [f"<h2>{esc(view.title)}</h2>", block(esc(view.summary))]
    if view.lang != "fr" and not view.fell_back:  # the French stays the reference
        parts.append(f"<p><small>{words['translated']}</small></p>")
    parts.append(f"<p>{words['where'].replace('%1', line(esc(view.where)))}</p>")
    parts.append(f"<h3>{words['documents']}</h3><ol>")
    for number, item in enumerate(view.items, start=1):
        doc = item.document
        # No italics: Arabic is not written in italics, and common fonts have no
        # oblique Arabic glyphs (the text turned into empty boxes).
        flag = "" if item.required else f" ({words['if_applies']})"
        lines = [esc(doc.what)]
        if item.when:
            lines.append(esc(item.when))
        if item.note:
            lines.append(esc(item.note))
        lines += [f"• {esc(c)}" for c in doc.constraints]
        lines += [f"↳ {words['otherwise'].replace('%1', line(esc(a)))}" for a in doc.alternatives]
        name = esc(doc.name)
        form = esc(doc.form_label)
        if page is not None and boxes and is_latin(name):
            # A document still in French: its French lines in a box of their own, its
            # translated lines under it; the list goes on with the next number.
            # Translated words inside the French title are isolated: it reads left to right.
            title = f"{number}. <b>{name}</b>{isolate(flag)} — {isolate(form)}"
            parts.append("</ol>" + _boxed_runs(page, title, lines))
            parts.append(f"<ol start='{number + 1}'>")
            continue
        title = f"<b>{line(name)}</b>{flag} — {line(form)}"
        parts.append("<li>" + "<br/>".join([title, *map(line, lines)]) + "</li>")
    parts.append("</ol>")
    if view.fee is not None:
        parts.append(fee_html(view.fee, words, page))
        if view.fee.stamp and stamp is not None:
            parts.append(stamp_html(stamp, words, page))
    parts.append(f"<h3>{words['steps']}</h3><ol>")
    parts += [f"<li>{line(esc(step))}</li>" for step in view.steps]
    parts.append("</ol>")
    parts.append(
        f"<p>{words['official'].replace('%1', esc(view.official_url))}<br/>"
        f"{sourced(view.source, view.checked_on, words, view.to_recheck)}</p>"
    )
    return "".join(parts)
