"""The About screen: version, content pack date, licence and the sources of shipped data.

Reached from the "About" button of the top bar. The facts come from
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
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.wrap_button import WrapButton

#: The id of the About screen (the top bar's "About" button opens it).
ABOUT_SCREEN_ID = "about"


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
    """Version, content pack, licence, data sources; a button back to the home screen."""

    screen_id = ABOUT_SCREEN_ID

    def __init__(
        self,
        provider: Callable[[], AboutInfo] = read_about_info,
        parent: QWidget | None = None,
        statement: Callable[[], str | None] = lambda: None,
    ) -> None:
        """``statement``: the accessibility statement to offer (mediator mode), or None."""
        super().__init__(parent)
        self._provider = provider
        self._statement = statement
        # Read when first shown (showEvent), not at start-up: nothing on the first screen's path.
        self.info = AboutInfo(__version__, None, ())
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.version_label = QLabel()
        self.version_label.setObjectName("aboutVersion")
        self.pack_label = QLabel()
        self.pack_label.setObjectName("aboutContentPack")
        self.pack_label.setWordWrap(True)
        self.licence_label = QLabel()
        self.licence_label.setObjectName("aboutLicence")
        self.licence_label.setWordWrap(True)
        self.privacy_label = QLabel()
        self.privacy_label.setWordWrap(True)
        self.sources_label = QLabel()
        self.sources_label.setWordWrap(True)
        self.sources = QTextEdit()
        self.sources.setObjectName("aboutSources")
        self.sources.setReadOnly(True)
        # Read-only text, selectable and scrollable from the keyboard; links are not opened.
        self.sources.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sources_label.setBuddy(self.sources)
        # In mediator mode: the accessibility statement (RGAA), shown in the text area.
        self.statement_button = WrapButton()
        self.statement_button.setObjectName("aboutStatement")
        self.statement_button.clicked.connect(self.show_statement)
        self.statement_button.hide()
        self.showing_statement = False
        self.back_button = WrapButton()
        self.back_button.setObjectName("aboutBack")
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(lambda: self.sig_navigate.emit("home"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.statement_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        for widget in (
            self.heading,
            self.version_label,
            self.pack_label,
            self.licence_label,
            self.privacy_label,
            self.sources_label,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.sources, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def refresh(self) -> None:
        """Read the facts again (a content update may have arrived)."""
        self.info = self._provider()
        self.showing_statement = False
        self.retranslate_ui()

    def show_statement(self) -> None:
        """The accessibility statement in the text area (the sources come back on the
        next visit); the focus goes to it."""
        text = self._statement()
        if text is None:
            return
        self.showing_statement = True
        self.retranslate_ui()
        self.sources.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def window_title(self) -> str:
        return self.tr("About")

    def pack_text(self) -> str:
        pack = self.info.pack
        if pack is None:
            return self.tr("No offline content pack is installed.")
        if pack.published is None:
            return self.tr("Offline content: version %1.").replace("%1", pack.version)
        published = QDate(pack.published.year, pack.published.month, pack.published.day)
        date = QLocale().toString(published, "d MMMM yyyy")
        return (
            self.tr("Offline content: version %1, published on %2.")
            .replace("%1", pack.version)
            .replace("%2", date)
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("About assist_desk"))
        self.version_label.setText(self.tr("Version %1").replace("%1", self.info.version))
        self.pack_label.setText(self.pack_text())
        self.licence_label.setText(
            self.tr(
                "assist_desk is free software under the European Union Public Licence"
                " (EUPL) version 1.2."
            )
        )
        self.privacy_label.setText(
            self.tr(
                "Nothing you type here is kept on this computer: it is erased when the"
                " session ends."
            )
        )
        statement = self._statement()
        self.statement_button.setVisible(statement is not None)
        self.statement_button.setText(self.tr("Accessibility statement"))
        self.statement_button.setAccessibleName(self.tr("Accessibility statement"))
        self.sources_label.setText(self.tr("&Sources of the information shipped with it:"))
        if self.showing_statement and statement is not None:
            self.sources_label.setText(self.tr("&Accessibility statement:"))
            self.sources.setMarkdown(statement)
            self.sources.setAccessibleName(self.tr("Accessibility statement"))
            self.sources.setAccessibleDescription("")
        elif self.info.sources:
            self.sources.setMarkdown(
                "\n\n".join(
                    f"### {note.folder}\n\n{_demote_headings(note.text)}"
                    for note in self.info.sources
                )
            )
        else:
            self.sources.setPlainText(self.tr("No data files are shipped with this copy."))
        if not (self.showing_statement and statement is not None):
            self.sources.setAccessibleName(self.tr("Sources of the information shipped with it"))
            self.sources.setAccessibleDescription(
                self.tr("Where each set of data comes from, its licence and its date")
            )
        self.back_button.setText(self.tr("Back to the home screen"))
        self.back_button.setAccessibleName(self.tr("Back to the home screen"))

    def initial_focus(self) -> QWidget | None:
        return self.back_button
