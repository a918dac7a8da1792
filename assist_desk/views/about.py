"""About, for everyone in five plain lines, and the sources and licences for mediators.

About is reached from the "About" button of the top bar; the sources and licences
from the mediator tools (and from About in mediator mode). The facts come from
:mod:`assist_desk.release` (standard library, the same as ``--version``); the
content pack is taken from the content service when one is registered
(the content feature's ``pack``), else read from ``resources/content/pack.toml``.
They are read again each time the screen is shown, so a content update shows up.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from assist_desk import __version__, paths, release
from assist_desk.i18n import isolate
from assist_desk.views.reading import show_paragraph
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.reflow import ReflowRow
from assist_desk.views.widgets.wrap_button import WrapButton

#: The id of the About screen (the top bar's "About" button opens it).
ABOUT_SCREEN_ID = "about"
#: The id of the mediators' sources and licences screen.
SOURCES_SCREEN_ID = "about_sources"


@dataclass(frozen=True)
class AboutInfo:
    """Everything the About screen shows (no Qt, no personal data)."""

    version: str
    pack: release.ContentPack | None
    sources: tuple[release.SourceNote, ...]


def read_about_info(content_service: Any = None) -> AboutInfo:
    """The facts for the About screen; the content service wins over pack.toml."""
    pack = pack_from_service(content_service) or release.content_pack()
    return AboutInfo(__version__, pack, tuple(release.shipped_sources()))


def pack_from_service(service: Any) -> release.ContentPack | None:
    """The pack of a content service exposing ``pack`` / ``info`` with version and date."""
    if service is None:
        return None
    for name in ("pack", "info", "pack_info"):
        info = getattr(service, name, None)
        version = getattr(info, "version", None)
        if version is None:
            continue
        published = getattr(info, "published", None)
        if isinstance(published, dt.datetime):
            published = published.date()
        return release.ContentPack(
            str(version), published if isinstance(published, dt.date) else None
        )
    return None


def accessibility_statement(lang: str, contact: str) -> str | None:
    """The accessibility statement (docs/), in French or English, with the site's contact.

    Arabic reads the French one (the statement's reference text); None when this copy
    has no statement.
    """
    name = "accessibility-statement.en.md" if lang == "en" else "accessibility-statement.fr.md"
    path = paths.project_root() / "docs" / name
    if not path.is_file():
        return None
    fallback = "the help point's manager" if lang == "en" else "le responsable du point d'aide"
    return path.read_text(encoding="utf-8").replace("{contact}", contact or fallback)


def _demote_headings(markdown: str) -> str:
    """Headings of a SOURCES.md sit under the folder's heading (level 4 and below)."""
    return re.sub(r"^#{1,6}\s", "#### ", markdown, flags=re.MULTILINE)


class AboutScreen(Screen):
    """About for everyone, in five plain lines (O-3): who runs this help point, that this
    is not an ANTS product, that nothing is kept, the content's date, the software.

    In mediator mode it also offers the accessibility statement and the sources and
    licences (:class:`SourcesScreen`); a citizen never meets file names or licences.
    """

    screen_id = ABOUT_SCREEN_ID

    def __init__(
        self,
        provider: Callable[[], AboutInfo] = read_about_info,
        parent: QWidget | None = None,
        statement: Callable[[], str | None] = lambda: None,
        site_name: Callable[[], str] = lambda: "",
    ) -> None:
        """``statement``: the accessibility statement to offer (mediator mode), or None.
        ``site_name``: the help point's name in the interface language."""
        super().__init__(parent)
        self._provider = provider
        self._statement = statement
        self._site_name = site_name
        # Read when first shown (showEvent), not at start-up: nothing on the first screen's path.
        self.info = AboutInfo(__version__, None, ())
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.site_label = QLabel()
        self.site_label.setObjectName("aboutSite")
        self.not_ants_label = QLabel()
        self.not_ants_label.setObjectName("aboutNotAnts")
        self.privacy_label = QLabel()
        self.privacy_label.setObjectName("aboutPrivacy")
        self.pack_label = QLabel()
        self.pack_label.setObjectName("aboutContentPack")
        self.version_label = QLabel()
        self.version_label.setObjectName("aboutVersion")
        self.lines = (
            self.site_label,
            self.not_ants_label,
            self.privacy_label,
            self.pack_label,
            self.version_label,
        )
        for line in self.lines:
            line.setWordWrap(True)
        # In mediator mode: the accessibility statement (RGAA), shown under the lines.
        self.statement_view = QTextEdit()
        self.statement_view.setObjectName("aboutStatementText")
        self.statement_view.setReadOnly(True)
        self.statement_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.statement_view.hide()
        self.statement_button = WrapButton()
        self.statement_button.setObjectName("aboutStatement")
        self.statement_button.clicked.connect(self.show_statement)
        self.statement_button.hide()
        self.sources_button = WrapButton()
        self.sources_button.setObjectName("aboutSourcesButton")
        self.sources_button.clicked.connect(lambda: self.sig_navigate.emit(SOURCES_SCREEN_ID))
        self.sources_button.hide()
        self.showing_statement = False
        self.back_button = WrapButton()
        self.back_button.setObjectName("aboutBack")
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(lambda: self.sig_navigate.emit("home"))

        buttons = ReflowRow()  # folds into a column when the buttons do not fit
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.statement_button)
        buttons.addWidget(self.sources_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        for line in self.lines:
            layout.addWidget(line)
        layout.addWidget(self.statement_view, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)  # the lines stay at the top while the statement is hidden
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read the facts again (a content update may have arrived)."""
        self.info = self._provider()
        self.showing_statement = False
        self.retranslate_ui()

    def show_statement(self) -> None:
        """The accessibility statement under the five lines; the focus goes to it."""
        if self._statement() is None:
            return
        self.showing_statement = True
        self.retranslate_ui()
        self.statement_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def window_title(self) -> str:
        return self.tr("About")

    def content_text(self) -> str:
        pack = self.info.pack
        if pack is None or pack.published is None:
            return self.tr("No date is known for the information on this computer.")
        return self.tr("The information on this computer was checked on %1.").replace(
            "%1", _long_date(pack.published)
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("About this help point"))
        site = self._site_name()
        texts = (
            self.tr("This help point is run by: %1.").replace("%1", isolate(site))
            if site
            else self.tr("This help point is run by a local public service."),
            self.tr(
                "This application is not an ANTS product. It helps you use the official"
                " websites, where your procedure is done."
            ),
            self.tr(
                "Nothing you type here is kept on this computer: it is erased when the"
                " session ends."
            ),
            self.content_text(),
            self.tr("assist_desk version %1, free software.").replace(
                "%1", isolate(self.info.version)
            ),
        )
        for line, text in zip(self.lines, texts, strict=True):
            show_paragraph(line, text)  # its line height (1.5, Arabic 1.65), spoken plain
        statement = self._statement()
        mediator = statement is not None
        self.statement_button.setVisible(mediator)
        self.statement_button.setText(self.tr("Accessibility statement"))
        self.statement_button.setAccessibleName(self.tr("Accessibility statement"))
        self.sources_button.setVisible(mediator)
        self.sources_button.setText(self.tr("Sources and licences"))
        self.sources_button.setAccessibleName(self.tr("Sources and licences"))
        shown = self.showing_statement and statement is not None
        self.statement_view.setVisible(shown)
        if shown and statement is not None:
            self.statement_view.setMarkdown(statement)
            self.statement_view.setAccessibleName(self.tr("Accessibility statement"))
        self.back_button.setText(self.tr("Back to the home screen"))
        self.back_button.setAccessibleName(self.tr("Back to the home screen"))

    def initial_focus(self) -> QWidget | None:
        return self.back_button


class SourcesScreen(Screen):
    """For mediators (O-3): version, content pack, licence, and where each set of shipped
    data comes from. Opened from the mediator tools and from About in mediator mode."""

    screen_id = SOURCES_SCREEN_ID

    def __init__(
        self, provider: Callable[[], AboutInfo] = read_about_info, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._provider = provider
        self.info = AboutInfo(__version__, None, ())
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.version_label = QLabel()
        self.version_label.setObjectName("sourcesVersion")
        self.pack_label = QLabel()
        self.pack_label.setObjectName("sourcesContentPack")
        self.licence_label = QLabel()
        self.licence_label.setObjectName("sourcesLicence")
        self.sources_label = QLabel()
        for label in (self.pack_label, self.licence_label, self.sources_label):
            label.setWordWrap(True)
        self.sources = QTextEdit()
        self.sources.setObjectName("aboutSources")
        self.sources.setReadOnly(True)
        # Read-only text, selectable and scrollable from the keyboard; links are not opened.
        self.sources.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sources_label.setBuddy(self.sources)
        self.back_button = WrapButton()
        self.back_button.setObjectName("sourcesBack")
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(lambda: self.sig_navigate.emit("mediator_tools"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for widget in (
            self.heading,
            self.version_label,
            self.pack_label,
            self.licence_label,
            self.sources_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.sources, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:
        self.info = self._provider()
        self.retranslate_ui()
        super().showEvent(event)

    def window_title(self) -> str:
        return self.tr("Sources and licences")

    def folder_titles(self) -> dict[str, str]:
        """The shipped data folders, named in the interface language."""
        return {
            "resources/content": self.tr("Questions, checklists and fees"),
            "resources/places": self.tr("Places"),
            "resources/training-portal": self.tr("Training portal"),
        }

    def pack_text(self) -> str:
        pack = self.info.pack
        if pack is None:
            return self.tr("No offline content pack is installed.")
        if pack.published is None:
            return self.tr("Offline content: version %1.").replace("%1", pack.version)
        return (
            self.tr("Offline content: version %1, published on %2.")
            .replace("%1", pack.version)
            .replace("%2", _long_date(pack.published))
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Sources and licences"))
        self.version_label.setText(self.tr("Version %1").replace("%1", self.info.version))
        self.pack_label.setText(self.pack_text())
        self.licence_label.setText(
            self.tr(
                "assist_desk is free software under the European Union Public Licence"
                " (EUPL) version 1.2."
            )
        )
        self.sources_label.setText(
            self.tr(
                "&Sources of the information shipped with it. Each note is kept as its"
                " authors wrote it, in English:"
            )
        )
        titles = self.folder_titles()
        if self.info.sources:
            # A translated title per folder; the note under it, its headings demoted
            # (each paragraph takes the direction of its text: English reads left to right).
            self.sources.setMarkdown(
                "\n\n".join(
                    f"### {titles.get(note.folder, note.folder)} ({note.folder})\n\n"
                    f"{_demote_headings(note.text)}"
                    for note in self.info.sources
                )
            )
        else:
            self.sources.setPlainText(self.tr("No data files are shipped with this copy."))
        self.sources.setAccessibleName(self.tr("Sources of the information shipped with it"))
        self.sources.setAccessibleDescription(
            self.tr("Where each set of data comes from, its licence and its date")
        )
        self.back_button.setText(self.tr("Back to the mediator tools"))
        self.back_button.setAccessibleName(self.tr("Back to the mediator tools"))

    def initial_focus(self) -> QWidget | None:
        return self.back_button


def _long_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
