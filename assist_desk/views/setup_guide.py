""" "How to set it up" (M-1): the operator's guide for each status the staff screens show.

The operator's guide (``packaging/README.md``, shipped as ``setup/README.md``) has no
public web address, so this page carries, offline and translated, the part a help point
needs when a status card or the sign-in says something is wrong: what the status means
and the steps to take, with the exact setting and command names of that guide. Setting
names, paths and commands are never translated: they are inserted into the sentences
(kept whole and left to right, so an Arabic line keeps its order) or shown in left-to-right boxes.

The section of the status the operator came from comes first; the others follow.
"Back" returns to the staff screens (the window decides which: tools or sign-in).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from assist_desk.bidi import unbreakable_address
from assist_desk.views.reading import escape, latin_box, reading_html, spoken
from assist_desk.views.screen import Screen
from assist_desk.views.widgets.wrap_button import WrapButton

#: The statuses that have a section, in the order of the staff screens.
PORTAL = "portal"
CONTENT = "content"
NO_STORAGE = "storage"
NO_KIOSK_PIN = "pin"
SECTIONS = (PORTAL, CONTENT, NO_STORAGE, NO_KIOSK_PIN)

#: Names from the operator's guide, never translated.
SITE_FILE = "/etc/assist-desk/site.toml"
FULL_GUIDE = "/usr/local/share/doc/assist-desk/README.md"


def _name(name: str) -> str:
    """A setting or option inside a sentence: one left-to-right unit that never breaks
    across lines (split at its underscores, its pieces went to the two ends of Arabic
    lines). Short names only: a long one would widen the page at 200 % text."""
    return unbreakable_address(name.replace(" ", "\u00a0"))


def _command(widget: QWidget, command: str) -> str:
    """A command to type, in its own left-to-right box in every language."""
    return latin_box(widget, escape(command))


class GuideSection(QWidget):
    """One status: its heading and what to do (rich text at the reading line height)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"setupGuide_{key}")
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName(f"setupGuideBody_{key}")
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def show_text(self, heading: str, parts: list[str]) -> None:
        """``parts``: paragraphs of escaped rich text and command boxes, in order."""
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        body = "".join(parts)
        self.body.setText(reading_html(self.body, body))
        self.body.setAccessibleName(spoken(body))


class SetupGuideScreen(Screen):
    """Signals: sig_back(): back to the staff screen the operator came from."""

    screen_id = "setup_guide"
    sig_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setObjectName("setupGuideIntro")
        self.intro.setWordWrap(True)
        # Back under the title: seen without scrolling, even at a kiosk's text size.
        self.back_button = WrapButton()
        self.back_button.setObjectName("setupGuideBack")
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.sig_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.sections = {key: GuideSection(key) for key in SECTIONS}
        self._first = PORTAL
        self._sections_box = QVBoxLayout()
        self._sections_box.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addLayout(self._sections_box)
        layout.addStretch(1)
        self._order_sections()
        self.retranslate_ui()

    def open_at(self, section: str) -> None:
        """Show ``section`` (one of :data:`SECTIONS`) first, the others after it."""
        if section not in self.sections:
            raise ValueError(f"no setup guide section {section!r}")
        self._first = section
        self._order_sections()

    def section_order(self) -> list[str]:
        """The sections' keys as laid out, top to bottom."""
        box = self._sections_box
        items = [box.itemAt(i) for i in range(box.count())]
        widgets = [item.widget() for item in items if item is not None]
        return [w.key for w in widgets if isinstance(w, GuideSection)]

    def _order_sections(self) -> None:
        for section in self.sections.values():
            self._sections_box.removeWidget(section)
        order = [self._first, *(key for key in SECTIONS if key != self._first)]
        for key in order:
            self._sections_box.addWidget(self.sections[key])

    def window_title(self) -> str:
        return self.tr("How to set it up")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("How to set it up"))
        intro = self._p(
            self.tr(
                "What each status of the mediator screens means, and what the person who "
                "installed the help point does about it. The full operator's guide is the "
                "file %1 in the application's folder; on Linux, once installed, also:"
            ),
            "setup/README.md",
        )
        # A long path in a box of its own: inline it would set the page's minimum width
        # at 200 % text, or break at its slashes over the ends of Arabic lines.
        intro += _command(self.intro, FULL_GUIDE)
        self.intro.setText(reading_html(self.intro, intro))
        self.intro.setAccessibleName(spoken(intro))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the mediator screens"))
        self._portal_text()
        self._content_text()
        self._storage_text()
        self._pin_text()

    def _p(self, text: str, *names: str) -> str:
        """A paragraph of ``text`` whose %1, %2… are setting or file names (kept whole)."""
        for number, name in enumerate(names, start=1):
            text = text.replace(f"%{number}", _name(name))
        return f"<p>{escape(text)}</p>"

    def _portal_text(self) -> None:
        self.sections[PORTAL].show_text(
            self.tr("ANTS portal: not checked yet, or to check"),
            [
                self._p(
                    self.tr(
                        "“Not checked yet”: the connection has not been tested since the "
                        "application started. Press “Check again” in the mediator tools."
                    )
                ),
                self._p(
                    self.tr(
                        "“To check”: this computer cannot reach the portal. First check "
                        "that it is connected to the Internet. Then check the portal's "
                        "address: the setting %1 in the site file:"
                    ),
                    "portal_url",
                ),
                _command(self, SITE_FILE),
                self._p(
                    self.tr(
                        "A kiosk needs it: with it empty, the kiosk does not start (unless "
                        "it is a kiosk for training sessions only: %1)."
                    ),
                    "training_kiosk = true",
                ),
                self._p(
                    self.tr(
                        "The application reads the site file when it starts: restart it "
                        "after a change. At a kiosk, as administrator:"
                    )
                ),
                _command(self, "sudo systemctl restart assist-desk-kiosk"),
                self._p(
                    self.tr(
                        "If the kiosk keeps starting again, this command shows one line "
                        "that names the wrong setting:"
                    )
                ),
                _command(self, "journalctl -u assist-desk-kiosk -b"),
            ],
        )

    def _content_text(self) -> None:
        self.sections[CONTENT].show_text(
            self.tr("Offline content: date unknown, or to update"),
            [
                self._p(
                    self.tr(
                        "The questions and answers, the lists of documents, the fees and "
                        "the places come with the application. Past the age set by %1 "
                        "(180 days if not set), they are shown as “to update”: fees and "
                        "documents may have changed."
                    ),
                    "content_max_age_days",
                ),
                # Each installer command in its own box: "--kiosk" named inside an Arabic
                # sentence came out as "kiosk--" (Qt's bidi, a name starting with "--").
                self._p(
                    self.tr(
                        "To update, unpack the newer archive of the application and run "
                        "its installer again, as administrator. The site file is kept."
                    )
                ),
                self._p(self.tr("At a kiosk:")),
                _command(self, "sudo ./assist-desk/setup/linux/install.sh --kiosk"),
                self._p(self.tr("At a workstation:")),
                _command(self, "sudo ./assist-desk/setup/linux/install.sh"),
                self._p(self.tr("To see the version and the date of the offline content:")),
                _command(self, "assist-desk --version"),
            ],
        )

    def _storage_text(self) -> None:
        self.sections[NO_STORAGE].show_text(
            self.tr("No safe place for the mediator PIN"),
            [
                self._p(
                    self.tr(
                        "The mediator PIN is kept only in the system's secure storage (the "
                        "keyring) of the account that runs the application, never in a "
                        "file. Without it the mediator tools stay locked; citizens can "
                        "still use everything."
                    )
                ),
                self._p(
                    self.tr(
                        "On Linux, install the keyring service, then sign in to a desktop "
                        "session of that account once:"
                    )
                ),
                _command(self, "sudo apt install gnome-keyring"),
                self._p(
                    self.tr(
                        "Then check, as that account (status 3 means there is still no "
                        "secure storage):"
                    )
                ),
                _command(self, "assist-desk pin status"),
            ],
        )

    def _pin_text(self) -> None:
        self.sections[NO_KIOSK_PIN].show_text(
            self.tr("No mediator PIN on this kiosk"),
            [
                self._p(
                    self.tr(
                        "Nobody can choose the PIN on a kiosk's screen: an administrator "
                        "sets it (at least 6 characters, asked twice, never shown) for the "
                        "kiosk's account:"
                    )
                ),
                _command(self, "sudo assist-desk-kiosk-pin set"),
                self._p(
                    self.tr(
                        "At a mediator workstation, the account that runs the application "
                        "sets it with this command, or chooses it on the sign-in screen:"
                    )
                ),
                _command(self, "assist-desk pin set"),
            ],
        )

    def initial_focus(self) -> QWidget | None:
        return self.back_button
