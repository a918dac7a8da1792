"""K-5 (issue 14): the attract screen shows what can be done here and offers larger
text and high contrast, for one session: the wipe brings back the site's display."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from assist_desk.i18n import pseudo_stretch
from assist_desk.modes import LANGUAGES
from assist_desk.views.attract import AttractScreen
from assist_desk.views.widgets.pictogram import Pictogram
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of


def test_attract_shows_the_four_procedures_and_a_display_choice_for_one_session(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    kiosk = kiosk_of(context)
    attract = kiosk.attract
    names = [attract._example_names[n].text() for n in attract.PROCEDURES]
    assert names == ["Carte grise", "Permis de conduire", "Carte d'identité", "Passeport"]
    pictures = [attract.findChild(Pictogram, f"attractExample_{n}") for n in attract.PROCEDURES]
    assert all(p is not None and p.isVisibleTo(window) for p in pictures)
    assert all(p.accessibleName() for p in pictures)  # each named by its alternative

    before = attract._welcome.font().pixelSize()
    qtbot.mouseClick(attract.larger_button, Qt.MouseButton.LeftButton)
    assert attract._welcome.font().pixelSize() > before
    qtbot.mouseClick(attract.contrast_button, Qt.MouseButton.LeftButton)
    assert qapp.property("assist_desk_theme") == "high-contrast"

    qtbot.mouseClick(attract.start_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"
    assert qapp.property("assist_desk_theme") == "high-contrast"  # kept for the session
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "attract"
    assert qapp.property("assist_desk_theme") == "default"
    assert attract._welcome.font().pixelSize() == before
    assert attract.display_choice() == (False, False)


def test_the_operators_logo_is_shown_above_the_name(
    qtbot: Any, app_context: StartApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """K-5: ``site_logo`` names an image; the attract screen shows it, 96 px high at most."""
    logo = tmp_path / "logo.png"
    image = QImage(600, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    assert image.save(str(logo))
    monkeypatch.setenv("ASSIST_DESK_SITE_LOGO", str(logo))
    context = app_context("--mode", "kiosk", "--lang", "fr")
    context.window.show()
    qtbot.waitExposed(context.window)
    shown = context.window.findChild(QLabel, "attractLogo")
    assert shown is not None
    assert shown.isVisibleTo(context.window)
    assert (shown.pixmap().width(), shown.pixmap().height()) == (192, 96)  # its proportions
    assert shown.accessibleName() == context.settings.site_name


@pytest.mark.parametrize("content", [None, b"not an image at all"])
def test_a_logo_that_cannot_be_read_is_logged_and_left_out(
    qtbot: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes | None
) -> None:
    """A missing or broken file: one clear log line, no logo, no crash."""
    path = tmp_path / "logo.png"
    if content is not None:
        path.write_bytes(content)
    screen = AttractScreen("Point numérique", LANGUAGES, "fr")
    qtbot.addWidget(screen)
    with caplog.at_level(logging.WARNING, logger="assist_desk.views.attract"):
        assert screen.set_logo(path) is False
    logo = screen.findChild(QLabel, "attractLogo")
    assert logo is not None
    assert logo.isHidden()
    assert f"site_logo {path} not shown" in caplog.text
    assert screen.set_logo(None) is False  # none set: nothing said, nothing shown


def test_the_logo_and_the_name_meet_at_the_middle_in_arabic(qtbot: Any, tmp_path: Path) -> None:
    """Right to left, the logo is on the right and the name (maybe a Latin block laid out
    left to right) is pushed against it, not to the far left."""
    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    assert image.save(str(logo))
    screen = AttractScreen("Point numérique", LANGUAGES, "ar")
    qtbot.addWidget(screen)
    assert screen.set_logo(logo)
    name = screen.findChild(QLabel, "attractSite")
    assert name is not None
    assert name.alignment() & Qt.AlignmentFlag.AlignLeft  # left to right: towards the logo
    screen.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert name.alignment() & Qt.AlignmentFlag.AlignRight
    assert name.alignment() & Qt.AlignmentFlag.AlignAbsolute
    assert screen.set_logo(None) is False
    assert name.alignment() & Qt.AlignmentFlag.AlignHCenter  # no logo: centred again


def test_longer_names_wrap_under_their_pictograms_instead_of_making_a_column(
    qtbot: Any, neutral_application: None
) -> None:
    """Issue 14 (the pseudo-translated kiosk tour): names 40 % longer than the French
    wrap under their pictograms; the four stay in a row above "Touch to start"."""
    screen = AttractScreen("Point numérique", LANGUAGES, "fr")
    qtbot.addWidget(screen)
    font = screen.font()
    font.setPixelSize(26)  # the kiosk's body size
    screen.setFont(font)
    for caption in screen._example_names.values():
        caption.setText(pseudo_stretch(caption.text()))
    screen.resize(1100, 1080)  # about the kiosk's centred column (1000 px) and its margins
    screen.show()
    qtbot.waitExposed(screen)
    pictures = [screen.findChild(Pictogram, f"attractExample_{n}") for n in screen.PROCEDURES]
    tops = {p.mapTo(screen, p.rect().topLeft()).y() for p in pictures if p is not None}
    assert len(tops) == 1  # one row
    captions = list(screen._example_names.values())
    line = captions[0].fontMetrics().lineSpacing()
    assert max(c.height() for c in captions) >= 2 * line - 2  # wrapped
    assert all(c.height() >= c.heightForWidth(c.width()) for c in captions)  # nothing cut
